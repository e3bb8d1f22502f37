// Every GitHub API request of two full rotations, by name. A new request shows
// up here as a diff to review (is it needed? is it in the right order?), and
// the first rotation must fit in 17 requests (the rotation record is read once
// per run and written once per state change). NetSuite counts token requests:
// a run exchanges a token at most once for each pair of credentials it uses.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import type { RequestLogEntry } from '../../sandbox/github/index.js'
import type { LogEntry } from '../../sandbox/netsuite/index.js'
import { EC, expectSucceeded, requestNames, stepExpecting, uploadAndReply } from './helpers.js'

const R = '/repos/{owner}/{repo}'

describe('GitHub requests of a bootstrap + promote and of a rotate + promote', () => {
  let world: World
  const logs: Record<'check' | 'promote1' | 'rotate' | 'promote2', RequestLogEntry[]> = {
    check: [],
    promote1: [],
    rotate: [],
    promote2: []
  }
  const tokenRequests: Record<keyof typeof logs, LogEntry[]> = {
    check: [],
    promote1: [],
    rotate: [],
    promote2: []
  }
  let stage: Record<string, string> = {}

  beforeAll(async () => {
    world = await startWorld()
    let mark = 0
    let tokenMark = 0
    const take = (step: keyof typeof logs): void => {
      logs[step] = world.github.log.slice(mark)
      mark = world.github.log.length
      tokenRequests[step] = world.netsuite.tokenRequests().slice(tokenMark)
      tokenMark += tokenRequests[step].length
    }
    await stepExpecting(world, 'check', 'rotation-started', { inputs: EC })
    take('check')
    const first = await uploadAndReply(world)
    expectSucceeded(first.result, 'promoted')
    take('promote1')
    world.advanceDays(30)
    await stepExpecting(world, 'rotate', 'rotation-started', { inputs: EC })
    take('rotate')
    const second = await uploadAndReply(world)
    expectSucceeded(second.result, 'promoted')
    take('promote2')
    stage = { [first.certificateId]: 'first', [second.certificateId]: 'second' }
  })
  afterAll(async () => {
    await world.close()
  })

  it('bootstrap check: read the record, then secret, variable, issue, record', () => {
    expect(requestNames(logs.check)).toEqual([
      `GET ${R}/actions/variables`,
      `GET ${R}/actions/secrets/public-key`,
      `PUT ${R}/actions/secrets/{secret_name}`,
      `POST ${R}/actions/variables`,
      `POST ${R}/issues`,
      `POST ${R}/actions/variables`
    ])
  })

  it('first promote: one read of all variables, permission, current, delete pending, record, close', () => {
    expect(requestNames(logs.promote1)).toEqual([
      `GET ${R}/actions/variables`,
      `GET ${R}/collaborators/{username}/permission`,
      `GET ${R}/actions/secrets/public-key`,
      `PUT ${R}/actions/secrets/{secret_name}`,
      `POST ${R}/actions/variables`,
      `POST ${R}/actions/variables`,
      `DELETE ${R}/actions/secrets/{secret_name}`,
      `DELETE ${R}/actions/variables/{name}`,
      `PATCH ${R}/actions/variables/{name}`,
      `POST ${R}/issues/{issue_number}/comments`,
      `PATCH ${R}/issues/{issue_number}`
    ])
  })

  it('the first rotation takes at most 17 requests', () => {
    expect(logs.check.length + logs.promote1.length).toBeLessThanOrEqual(17)
  })

  it('rotate: read the record, check issue access, then secret, variable, issue, record', () => {
    expect(requestNames(logs.rotate)).toEqual([
      `GET ${R}/actions/variables`,
      `GET ${R}/issues`,
      `GET ${R}/actions/secrets/public-key`,
      `PUT ${R}/actions/secrets/{secret_name}`,
      `POST ${R}/actions/variables`,
      `POST ${R}/issues`,
      `PATCH ${R}/actions/variables/{name}`
    ])
  })

  it('second promote: previous first, then current, then delete pending, then record, then close', () => {
    expect(requestNames(logs.promote2)).toEqual([
      `GET ${R}/actions/variables`,
      `GET ${R}/collaborators/{username}/permission`,
      `GET ${R}/actions/secrets/public-key`,
      `PUT ${R}/actions/secrets/{secret_name}`,
      `POST ${R}/actions/variables`,
      `POST ${R}/actions/variables`,
      `PUT ${R}/actions/secrets/{secret_name}`,
      `PATCH ${R}/actions/variables/{name}`,
      `PATCH ${R}/actions/variables/{name}`,
      `DELETE ${R}/actions/secrets/{secret_name}`,
      `DELETE ${R}/actions/variables/{name}`,
      `PATCH ${R}/actions/variables/{name}`,
      `POST ${R}/issues/{issue_number}/comments`,
      `PATCH ${R}/issues/{issue_number}`
    ])
    // The same writes with the names filled in: previous, current, pending deleted, then the record.
    const written = logs.promote2
      .filter(e => e.method !== 'GET' && /\/(secrets|variables)/.test(e.path))
      .map(e => {
        const body = e.body as { name?: string } | undefined
        return `${e.method} ${body?.name ?? e.path.split('/').pop()}`
      })
    expect(written).toEqual([
      'PUT NETSUITE_PRIVATE_KEY_PREVIOUS',
      'POST NETSUITE_CERTIFICATE_PREVIOUS',
      'POST NETSUITE_CERTIFICATE_ID_PREVIOUS',
      'PUT NETSUITE_PRIVATE_KEY',
      'PATCH NETSUITE_CERTIFICATE_ID',
      'PATCH NETSUITE_CERTIFICATE',
      'DELETE NETSUITE_PRIVATE_KEY_PENDING',
      'DELETE NETSUITE_CERTIFICATE_PENDING',
      'PATCH NETSUITE_CERTIFICATE_ID_STATE'
    ])
  })

  it('NetSuite: each run exchanges a token once for each pair of credentials it uses', () => {
    const exchanged = (entries: LogEntry[]): string[] =>
      entries.map(e => `${stage[String(e.header?.kid)] ?? String(e.header?.kid)} ${e.verdict}`)
    expect({
      check: exchanged(tokenRequests.check),
      promote1: exchanged(tokenRequests.promote1),
      rotate: exchanged(tokenRequests.rotate),
      promote2: exchanged(tokenRequests.promote2)
    }).toEqual({
      // Nothing to prove yet.
      check: [],
      // The pending certificate, proven with a real exchange.
      promote1: ['first accepted'],
      // Uploads go through the issue here: rotate needs no token.
      rotate: [],
      // The new certificate proven, then the list read (for the mapping) with the same token;
      // this role may not read it, so the current pair tries too: once.
      promote2: ['second accepted', 'first accepted']
    })
  })

  it('every request succeeded and used the right token', () => {
    const all = [...logs.check, ...logs.promote1, ...logs.rotate, ...logs.promote2]
    expect(all.filter(e => e.status >= 300)).toEqual([])
    for (const entry of all) {
      expect(`${entry.path} ${entry.token}`).toBe(
        `${entry.path} ${/\/actions\/(secrets|variables)/.test(entry.path) ? 'admin' : 'github'}`
      )
    }
  })
})

describe('GitHub requests of fan-out to a repository, an environment and the organization', () => {
  let world: World
  let first: RequestLogEntry[]
  let second: RequestLogEntry[]
  /** Requests to the targets, and the record read and write around them. */
  const fanOutPart = (log: RequestLogEntry[]): RequestLogEntry[] =>
    log.slice(log.findIndex(e => /\/repos\/acme\/billing\//.test(e.path)) - 1)

  beforeAll(async () => {
    world = await startWorld({ fanOut: true })
    await stepExpecting(world, 'check', 'rotation-started', { inputs: EC })
    let mark = world.github.log.length
    expectSucceeded((await uploadAndReply(world)).result, 'promoted')
    first = fanOutPart(world.github.log.slice(mark))
    world.advanceDays(30)
    await stepExpecting(world, 'rotate', 'rotation-started', { inputs: EC })
    mark = world.github.log.length
    expectSucceeded((await uploadAndReply(world)).result, 'promoted')
    second = fanOutPart(world.github.log.slice(mark))
  })
  afterAll(async () => {
    await world.close()
  })

  it('reads each target scope public key once per run', () => {
    for (const log of [first, second]) {
      const keys = log.filter(e => e.path.endsWith('/secrets/public-key')).map(e => e.path)
      expect(keys).toEqual([
        '/repos/acme/billing/actions/secrets/public-key',
        '/repos/acme/etl/environments/production/secrets/public-key',
        '/orgs/acme/actions/secrets/public-key'
      ])
    }
  })

  it('a later promotion: one record read, key, certificate, ID per target, one record write', () => {
    const E = `${R}/environments/{environment_name}`
    const O = '/orgs/{org}/actions'
    expect(requestNames(second)).toEqual([
      `GET ${R}/actions/variables`,
      `GET ${R}/actions/secrets/public-key`,
      `PUT ${R}/actions/secrets/{secret_name}`,
      `PATCH ${R}/actions/variables/{name}`,
      `PATCH ${R}/actions/variables/{name}`,
      `GET ${E}/secrets/public-key`,
      `PUT ${E}/secrets/{secret_name}`,
      `PATCH ${E}/variables/{name}`,
      `PATCH ${E}/variables/{name}`,
      // The organization's entries are read first: who may read them decides what is sent
      // (a selected secret is written with its whole selection) and what the run warns about.
      `GET ${O}/secrets/public-key`,
      `GET ${O}/secrets/{secret_name}`,
      `GET ${O}/secrets/{secret_name}/repositories`,
      `PUT ${O}/secrets/{secret_name}`,
      `GET ${O}/variables/{name}`,
      `PATCH ${O}/variables/{name}`,
      `GET ${O}/variables/{name}`,
      `PATCH ${O}/variables/{name}`,
      `PATCH ${R}/actions/variables/{name}`
    ])
  })

  it('the first fan-out creates what is missing: at most 23 requests for three targets', () => {
    expect(first.length).toBeLessThanOrEqual(23)
    expect(first.filter(e => e.status >= 300 && e.status !== 404)).toEqual([])
  })
})

// Every GitHub API request of two full rotations, by name. A new request shows
// up here as a diff to review (is it needed? is it in the right order?), and
// the first rotation must fit in 16 requests.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import type { RequestLogEntry } from '../../sandbox/github/index.js'
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

  beforeAll(async () => {
    world = await startWorld()
    let mark = 0
    const take = (): RequestLogEntry[] => {
      const taken = world.github.log.slice(mark)
      mark = world.github.log.length
      return taken
    }
    await stepExpecting(world, 'check', 'rotation-started', { inputs: EC })
    logs.check = take()
    expectSucceeded((await uploadAndReply(world)).result, 'promoted')
    logs.promote1 = take()
    world.advanceDays(30)
    await stepExpecting(world, 'rotate', 'rotation-started', { inputs: EC })
    logs.rotate = take()
    expectSucceeded((await uploadAndReply(world)).result, 'promoted')
    logs.promote2 = take()
  })
  afterAll(async () => {
    await world.close()
  })

  it('bootstrap check: look for an issue, then secret, variable, issue', () => {
    expect(requestNames(logs.check)).toEqual([
      `GET ${R}/issues`,
      `GET ${R}/actions/secrets/public-key`,
      `PUT ${R}/actions/secrets/{secret_name}`,
      `POST ${R}/actions/variables`,
      `POST ${R}/issues`
    ])
  })

  it('first promote: permission, one read of all variables, current, delete pending, close', () => {
    expect(requestNames(logs.promote1)).toEqual([
      `GET ${R}/collaborators/{username}/permission`,
      `GET ${R}/actions/variables`,
      `GET ${R}/actions/secrets/public-key`,
      `PUT ${R}/actions/secrets/{secret_name}`,
      `POST ${R}/actions/variables`,
      `POST ${R}/actions/variables`,
      `DELETE ${R}/actions/secrets/{secret_name}`,
      `DELETE ${R}/actions/variables/{name}`,
      `POST ${R}/issues/{issue_number}/comments`,
      `PATCH ${R}/issues/{issue_number}`
    ])
  })

  it('the first rotation takes at most 16 requests', () => {
    expect(logs.check.length + logs.promote1.length).toBeLessThanOrEqual(16)
  })

  it('rotate: look for an issue, then secret, variable, issue', () => {
    expect(requestNames(logs.rotate)).toEqual([
      `GET ${R}/issues`,
      `GET ${R}/actions/secrets/public-key`,
      `PUT ${R}/actions/secrets/{secret_name}`,
      `POST ${R}/actions/variables`,
      `POST ${R}/issues`
    ])
  })

  it('second promote: previous first, then current, then delete pending, then close', () => {
    expect(requestNames(logs.promote2)).toEqual([
      `GET ${R}/collaborators/{username}/permission`,
      `GET ${R}/actions/variables`,
      `GET ${R}/actions/secrets/public-key`,
      `PUT ${R}/actions/secrets/{secret_name}`,
      `POST ${R}/actions/variables`,
      `POST ${R}/actions/variables`,
      `POST ${R}/actions/variables`,
      `PUT ${R}/actions/secrets/{secret_name}`,
      `PATCH ${R}/actions/variables/{name}`,
      `PATCH ${R}/actions/variables/{name}`,
      `DELETE ${R}/actions/secrets/{secret_name}`,
      `DELETE ${R}/actions/variables/{name}`,
      `POST ${R}/issues/{issue_number}/comments`,
      `PATCH ${R}/issues/{issue_number}`
    ])
    // The same writes with the names filled in: the order INTERFACE.md promises.
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
      'POST NETSUITE_CERTIFICATE_ID_STATE',
      'PUT NETSUITE_PRIVATE_KEY',
      'PATCH NETSUITE_CERTIFICATE_ID',
      'PATCH NETSUITE_CERTIFICATE',
      'DELETE NETSUITE_PRIVATE_KEY_PENDING',
      'DELETE NETSUITE_CERTIFICATE_PENDING'
    ])
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

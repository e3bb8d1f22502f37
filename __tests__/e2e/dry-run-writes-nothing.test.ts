// dry-run: check, rotate and promote compute everything and report what they
// would write, and write nothing to GitHub.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import type { RequestLogEntry } from '../../sandbox/github/index.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { ADMIN, bootstrap, EC, snapshot, writesIn } from './helpers.js'

const DRY = { ...EC, 'dry-run': 'true' }

describe('check and rotate in dry-run with nothing stored', () => {
  let world: World
  const results: Record<string, RunResult> = {}
  const requests: Record<string, RequestLogEntry[]> = {}

  beforeAll(async () => {
    world = await startWorld()
    for (const command of ['check', 'rotate']) {
      const mark = world.github.log.length
      results[command] = await world.step(command, { inputs: DRY })
      requests[command] = world.github.log.slice(mark)
    }
  })
  afterAll(async () => {
    await world.close()
  })

  it.each(['check', 'rotate'])('%s sends no write request, only reads', command => {
    expect(requests[command].length).toBeGreaterThan(0)
    expect(writesIn(requests[command])).toEqual([])
    expect(snapshot(world)).toEqual({ secrets: {}, variables: {} })
    expect(world.github.issues()).toEqual([])
  })

  it.each(['check', 'rotate'])('%s still computes its outputs and exits 0', command => {
    const result = results[command]
    expect(result.exitCode).toBe(0)
    expect(result.outputs.status).toBe('rotation-started')
    expect(result.outputs.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/)
    expect(result.outputs['expires-at']).toMatch(/^\d{4}-\d\d-\d\dT/)
    expect(result.outputs.certificate).toContain('BEGIN CERTIFICATE')
  })

  it.each(['check', 'rotate'])('%s lists in the job summary what it would write', command => {
    const summary = results[command].summary
    expect(summary).toMatch(/dry-run/i)
    expect(summary).toMatch(/would write/i)
    expect(summary).toContain('NETSUITE_PRIVATE_KEY_PENDING')
    expect(summary).toContain('NETSUITE_CERTIFICATE_PENDING')
    expect(summary).toMatch(/issue/i)
  })
})

describe('promote in dry-run on an admin reply', () => {
  let world: World
  let result: RunResult
  let before: ReturnType<typeof snapshot>
  let requestsBefore: number
  let issueNumber: number
  let certificateId: string

  beforeAll(async () => {
    world = await startWorld()
    issueNumber = (await bootstrap(world)).issue.number
    certificateId = world.adminUploadsPending()
    before = snapshot(world)
    requestsBefore = world.github.log.length
    result = await world.step('promote', {
      inputs: { 'dry-run': 'true' },
      event: world.comment(issueNumber, `/certificate-id ${certificateId}`, ADMIN)
    })
  })
  afterAll(async () => {
    await world.close()
  })

  it('sends no write request and changes nothing', () => {
    expect(writesIn(world.github.log.slice(requestsBefore))).toEqual([])
    expect(snapshot(world)).toEqual(before)
    expect(world.github.issue(issueNumber)?.state).toBe('open')
  })

  it('still proves the certificate with NetSuite and computes its outputs', () => {
    expect(result.exitCode).toBe(0)
    expect(world.netsuite.issuedTokens.map(t => t.certificateId)).toEqual([certificateId])
    expect(result.outputs['certificate-id']).toBe(certificateId)
    expect(result.outputs.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/)
  })

  it('lists in the job summary what it would write', () => {
    expect(result.summary).toMatch(/would write/i)
    for (const name of [
      'NETSUITE_PRIVATE_KEY',
      'NETSUITE_CERTIFICATE_ID',
      'NETSUITE_CERTIFICATE',
      'NETSUITE_PRIVATE_KEY_PENDING'
    ]) {
      expect(result.summary).toContain(name)
    }
    expect(result.summary).toMatch(/close issue #\d+/)
  })
})

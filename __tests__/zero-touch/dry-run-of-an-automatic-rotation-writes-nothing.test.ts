// dry-run of a zero-touch check: it may read (GitHub, NetSuite's certificate
// list) and ask NetSuite for tokens, but sends no GitHub write and neither
// uploads nor revokes a certificate; the job summary says what it would do.
import { describe, it, expect, beforeAll } from '@jest/globals'
import type { World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import type { LogEntry } from '../../sandbox/netsuite/index.js'
import { prepareOnce, snapshot, stepExpecting, writesIn, type Generation } from '../e2e/helpers.js'
import {
  EC,
  INTO_RENEW_WINDOW_DAYS,
  netsuiteCertificates,
  seededWorld,
  revocationsIn,
  rotateAutomatically,
  uploadsIn,
  mark,
  type Mark
} from './helpers.js'

const DRY = { ...EC, 'dry-run': 'true' }

// Both scenarios start from the same first promotion: made once, restored per block.
const promoted = prepareOnce(() => seededWorld())
const TOKEN_PATH = /\/auth\/oauth2\/v1\/token$/
const LIST_PATH = /\/clients\/[^/]+\/certificates\/?$/

/** Only token exchanges and GET listings: what dry-run may send to NetSuite. */
function notReadOnly(log: LogEntry[]): LogEntry[] {
  return log.filter(
    e =>
      !(e.method === 'POST' && TOKEN_PATH.test(e.path)) &&
      !(e.method === 'GET' && LIST_PATH.test(e.path))
  )
}

describe('zero-touch check in the renew window with dry-run', () => {
  let world: World
  let first: Generation
  let result: RunResult
  let since: Mark
  let issuesBefore: number
  let certificatesBefore: string

  beforeAll(async () => {
    ;({ world, first } = promoted())
    world.advanceDays(INTO_RENEW_WINDOW_DAYS)
    since = mark(world)
    issuesBefore = world.github.issues().length
    certificatesBefore = JSON.stringify(netsuiteCertificates(world))
    result = await world.step('check', { inputs: DRY })
  })

  it('exits 0', () => {
    expect(result.exitCode).toBe(0)
  })

  it('sends zero GitHub write requests and changes nothing there', () => {
    const log = since.github()
    expect(log.length).toBeGreaterThan(0)
    expect(writesIn(log)).toEqual([])
    expect(snapshot(world)).toEqual(since.state)
    expect(world.github.issues()).toHaveLength(issuesBefore)
  })

  it('sends NetSuite only token requests and certificate listings', () => {
    const log = since.netsuite()
    expect(log.some(e => TOKEN_PATH.test(e.path))).toBe(true)
    expect(notReadOnly(log)).toEqual([])
    expect(uploadsIn(log)).toEqual([])
    expect(revocationsIn(log)).toEqual([])
    expect(JSON.stringify(netsuiteCertificates(world))).toBe(certificatesBefore)
  })

  it('lists in the job summary the upload, the proof and the promotion it would do', () => {
    expect(result.summary).toMatch(/dry-run/i)
    expect(result.summary).toMatch(/upload/i)
    expect(result.summary).toMatch(/prove|proof/i)
    expect(result.summary).toMatch(/promot/i)
    expect(result.summary).toContain('NETSUITE_PRIVATE_KEY_PENDING')
  })

  it('does not claim in the log that it uploaded anything', () => {
    expect(result.stdout).toMatch(/dry-run: would upload the certificate to NetSuite/)
    expect(result.stdout).not.toMatch(/^Uploaded the new certificate/m)
  })

  it('a real check afterwards still rotates automatically', async () => {
    const real = await stepExpecting(world, 'check', 'promoted', { inputs: EC })
    expect(real.outputs['certificate-id']).not.toBe(first.certificateId)
  })
})

describe('dry-run check when the previous certificate is due for revocation', () => {
  let world: World
  let first: Generation
  let result: RunResult
  let since: Mark

  beforeAll(async () => {
    ;({ world, first } = promoted())
    await rotateAutomatically(world)
    world.advanceDays(15)
    since = mark(world)
    result = await world.step('check', { inputs: DRY })
  })

  it('exits 0 and revokes nothing in NetSuite', () => {
    expect(result.exitCode).toBe(0)
    const log = since.netsuite()
    expect(revocationsIn(log)).toEqual([])
    expect(notReadOnly(log)).toEqual([])
    expect(netsuiteCertificates(world).filter(c => c.revoked)).toEqual([])
  })

  it('deletes nothing on GitHub', () => {
    expect(writesIn(since.github())).toEqual([])
    expect(snapshot(world)).toEqual(since.state)
    expect(since.state.variables.NETSUITE_CERTIFICATE_ID_PREVIOUS).toBe(first.certificateId)
  })

  it('logs that it would revoke the previous certificate', () => {
    expect(result.stdout).toContain(`would revoke certificate ${first.certificateId} in NetSuite`)
  })

  it('does not claim in the log that it revoked anything', () => {
    expect(result.stdout).not.toMatch(/^Revoked the previous certificate/m)
  })

  it('lists the revocation in the job summary among what it would do', () => {
    const wouldWrite = /<summary>Would write<\/summary>([\s\S]*?)<\/details>/.exec(result.summary)
    expect(wouldWrite?.[1] ?? '').toContain('NETSUITE_PRIVATE_KEY_PREVIOUS')
    expect(wouldWrite?.[1] ?? '').toMatch(new RegExp(`revoke[^\\n]*${first.certificateId}`, 'i'))
  })
})

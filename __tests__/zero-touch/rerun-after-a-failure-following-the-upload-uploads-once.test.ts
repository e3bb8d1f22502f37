// A zero-touch check uploads and proves the new certificate, then GitHub fails
// writing the current key secret, so the run fails half way through the
// promotion. The rerun (same inputs, secrets and variables as they are now)
// must finish the rotation without uploading the certificate a second time:
// the state variable records the upload.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { expectSucceeded, openRotationIssues, snapshot, type Generation } from '../e2e/helpers.js'
import {
  EC,
  INTO_RENEW_WINDOW_DAYS,
  STATE_VARIABLE,
  activeCertificates,
  fingerprintOf,
  keyMatchesCertificate,
  netsuiteCertificates,
  promotedWorld,
  uploadsIn
} from './helpers.js'

const CURRENT_KEY_PATH = /secrets\/NETSUITE_PRIVATE_KEY$/

/**
 * The emulator has no way to disarm a fault, so the test arms more failures
 * than the action's retries can use and, once the failing run is over, spends
 * the rest itself with harmless requests (a fault answers before any validation).
 */
async function disarmCurrentKeyFault(world: World): Promise<void> {
  const url = `${world.github.url}/repos/acme/erp-sync/actions/secrets/NETSUITE_PRIVATE_KEY`
  for (let i = 0; i < 100; i++) {
    const response = await fetch(url, { method: 'PUT', body: '{}' })
    await response.arrayBuffer()
    if (response.status !== 500) return
  }
  throw new Error('the injected fault did not run out')
}

describe('rerun of a zero-touch check that failed after the upload', () => {
  let world: World
  let first: Generation
  let failed: RunResult
  let rerun: RunResult
  let afterFailure: ReturnType<typeof snapshot>
  let certificatesBefore: string[]
  let uploadsByFirstRun: number

  beforeAll(async () => {
    ;({ world, first } = await promotedWorld())
    world.advanceDays(INTO_RENEW_WINDOW_DAYS)
    certificatesBefore = netsuiteCertificates(world).map(c => c.certificateId)
    world.github.injectFault({ method: 'PUT', path: CURRENT_KEY_PATH, count: 50, status: 500 })
    failed = await world.step('check', { inputs: EC })
    uploadsByFirstRun = uploadsIn(world.netsuite.log).length
    afterFailure = snapshot(world)
    await disarmCurrentKeyFault(world)
    rerun = await world.step('check', { inputs: EC })
  })
  afterAll(async () => {
    await world.close()
  })

  it('the first run fails after uploading', () => {
    expect(failed.exitCode).not.toBe(0)
    expect(uploadsByFirstRun).toBe(1)
    // The current key was never replaced: consumers kept a working pair.
    expect(afterFailure.secrets.NETSUITE_PRIVATE_KEY).toBe(first.key)
  })

  it('after the failed run the state variable still records the uploaded certificate', () => {
    const uploaded = netsuiteCertificates(world).find(
      c =>
        !certificatesBefore.includes(c.certificateId) &&
        fingerprintOf(c.pem) === fingerprintOf(afterFailure.variables.NETSUITE_CERTIFICATE_PENDING)
    )
    expect(uploaded).toBeDefined()
    expect(afterFailure.variables[STATE_VARIABLE] ?? '').toContain(uploaded?.certificateId ?? '-')
  })

  it('the first run says what failed and that a rerun repairs it', () => {
    const errors = failed.annotations.filter(a => a.level === 'error').map(a => a.message)
    expect(errors.join('\n')).toMatch(/NETSUITE_PRIVATE_KEY/)
    expect(errors.join('\n')).toMatch(/rerun|re-run/i)
  })

  it('the rerun completes the rotation', () => {
    expectSucceeded(rerun, 'promoted')
  })

  it('NetSuite has exactly one new certificate: the rerun did not upload again', () => {
    expect(uploadsIn(world.netsuite.log)).toHaveLength(1)
    const added = netsuiteCertificates(world).filter(
      c => !certificatesBefore.includes(c.certificateId)
    )
    expect(added).toHaveLength(1)
    expect(added[0].certificateId).toBe(world.github.variable('NETSUITE_CERTIFICATE_ID')?.value)
    expect(activeCertificates(world)).toHaveLength(2)
  })

  it('the promoted generation is the one uploaded, with its key', () => {
    const state = snapshot(world)
    expect(state.variables.NETSUITE_CERTIFICATE_ID).not.toBe(first.certificateId)
    expect(fingerprintOf(state.variables.NETSUITE_CERTIFICATE)).toBe(
      fingerprintOf(afterFailure.variables.NETSUITE_CERTIFICATE_PENDING)
    )
    expect(
      keyMatchesCertificate(
        state.secrets.NETSUITE_PRIVATE_KEY,
        state.variables.NETSUITE_CERTIFICATE
      )
    ).toBe(true)
    expect(state.secrets.NETSUITE_PRIVATE_KEY_PREVIOUS).toBe(first.key)
    expect(state.variables.NETSUITE_CERTIFICATE_ID_PREVIOUS).toBe(first.certificateId)
    expect(state.secrets.NETSUITE_PRIVATE_KEY_PENDING).toBeUndefined()
    expect(state.variables.NETSUITE_CERTIFICATE_PENDING).toBeUndefined()
  })

  it('leaves no open issue', () => {
    expect(openRotationIssues(world)).toEqual([])
  })

  it('the promoted credentials log in', async () => {
    expect(await world.consumerLogsIn()).toEqual({ ok: true })
  })
})

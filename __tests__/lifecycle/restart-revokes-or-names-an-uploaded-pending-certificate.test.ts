// A pending certificate can already be in NetSuite: an automatic rotation
// uploaded it and then failed, or an admin uploaded it and replied while
// NetSuite was down. `rotate` with `restart: true` throws that pending key away;
// its certificate must not stay active with nobody holding the key. The action
// revokes it where it may, and otherwise names its ID for a person to revoke.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { COMPRESSED_TIME, startWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { EC, stepExpecting, theOpenIssue } from '../e2e/helpers.js'
import { seedCurrent } from '../reliability/helpers.js'
import {
  INTO_RENEW_WINDOW_DAYS,
  certificateById,
  fingerprintOf,
  netsuiteCertificates,
  promotedWorld,
  uploadsIn
} from '../zero-touch/helpers.js'
import { linesNaming, orphans, persistentFault } from './helpers.js'

describe('restart after an automatic rotation uploaded its certificate and then failed', () => {
  let world: World
  let failed: RunResult
  let uploaded: string
  let revokedBeforeRestart: boolean | undefined
  let restart: RunResult

  beforeAll(async () => {
    ;({ world } = await promotedWorld())
    world.advanceDays(INTO_RENEW_WINDOW_DAYS)
    const fault = persistentFault(
      world,
      'PUT',
      '/repos/acme/erp-sync/actions/secrets/NETSUITE_PRIVATE_KEY'
    )
    const netsuiteMark = world.netsuite.log.length
    failed = await world.step('check', { inputs: EC })
    await fault.disarm()
    const uploads = uploadsIn(world.netsuite.log.slice(netsuiteMark))
    expect(uploads).toHaveLength(1)
    const pending = world.github.variable('NETSUITE_CERTIFICATE_PENDING')?.value ?? ''
    uploaded =
      netsuiteCertificates(world).find(c => fingerprintOf(c.pem) === fingerprintOf(pending))
        ?.certificateId ?? ''
    revokedBeforeRestart = certificateById(world, uploaded)?.revoked
    restart = await world.step('rotate', { inputs: { ...EC, restart: 'true' } })
  }, 90_000)
  afterAll(async () => {
    await world.close()
  })

  it('the first run failed after the upload', () => {
    expect(failed.exitCode).not.toBe(0)
    expect(uploaded).not.toBe('')
    expect(revokedBeforeRestart).toBe(false)
  })

  it('the restart promotes a new key', () => {
    expect(restart.exitCode).toBe(0)
    expect(world.github.variable('NETSUITE_CERTIFICATE_ID')?.value).not.toBe(uploaded)
  })

  it('revokes the dropped pending certificate', () => {
    expect(certificateById(world, uploaded)?.revoked).toBe(true)
  })

  it('leaves no active certificate outside the stages', () => {
    expect(orphans(world).map(c => c.certificateId)).toEqual([])
  })
})

describe('restart after the admin uploaded and replied while NetSuite was down', () => {
  let world: World
  let uploaded: string
  let oldIssue: number

  beforeAll(async () => {
    // What the first promotion left does not matter here: only the pending certificate the
    // admin uploaded does. A current pair made by openssl stands in for it (no action run).
    world = await startWorld()
    seedCurrent(world)
    world.advanceDays(30)
    await stepExpecting(world, 'rotate', 'rotation-started', { inputs: EC })
    oldIssue = theOpenIssue(world).number
    uploaded = world.adminUploadsPending()
    world.netsuite.injectFault({ path: '/token', status: 503, count: 20 })
    const event = world.comment(oldIssue, `/certificate-id ${uploaded}`, 'admin-alice')
    // Its token requests are retried after backoffs: compressed, they take no real seconds.
    const promote = await world.step('promote', { event, timeScale: COMPRESSED_TIME })
    expect(promote.exitCode).not.toBe(0)
    for (let i = 0; i < 20; i++) {
      const response = await fetch(world.netsuite.tokenUrl, { method: 'POST' })
      await response.arrayBuffer()
      if (response.status !== 503) break
    }
    await stepExpecting(world, 'rotate', 'rotation-started', {
      inputs: { ...EC, restart: 'true' }
    })
  }, 90_000)
  afterAll(async () => {
    await world.close()
  })

  it('the uploaded certificate is still active in NetSuite and no stage holds it', () => {
    expect(orphans(world).map(c => c.certificateId)).toEqual([uploaded])
  })

  it('the abandoned issue or the new one names it for a person to revoke', () => {
    expect(linesNaming(world, uploaded).join('\n')).toMatch(/revoke/i)
  })
})

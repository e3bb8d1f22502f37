// Weeks after a promotion the previous certificate is revoked and its key gone.
// When an admin then revokes the current certificate, no credentials the action
// has can read NetSuite's certificate list, so it cannot tell "revoked" from
// "lost". It must treat it as revoked: start a rotation to a NEW key, never
// store the revoked key as pending, never show the revoked certificate in an
// open issue as the one to upload, and not call it a sandbox refresh.
// The two generations come from a current pair seeded by openssl and one rotation promoted
// through the action over it (reliability's promoted()): what is looked at here is the
// second promotion and what follows, not how the first generation was promoted.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import {
  EC,
  openRotationIssues,
  pemLines,
  snapshot,
  stepExpecting,
  type Generation
} from '../e2e/helpers.js'
import { promoted } from '../reliability/helpers.js'
import { certificateById, fingerprintOf } from '../zero-touch/helpers.js'
import { sentSince } from '../notify/sent.js'
import { errorsOf } from './helpers.js'

describe('check after the current certificate was revoked and no previous is left', () => {
  let world: World
  let first: Generation
  let second: Generation
  let result: RunResult
  let notified: number

  beforeAll(async () => {
    world = await startWorld({ canManageCertificates: true, webhook: true })
    ;({ a: first, b: second } = await promoted(world))
    world.advanceDays(20)
    await stepExpecting(world, 'check', 'ok', { inputs: EC })
    world.advanceDays(14)
    world.netsuite.revokeCertificate(second.certificateId)
    notified = world.webhook!.requests.length
    result = await world.step('check', { inputs: EC })
  }, 90_000)
  afterAll(async () => {
    await world.close()
  })

  it('starts from a world where the previous certificate is revoked and gone', () => {
    expect(certificateById(world, first.certificateId)?.revoked).toBe(true)
    expect(snapshot(world).secrets.NETSUITE_PRIVATE_KEY_PREVIOUS).toBeUndefined()
  })

  it('fails loudly with status revoked or registration-missing', () => {
    expect(['revoked', 'registration-missing']).toContain(result.outputs.status)
    expect(result.exitCode).not.toBe(0)
    expect(errorsOf(result)).not.toBe('')
  })

  it('stores a NEW pending key, never the revoked one', () => {
    const state = snapshot(world)
    expect(state.secrets.NETSUITE_PRIVATE_KEY_PENDING).toBeDefined()
    expect(state.secrets.NETSUITE_PRIVATE_KEY_PENDING).not.toBe(second.key)
    expect(fingerprintOf(state.variables.NETSUITE_CERTIFICATE_PENDING)).not.toBe(
      fingerprintOf(second.certificate)
    )
  })

  it('no open issue shows the revoked certificate as the one to upload', () => {
    const revokedLine = pemLines(second.certificate)[1]
    const open = openRotationIssues(world)
    expect(open.length).toBeGreaterThan(0)
    for (const issue of open) expect(issue.body).not.toContain(revokedLine)
    expect(open.map(issue => issue.title).join('\n')).not.toMatch(/upload the current/i)
  })

  it('the notification does not call it a sandbox refresh', () => {
    const texts = sentSince(world, notified).map(sent => sent.text)
    expect(texts.length).toBeGreaterThan(0)
    expect(texts.join('\n')).not.toMatch(/sandbox refresh|refresh/i)
  })
})

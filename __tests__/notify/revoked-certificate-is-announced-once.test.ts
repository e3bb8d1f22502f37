// Someone revoked the current certificate in NetSuite and no automatic upload is possible:
// every daily check reports `revoked` and fails, but the webhook hears of it once, until the
// state changes.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { EC } from '../e2e/helpers.js'
import { promoted } from '../reliability/helpers.js'
import { eventsSince, sentSince, twoDailyChecks } from './sent.js'

describe('a revoked certificate is announced once', () => {
  let world: World
  let checks: RunResult[]
  let before: number

  beforeAll(async () => {
    world = await startWorld({ canManageCertificates: true, webhook: true })
    // Two generations from a seeded pair and one promotion through the action: only what
    // is sent after the revocation is looked at.
    const { b: second } = await promoted(world)
    world.advanceDays(5)
    world.netsuite.revokeCertificate(second.certificateId)
    ;({ checks, before } = await twoDailyChecks(world, EC))
  }, 60_000)
  afterAll(async () => {
    await world.close()
  })

  it('both checks report revoked and fail', () => {
    for (const check of checks) {
      expect(check.outputs.status).toBe('revoked')
      expect(check.exitCode).not.toBe(0)
    }
  })

  it('sends revoked once, with the certificate it is about', () => {
    expect(eventsSince(world, before)).toEqual(['revoked'])
    expect(sentSince(world, before)[0].netsuite.status).toBe('revoked')
  })
})

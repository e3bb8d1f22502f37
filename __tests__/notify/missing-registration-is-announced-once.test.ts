// A sandbox refresh wiped NetSuite's M2M mappings: every daily check reports
// `registration-missing` and fails, but the webhook hears of it once per certificate ID.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { EC, type Generation } from '../e2e/helpers.js'
import { seedCurrent } from '../reliability/helpers.js'
import { eventsSince, sentSince, twoDailyChecks } from './sent.js'

describe('a missing registration is announced once', () => {
  let world: World
  let first: Generation
  let checks: RunResult[]
  let before: number

  beforeAll(async () => {
    // A current pair seeded by openssl: only what is sent after the wipe is looked at.
    world = await startWorld({ webhook: true })
    first = seedCurrent(world)
    world.advanceDays(30)
    world.netsuite.wipe()
    ;({ checks, before } = await twoDailyChecks(world, EC))
  }, 60_000)
  afterAll(async () => {
    await world.close()
  })

  it('both checks report registration-missing and fail', () => {
    for (const check of checks) {
      expect(check.outputs.status).toBe('registration-missing')
      expect(check.exitCode).not.toBe(0)
    }
  })

  it('sends registration-missing once, naming the certificate ID', () => {
    expect(eventsSince(world, before)).toEqual(['registration-missing'])
    expect(sentSince(world, before)[0].netsuite.certificateId).toBe(first.certificateId)
  })
})

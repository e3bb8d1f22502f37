// certificate-id names a certificate NetSuite does not know (a typo, a paste from another
// integration): NetSuite answers invalid_client. doctor fails with what to compare, and
// writes nothing.
import { describe, beforeAll, afterAll, it } from '@jest/globals'
import type { World } from '../../sandbox/world.js'
import { expectUnhealthy, runDoctor, type DoctorRun } from './helpers.js'
import { seededWorld } from '../zero-touch/helpers.js'

describe('doctor with a certificate ID NetSuite does not know', () => {
  let world: World
  let run: DoctorRun

  beforeAll(async () => {
    // doctor reads no record or issue for this failure: a seeded current pair will do.
    ;({ world } = await seededWorld())
    run = await runDoctor(world, { inputs: { 'certificate-id': 'A'.repeat(43) } })
  })
  afterAll(async () => {
    await world.close()
  })

  it('fails: invalid_client, with what to compare, and nothing written', () => {
    expectUnhealthy(run, 'current pair', /invalid_client.*Compare the certificate ID/)
  })
})

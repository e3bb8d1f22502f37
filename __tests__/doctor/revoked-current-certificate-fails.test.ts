// Someone revoked the current certificate in NetSuite. The previous pair still gets a
// token, so doctor reads the certificate list and can say why NetSuite refuses the
// current one: revoked. It fails, says to rotate to a new key, and writes nothing.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { World } from '../../sandbox/world.js'
import type { Generation } from '../e2e/helpers.js'
import { seededRotatedWorld } from '../zero-touch/helpers.js'
import { expectUnhealthy, row, runDoctor, type DoctorRun } from './helpers.js'

describe('doctor after the current certificate was revoked', () => {
  let world: World
  let second: Generation
  let run: DoctorRun

  beforeAll(async () => {
    ;({ world, second } = await seededRotatedWorld())
    world.netsuite.revokeCertificate(second.certificateId)
    run = await runDoctor(world)
  })
  afterAll(async () => {
    await world.close()
  })

  it('fails: NetSuite lists it as revoked; rotate to a new key', () => {
    expectUnhealthy(run, 'current pair', /lists it as revoked.*new key/)
  })

  it('shows it revoked in the list, with the previous one active', () => {
    const line = run.result.summary
      .split('\n')
      .find(l => l.startsWith(`| \`${second.certificateId}\` |`))
    expect(line).toMatch(/\| current \| revoked \|/)
    expect(row(run.result, 'previous pair')).toMatch(/✅ ok/)
  })
})

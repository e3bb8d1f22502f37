// The integration record holds five active certificates, NetSuite's limit since 2026.1:
// the next rotation's upload would be refused. doctor fails, lists the four the action
// does not know as unknown, and says to revoke the unused ones; nothing is written.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { World } from '../../sandbox/world.js'
import { generateCredentials } from '../../src/core/generate.js'
import { expectUnhealthy, row, runDoctor, type DoctorRun } from './helpers.js'
import { seededWorld } from '../zero-touch/helpers.js'

describe('doctor at the limit of five active certificates', () => {
  let world: World
  let extras: string[]
  let run: DoctorRun

  beforeAll(async () => {
    // doctor reads no record or issue for this failure: a seeded current pair will do.
    ;({ world } = await seededWorld())
    extras = []
    for (let i = 0; i < 4; i++) {
      const { certificatePem } = await generateCredentials({
        keyType: 'ec-p256',
        validityDays: 365,
        subject: `CN=manual ${i}`,
        now: world.now()
      })
      extras.push(
        world.netsuite.uploadCertificate({
          clientId: world.clientId,
          pem: certificatePem,
          roleId: world.roleId,
          entityId: world.entityId
        }).certificateId
      )
    }
    run = await runDoctor(world)
  })
  afterAll(async () => {
    await world.close()
  })

  it('fails with the count and where to revoke, with nothing written', () => {
    expectUnhealthy(run, 'active certificates', /5 of 5 active.*revoke/)
  })

  it('lists each certificate it does not know as unknown', () => {
    for (const id of extras) expect(row(run.result, `certificate ${id}`)).toMatch(/unknown/)
    expect(run.result.summary).toMatch(/5 of 5 active/)
  })
})

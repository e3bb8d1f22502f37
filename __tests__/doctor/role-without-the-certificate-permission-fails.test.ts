// Uploads go through NetSuite's API (role and entity given), but the role lacks
// "Manage own OAuth 2.0 Client Credentials certificates": NetSuite refuses the
// certificate list. doctor fails and names the permission to grant; nothing is written.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { World } from '../../sandbox/world.js'
import { expectUnhealthy, row, runDoctor, type DoctorRun } from './helpers.js'
import { seededWorld } from '../zero-touch/helpers.js'

describe('doctor when the role may not manage certificates', () => {
  let world: World
  let run: DoctorRun

  beforeAll(async () => {
    // doctor reads no record or issue for this failure: a seeded current pair will do.
    ;({ world } = await seededWorld({ canManageCertificates: false }))
    run = await runDoctor(world)
  })
  afterAll(async () => {
    await world.close()
  })

  it('fails naming the permission, with nothing written', () => {
    expectUnhealthy(
      run,
      'certificate permission',
      /Manage own OAuth 2\.0 Client Credentials certificates/
    )
  })

  it('still proves the current pair, and reports what NetSuite answered', () => {
    expect(row(run.result, 'current pair')).toMatch(/✅ ok/)
    expect(row(run.result, 'certificate permission')).toMatch(/INSUFFICIENT_PERMISSION, HTTP 403/)
  })
})

// A working zero-touch set-up one automatic rotation in: the first generation is the
// previous stage, still registered. An admin also uploaded a certificate by hand that this
// action knows nothing about. doctor exits 0 (healthy), lists every certificate of the
// integration with its stage, names the stranger by ID as unknown, counts "3 of 5 active",
// and writes nothing: NetSuite hears token requests and one read of the list.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { World } from '../../sandbox/world.js'
import { generateCredentials } from '../../src/core/generate.js'
import type { Generation } from '../e2e/helpers.js'
import { seededRotatedWorld } from '../zero-touch/helpers.js'
import { expectNothingWritten, row, runDoctor, type DoctorRun } from './helpers.js'

describe('doctor on a healthy set-up', () => {
  let world: World
  let first: Generation
  let second: Generation
  let stranger: string
  let run: DoctorRun

  beforeAll(async () => {
    ;({ world, first, second } = await seededRotatedWorld())
    const { certificatePem } = await generateCredentials({
      keyType: 'ec-p256',
      validityDays: 365,
      subject: 'CN=someone else',
      now: world.now()
    })
    stranger = world.netsuite.uploadCertificate({
      clientId: world.clientId,
      pem: certificatePem,
      roleId: world.roleId,
      entityId: world.entityId
    }).certificateId
    run = await runDoctor(world)
  })
  afterAll(async () => {
    await world.close()
  })

  it('exits 0 with status healthy and no error', () => {
    expect(run.result.exitCode).toBe(0)
    expect(run.result.outputs.status).toBe('healthy')
    expect(run.result.annotations.filter(a => a.level === 'error')).toEqual([])
    expect(run.result.summary).not.toMatch(/❌/)
  })

  it('lists every certificate with its stage, validity, role and entity', () => {
    const line = (id: string): string =>
      run.result.summary.split('\n').find(l => l.startsWith(`| \`${id}\` |`)) ?? ''
    expect(line(second.certificateId)).toMatch(/\| current \| active \|/)
    expect(line(first.certificateId)).toMatch(/\| previous \| active \|/)
    expect(line(stranger)).toMatch(/\| unknown \| active \|/)
    for (const id of [first.certificateId, second.certificateId, stranger]) {
      expect(line(id)).toContain(`\`${world.roleId} (Integration)\``)
      expect(line(id)).toContain(`\`${world.entityId} (Integration user)\``)
      expect(line(id)).toMatch(/\| \d{4}-\d\d-\d\d \| \d{4}-\d\d-\d\d \| \d+ \|/)
    }
    expect(run.result.summary).toMatch(/3 of 5 active/)
  })

  it('names the certificate it does not know, by ID, as a warning', () => {
    expect(row(run.result, `certificate ${stranger}`)).toMatch(/⚠️ warning.*unknown to this action/)
    const warnings = run.result.annotations.filter(a => a.level === 'warning')
    expect(warnings.map(w => w.message).join('\n')).toContain(stranger)
  })

  it('proves the current and previous pairs and the permission', () => {
    expect(row(run.result, 'current pair')).toMatch(/✅ ok.*issued a token/)
    expect(row(run.result, 'previous pair')).toMatch(/✅ ok.*issued a token/)
    expect(row(run.result, 'certificate permission')).toMatch(/✅ ok/)
    expect(row(run.result, 'admin-token')).toMatch(/✅ ok.*cannot be proven without writing/)
  })

  it('writes nothing anywhere: token requests and reads only', () => {
    expectNothingWritten(run)
    // One token per pair; the list reuses the current pair's (its scope has rest_webservices).
    expect(run.tokenRequests).toBe(2)
  })
})

// Someone revoked the CURRENT certificate in NetSuite on purpose (the normal
// answer to a leaked key) while the previous one is still registered. NetSuite's
// certificate list says it is revoked, so the key is treated as compromised:
// check never registers it again. It rotates to a new key at once, through the
// certificate endpoint with the previous credentials, proves and promotes it,
// and keeps no _PREVIOUS holding the revoked key.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { expectSucceeded, snapshot, type Generation } from '../e2e/helpers.js'
import {
  EC,
  certificateById,
  fingerprintOf,
  netsuiteCertificates,
  seededRotatedWorld,
  uploadsIn
} from './helpers.js'

describe('check after the current certificate was revoked, previous still registered', () => {
  let world: World
  let second: Generation
  let result: RunResult
  let netsuiteMark: number

  beforeAll(async () => {
    ;({ world, second } = await seededRotatedWorld())
    world.advanceDays(3)
    world.netsuite.revokeCertificate(second.certificateId)
    netsuiteMark = world.netsuite.log.length
    result = await world.step('check', { inputs: EC })
  })
  afterAll(async () => {
    await world.close()
  })

  it('reports promoted, exits 0 and warns that the certificate was revoked', () => {
    expectSucceeded(result, 'promoted')
    const warnings = result.annotations.filter(a => a.level === 'warning').map(a => a.message)
    expect(warnings.join('\n')).toMatch(/revoked/i)
  })

  it('a new key is current, and the revoked certificate was never registered again', () => {
    const state = snapshot(world)
    expect(state.secrets.NETSUITE_PRIVATE_KEY).not.toBe(second.key)
    expect(fingerprintOf(state.variables.NETSUITE_CERTIFICATE)).not.toBe(
      fingerprintOf(second.certificate)
    )
    const uploads = uploadsIn(world.netsuite.log.slice(netsuiteMark))
    expect(uploads).toHaveLength(1)
    const sameAsRevoked = netsuiteCertificates(world).filter(c => c.pem === second.certificate)
    expect(sameAsRevoked).toHaveLength(1)
    expect(sameAsRevoked[0].revoked).toBe(true)
    expect(certificateById(world, state.variables.NETSUITE_CERTIFICATE_ID)?.revoked).toBe(false)
  })

  it('keeps no _PREVIOUS holding the revoked key', () => {
    const state = snapshot(world)
    expect(state.secrets.NETSUITE_PRIVATE_KEY_PREVIOUS).not.toBe(second.key)
    expect(state.variables.NETSUITE_CERTIFICATE_ID_PREVIOUS).not.toBe(second.certificateId)
    expect(state.variables.NETSUITE_CERTIFICATE_PREVIOUS).not.toBe(second.certificate)
  })

  it('the new credentials log in', async () => {
    expect(await world.consumerLogsIn()).toEqual({ ok: true })
  })
})

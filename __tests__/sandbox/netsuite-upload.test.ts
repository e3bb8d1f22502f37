// The admin upload rules: key types, the 730-day cap, the 5-active limit,
// and unknown references.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startNetSuiteEmulator, UploadRefusedError } from '../../sandbox/netsuite/index.js'
import type { NetSuiteEmulator } from '../../sandbox/netsuite/index.js'
import { makeCredentials } from './helpers/netsuite-keys.js'
import type { TestKeyType } from './helpers/netsuite-keys.js'

const DAY_MS = 86_400_000
let emu: NetSuiteEmulator
let roleId: number
let entityId: number

beforeAll(async () => {
  emu = await startNetSuiteEmulator()
  roleId = emu.createRole({ name: 'role' })
  entityId = emu.createEntity()
})

afterAll(async () => {
  await emu.close()
})

function upload(clientId: string, pem: string) {
  return () => emu.uploadCertificate({ clientId, pem, roleId, entityId })
}

describe('uploadCertificate', () => {
  it('numbers roles from 1000 and entities from 2000', () => {
    expect(roleId).toBe(1000)
    expect(entityId).toBe(2000)
    expect(emu.createRole({ name: 'second' })).toBe(1001)
  })

  it.each<[TestKeyType, string]>([
    ['rsa-4096', 'rsa-4096'],
    ['ec-p384', 'ec-p384'],
    ['ec-p521', 'ec-p521']
  ])('accepts %s', (keyType, expected) => {
    const { clientId } = emu.createIntegration()
    expect(upload(clientId, makeCredentials(keyType).certPem)().keyType).toBe(expected)
  })

  it.each<[TestKeyType, RegExp]>([
    ['rsa-2048', /RSA key of 2048 bits is not accepted/],
    ['ec-secp256k1', /EC curve secp256k1 is not accepted/]
  ])('refuses %s', (keyType, message) => {
    const { clientId } = emu.createIntegration()
    const attempt = upload(clientId, makeCredentials(keyType).certPem)
    expect(attempt).toThrow(UploadRefusedError)
    expect(attempt).toThrow(message)
    expect(emu.certificates(clientId)).toEqual([])
  })

  it('shortens a validity longer than 730 days to 730 days from notBefore', () => {
    const { clientId } = emu.createIntegration()
    const record = upload(clientId, makeCredentials('ec-p256', 1000).certPem)()
    expect(record.notAfter.getTime() - record.notBefore.getTime()).toBe(730 * DAY_MS)
    expect(emu.certificates(clientId)[0]?.notAfter).toEqual(record.notAfter)
  })

  it('keeps a shorter validity as it is', () => {
    const { clientId } = emu.createIntegration()
    const record = upload(clientId, makeCredentials('ec-p256', 30).certPem)()
    expect(record.notAfter.getTime() - record.notBefore.getTime()).toBe(30 * DAY_MS)
  })

  it('refuses a 6th active certificate, and accepts it once one is revoked', () => {
    const { clientId } = emu.createIntegration()
    const pem = makeCredentials('ec-p256').certPem
    const first = upload(clientId, pem)()
    for (let i = 0; i < 4; i++) upload(clientId, pem)()
    expect(upload(clientId, pem)).toThrow(/limit is 5 active certificates per integration record/)
    // Another integration record has its own limit.
    expect(upload(emu.createIntegration().clientId, pem)().revoked).toBe(false)
    emu.revokeCertificate(first.certificateId)
    expect(upload(clientId, pem)().revoked).toBe(false)
    expect(emu.certificates(clientId)).toHaveLength(6)
  })

  it('refuses unknown integration, role, entity and a non-certificate', () => {
    const pem = makeCredentials('ec-p256').certPem
    const { clientId } = emu.createIntegration()
    const attempts: [() => unknown, RegExp][] = [
      [() => emu.uploadCertificate({ clientId: 'nope', pem, roleId, entityId }), /client ID nope/],
      [() => emu.uploadCertificate({ clientId, pem, roleId: 9, entityId }), /unknown role 9/],
      [() => emu.uploadCertificate({ clientId, pem, roleId, entityId: 9 }), /unknown entity 9/],
      [
        () => emu.uploadCertificate({ clientId, pem: 'hello', roleId, entityId }),
        /not a valid X.509/
      ]
    ]
    for (const [attempt, message] of attempts) {
      expect(attempt).toThrow(UploadRefusedError)
      expect(attempt).toThrow(message)
    }
  })

  it('refuses a second integration with the same client ID', () => {
    const { clientId } = emu.createIntegration({ clientId: 'fixed-client' })
    expect(clientId).toBe('fixed-client')
    expect(() => emu.createIntegration({ clientId: 'fixed-client' })).toThrow(/already exists/)
  })
})

// A certificate that was good stops working when it is revoked, expires, loses
// its role or entity, is deleted on its own, or disappears in a sandbox refresh.
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { randomUUID } from 'node:crypto'
import { startNetSuiteEmulator } from '../../sandbox/netsuite/index.js'
import type { NetSuiteEmulator } from '../../sandbox/netsuite/index.js'
import { exchange, makeCredentials, signJwt } from './helpers/netsuite-keys.js'
import type { TestCredentials } from './helpers/netsuite-keys.js'

const DAY_MS = 86_400_000
let rsa: TestCredentials
let emu: NetSuiteEmulator | undefined

beforeAll(() => {
  rsa = makeCredentials('rsa-3072')
})

afterEach(async () => {
  await emu?.close()
  emu = undefined
})

/** An emulator whose clock the test moves, with one integration and one uploaded certificate. */
async function setup(opts: { roleDisabled?: boolean; entityDisabled?: boolean } = {}) {
  const clock = { ms: Date.now() }
  emu = await startNetSuiteEmulator({ now: () => clock.ms })
  const { clientId } = emu.createIntegration()
  const roleId = emu.createRole({ name: 'role', disabled: opts.roleDisabled })
  const entityId = emu.createEntity({ disabled: opts.entityDisabled })
  const cert = emu.uploadCertificate({ clientId, pem: rsa.certPem, roleId, entityId })
  const server = emu
  const tryToken = () => {
    const iat = Math.floor(clock.ms / 1000)
    const claims = {
      iss: clientId,
      scope: ['restlets'],
      aud: server.tokenUrl,
      iat,
      exp: iat + 300,
      jti: randomUUID()
    }
    const header = { alg: 'PS256', typ: 'JWT', kid: cert.certificateId }
    return exchange(server.tokenUrl, signJwt(header, claims, rsa.keyPem))
  }
  const lastReason = () => server.log[server.log.length - 1]?.reason
  return { emu: server, clock, cert, tryToken, lastReason }
}

describe('certificate lifecycle', () => {
  it('a revoked certificate is refused', async () => {
    const s = await setup()
    expect((await s.tryToken()).status).toBe(200)
    s.emu.revokeCertificate(s.cert.certificateId)
    const res = await s.tryToken()
    expect(res.status).toBe(401)
    expect(res.json.error).toBe('invalid_client')
    expect(s.lastReason()).toBe('certificate revoked')
    expect(s.emu.certificates()[0]).toMatchObject({ revoked: true })
    expect(s.emu.certificates()[0]?.revokedAt).toBeInstanceOf(Date)
  })

  it('an expired certificate is refused once the clock passes its end', async () => {
    const s = await setup()
    s.clock.ms = s.cert.notAfter.getTime() - 60_000
    expect((await s.tryToken()).status).toBe(200)
    s.clock.ms = s.cert.notAfter.getTime() + DAY_MS
    const res = await s.tryToken()
    expect(res.status).toBe(401)
    expect(res.json.error).toBe('invalid_client')
    expect(s.lastReason()).toBe('certificate expired')
  })

  it('a certificate is refused before its validity starts (beyond the skew)', async () => {
    const s = await setup()
    s.clock.ms = s.cert.notBefore.getTime() - 3_600_000
    const res = await s.tryToken()
    expect(res.status).toBe(401)
    expect(s.lastReason()).toBe('certificate not yet valid')
  })

  it.each([
    ['role', { roleDisabled: true }, 'EntityOrRoleDisabled: role disabled'],
    ['entity', { entityDisabled: true }, 'EntityOrRoleDisabled: entity disabled']
  ])('a disabled %s is refused', async (_what, opts, reason) => {
    const s = await setup(opts)
    const res = await s.tryToken()
    expect(res.status).toBe(401)
    expect(res.json.error).toBe('invalid_client')
    expect(s.lastReason()).toBe(reason)
  })

  it('forgetCertificate() drops one mapping from the list without revoking it; the others stay', async () => {
    const s = await setup()
    const other = s.emu.uploadCertificate({
      clientId: s.cert.clientId,
      pem: rsa.certPem,
      roleId: s.cert.roleId,
      entityId: s.cert.entityId
    })
    expect((await s.tryToken()).status).toBe(200)
    s.emu.forgetCertificate(s.cert.certificateId)
    expect(s.emu.certificates().map(c => [c.certificateId, c.revoked])).toEqual([
      [other.certificateId, false]
    ])
    const res = await s.tryToken()
    expect(res.status).toBe(401)
    expect(res.json.error).toBe('invalid_client')
    // Not 'certificate revoked': nothing remembers that it existed.
    expect(s.lastReason()).toBe('kid not registered')
    expect(() => s.emu.forgetCertificate(s.cert.certificateId)).toThrow(/no certificate/)
  })

  it('wipe() (sandbox refresh) makes a working kid fail with invalid_client', async () => {
    const s = await setup()
    expect((await s.tryToken()).status).toBe(200)
    s.emu.wipe()
    expect(s.emu.certificates()).toEqual([])
    const res = await s.tryToken()
    expect(res.status).toBe(401)
    expect(res.json.error).toBe('invalid_client')
    expect(s.lastReason()).toBe('kid not registered')
    // Integration records survive a refresh: the same client can upload again.
    const again = s.emu.uploadCertificate({
      clientId: s.cert.clientId,
      pem: rsa.certPem,
      roleId: s.cert.roleId,
      entityId: s.cert.entityId
    })
    expect(again.certificateId).not.toBe(s.cert.certificateId)
  })
})

// The certificate rotation endpoint: list, upload and revoke, and who may.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomUUID } from 'node:crypto'
import { startNetSuiteEmulator } from '../../sandbox/netsuite/index.js'
import type { CertificateRecord, NetSuiteEmulator } from '../../sandbox/netsuite/index.js'
import { exchange, makeCredentials, parseObject, signJwt } from './helpers/netsuite-keys.js'
import type { TestCredentials } from './helpers/netsuite-keys.js'

const PERMISSION = 'Manage own OAuth 2.0 Client Credentials certificates'
const clock = { ms: Date.now() }
let emu: NetSuiteEmulator
let clientId: string
let managerRole: number
let entityId: number
let rsa: TestCredentials
let ec: TestCredentials
let managerCert: CertificateRecord
let managerToken: string
let plainToken: string
let restletsToken: string
let otherClientToken: string

async function tokenFor(
  cert: CertificateRecord,
  creds: TestCredentials,
  scope: string[] = ['rest_webservices']
): Promise<string> {
  const iat = Math.floor(clock.ms / 1000)
  const alg = cert.keyType.startsWith('rsa') ? 'PS256' : 'ES256'
  const claims = {
    iss: cert.clientId,
    scope,
    aud: emu.tokenUrl,
    iat,
    exp: iat + 600,
    jti: randomUUID()
  }
  const jwt = signJwt({ alg, typ: 'JWT', kid: cert.certificateId }, claims, creds.keyPem)
  const res = await exchange(emu.tokenUrl, jwt)
  if (res.status !== 200) throw new Error(`token exchange failed: ${res.text}`)
  return String(res.json.access_token)
}

async function call(
  token: string | undefined,
  opts: { method?: string; path?: string; body?: unknown; client?: string } = {}
) {
  const headers: Record<string, string> = {}
  if (token) headers.authorization = `Bearer ${token}`
  if (opts.body !== undefined) headers['content-type'] = 'application/json'
  const res = await fetch(emu.certificatesUrl(opts.client ?? clientId) + (opts.path ?? ''), {
    method: opts.method ?? 'GET',
    headers,
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body)
  })
  const text = await res.text()
  const json = parseObject(text)
  const details = json['o:errorDetails']
  const detail = Array.isArray(details) ? String((details[0] as { detail?: unknown }).detail) : ''
  return { status: res.status, text, json, detail, contentType: res.headers.get('content-type') }
}

beforeAll(async () => {
  rsa = makeCredentials('rsa-3072')
  ec = makeCredentials('ec-p256')
  emu = await startNetSuiteEmulator({ now: () => clock.ms })
  clientId = emu.createIntegration().clientId
  managerRole = emu.createRole({ name: 'Rotator', canManageCertificates: true })
  const plainRole = emu.createRole({ name: 'Reader' })
  entityId = emu.createEntity()
  managerCert = emu.uploadCertificate({ clientId, pem: rsa.certPem, roleId: managerRole, entityId })
  const plainCert = emu.uploadCertificate({
    clientId,
    pem: ec.certPem,
    roleId: plainRole,
    entityId
  })
  const other = emu.createIntegration().clientId
  const otherCert = emu.uploadCertificate({
    clientId: other,
    pem: rsa.certPem,
    roleId: managerRole,
    entityId
  })
  managerToken = await tokenFor(managerCert, rsa)
  plainToken = await tokenFor(plainCert, ec)
  restletsToken = await tokenFor(managerCert, rsa, ['restlets'])
  otherClientToken = await tokenFor(otherCert, rsa)
})

afterAll(async () => {
  await emu.close()
})

describe('with the permission and rest_webservices', () => {
  it('lists the certificates of the integration', async () => {
    const res = await call(managerToken)
    expect(res.status).toBe(200)
    const items = res.json.items as Record<string, unknown>[]
    expect(items).toHaveLength(2)
    expect(res.contentType).toBe('application/vnd.oracle.resource+json; charset=utf-8')
    expect(items[0]).toEqual({
      certificate_id: managerCert.certificateId,
      valid_from: managerCert.notBefore.toISOString(),
      valid_until: managerCert.notAfter.toISOString(),
      revoked: false,
      algorithm: 'rsa-3072',
      created: managerCert.uploadedAt.toISOString(),
      application: { id: expect.any(String), name: expect.any(String) },
      role: { id: String(managerRole), name: expect.any(String) },
      entity: { id: String(entityId), name: expect.any(String) }
    })
    expect(emu.log[emu.log.length - 1]).toMatchObject({
      method: 'GET',
      status: 200,
      verdict: 'accepted'
    })
  })

  it('uploads a certificate whose kid then works, and revokes it', async () => {
    const p384 = makeCredentials('ec-p384')
    const body = { fileContent: p384.certPem, role: String(managerRole), entity: entityId }
    const created = await call(managerToken, { method: 'POST', body })
    expect(created.status).toBe(200)
    const id = String(created.json.certificate_id)
    expect(created.json).toMatchObject({
      role: { id: String(managerRole) },
      revoked: false,
      algorithm: 'ec-p384'
    })
    const record = emu.certificates(clientId).find(c => c.certificateId === id)
    expect(record?.pem).toBe(p384.certPem)

    const iat = Math.floor(clock.ms / 1000)
    const claims = {
      iss: clientId,
      scope: 'restlets',
      aud: emu.tokenUrl,
      iat,
      exp: iat + 60,
      jti: randomUUID()
    }
    const jwt = signJwt({ alg: 'ES384', typ: 'JWT', kid: id }, claims, p384.keyPem)
    expect((await exchange(emu.tokenUrl, jwt)).status).toBe(200)

    const revoked = await call(managerToken, { method: 'POST', path: `/${id}/revoke` })
    expect(revoked).toMatchObject({ status: 200, text: 'Successfully revoked' })
    expect(emu.certificates(clientId).find(c => c.certificateId === id)?.revoked).toBe(true)
    const listed = (await call(managerToken)).json.items as Record<string, unknown>[]
    expect(listed.find(i => i.certificate_id === id)).toMatchObject({ revoked: true })
    expect((await exchange(emu.tokenUrl, jwt)).status).toBe(401)
  })

  it.each([
    [
      'an RSA-2048 certificate',
      () => ({
        fileContent: makeCredentials('rsa-2048').certPem,
        role: managerRole,
        entity: entityId
      }),
      /RSA key of 2048 bits/
    ],
    ['no fileContent', () => ({ role: managerRole, entity: entityId }), /fileContent/],
    [
      'a role that is not numeric',
      () => ({ fileContent: rsa.certPem, role: 'Rotator', entity: entityId }),
      /role must be a numeric ID/
    ],
    [
      'an unknown entity',
      () => ({ fileContent: rsa.certPem, role: managerRole, entity: 9 }),
      /unknown entity 9/
    ]
  ])('refuses an upload with %s', async (_name, body, detail) => {
    const before = emu.certificates(clientId).length
    const res = await call(managerToken, { method: 'POST', body: body() })
    expect(res.status).toBe(400)
    expect(res.json).toMatchObject({ status: 400, title: 'Bad Request' })
    expect(res.detail).toMatch(detail)
    expect(emu.certificates(clientId)).toHaveLength(before)
  })

  it('refuses a body that is not JSON, an unknown revoke and a wrong method', async () => {
    const bad = await fetch(emu.certificatesUrl(clientId), {
      method: 'POST',
      headers: { authorization: `Bearer ${managerToken}`, 'content-type': 'application/json' },
      body: '{"fileContent":'
    })
    expect(bad.status).toBe(400)
    const unknown = await call(managerToken, { method: 'POST', path: '/nope/revoke' })
    expect(unknown.status).toBe(404)
    expect(unknown.detail).toMatch(/no certificate nope/)
    expect((await call(managerToken, { method: 'DELETE' })).status).toBe(405)
  })
})

describe('who may not', () => {
  it.each([
    ['no token', () => undefined, 401, /access token missing/],
    ['an unknown token', () => 'eyJnot-issued', 401, /access token unknown/],
    [
      'a role without the permission',
      () => plainToken,
      403,
      new RegExp(`lacks the permission "${PERMISSION}"`)
    ],
    ['a token without rest_webservices', () => restletsToken, 403, /rest_webservices/],
    ['a token of another integration', () => otherClientToken, 403, /another integration record/]
  ])('%s is refused on list, upload and revoke', async (_name, token, status, detail) => {
    const before = emu.certificates(clientId)
    const body = { fileContent: rsa.certPem, role: managerRole, entity: entityId }
    for (const opts of [
      {},
      { method: 'POST', body },
      { method: 'POST', path: `/${managerCert.certificateId}/revoke` }
    ]) {
      const res = await call(token(), opts)
      expect({ status: res.status, detail: res.detail }).toEqual({
        status,
        detail: expect.stringMatching(detail)
      })
      expect(emu.log[emu.log.length - 1]).toMatchObject({ status, verdict: 'refused' })
    }
    expect(emu.certificates(clientId)).toEqual(before)
  })

  it('an expired token is refused', async () => {
    const token = await tokenFor(managerCert, rsa)
    expect((await call(token)).status).toBe(200)
    const saved = clock.ms
    clock.ms += 3601_000
    try {
      const res = await call(token)
      expect(res.status).toBe(401)
      expect(res.detail).toMatch(/access token expired/)
    } finally {
      clock.ms = saved
    }
  })

  it('a token dies with its certificate (revoked, or gone in a sandbox refresh)', async () => {
    const creds = makeCredentials('ec-p256')
    const cert = emu.uploadCertificate({
      clientId,
      pem: creds.certPem,
      roleId: managerRole,
      entityId
    })
    const token = await tokenFor(cert, creds)
    expect((await call(token)).status).toBe(200)
    emu.revokeCertificate(cert.certificateId)
    const res = await call(token)
    expect(res.status).toBe(401)
    expect(res.detail).toMatch(/certificate was revoked or removed/)
  })
})

// The token endpoint of the NetSuite emulator: correct assertions are accepted,
// and each rule broken on its own is refused with its status, error and reason.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { constants, randomUUID } from 'node:crypto'
import { startNetSuiteEmulator } from '../../sandbox/netsuite/index.js'
import type { CertificateRecord, NetSuiteEmulator } from '../../sandbox/netsuite/index.js'
import { exchange, makeCredentials, signJwt } from './helpers/netsuite-keys.js'
import type { SignOptions, TestCredentials } from './helpers/netsuite-keys.js'

let emu: NetSuiteEmulator
let clientId: string
let rsa: TestCredentials
let otherRsa: TestCredentials
let p256: TestCredentials
let p384: TestCredentials
let p521: TestCredentials
let rsaCert: CertificateRecord
let p256Cert: CertificateRecord
let p384Cert: CertificateRecord
let p521Cert: CertificateRecord

const nowS = (): number => Math.floor(Date.now() / 1000)

function claims(extra: Record<string, unknown> = {}, iat = nowS()): Record<string, unknown> {
  return {
    iss: clientId,
    scope: ['restlets', 'rest_webservices'],
    aud: emu.tokenUrl,
    iat,
    exp: iat + 3600,
    jti: randomUUID(),
    ...extra
  }
}

beforeAll(async () => {
  rsa = makeCredentials('rsa-3072')
  otherRsa = makeCredentials('rsa-3072')
  p256 = makeCredentials('ec-p256')
  p384 = makeCredentials('ec-p384')
  p521 = makeCredentials('ec-p521')
  emu = await startNetSuiteEmulator()
  clientId = emu.createIntegration({ name: 'CI' }).clientId
  const roleId = emu.createRole({ name: 'Integration role' })
  const entityId = emu.createEntity({ name: 'ci-user' })
  const upload = (pem: string): CertificateRecord =>
    emu.uploadCertificate({ clientId, pem, roleId, entityId })
  rsaCert = upload(rsa.certPem)
  p256Cert = upload(p256.certPem)
  p384Cert = upload(p384.certPem)
  p521Cert = upload(p521.certPem)
})

afterAll(async () => {
  await emu.close()
})

describe('accepted assertions', () => {
  it('creates NetSuite-shaped IDs', () => {
    expect(clientId).toMatch(/^[0-9a-f]{64}$/)
    expect(rsaCert.certificateId).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(rsaCert.keyType).toBe('rsa-3072')
    expect(p256Cert.keyType).toBe('ec-p256')
  })

  it.each([
    ['PS256', () => rsa, () => rsaCert],
    ['PS384', () => rsa, () => rsaCert],
    ['PS512', () => rsa, () => rsaCert],
    ['ES256', () => p256, () => p256Cert],
    ['ES384', () => p384, () => p384Cert],
    ['ES512', () => p521, () => p521Cert]
  ])('%s is exchanged for a token', async (alg, creds, cert) => {
    const kid = cert().certificateId
    const assertion = signJwt({ alg, typ: 'JWT', kid }, claims(), creds().keyPem)
    const res = await exchange(emu.tokenUrl, assertion)
    expect(res.status).toBe(200)
    expect(res.json.token_type).toBe('Bearer')
    expect(res.json.expires_in).toBe('3600')
    expect(typeof res.json.access_token).toBe('string')
    const issued = emu.issuedTokens.find(t => t.accessToken === res.json.access_token)
    expect(issued).toMatchObject({
      clientId,
      certificateId: kid,
      scopes: ['restlets', 'rest_webservices']
    })
    const entry = emu.log[emu.log.length - 1]
    expect(entry).toMatchObject({ status: 200, verdict: 'accepted', method: 'POST' })
    expect(entry.header).toEqual({ alg, typ: 'JWT', kid })
    expect(entry.claims?.iss).toBe(clientId)
    expect(JSON.stringify(emu.log)).not.toContain(assertion.split('.')[2])
  })

  it.each([
    ['a comma string', 'restlets,rest_webservices', ['restlets', 'rest_webservices']],
    ['a space string', 'rest_webservices suite_analytics', ['rest_webservices', 'suite_analytics']],
    ['a one-element array', ['suite_analytics'], ['suite_analytics']]
  ])('scope as %s is accepted', async (_name, scope, scopes) => {
    const header = { alg: 'PS256', typ: 'JWT', kid: rsaCert.certificateId }
    const res = await exchange(emu.tokenUrl, signJwt(header, claims({ scope }), rsa.keyPem))
    expect(res.status).toBe(200)
    const issued = emu.issuedTokens.find(t => t.accessToken === res.json.access_token)
    expect(issued?.scopes).toEqual(scopes)
  })
})

interface Case {
  name: string
  header?: Record<string, unknown>
  /** Claims to change, given the iat the test uses (so no second boundary can flake). */
  claims?: (t: number) => Record<string, unknown>
  key?: () => string
  sign?: SignOptions
  tamper?: (jwt: string) => string
  status: number
  error: string
  reason: RegExp
}

const PS = (): Record<string, unknown> => ({ alg: 'PS256', typ: 'JWT', kid: rsaCert.certificateId })

const cases: Case[] = [
  {
    name: 'typ missing',
    header: { typ: undefined },
    status: 400,
    error: 'invalid_request',
    reason: /typ must be "JWT"/
  },
  {
    name: 'typ at+jwt',
    header: { typ: 'at+jwt' },
    status: 400,
    error: 'invalid_request',
    reason: /typ must be "JWT"/
  },
  {
    name: 'alg none',
    header: { alg: 'none' },
    status: 400,
    error: 'invalid_request',
    reason: /alg none is not supported/
  },
  {
    name: 'alg HS256',
    header: { alg: 'HS256' },
    status: 400,
    error: 'invalid_request',
    reason: /alg HS256 is not supported/
  },
  {
    name: 'alg RS256',
    header: { alg: 'RS256' },
    status: 500,
    error: 'server_error',
    reason: /RS256.*no longer accepted/
  },
  {
    name: 'alg RS512',
    header: { alg: 'RS512' },
    status: 500,
    error: 'server_error',
    reason: /RS512.*no longer accepted/
  },
  {
    name: 'kid missing',
    header: { kid: undefined },
    status: 400,
    error: 'invalid_request',
    reason: /kid missing/
  },
  {
    name: 'kid unknown',
    header: { kid: 'A'.repeat(43) },
    status: 401,
    error: 'invalid_client',
    reason: /^kid not registered$/
  },
  {
    name: 'PS256 with an EC certificate',
    header: { kid: 'p256' },
    status: 401,
    error: 'invalid_client',
    reason: /^InvalidSignature: key type does not fit alg/
  },
  {
    name: 'ES384 with a P-256 certificate',
    header: { alg: 'ES384', kid: 'p256' },
    key: () => p256.keyPem,
    status: 401,
    error: 'invalid_client',
    reason: /^InvalidSignature: key type does not fit alg/
  },
  {
    name: 'signed by another key',
    key: () => otherRsa.keyPem,
    status: 401,
    error: 'invalid_client',
    reason: /^InvalidSignature: signature invalid$/
  },
  {
    name: 'claims changed after signing',
    tamper: jwt => {
      const [h, , s] = jwt.split('.')
      const forged = Buffer.from(
        JSON.stringify({ ...claims(), scope: ['suite_analytics'] })
      ).toString('base64url')
      return `${h}.${forged}.${s}`
    },
    status: 401,
    error: 'invalid_client',
    reason: /^InvalidSignature: signature invalid$/
  },
  {
    name: 'PSS salt not the digest length',
    sign: { saltLength: constants.RSA_PSS_SALTLEN_MAX_SIGN },
    status: 401,
    error: 'invalid_client',
    reason: /signature invalid/
  },
  {
    name: 'PS256 hashed with sha384',
    sign: { digest: 'sha384' },
    status: 401,
    error: 'invalid_client',
    reason: /signature invalid/
  },
  {
    name: 'ES256 signature DER-encoded',
    header: { alg: 'ES256', kid: 'p256' },
    key: () => p256.keyPem,
    sign: { der: true },
    status: 401,
    error: 'invalid_client',
    reason: /signature invalid/
  },
  {
    name: 'iss wrong',
    claims: () => ({ iss: 'f'.repeat(64) }),
    status: 500,
    error: 'server_error',
    reason: /^InvalidIntegration: iss is not/
  },
  {
    name: 'iss missing',
    claims: () => ({ iss: undefined }),
    status: 500,
    error: 'server_error',
    reason: /^InvalidIntegration: iss missing/
  },
  {
    name: 'aud of the real NetSuite host',
    claims: () => ({
      aud: 'https://1234567-sb1.suitetalk.api.netsuite.com/services/rest/auth/oauth2/v1/token'
    }),
    status: 400,
    error: 'invalid_grant',
    reason: /^aud is not http/
  },
  {
    name: 'aud as an array',
    claims: () => ({ aud: ['TOKEN_URL'] }),
    status: 400,
    error: 'invalid_grant',
    reason: /aud must be a string/
  },
  {
    name: 'iat missing',
    claims: () => ({ iat: undefined }),
    status: 400,
    error: 'invalid_request',
    reason: /iat missing or not a number/
  },
  {
    name: 'iat a string',
    claims: t => ({ iat: String(t) }),
    status: 400,
    error: 'invalid_request',
    reason: /iat missing or not a number/
  },
  {
    name: 'iat in the future',
    claims: t => ({ iat: t + 900, exp: t + 1800 }),
    status: 400,
    error: 'invalid_grant',
    reason: /iat is in the future/
  },
  {
    name: 'iat too old',
    claims: t => ({ iat: t - 4500, exp: t + 60 }),
    status: 400,
    error: 'invalid_grant',
    reason: /iat is too old/
  },
  {
    name: 'exp missing',
    claims: () => ({ exp: undefined }),
    status: 400,
    error: 'invalid_request',
    reason: /exp missing or not a number/
  },
  {
    name: 'exp passed',
    claims: t => ({ iat: t - 120, exp: t - 60 }),
    status: 400,
    error: 'invalid_grant',
    reason: /assertion expired/
  },
  {
    name: 'exp 3601 s after iat',
    claims: t => ({ exp: t + 3601 }),
    status: 400,
    error: 'invalid_grant',
    reason: /more than 3600 s after iat/
  },
  {
    name: 'exp before iat',
    claims: t => ({ iat: t + 200, exp: t + 100 }),
    status: 400,
    error: 'invalid_grant',
    reason: /exp is not after iat/
  },
  {
    name: 'nbf in the future',
    claims: t => ({ nbf: t + 900 }),
    status: 400,
    error: 'invalid_grant',
    reason: /nbf is in the future/
  },
  {
    name: 'jti missing',
    claims: () => ({ jti: undefined }),
    status: 400,
    error: 'invalid_request',
    reason: /^jti missing/
  },
  {
    name: 'jti empty',
    claims: () => ({ jti: '' }),
    status: 400,
    error: 'invalid_request',
    reason: /^jti missing/
  },
  {
    name: 'scope missing',
    claims: () => ({ scope: undefined }),
    status: 400,
    error: 'invalid_request',
    reason: /^ScopeMismatched: scope missing/
  },
  {
    name: 'scope empty',
    claims: () => ({ scope: [] }),
    status: 400,
    error: 'invalid_request',
    reason: /^ScopeMismatched: scope is empty/
  },
  {
    name: 'scope unknown',
    claims: () => ({ scope: 'restlets,full_access' }),
    status: 400,
    error: 'invalid_request',
    reason: /^ScopeMismatched: unknown scope "full_access"/
  },
  {
    name: 'scope not strings',
    claims: () => ({ scope: [1] }),
    status: 400,
    error: 'invalid_request',
    reason: /^ScopeMismatched: unknown scope 1/
  }
]

describe('each broken rule is refused', () => {
  it.each(cases)('$name', async c => {
    const kids: Record<string, string> = { p256: p256Cert.certificateId }
    const header = { ...PS(), ...c.header }
    if (typeof header.kid === 'string' && kids[header.kid]) header.kid = kids[header.kid]
    const t = nowS()
    const body = { ...claims({}, t), ...c.claims?.(t) }
    if (Array.isArray(body.aud) && body.aud[0] === 'TOKEN_URL') body.aud = [emu.tokenUrl]
    let assertion = signJwt(header, body, c.key?.() ?? rsa.keyPem, c.sign)
    if (c.tamper) assertion = c.tamper(assertion)
    const res = await exchange(emu.tokenUrl, assertion)
    expect({ status: res.status, error: res.json.error }).toEqual({
      status: c.status,
      error: c.error
    })
    expect(typeof res.json.error_description).toBe('string')
    const entry = emu.log[emu.log.length - 1]
    expect(entry).toMatchObject({ status: c.status, error: c.error, verdict: 'refused' })
    expect(entry.reason).toMatch(c.reason)
    expect(entry.header?.alg).toBe(header.alg)
    // Neither the response nor the log may carry the assertion itself.
    expect(res.text).not.toContain(assertion)
    expect(JSON.stringify(entry)).not.toContain(assertion.split('.')[1])
    expect(emu.issuedTokens.some(t => t.accessToken === res.json.access_token)).toBe(false)
  })
})

describe('jti', () => {
  it('accepts an assertion once and refuses it replayed, as invalid_grant', async () => {
    const assertion = signJwt(PS(), claims(), rsa.keyPem)
    const first = await exchange(emu.tokenUrl, assertion)
    const again = await exchange(emu.tokenUrl, assertion)
    expect([first.status, again.status]).toEqual([200, 400])
    expect(again.json.error).toBe('invalid_grant')
    expect(emu.log[emu.log.length - 1]?.reason).toBe('jti already used (assertion replayed)')
  })

  it('spends the jti of an assertion whose answer a proxy lost', async () => {
    const assertion = signJwt(PS(), claims(), rsa.keyPem)
    const tokens = emu.issuedTokens.length
    emu.injectFault({ path: '/token', status: 502, afterHandling: true })
    const lost = await exchange(emu.tokenUrl, assertion)
    expect(lost.status).toBe(502)
    expect(emu.issuedTokens.length).toBe(tokens + 1)
    expect(emu.log[emu.log.length - 1]?.reason).toBe(
      'fault: handled, then answered status 502 (handled: accepted)'
    )
    const retried = await exchange(emu.tokenUrl, assertion)
    expect({ status: retried.status, error: retried.json.error }).toEqual({
      status: 400,
      error: 'invalid_grant'
    })
  })

  it('refuses the same jti in a freshly signed assertion, and accepts a new jti', async () => {
    const jti = randomUUID()
    const first = await exchange(emu.tokenUrl, signJwt(PS(), claims({ jti }), rsa.keyPem))
    const sameJti = await exchange(emu.tokenUrl, signJwt(PS(), claims({ jti }), rsa.keyPem))
    const newJti = await exchange(emu.tokenUrl, signJwt(PS(), claims(), rsa.keyPem))
    expect([first.status, sameJti.status, newJti.status]).toEqual([200, 400, 200])
  })
})

describe('request form', () => {
  const good = (): string => signJwt(PS(), claims(), rsa.keyPem)
  it.each([
    ['grant_type missing', { grant_type: undefined }, 'invalid_request', /grant_type missing/],
    [
      'grant_type password',
      { grant_type: 'password' },
      'unsupported_grant_type',
      /grant_type password/
    ],
    [
      'client_assertion_type wrong',
      { client_assertion_type: 'jwt' },
      'invalid_request',
      /client_assertion_type must be/
    ],
    [
      'client_assertion missing',
      { client_assertion: undefined },
      'invalid_request',
      /client_assertion missing/
    ],
    [
      'assertion of two parts',
      { client_assertion: 'eyJhbGciOiJQUzI1NiJ9.e30' },
      'invalid_request',
      /3 parts/
    ],
    [
      'assertion not JSON',
      { client_assertion: 'a.b.c' },
      'invalid_request',
      /header is not a JSON object/
    ]
  ])('%s is refused', async (_name, form, error, reason) => {
    const res = await exchange(emu.tokenUrl, good(), form)
    expect(res.status).toBe(400)
    expect(res.json.error).toBe(error)
    expect(emu.log[emu.log.length - 1]?.reason).toMatch(reason)
  })

  it('refuses a JSON body, a repeated parameter and GET', async () => {
    const json = await fetch(emu.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credentials', client_assertion: good() })
    })
    expect(json.status).toBe(400)
    expect(emu.log[emu.log.length - 1]?.reason).toMatch(/Content-Type must be/)

    const repeated = await fetch(emu.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8' },
      body: `grant_type=client_credentials&grant_type=client_credentials&client_assertion=${good()}`
    })
    expect(repeated.status).toBe(400)
    expect(emu.log[emu.log.length - 1]?.reason).toMatch(/parameter grant_type repeated/)

    const get = await fetch(emu.tokenUrl)
    expect(get.status).toBe(405)
    expect(get.headers.get('allow')).toBe('POST')
  })
})

describe('token requests are counted', () => {
  it('lists every request to the token endpoint, refused and faulted ones too, and nothing else', async () => {
    const before = emu.tokenRequests().length
    const header = { alg: 'PS256', typ: 'JWT', kid: rsaCert.certificateId }
    const accepted = await exchange(emu.tokenUrl, signJwt(header, claims(), rsa.keyPem))
    const refused = await exchange(
      emu.tokenUrl,
      signJwt({ ...header, kid: 'unknown' }, claims(), rsa.keyPem)
    )
    emu.injectFault({ path: '/token', status: 503 })
    const faulted = await exchange(emu.tokenUrl, signJwt(header, claims(), rsa.keyPem))
    // The certificate endpoint answers too (403: this role may not manage certificates), uncounted.
    const listed = await fetch(emu.certificatesUrl(clientId), {
      headers: { authorization: `Bearer ${String(accepted.json.access_token)}` }
    })
    expect([accepted.status, refused.status, faulted.status, listed.status]).toEqual([
      200, 401, 503, 403
    ])
    const counted = emu.tokenRequests().slice(before)
    expect(counted.map(entry => [entry.verdict, entry.header?.kid])).toEqual([
      ['accepted', rsaCert.certificateId],
      ['refused', 'unknown'],
      ['fault', rsaCert.certificateId]
    ])
  })
})

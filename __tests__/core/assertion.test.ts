// The client assertion, taken apart by hand and verified with node:crypto (not jose, which made it).
import { beforeAll, describe, expect, it } from '@jest/globals'
import { constants, generateKeyPairSync, verify, type KeyObject } from 'node:crypto'
import {
  ASSERTION_LIFETIME_SECONDS,
  checkAlgorithmFitsKey,
  defaultAlgorithmFor,
  signClientAssertion
} from '../../src/core/assertion.js'
import { InputError } from '../../src/core/errors.js'
import { parseAlgorithm, type Algorithm } from '../../src/core/key-types.js'
import { fixtureKeyPair } from '../fixtures/keys.js'

interface Pair {
  privateKey: KeyObject
  publicKey: KeyObject
}
const keys: Record<string, Pair> = {}

beforeAll(() => {
  keys.rsa = fixtureKeyPair('rsa-3072')
  keys.p256 = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
  keys.p384 = generateKeyPairSync('ec', { namedCurve: 'secp384r1' })
  keys.p521 = generateKeyPairSync('ec', { namedCurve: 'secp521r1' })
  keys.k256 = generateKeyPairSync('ec', { namedCurve: 'secp256k1' })
  keys.ed25519 = generateKeyPairSync('ed25519')
})

const TOKEN_URL =
  'https://1234567-sb1.suitetalk.api.netsuite.com/services/rest/auth/oauth2/v1/token'
const NOW = new Date('2030-05-06T07:08:09.999Z')
const IAT = Math.floor(NOW.getTime() / 1000)

function decode(part: string): unknown {
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))
}

const sign = (
  algorithm: Algorithm,
  key: string,
  extra: { lifetimeSeconds?: number } = {}
): Promise<string> =>
  signClientAssertion({
    privateKey: keys[key].privateKey,
    algorithm,
    certificateId: 'cert-ID_0123456789',
    clientId: 'client-0123456789abcdef',
    tokenUrl: TOKEN_URL,
    scopes: ['restlets', 'rest_webservices'],
    now: NOW,
    ...extra
  })

describe.each([
  ['PS256', 'rsa', 'sha256', 32, 0],
  ['PS384', 'rsa', 'sha384', 48, 0],
  ['PS512', 'rsa', 'sha512', 64, 0],
  ['ES256', 'p256', 'sha256', 0, 64],
  ['ES384', 'p384', 'sha384', 0, 96],
  ['ES512', 'p521', 'sha512', 0, 132]
] as const)('%s assertion (%s key)', (algorithm, key, hash, saltLength, signatureBytes) => {
  let jwt = ''
  beforeAll(async () => {
    jwt = await sign(algorithm, key)
  })

  it('has the header NetSuite expects, exactly', () => {
    const parts = jwt.split('.')
    expect(parts).toHaveLength(3)
    expect(decode(parts[0])).toEqual({ alg: algorithm, typ: 'JWT', kid: 'cert-ID_0123456789' })
  })

  it('has exactly iss, scope (array), aud (string), iat, exp = iat + 300 and a jti', () => {
    const claims = decode(jwt.split('.')[1])
    expect(claims).toEqual({
      iss: 'client-0123456789abcdef',
      scope: ['restlets', 'rest_webservices'],
      aud: TOKEN_URL,
      iat: IAT,
      exp: IAT + 300,
      jti: expect.stringMatching(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
      )
    })
    expect(ASSERTION_LIFETIME_SECONDS).toBe(300)
  })

  it('carries a signature node:crypto verifies with the public key', () => {
    const [header, payload, signature] = jwt.split('.')
    const data = Buffer.from(`${header}.${payload}`)
    const raw = Buffer.from(signature, 'base64url')
    const publicKey = keys[key].publicKey
    if (algorithm.startsWith('PS')) {
      const pss = { key: publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength }
      expect(verify(hash, data, pss, raw)).toBe(true)
      // Not PKCS#1 v1.5 (RS256), which NetSuite refuses.
      expect(
        verify(hash, data, { key: publicKey, padding: constants.RSA_PKCS1_PADDING }, raw)
      ).toBe(false)
      expect(raw).toHaveLength(384)
    } else {
      expect(raw).toHaveLength(signatureBytes)
      expect(verify(hash, data, { key: publicKey, dsaEncoding: 'ieee-p1363' }, raw)).toBe(true)
    }
    // A changed payload no longer verifies (the check above is not vacuous).
    const tampered = Buffer.from(`${header}.${payload}x`)
    const options = algorithm.startsWith('PS')
      ? { key: publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength }
      : { key: publicKey, dsaEncoding: 'ieee-p1363' as const }
    expect(verify(hash, tampered, options, raw)).toBe(false)
  })
})

describe('jti', () => {
  it('is different in every assertion, even signed at the same instant with the same key', async () => {
    const jtis = new Set<unknown>()
    for (let i = 0; i < 20; i++) {
      const claims = decode((await sign('ES256', 'p256')).split('.')[1]) as { jti: unknown }
      jtis.add(claims.jti)
    }
    expect(jtis.size).toBe(20)
  })
})

describe('assertion options', () => {
  it('honours a custom lifetime up to an hour and refuses beyond', async () => {
    const jwt = await sign('ES256', 'p256', { lifetimeSeconds: 3600 })
    const claims = decode(jwt.split('.')[1]) as { iat: number; exp: number }
    expect(claims.exp - claims.iat).toBe(3600)
    await expect(sign('ES256', 'p256', { lifetimeSeconds: 3601 })).rejects.toThrow(
      /1\.\.3600 seconds/
    )
    await expect(sign('ES256', 'p256', { lifetimeSeconds: 0 })).rejects.toThrow(InputError)
  })

  it.each([
    ['PS256', 'p256', /PS256 needs an RSA key but the key is EC P-256: use ES256/],
    ['ES256', 'p384', /ES256 needs an EC P-256 key but the key is EC P-384/],
    ['ES384', 'rsa', /ES384 needs an EC P-384 key but the key is RSA 3072/],
    ['ES512', 'p256', /ES512 needs an EC P-521 key but the key is EC P-256/],
    ['ES256', 'k256', /ES256 needs an EC P-256 key but the key is EC secp256k1/]
  ] as const)('refuses %s with a %s key', async (algorithm, key, message) => {
    expect(() => checkAlgorithmFitsKey(algorithm, keys[key].privateKey)).toThrow(InputError)
    await expect(sign(algorithm, key)).rejects.toThrow(message)
  })
})

describe('parseAlgorithm', () => {
  it.each([['PS256'], ['ps384'], [' PS512 '], ['ES256'], ['es384'], ['ES512']])(
    'accepts %p',
    raw => {
      expect(parseAlgorithm(raw)).toBe(raw.trim().toUpperCase())
    }
  )

  it.each([['RS256'], ['rs384'], ['RS512']])('refuses %p, pointing at PS256', raw => {
    expect(() => parseAlgorithm(raw)).toThrow(InputError)
    expect(() => parseAlgorithm(raw)).toThrow(/no longer accepts RSASSA-PKCS1-v1_5.*use PS256/)
  })

  it.each([['HS256'], ['none'], ['EdDSA'], ['']])(
    'refuses unknown %p, listing the choices',
    raw => {
      expect(() => parseAlgorithm(raw)).toThrow(
        /not supported: use one of PS256, PS384, PS512, ES256, ES384, ES512/
      )
    }
  )
})

describe('defaultAlgorithmFor', () => {
  it.each([
    ['rsa', 'PS256'],
    ['p256', 'ES256'],
    ['p384', 'ES384'],
    ['p521', 'ES512']
  ])('%s -> %s', (key, algorithm) => {
    expect(defaultAlgorithmFor(keys[key].privateKey)).toBe(algorithm)
    expect(defaultAlgorithmFor(keys[key].publicKey)).toBe(algorithm)
  })

  it.each([['k256'], ['ed25519']])('refuses a %s key NetSuite cannot use', key => {
    expect(() => defaultAlgorithmFor(keys[key].privateKey)).toThrow(
      /keys cannot sign NetSuite client assertions: use RSA 3072\/4096 or EC P-256\/384\/521/
    )
  })
})

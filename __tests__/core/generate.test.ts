// generateCredentials, judged by openssl and node:crypto (never by the code that built it).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createPrivateKey, X509Certificate } from 'node:crypto'
import { InputError } from '../../src/core/errors.js'
import { generateCredentials, type GeneratedCredentials } from '../../src/core/generate.js'
import { KEY_TYPES, type KeyType } from '../../src/core/key-types.js'
import { parseDistinguishedName } from '../../src/core/x509.js'
import { openssl, pemLabel, scratch, type Scratch } from './helpers.js'

const EXPECTED: Record<
  KeyType,
  { keyLine: RegExp; signature: string; nodeCurve?: string; bits?: number }
> = {
  'rsa-4096': {
    keyLine: /Public-Key: \(4096 bit\)/,
    signature: 'sha256WithRSAEncryption',
    bits: 4096
  },
  'rsa-3072': {
    keyLine: /Public-Key: \(3072 bit\)/,
    signature: 'sha256WithRSAEncryption',
    bits: 3072
  },
  'ec-p256': {
    keyLine: /NIST CURVE: P-256/,
    signature: 'ecdsa-with-SHA256',
    nodeCurve: 'prime256v1'
  },
  'ec-p384': {
    keyLine: /NIST CURVE: P-384/,
    signature: 'ecdsa-with-SHA384',
    nodeCurve: 'secp384r1'
  },
  'ec-p521': {
    keyLine: /NIST CURVE: P-521/,
    signature: 'ecdsa-with-SHA512',
    nodeCurve: 'secp521r1'
  }
}

const DAYS = 730
let tmp: Scratch
const made = new Map<
  KeyType,
  { credentials: GeneratedCredentials; before: number; after: number }
>()

// All five at once: node:crypto makes keys on libuv's thread pool, so the RSA keys (seconds
// for 4096 bits) are made side by side rather than one after the other.
beforeAll(async () => {
  tmp = scratch('generate-test')
  await Promise.all(
    KEY_TYPES.map(async keyType => {
      const before = Date.now()
      const credentials = await generateCredentials({
        keyType,
        validityDays: DAYS,
        subject: 'CN=NetSuite M2M test'
      })
      made.set(keyType, { credentials, before, after: Date.now() })
      tmp.write(`${keyType}-cert.pem`, credentials.certificatePem)
      tmp.write(`${keyType}-key.pem`, credentials.privateKeyPem)
    })
  )
})

afterAll(() => tmp.remove())

describe.each(KEY_TYPES.map(keyType => [keyType]))('generateCredentials(%s)', keyType => {
  const get = (): GeneratedCredentials => made.get(keyType)!.credentials
  const cert = (): string => tmp.path(`${keyType}-cert.pem`)
  const key = (): string => tmp.path(`${keyType}-key.pem`)
  let shown: string | undefined
  /** openssl's text of the certificate, asked once per key type. */
  const text = (): string => (shown ??= openssl(['x509', '-noout', '-text', '-in', cert()]))

  it('is a v3 certificate openssl parses, with the expected key and signature hash', () => {
    const out = text()
    expect(out).toContain('Version: 3 (0x2)')
    expect(out).toMatch(EXPECTED[keyType].keyLine)
    // Both the TBS and the outer signature algorithm name the hash.
    expect(out.split(`Signature Algorithm: ${EXPECTED[keyType].signature}`)).toHaveLength(3)
  })

  it('self-signature verifies with openssl and with node:crypto', () => {
    expect(openssl(['verify', '-CAfile', cert(), cert()])).toContain(': OK')
    const x509 = new X509Certificate(get().certificatePem)
    expect(x509.verify(x509.publicKey)).toBe(true)
    expect(x509.issuer).toBe(x509.subject)
  })

  it('has the key size or curve of its type', () => {
    const details = new X509Certificate(get().certificatePem).publicKey.asymmetricKeyDetails
    if (EXPECTED[keyType].bits) {
      expect(details?.modulusLength).toBe(EXPECTED[keyType].bits)
      expect(details?.publicExponent).toBe(65537n)
    } else {
      expect(details?.namedCurve).toBe(EXPECTED[keyType].nodeCurve)
    }
  })

  it('is valid exactly the requested days, from about a minute ago', () => {
    const { before, after } = made.get(keyType)!
    const { notBefore, notAfter } = get()
    const x509 = new X509Certificate(get().certificatePem)
    const from = Date.parse(x509.validFrom)
    const to = Date.parse(x509.validTo)
    expect(to - from).toBe(DAYS * 86_400_000)
    expect(from).toBe(notBefore.getTime())
    expect(to).toBe(notAfter.getTime())
    // notBefore = now - 60 s, rounded down to the second.
    expect(from).toBeGreaterThanOrEqual(before - 61_000)
    expect(from).toBeLessThanOrEqual(after - 59_000)
  })

  it('has basicConstraints CA:FALSE (critical), keyUsage digitalSignature, and openssl-style SKI', () => {
    const out = text()
    expect(out).toMatch(/X509v3 Basic Constraints: critical\s+CA:FALSE/)
    expect(out).toMatch(/X509v3 Key Usage: critical\s+Digital Signature\n/)
    const ski = /X509v3 Subject Key Identifier:\s*\n\s*([0-9A-F:]+)/.exec(out)?.[1]
    expect(ski).toMatch(/^([0-9A-F]{2}:){19}[0-9A-F]{2}$/)
    // openssl's own certificate over the same key computes the SKI independently (RFC 5280 method 1).
    const reference = openssl([
      'req',
      '-x509',
      '-new',
      '-key',
      key(),
      '-subj',
      '/CN=ref',
      '-days',
      '1',
      '-noout',
      '-text'
    ])
    const expected = /X509v3 Subject Key Identifier:\s*\n\s*([0-9A-F:]+)/.exec(reference)?.[1]
    expect(ski).toBe(expected)
  })

  it('has a positive 16-byte serial', () => {
    const serial = openssl(['x509', '-noout', '-serial', '-in', cert()])
      .trim()
      .replace('serial=', '')
    expect(serial).toMatch(/^[0-7][0-9A-F]{31}$/)
    expect(serial).not.toMatch(/^00/)
  })

  it('writes the private key as unencrypted PKCS#8 matching the certificate', () => {
    expect(pemLabel(get().privateKeyPem)).toBe('PRIVATE KEY') // PKCS#8
    expect(get().privateKeyPem).not.toContain('ENCRYPTED')
    const fromKey = openssl(['pkey', '-in', key(), '-pubout'])
    const fromCert = openssl(['x509', '-in', cert(), '-pubkey', '-noout'])
    expect(fromKey).toBe(fromCert)
    expect(createPrivateKey(get().privateKeyPem).asymmetricKeyType).toBe(
      keyType.startsWith('rsa') ? 'rsa' : 'ec'
    )
  })

  it('reports the SHA-256 fingerprint of the DER', () => {
    const out = openssl(['x509', '-noout', '-fingerprint', '-sha256', '-in', cert()])
    expect(get().fingerprint).toBe(out.trim().split('=')[1])
  })

  it('puts the subject in subject and issuer', () => {
    const out = openssl([
      'x509',
      '-noout',
      '-subject',
      '-issuer',
      '-nameopt',
      'RFC2253',
      '-in',
      cert()
    ])
    expect(out).toBe('subject=CN=NetSuite M2M test\nissuer=CN=NetSuite M2M test\n')
  })
})

describe('generateCredentials options', () => {
  it('takes notBefore from the given clock, a minute back, whole seconds', async () => {
    const now = new Date('2030-03-04T05:06:07.890Z')
    const credentials = await generateCredentials({
      keyType: 'ec-p256',
      validityDays: 1,
      subject: 'CN=x',
      now
    })
    const x509 = new X509Certificate(credentials.certificatePem)
    expect(new Date(x509.validFrom).toISOString()).toBe('2030-03-04T05:05:07.000Z')
    expect(new Date(x509.validTo).toISOString()).toBe('2030-03-05T05:05:07.000Z')
  })

  it('encodes dates from 2050 on as GeneralizedTime that openssl reads', async () => {
    const now = new Date('2049-06-01T00:00:00Z')
    const credentials = await generateCredentials({
      keyType: 'ec-p256',
      validityDays: 730,
      subject: 'CN=x',
      now
    })
    const out = openssl(['x509', '-noout', '-enddate'], credentials.certificatePem)
    expect(out.trim()).toBe('notAfter=May 31 23:59:00 2051 GMT')
  })

  it('writes a multi-attribute subject with escaped commas and UTF-8', async () => {
    const credentials = await generateCredentials({
      keyType: 'ec-p256',
      validityDays: 30,
      subject: 'CN=NetSuite M2M acme/erp\\, prod,O=Acmé,C=US'
    })
    const out = openssl(
      ['x509', '-noout', '-subject', '-nameopt', 'RFC2253,-esc_msb'],
      credentials.certificatePem
    )
    // RFC 4514 lists the most specific RDN first: every tool shows it as typed.
    expect(out.trim()).toBe('subject=CN=NetSuite M2M acme/erp\\, prod,O=Acmé,C=US')
  })

  it.each([
    ['CN=x,O=Acme,C=US', '/C=US/O=Acme/CN=x', 'CN=x,O=Acme,C=US'],
    ['CN=x+OU=ops,O=Acme', '/O=Acme/CN=x+OU=ops', 'OU=ops+CN=x,O=Acme'],
    ['CN=a\\+b\\,c,O=Acme', '/O=Acme/CN=a\\+b,c', 'CN=a\\+b\\,c,O=Acme'],
    ['CN=caf\\C3\\A9,O=Acme', '/O=Acme/CN=café', 'CN=café,O=Acme'],
    ['/C=US/O=Acme/CN=x', '/C=US/O=Acme/CN=x', 'CN=x,O=Acme,C=US']
  ])('encodes %p as `openssl req -subj %p` does', async (subject, opensslSubj, rfc2253) => {
    const credentials = await generateCredentials({ keyType: 'ec-p256', validityDays: 1, subject })
    const keyFile = tmp.write('subject-key.pem', credentials.privateKeyPem)
    const reference = openssl([
      'req',
      '-x509',
      '-new',
      '-key',
      keyFile,
      '-utf8',
      '-subj',
      opensslSubj,
      '-days',
      '1'
    ])
    const show = (pem: string): string =>
      openssl(['x509', '-noout', '-subject', '-nameopt', 'RFC2253,-esc_msb'], pem).trim()
    expect(show(credentials.certificatePem)).toBe(`subject=${rfc2253}`)
    expect(show(reference)).toBe(`subject=${rfc2253}`)
    // Same name, byte for byte in canonical form: order, multi-valued RDNs and string types.
    const hash = (pem: string): string => openssl(['x509', '-noout', '-subject_hash'], pem)
    expect(hash(credentials.certificatePem)).toBe(hash(reference))
  })

  it.each([[0], [731], [1.5], [-1], [Number.NaN]])(
    'refuses validity %p days before generating',
    async days => {
      await expect(
        generateCredentials({ keyType: 'rsa-4096', validityDays: days, subject: 'CN=x' })
      ).rejects.toThrow(InputError)
      await expect(
        generateCredentials({ keyType: 'rsa-4096', validityDays: days, subject: 'CN=x' })
      ).rejects.toThrow(/1 to 730/)
    }
  )

  it('refuses a malformed subject', async () => {
    await expect(
      generateCredentials({ keyType: 'ec-p256', validityDays: 1, subject: 'NetSuite' })
    ).rejects.toThrow(/subject "NetSuite" is malformed/)
  })
})

describe('parseDistinguishedName', () => {
  // RDNs come back in DER order: the reverse of an RFC 4514 string, as typed for OpenSSL's /a/b form.
  it.each([
    ['CN=NetSuite M2M', [[{ type: 'CN', value: 'NetSuite M2M' }]]],
    ['cn = a , o = b', [[{ type: 'O', value: 'b' }], [{ type: 'CN', value: 'a' }]]],
    ['CN=a\\,b,OU=c', [[{ type: 'OU', value: 'c' }], [{ type: 'CN', value: 'a,b' }]]],
    ['CN=x\\=y', [[{ type: 'CN', value: 'x=y' }]]],
    ['CN=x\\\\y', [[{ type: 'CN', value: 'x\\y' }]]],
    [
      'CN=a+OU=b,O=c',
      [
        [{ type: 'O', value: 'c' }],
        [
          { type: 'CN', value: 'a' },
          { type: 'OU', value: 'b' }
        ]
      ]
    ],
    [
      '/CN=a/O=b/C=DE',
      [[{ type: 'CN', value: 'a' }], [{ type: 'O', value: 'b' }], [{ type: 'C', value: 'DE' }]]
    ],
    ['CN=NetSuite M2M owner/repo', [[{ type: 'CN', value: 'NetSuite M2M owner/repo' }]]],
    ['emailAddress=a@b.c', [[{ type: 'EMAILADDRESS', value: 'a@b.c' }]]]
  ])('parses %p', (raw, expected) => {
    expect(parseDistinguishedName(raw)).toEqual(expected)
  })

  it.each([
    ['', /malformed/],
    ['NetSuite M2M', /malformed at "NetSuite M2M"/],
    ['CN=', /malformed at "CN="/],
    ['=x', /malformed/],
    ['XX=y', /malformed at "XX=y"/],
    ['CN=a,,O=b', /malformed/],
    ['C=USA', /two-letter/],
    [`CN=${'x'.repeat(201)}`, /longer than 200/],
    ['CN=C++ team', /malformed at "CN=C\+\+ team".*escape a \+ in a value as \\\+/],
    ['CN=a+', /malformed/],
    ['CN=x\\', /ends with a lone \\/],
    ['CN=x\\zz', /\\z is not an RFC 4514 escape/]
  ])('refuses %p', (raw, message) => {
    expect(() => parseDistinguishedName(raw)).toThrow(InputError)
    expect(() => parseDistinguishedName(raw)).toThrow(message)
  })
})

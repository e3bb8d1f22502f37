// The inspection that tells a user every reason NetSuite would refuse a certificate,
// over certificates and keys made by openssl (not by our generator).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/core/errors.js'
import {
  describeDuration,
  describeKey,
  keyMatchesCertificate,
  netsuiteFindings,
  parseCertificate,
  parsePrivateKey,
  validityDays
} from '../../src/core/inspect.js'
import {
  EC_KEY,
  openssl,
  opensslPair,
  pemLabel,
  pemOf,
  RSA_KEY,
  scratch,
  type Scratch
} from './helpers.js'
import { daysUntil } from '../../src/core/time.js'

/** The problems alone, in order: what the tests below compare. */
const netsuiteProblems = (...args: Parameters<typeof netsuiteFindings>): string[] =>
  netsuiteFindings(...args).map(finding => finding.problem)

let tmp: Scratch
interface Pair {
  cert: string
  key: string
}
const pairs: Record<string, Pair> = {}

const make = (name: string, newkey: string[], days = 30): Pair =>
  opensslPair(tmp, name, newkey, days)
const EC = EC_KEY

beforeAll(() => {
  tmp = scratch('inspect-test')
  pairs.rsa2048 = make('rsa2048', RSA_KEY(2048))
  pairs.rsa3072 = make('rsa3072', RSA_KEY(3072))
  pairs.p256 = make('p256', EC('P-256'))
  pairs.p256b = make('p256b', EC('P-256'))
  pairs.p384 = make('p384', EC('P-384'))
  pairs.p521 = make('p521', EC('P-521'))
  pairs.p224 = make('p224', EC('P-224'))
  pairs.k256 = make('k256', EC('secp256k1'))
  pairs.ed25519 = make('ed25519', ['-newkey', 'ed25519'])
  pairs.long = make('long', EC('P-256'), 1000)
})

afterAll(() => tmp.remove())

const now = (): Date => new Date()

describe('netsuiteFindings', () => {
  it.each([['rsa3072'], ['p256'], ['p384'], ['p521']])(
    'finds none for a fresh %s certificate and its key',
    name => {
      const certificate = parseCertificate(pairs[name].cert)
      expect(netsuiteProblems(certificate, now(), parsePrivateKey(pairs[name].key))).toEqual([])
    }
  )

  it.each([
    ['rsa2048', 'RSA 2048 is too small: NetSuite accepts RSA 3072 or 4096'],
    ['p224', 'curve secp224r1 is not accepted: NetSuite accepts EC P-256, P-384 or P-521'],
    ['k256', 'curve secp256k1 is not accepted: NetSuite accepts EC P-256, P-384 or P-521'],
    ['ed25519', 'ED25519 keys are not accepted: NetSuite accepts RSA 3072/4096 or EC P-256/384/521']
  ])('refuses the key type of %s', (name, problem) => {
    expect(netsuiteProblems(parseCertificate(pairs[name].cert), now())).toEqual([problem])
  })

  it('accepts a validity over 730 days but says when NetSuite cuts it off', () => {
    const certificate = parseCertificate(pairs.long.cert)
    const findings = netsuiteFindings(certificate, now())
    expect(findings).toHaveLength(1)
    const cutOff = new Date(certificate.notBefore.getTime() + 730 * 86_400_000).toISOString()
    expect(findings[0]).toMatchObject({
      verdict: 'accepted-but',
      problem: `validity is 1000 days, over NetSuite's maximum of 730 days: NetSuite shortens it to 730 days, so it stops working on ${cutOff}, 270 days before the date it states`
    })
  })

  it.each([
    [730 * 86_400_000, undefined],
    [730 * 86_400_000 + 1000, '730 days and 1 second'],
    [730 * 86_400_000 + 3_661_000, '730 days, 1 hour, 1 minute and 1 second']
  ])('a validity of %p ms is over the maximum: %p', (ms, described) => {
    const certificate = parseCertificate(pairs.p256.cert)
    const stretched = { ...certificate, notAfter: new Date(certificate.notBefore.getTime() + ms) }
    const problems = netsuiteProblems(stretched, certificate.notBefore)
    if (described === undefined) expect(problems).toEqual([])
    else expect(problems[0]).toMatch(new RegExp(`^validity is ${described}, over`))
  })

  it.each([
    [0, '0 seconds'],
    [1000, '1 second'],
    [2 * 86_400_000, '2 days'],
    [86_400_000 + 2000, '1 day and 2 seconds']
  ])('describeDuration(%p) is %p', (ms, text) => {
    expect(describeDuration(ms)).toBe(text)
  })

  it('reports an expired certificate (clock moved past notAfter)', () => {
    const certificate = parseCertificate(pairs.p256.cert)
    const later = new Date(certificate.notAfter.getTime() + 1000)
    expect(netsuiteProblems(certificate, later)).toEqual([
      `expired on ${certificate.notAfter.toISOString()}`
    ])
    // notAfter itself already counts as expired.
    expect(netsuiteProblems(certificate, certificate.notAfter)).toHaveLength(1)
    expect(netsuiteProblems(certificate, new Date(certificate.notAfter.getTime() - 1000))).toEqual(
      []
    )
  })

  it('reports a certificate that is not valid yet', () => {
    const certificate = parseCertificate(pairs.p256.cert)
    const earlier = new Date(certificate.notBefore.getTime() - 1000)
    expect(netsuiteProblems(certificate, earlier)).toEqual([
      `not valid until ${certificate.notBefore.toISOString()}`
    ])
  })

  it('reports a key that does not belong to the certificate, and collects every problem', () => {
    const certificate = parseCertificate(pairs.p256.cert)
    const mismatch =
      'the private key does not belong to this certificate: NetSuite accepts the upload, but every token request signed with this key fails with invalid_client'
    expect(netsuiteFindings(certificate, now(), parsePrivateKey(pairs.p256b.key))).toEqual([
      expect.objectContaining({ verdict: 'accepted-but', problem: mismatch })
    ])
    const small = parseCertificate(pairs.rsa2048.cert)
    const future = new Date(small.notAfter.getTime() + 86_400_000)
    expect(netsuiteProblems(small, future, parsePrivateKey(pairs.p384.key))).toEqual([
      'RSA 2048 is too small: NetSuite accepts RSA 3072 or 4096',
      `expired on ${small.notAfter.toISOString()}`,
      mismatch
    ])
  })
})

describe('parseCertificate', () => {
  it('reads what openssl reports', () => {
    const certificate = parseCertificate(pairs.p384.cert)
    const serial = openssl(['x509', '-noout', '-serial'], pairs.p384.cert).trim().split('=')[1]
    const fingerprint = openssl(['x509', '-noout', '-fingerprint', '-sha256'], pairs.p384.cert)
      .trim()
      .split('=')[1]
    expect(certificate.serialNumber).toBe(serial)
    expect(certificate.fingerprint).toBe(fingerprint)
    expect(certificate.subject).toBe('CN=p384')
    expect(certificate.key).toEqual({
      kind: 'ec',
      curve: 'secp384r1',
      bits: 384,
      label: 'EC P-384'
    })
    expect(validityDays(certificate)).toBe(30)
  })

  it('accepts CRLF line ends, surrounding blanks and literal "\\n" sequences', () => {
    const expected = parseCertificate(pairs.p256.cert).fingerprint
    expect(parseCertificate(`\n  ${pairs.p256.cert.replace(/\n/g, '\r\n')}  `).fingerprint).toBe(
      expected
    )
    const escaped = pairs.p256.cert.trim().replace(/\n/g, '\\n')
    expect(escaped).not.toContain('\n')
    expect(parseCertificate(escaped).fingerprint).toBe(expected)
  })

  it.each([
    ['', /certificate is empty/],
    ['hello', /not PEM: expected text starting with -----BEGIN CERTIFICATE-----/],
    [
      '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n',
      /not a readable X.509 certificate/
    ]
  ])('refuses %p', (raw, message) => {
    expect(() => parseCertificate(raw)).toThrow(InputError)
    expect(() => parseCertificate(raw)).toThrow(message)
  })

  it('refuses a private key where a certificate was expected, without echoing it', () => {
    let message = ''
    try {
      parseCertificate(pairs.p256.key, 'certificate')
    } catch (error) {
      expect(error).toBeInstanceOf(InputError)
      message = (error as Error).message
    }
    expect(message).toMatch(/^certificate holds a private key where a certificate was expected/)
    expect(message).not.toContain(pairs.p256.key.split('\n')[1])
  })
})

describe('parsePrivateKey', () => {
  it('accepts PKCS#8, PKCS#1 and SEC1 keys', () => {
    const pkcs1 = openssl(['pkey', '-traditional'], pairs.rsa3072.key)
    const sec1 = openssl(['pkey', '-traditional'], pairs.p256.key)
    expect(pemLabel(pairs.rsa3072.key)).toBe('PRIVATE KEY')
    expect(pemLabel(pkcs1)).toBe('RSA PRIVATE KEY')
    expect(pemLabel(sec1)).toBe('EC PRIVATE KEY')
    const rsaCert = parseCertificate(pairs.rsa3072.cert)
    const ecCert = parseCertificate(pairs.p256.cert)
    expect(keyMatchesCertificate(parsePrivateKey(pkcs1).keyObject, rsaCert)).toBe(true)
    expect(keyMatchesCertificate(parsePrivateKey(sec1).keyObject, ecCert)).toBe(true)
    expect(keyMatchesCertificate(parsePrivateKey(pairs.p256.key).keyObject, ecCert)).toBe(true)
    expect(keyMatchesCertificate(parsePrivateKey(pairs.p256b.key).keyObject, ecCert)).toBe(false)
    expect(parsePrivateKey(pkcs1).key).toEqual({ kind: 'rsa', bits: 3072, label: 'RSA 3072' })
  })

  it('accepts a key pasted with literal "\\n" sequences', () => {
    const escaped = pairs.p256.key.trim().replace(/\n/g, '\\n')
    const cert = parseCertificate(pairs.p256.cert)
    expect(keyMatchesCertificate(parsePrivateKey(escaped).keyObject, cert)).toBe(true)
  })

  it.each([
    ['PKCS#8', ['pkey', '-aes256', '-passout', 'pass:x']],
    ['traditional', ['pkey', '-traditional', '-aes256', '-passout', 'pass:x']]
  ])('refuses a passphrase-protected %s key with the command that decrypts it', (_, args) => {
    const encrypted = openssl(args, pairs.p256.key)
    expect(encrypted).toMatch(/ENCRYPTED/)
    expect(() => parsePrivateKey(encrypted)).toThrow(InputError)
    expect(() => parsePrivateKey(encrypted)).toThrow(
      /^private-key is encrypted with a passphrase.*Fix: openssl (pkcs8|pkey) -in private-key.pem -out private-key-fixed.pem$/
    )
  })

  it('refuses a certificate where a key was expected', () => {
    expect(() => parsePrivateKey(pairs.p256.cert, 'private-key')).toThrow(
      /^private-key holds a certificate where a private key was expected/
    )
  })

  it('refuses an unreadable key without quoting any of it', () => {
    const body = 'MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgSECRETSECRETSECRET'
    const broken = pemOf('PRIVATE KEY', body)
    let message = ''
    try {
      parsePrivateKey(broken)
    } catch (error) {
      expect(error).toBeInstanceOf(InputError)
      message = (error as Error).message
    }
    expect(message).toMatch(/not a readable private key/)
    expect(message).not.toContain('SECRET')
  })
})

describe('daysUntil and describeKey', () => {
  const notAfter = new Date('2030-01-10T12:00:00Z')
  it.each([
    ['2030-01-01T12:00:00Z', 9],
    ['2030-01-01T12:00:01Z', 8],
    ['2030-01-10T11:59:59Z', 0],
    ['2030-01-10T12:00:00Z', 0],
    ['2030-01-10T12:00:01Z', -1],
    ['2030-01-12T12:00:00Z', -2]
  ])('at %s: %p', (at, days) => {
    expect(daysUntil(notAfter, new Date(at))).toBe(days)
  })

  it('labels keys', () => {
    expect(describeKey(parsePrivateKey(pairs.p521.key).keyObject).label).toBe('EC P-521')
    expect(describeKey(parsePrivateKey(pairs.k256.key).keyObject)).toEqual({
      kind: 'ec',
      curve: 'secp256k1',
      bits: undefined,
      label: 'EC secp256k1'
    })
    expect(describeKey(parsePrivateKey(pairs.ed25519.key).keyObject)).toEqual({
      kind: 'other',
      label: 'ED25519'
    })
  })
})

// The action's `certificate` and key inputs, as users paste them into variables and
// secrets. Damage done by copying (a byte-order mark, indentation, a secret manager's
// one-line form with literal "\n") is repaired; a different thing (OpenSSL's trusted
// format, several certificates, an encrypted key, a public key) is refused with the
// command that fixes it. The same reader serves `inspect`, which reports each case.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { InputError } from '../../src/core/errors.js'
import {
  keyMatchesCertificate,
  parseCertificate,
  parsePrivateKey,
  readPrivateKeyFile
} from '../../src/core/inspect.js'
import { decodePem } from '../../src/core/pem.js'
import { EC_KEY, openssl, opensslPair, RSA_KEY, scratch, type Scratch } from './helpers.js'

let tmp: Scratch
let cert = ''
let key = ''
let other = ''
let fingerprint = ''

const make = (name: string): { cert: string; key: string } =>
  opensslPair(tmp, name, EC_KEY('P-256'))

beforeAll(() => {
  tmp = scratch('pem-test')
  const a = make('a')
  cert = a.cert
  key = a.key
  other = make('b').cert
  fingerprint = openssl(['x509', '-noout', '-fingerprint', '-sha256'], cert).trim().split('=')[1]
})

afterAll(() => tmp.remove())

function refusal(parse: () => unknown): string {
  try {
    parse()
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message
  }
  throw new Error('expected an InputError')
}

describe('the certificate input', () => {
  it.each([
    ['a UTF-8 byte-order mark', (pem: string) => `\ufeff${pem}`],
    ['spaces before -----BEGIN', (pem: string) => `   ${pem}`],
    ['every line indented (a YAML block)', (pem: string) => pem.replace(/^/gm, '    ')],
    ['one line with literal \\n', (pem: string) => pem.trim().replace(/\n/g, '\\n')],
    ['one line with literal \\r\\n', (pem: string) => pem.trim().replace(/\n/g, '\\r\\n')],
    ['CRLF line ends', (pem: string) => pem.replace(/\n/g, '\r\n')],
    ['line breaks that became spaces', (pem: string) => pem.trim().replace(/\n/g, ' ')]
  ])('repairs %s', (_, mangle) => {
    const mangled = mangle(cert)
    // openssl itself refuses most of these; the action reads them all the same.
    expect(parseCertificate(mangled).fingerprint).toBe(fingerprint)
    expect(parseCertificate(mangled).pem).toBe(cert)
  })

  it('refuses several certificates, since which one is current would be a guess', () => {
    const message = refusal(() => parseCertificate(cert + other, 'certificate'))
    expect(message).toMatch(
      /^certificate holds 2 certificates: NetSuite takes one certificate per upload.*Fix: openssl x509 -in certificate\.pem -out certificate-fixed\.pem/
    )
  })

  it("refuses OpenSSL's TRUSTED CERTIFICATE format with the conversion", () => {
    const trusted = openssl(['x509', '-trustout', '-addtrust', 'clientAuth'], cert)
    expect(trusted).toMatch(/^-----BEGIN TRUSTED CERTIFICATE-----\n/)
    const message = refusal(() => parseCertificate(trusted, 'certificate'))
    expect(message).toMatch(
      /^certificate is in OpenSSL's TRUSTED CERTIFICATE format.*Java and Python refuse it\. Fix: openssl x509 -in certificate\.pem -out certificate-fixed\.pem/
    )
  })

  it('names a public key or a certificate request for what it is', () => {
    const publicKey = openssl(['pkey', '-pubout'], key)
    expect(refusal(() => parseCertificate(publicKey, 'certificate'))).toMatch(
      /^certificate holds a PUBLIC KEY, not a certificate: NetSuite needs the X\.509 certificate/
    )
    const request = openssl(['req', '-new', '-key', tmp.path('a.key'), '-subj', '/CN=a'])
    expect(refusal(() => parseCertificate(request, 'certificate'))).toMatch(
      /^certificate holds a CERTIFICATE REQUEST, not a certificate/
    )
  })

  it('says when a marker shares its line with other text', () => {
    expect(refusal(() => parseCertificate(`certificate: ${cert}`, 'certificate'))).toMatch(
      /^certificate has text beside its -----BEGIN CERTIFICATE----- or -----END CERTIFICATE----- line/
    )
  })

  it('says when a paste was cut short', () => {
    const cut = cert.split('\n').slice(0, 5).join('\n')
    expect(refusal(() => parseCertificate(cut, 'certificate'))).toMatch(
      /^certificate has -----BEGIN CERTIFICATE----- but no -----END CERTIFICATE-----: the text was cut short/
    )
  })
})

describe('the private key inputs', () => {
  it.each([
    ['one line with literal \\n', (pem: string) => pem.trim().replace(/\n/g, '\\n')],
    ['indented', (pem: string) => pem.replace(/^/gm, '  ')],
    ['a byte-order mark', (pem: string) => `\ufeff${pem}`]
  ])('repairs %s', (_, mangle) => {
    const parsed = parsePrivateKey(mangle(key))
    expect(keyMatchesCertificate(parsed.keyObject, parseCertificate(cert))).toBe(true)
  })

  it.each([
    ['PKCS#8', [] as string[], 'openssl pkcs8 -in private-key.pem -out private-key-fixed.pem'],
    ['traditional', ['-traditional'], 'openssl pkey -in private-key.pem -out private-key-fixed.pem']
  ])('refuses an encrypted %s key with the command that decrypts it', (_, extra, fix) => {
    const encrypted = openssl(['pkey', ...extra, '-aes256', '-passout', 'pass:x'], key)
    const message = refusal(() => parsePrivateKey(encrypted, 'private-key'))
    expect(message).toContain('private-key is encrypted with a passphrase')
    expect(message).toContain(`Fix: ${fix}`)
    // The command decrypts it (openssl asks for the passphrase; here it is given).
    tmp.write('private-key.pem', encrypted)
    execFileSync('sh', ['-c', `${fix} -passin pass:x`], { cwd: tmp.dir, stdio: 'pipe' })
    const plain = parsePrivateKey(readFileSync(tmp.path('private-key-fixed.pem'), 'utf8'))
    expect(keyMatchesCertificate(plain.keyObject, parseCertificate(cert))).toBe(true)
  })
})

describe('decodePem on bytes', () => {
  it.each([
    ['UTF-16 LE without a BOM', () => Buffer.from(cert, 'utf16le')],
    ['UTF-16 BE without a BOM', () => Buffer.from(cert, 'utf16le').swap16()],
    ['UTF-16 LE with a BOM', () => Buffer.from(`\ufeff${cert}`, 'utf16le')]
  ])('reads %s and says so', (_, bytes) => {
    const decoded = decodePem(bytes(), 'certificate', '--certificate', 'c.pem')
    expect(decoded.blocks.map(block => block.text)).toEqual([cert])
    expect(decoded.problems.map(problem => problem.code)).toEqual(['utf16'])
  })

  it.each([
    ['PKCS#8', 'ec', ['pkcs8', '-topk8', '-nocrypt', '-outform', 'der']],
    ['SEC1', 'ec', ['ec', '-outform', 'der']],
    ['PKCS#1', 'rsa', ['rsa', '-traditional', '-outform', 'der']]
  ])('reads a %s DER key (%s) and says so', (_, kind, args) => {
    const pair = kind === 'ec' ? { cert, key } : opensslPair(tmp, 'rsa', RSA_KEY(3072))
    const der = execFileSync('openssl', args, { input: pair.key, stdio: 'pipe' })
    const file = readPrivateKeyFile(der, '--private-key', 'k.der')
    expect(file.problems.map(problem => problem.fix)).toEqual([
      'openssl pkey -inform der -in k.der -out k-fixed.pem'
    ])
    expect(keyMatchesCertificate(file.key!.keyObject, parseCertificate(pair.cert))).toBe(true)
  })

  it('reads DER and says so', () => {
    const der = execFileSync('openssl', ['x509', '-outform', 'der'], { input: cert })
    const decoded = decodePem(der, 'certificate', '--certificate', 'c.cer')
    expect(decoded.blocks.map(block => block.text)).toEqual([cert])
    expect(decoded.problems).toEqual([
      expect.objectContaining({
        code: 'der',
        fix: 'openssl x509 -inform der -in c.cer -out c-fixed.pem'
      })
    ])
  })
})

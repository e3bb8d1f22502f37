import { createPrivateKey, createPublicKey, X509Certificate, type KeyObject } from 'node:crypto'
import { InputError } from './errors.js'
import { CURVE_LABEL } from './key-types.js'
import { MAX_VALIDITY_DAYS } from './validity.js'
import { expectPem } from './pem.js'

const DAY_MS = 86_400_000

export interface KeyDescription {
  kind: 'rsa' | 'ec' | 'other'
  /** RSA modulus bits, or the curve's field size. */
  bits?: number
  /** OpenSSL curve name for EC keys. */
  curve?: string
  /** e.g. "RSA 4096" or "EC P-256". */
  label: string
}

export interface CertificateInfo {
  pem: string
  x509: X509Certificate
  key: KeyDescription
  subject: string
  serialNumber: string
  notBefore: Date
  notAfter: Date
  fingerprint: string
}

export interface PrivateKeyInfo {
  keyObject: KeyObject
  key: KeyDescription
}

export function describeKey(key: KeyObject): KeyDescription {
  const details = key.asymmetricKeyDetails ?? {}
  if (key.asymmetricKeyType === 'rsa') {
    const bits = details.modulusLength ?? 0
    return { kind: 'rsa', bits, label: `RSA ${bits}` }
  }
  if (key.asymmetricKeyType === 'ec') {
    const curve = details.namedCurve ?? 'unknown'
    const bits = { prime256v1: 256, secp384r1: 384, secp521r1: 521 }[curve]
    return { kind: 'ec', curve, bits, label: `EC ${CURVE_LABEL[curve] ?? curve}` }
  }
  return { kind: 'other', label: String(key.asymmetricKeyType ?? key.type).toUpperCase() }
}

export function parseCertificate(raw: string, inputName = 'certificate'): CertificateInfo {
  const pem = expectPem(raw, 'certificate', inputName)
  let x509: X509Certificate
  try {
    x509 = new X509Certificate(pem)
  } catch {
    throw new InputError(
      `${inputName} is not a readable X.509 certificate: pass the PEM that \`generate\` or the rotate command produced (-----BEGIN CERTIFICATE----- ...)`
    )
  }
  return {
    pem: x509.toString(),
    x509,
    key: describeKey(x509.publicKey),
    subject: x509.subject.replace(/\n/g, ', '),
    serialNumber: x509.serialNumber,
    notBefore: new Date(x509.validFrom),
    notAfter: new Date(x509.validTo),
    fingerprint: x509.fingerprint256
  }
}

/** Accepts PKCS#8, PKCS#1 (`RSA PRIVATE KEY`) and SEC1 (`EC PRIVATE KEY`). */
export function parsePrivateKey(raw: string, inputName = 'private-key'): PrivateKeyInfo {
  const pem = expectPem(raw, 'private key', inputName)
  let keyObject: KeyObject
  try {
    keyObject = createPrivateKey({ key: pem, format: 'pem' })
  } catch {
    // Never include the input or OpenSSL's text: either could quote key material.
    throw new InputError(
      `${inputName} is not a readable private key: expected an unencrypted PEM (PKCS#8 "PRIVATE KEY", PKCS#1 "RSA PRIVATE KEY" or SEC1 "EC PRIVATE KEY")`
    )
  }
  return { keyObject, key: describeKey(keyObject) }
}

export function keyMatchesCertificate(key: KeyObject, certificate: CertificateInfo): boolean {
  const fromKey = createPublicKey(key).export({ type: 'spki', format: 'der' })
  const fromCertificate = certificate.x509.publicKey.export({ type: 'spki', format: 'der' })
  return fromKey.equals(fromCertificate)
}

/** Whole days until `notAfter`, rounded down (negative once expired). */
export function daysRemaining(notAfter: Date, now: Date): number {
  return Math.floor((notAfter.getTime() - now.getTime()) / DAY_MS)
}

export function validityDays(certificate: CertificateInfo): number {
  return (certificate.notAfter.getTime() - certificate.notBefore.getTime()) / DAY_MS
}

/** Every reason NetSuite would refuse this certificate (and key), in plain words. */
export function netsuiteProblems(
  certificate: CertificateInfo,
  now: Date,
  privateKey?: PrivateKeyInfo
): string[] {
  const problems: string[] = []
  const { key } = certificate
  if (key.kind === 'rsa' && (key.bits ?? 0) < 3072) {
    problems.push(`RSA ${key.bits} is too small: NetSuite accepts RSA 3072 or 4096`)
  } else if (key.kind === 'rsa' && key.bits !== 3072 && key.bits !== 4096) {
    problems.push(`RSA ${key.bits} is not accepted: NetSuite accepts RSA 3072 or 4096`)
  } else if (key.kind === 'ec' && !(key.curve && key.curve in CURVE_LABEL)) {
    problems.push(`curve ${key.curve} is not accepted: NetSuite accepts EC P-256, P-384 or P-521`)
  } else if (key.kind === 'other') {
    problems.push(
      `${key.label} keys are not accepted: NetSuite accepts RSA 3072/4096 or EC P-256/384/521`
    )
  }
  const days = validityDays(certificate)
  if (days > MAX_VALIDITY_DAYS) {
    problems.push(
      `validity is ${Math.round(days)} days: NetSuite shortens it to ${MAX_VALIDITY_DAYS} days, so it would stop working on ${new Date(certificate.notBefore.getTime() + MAX_VALIDITY_DAYS * DAY_MS).toISOString()}`
    )
  }
  if (certificate.notAfter.getTime() <= now.getTime()) {
    problems.push(`expired on ${certificate.notAfter.toISOString()}`)
  }
  if (certificate.notBefore.getTime() > now.getTime()) {
    problems.push(`not valid until ${certificate.notBefore.toISOString()}`)
  }
  if (privateKey && !keyMatchesCertificate(privateKey.keyObject, certificate)) {
    problems.push('the private key does not belong to this certificate')
  }
  return problems
}

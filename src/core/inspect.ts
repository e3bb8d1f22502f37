import { createPrivateKey, createPublicKey, X509Certificate, type KeyObject } from 'node:crypto'
import { InputError } from './errors.js'
import { CURVE_LABEL, DEFAULT_KEY_TYPE, KEY_SPECS, keyRefusal } from './key-types.js'
import { MAX_VALIDITY_DAYS } from './validity.js'
import {
  decodePem,
  type FormatProblem,
  type FormatProblemCode,
  type PemKind,
  type PemRepair
} from './pem.js'
import { DAY_MS } from './time.js'

export { describeRepairs, type PemRepair, type StoredAs } from './pem-repairs.js'

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
  /** Copying damage undone to read it; `describeRepairs` turns it into the owner's warning. */
  repairs: PemRepair[]
}

export interface PrivateKeyInfo {
  keyObject: KeyObject
  key: KeyDescription
  /** Copying damage undone to read it; `describeRepairs` turns it into the owner's warning. */
  repairs: PemRepair[]
}

export function describeKey(key: KeyObject): KeyDescription {
  const details = key.asymmetricKeyDetails ?? {}
  if (key.asymmetricKeyType === 'rsa') {
    const bits = details.modulusLength ?? 0
    return { kind: 'rsa', bits, label: `RSA ${bits}` }
  }
  if (key.asymmetricKeyType === 'ec') {
    const curve = details.namedCurve ?? 'unknown'
    const bits = Object.values(KEY_SPECS).find(spec => spec.curve === curve)?.bits
    return { kind: 'ec', curve, bits, label: `EC ${CURVE_LABEL[curve] ?? curve}` }
  }
  return { kind: 'other', label: String(key.asymmetricKeyType ?? key.type).toUpperCase() }
}

/** Copying damage the action repairs; anything else in a pasted input is refused with its fix. */
const REPAIRED_IN_INPUTS = new Set<FormatProblemCode>([
  'utf8-bom',
  'cr-line-ends',
  'escaped-newlines',
  'flattened',
  'indented',
  'invisible-characters',
  'url-safe-base64'
])

function refuseUnrepaired(problems: FormatProblem[], inputName: string): void {
  const refused = problems.find(problem => !REPAIRED_IN_INPUTS.has(problem.code))
  if (refused) throw new InputError(`${inputName} ${refused.problem}. Fix: ${refused.fix}`)
}

function certificateFrom(pem: string, inputName: string, repairs: PemRepair[]): CertificateInfo {
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
    // node lists RDNs in DER order, one a line; RFC 4514 writes the most specific first.
    subject: x509.subject.split('\n').reverse().join(',').replace(/ \+ /g, '+'),
    serialNumber: x509.serialNumber,
    notBefore: new Date(x509.validFrom),
    notAfter: new Date(x509.validTo),
    fingerprint: x509.fingerprint256,
    repairs
  }
}

function privateKeyFrom(pem: string, inputName: string, repairs: PemRepair[]): PrivateKeyInfo {
  let keyObject: KeyObject
  try {
    keyObject = createPrivateKey({ key: pem, format: 'pem' })
  } catch {
    // Never include the input or OpenSSL's text: either could quote key material.
    throw new InputError(
      `${inputName} is not a readable private key: expected an unencrypted PEM (PKCS#8 "PRIVATE KEY", PKCS#1 "RSA PRIVATE KEY" or SEC1 "EC PRIVATE KEY")`
    )
  }
  return { keyObject, key: describeKey(keyObject), repairs }
}

/** A value read from a pasted input, with the damage repaired to read it and each one's fix. */
export interface Pasted<T> {
  value: T
  /** The repaired problems (never any of the value): what a file's owner should fix. */
  repaired: FormatProblem[]
}

type PastedReader<T> = (raw: string | Uint8Array, inputName?: string, file?: string) => T

/**
 * A reader of a pasted input: copying damage is repaired (and listed in
 * `repairs`), anything else that is not exactly one block of `kind` is refused
 * with its fix. The CLI passes a file's bytes and path, so the fix names that
 * file, and reads `withFixes` to tell the user what it repaired, as the action does.
 */
function pastedInput<T>(
  kind: PemKind,
  defaultName: string,
  read: (pem: string, inputName: string, repairs: PemRepair[]) => T
): PastedReader<T> & { withFixes: PastedReader<Pasted<T>> } {
  const withFixes: PastedReader<Pasted<T>> = (raw, inputName = defaultName, file) => {
    const decoded = decodePem(raw, kind, inputName, file)
    refuseUnrepaired(decoded.problems, inputName)
    return {
      value: read(decoded.blocks[0].text, inputName, decoded.repairs),
      repaired: decoded.problems
    }
  }
  return Object.assign(
    (raw: string | Uint8Array, inputName?: string, file?: string) =>
      withFixes(raw, inputName, file).value,
    { withFixes }
  )
}

/** A certificate input of the action (a variable). */
export const parseCertificate = pastedInput('certificate', 'certificate', certificateFrom)

/** A key input (a secret): PKCS#8, PKCS#1 (`RSA PRIVATE KEY`) or SEC1 (`EC PRIVATE KEY`), unencrypted. */
export const parsePrivateKey = pastedInput('private key', 'private-key', privateKeyFrom)

export interface CertificateFile {
  /** Every certificate in the file, in file order. */
  certificates: CertificateInfo[]
  problems: FormatProblem[]
  /** Another name the file gives them (X509 CERTIFICATE), read all the same. */
  labelled?: string
}

export interface PrivateKeyFile {
  /** Absent when the key is encrypted (a problem says how to decrypt it). */
  key?: PrivateKeyInfo
  problems: FormatProblem[]
}

/** A certificate file as inspect reads it: every certificate, and every way the file is off. */
export function readCertificateFile(
  bytes: Uint8Array,
  inputName: string,
  file: string
): CertificateFile {
  const decoded = decodePem(bytes, 'certificate', inputName, file)
  return {
    certificates: decoded.blocks.map(block =>
      certificateFrom(block.text, inputName, decoded.repairs)
    ),
    problems: decoded.problems,
    labelled: decoded.labelled
  }
}

export function readPrivateKeyFile(
  bytes: Uint8Array,
  inputName: string,
  file: string
): PrivateKeyFile {
  const decoded = decodePem(bytes, 'private key', inputName, file)
  const encrypted = decoded.problems.some(problem => problem.code === 'encrypted-key')
  return {
    key: encrypted ? undefined : privateKeyFrom(decoded.blocks[0].text, inputName, decoded.repairs),
    problems: decoded.problems
  }
}

/** Whether two keys (private or public) are one key pair's. */
export function sameKey(a: KeyObject, b: KeyObject): boolean {
  const der = (key: KeyObject): Buffer =>
    (key.type === 'public' ? key : createPublicKey(key)).export({ type: 'spki', format: 'der' })
  return der(a).equals(der(b))
}

export function keyMatchesCertificate(key: KeyObject, certificate: CertificateInfo): boolean {
  return sameKey(key, certificate.x509.publicKey)
}

export function validityDays(certificate: CertificateInfo): number {
  return (certificate.notAfter.getTime() - certificate.notBefore.getTime()) / DAY_MS
}

/** "730 days and 1 second": exact to the second, as certificates are. */
export function describeDuration(ms: number): string {
  let seconds = Math.round(ms / 1000)
  const parts: string[] = []
  for (const [unit, size] of [
    ['day', 86_400],
    ['hour', 3600],
    ['minute', 60],
    ['second', 1]
  ] as const) {
    const count = Math.floor(seconds / size)
    seconds -= count * size
    if (count > 0) parts.push(`${count} ${unit}${count === 1 ? '' : 's'}`)
  }
  if (parts.length === 0) return '0 seconds'
  const last = parts.pop() as string
  return parts.length === 0 ? last : `${parts.join(', ')} and ${last}`
}

/** What NetSuite does with a certificate (and key): refuses it, or accepts it with a catch. */
export interface Finding {
  verdict: 'refused' | 'accepted-but'
  problem: string
  fix: string
}

/** NetSuite cannot see the key at upload: a wrong one shows only at the token exchange. */
export const KEY_MISMATCH: Finding = {
  verdict: 'accepted-but',
  problem:
    'the private key does not belong to this certificate: NetSuite accepts the upload, but every token request signed with this key fails with invalid_client',
  fix: 'use the key that was made with this certificate, or upload the certificate made with this key'
}

const NEW_PAIR = `netsuite-m2m generate --key-type ${DEFAULT_KEY_TYPE} (a new key and certificate)`

/** Every reason NetSuite would refuse this certificate, or accept it and fail later, in plain words. */
export function netsuiteFindings(
  certificate: CertificateInfo,
  now: Date,
  privateKey?: PrivateKeyInfo
): Finding[] {
  const findings: Finding[] = []
  const refused = (problem: string, fix = NEW_PAIR): void => {
    findings.push({ verdict: 'refused', problem, fix })
  }
  const { key } = certificate
  const refusal = keyRefusal(key)
  if (refusal) refused(refusal)
  if (certificate.notAfter.getTime() <= now.getTime()) {
    refused(`expired on ${certificate.notAfter.toISOString()}`)
  }
  if (certificate.notBefore.getTime() > now.getTime()) {
    refused(
      `not valid until ${certificate.notBefore.toISOString()}`,
      'wait until then, or check the clock of the machine that made it'
    )
  }
  const validMs = certificate.notAfter.getTime() - certificate.notBefore.getTime()
  const maxMs = MAX_VALIDITY_DAYS * DAY_MS
  if (validMs > maxMs) {
    const cutOff = new Date(certificate.notBefore.getTime() + maxMs)
    findings.push({
      verdict: 'accepted-but',
      problem: `validity is ${describeDuration(validMs)}, over NetSuite's maximum of ${MAX_VALIDITY_DAYS} days: NetSuite shortens it to ${MAX_VALIDITY_DAYS} days, so it stops working on ${cutOff.toISOString()}, ${describeDuration(validMs - maxMs)} before the date it states`,
      fix: `netsuite-m2m generate --days ${MAX_VALIDITY_DAYS} (a certificate whose dates say what NetSuite does)`
    })
  }
  if (privateKey && !keyMatchesCertificate(privateKey.keyObject, certificate)) {
    findings.push(KEY_MISMATCH)
  }
  return findings
}

/**
 * A minimal X.509 v3 certificate builder. node-forge can only sign RSA
 * certificates, so forge serves here just as a DER encoder (it is already a
 * dependency) while node:crypto, i.e. OpenSSL, generates the
 * keys, exports the SubjectPublicKeyInfo and makes the signature. One path for
 * RSA and EC alike. RFC 5280 section 4.1.
 */
import { createHash, randomBytes, sign, type KeyObject } from 'node:crypto'
import type forge from 'node-forge'
import asn1 from 'node-forge/lib/asn1.js'
import util from 'node-forge/lib/util.js'
import { InputError } from './errors.js'

const U = asn1.Class.UNIVERSAL
const T = asn1.Type

type Node = forge.asn1.Asn1

const seq = (items: Node[]): Node => asn1.create(U, T.SEQUENCE, true, items)
const set = (items: Node[]): Node => asn1.create(U, T.SET, true, items)
const oid = (id: string): Node => asn1.create(U, T.OID, false, asn1.oidToDer(id).getBytes())
const octets = (bytes: Buffer): Node =>
  asn1.create(U, T.OCTETSTRING, false, bytes.toString('binary'))
const bool = (value: boolean): Node =>
  asn1.create(U, T.BOOLEAN, false, String.fromCharCode(value ? 0xff : 0))
const explicit = (tag: number, inner: Node): Node =>
  asn1.create(asn1.Class.CONTEXT_SPECIFIC, tag, true, [inner])
const der = (node: Node): Buffer => Buffer.from(asn1.toDer(node).getBytes(), 'binary')
const fromDer = (bytes: Buffer): Node => asn1.fromDer(bytes.toString('binary'))

/** RFC 5280 4.1.2.5: UTCTime through 2049, GeneralizedTime from 2050 on. */
function time(date: Date): Node {
  return date.getUTCFullYear() < 2050
    ? asn1.create(U, T.UTCTIME, false, asn1.dateToUtcTime(date))
    : asn1.create(U, T.GENERALIZEDTIME, false, asn1.dateToGeneralizedTime(date))
}

const ATTRIBUTES: Record<string, string> = {
  CN: '2.5.4.3',
  C: '2.5.4.6',
  L: '2.5.4.7',
  ST: '2.5.4.8',
  O: '2.5.4.10',
  OU: '2.5.4.11',
  SERIALNUMBER: '2.5.4.5',
  EMAILADDRESS: '1.2.840.113549.1.9.1'
}

export interface NameAttribute {
  type: string
  value: string
}

/** One RDN: usually one attribute, several for a multi-valued RDN (`CN=x+OU=y`). */
export type RelativeName = NameAttribute[]

const SPECIAL = ',+"\\<>;=# /'

/** Splits at `separator` where it is not escaped with a backslash; escapes are kept. */
function splitUnescaped(text: string, separator: string): string[] {
  const parts: string[] = []
  let current = ''
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\' && i + 1 < text.length) {
      current += text[i] + text[++i]
    } else if (text[i] === separator) {
      parts.push(current)
      current = ''
    } else current += text[i]
  }
  parts.push(current)
  return parts
}

/** RFC 4514 section 3 escapes: `\,` and the other specials, or `\XX` for a byte of UTF-8. */
function unescapeValue(raw: string, subject: string): string {
  const bytes: number[] = []
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== '\\') {
      bytes.push(...Buffer.from(raw[i], 'utf8'))
      continue
    }
    const next = raw.slice(i + 1, i + 3)
    if (next === '') {
      throw new InputError(`subject "${subject}" ends with a lone \\: write \\\\ for a backslash`)
    }
    if (/^[0-9A-Fa-f]{2}$/.test(next)) {
      bytes.push(parseInt(next, 16))
      i += 2
    } else if (SPECIAL.includes(next[0])) {
      bytes.push(next.charCodeAt(0))
      i += 1
    } else {
      throw new InputError(
        `subject "${subject}": \\${next[0]} is not an RFC 4514 escape: escape only , + " \\ < > ; = # and spaces, or write a byte as \\XX`
      )
    }
  }
  const value = Buffer.from(bytes).toString('utf8')
  if (value.includes('\ufffd')) {
    throw new InputError(`subject "${subject}" has \\XX escapes that are not UTF-8`)
  }
  return value
}

function parseAttribute(part: string, rdn: string, raw: string): NameAttribute {
  const eq = part.indexOf('=')
  const type = part.slice(0, eq).trim().toUpperCase()
  const value = eq <= 0 ? '' : unescapeValue(part.slice(eq + 1).trim(), raw)
  if (eq <= 0 || !ATTRIBUTES[type] || value === '') {
    throw new InputError(
      `subject "${raw}" is malformed at "${rdn.trim()}": write attribute=value pairs separated by commas, the most specific first, e.g. CN=NetSuite M2M acme/erp-sync,O=Acme,C=US (attributes: ${Object.keys(ATTRIBUTES).join(', ')}); escape a + in a value as \\+ and a comma as \\,`
    )
  }
  if (type === 'C' && !/^[A-Z]{2}$/.test(value)) {
    throw new InputError(`subject country "C=${value}" must be a two-letter code such as US`)
  }
  if (value.length > 200) throw new InputError(`subject ${type} is longer than 200 characters`)
  return { type, value }
}

/**
 * Parses a subject into RDNs in DER order. An RFC 4514 string
 * (`CN=NetSuite M2M acme/erp,O=Acme,C=US`) lists the most specific RDN first,
 * so its DER order is the reverse; OpenSSL's `-subj` form (`/C=US/O=Acme/CN=x`)
 * is written in DER order. Both take `+` for multi-valued RDNs and backslash
 * escapes (`\,`, `\+`, `\XX`).
 */
export function parseDistinguishedName(raw: string): RelativeName[] {
  const text = raw.trim()
  const slashForm = text.startsWith('/')
  const rdns = slashForm ? splitUnescaped(text.slice(1), '/') : splitUnescaped(text, ',')
  const parsed = rdns.map(rdn =>
    splitUnescaped(rdn, '+').map(part => parseAttribute(part, rdn, raw))
  )
  return slashForm ? parsed : parsed.reverse()
}

const compareDer = (a: Node, b: Node): number => Buffer.compare(der(a), der(b))

function name(rdns: RelativeName[]): Node {
  return seq(
    rdns.map(rdn =>
      // A SET OF is DER-encoded in the order of its members' encodings (X.690 11.6).
      set(
        rdn
          .map(({ type, value }) => {
            const stringType =
              type === 'C' ? T.PRINTABLESTRING : type === 'EMAILADDRESS' ? T.IA5STRING : T.UTF8
            const encoded = stringType === T.UTF8 ? util.encodeUtf8(value) : value
            return seq([oid(ATTRIBUTES[type]), asn1.create(U, stringType, false, encoded)])
          })
          .sort(compareDer)
      )
    )
  )
}

/** Signature AlgorithmIdentifier per key kind and hash (RFC 4055, RFC 5758). */
function signatureAlgorithm(kind: 'rsa' | 'ec', hash: 'sha256' | 'sha384' | 'sha512'): Node {
  if (kind === 'rsa') {
    const ids = {
      sha256: '1.2.840.113549.1.1.11',
      sha384: '1.2.840.113549.1.1.12',
      sha512: '1.2.840.113549.1.1.13'
    }
    return seq([oid(ids[hash]), asn1.create(U, T.NULL, false, '')])
  }
  const ids = {
    sha256: '1.2.840.10045.4.3.2',
    sha384: '1.2.840.10045.4.3.3',
    sha512: '1.2.840.10045.4.3.4'
  }
  return seq([oid(ids[hash])])
}

function extension(id: string, critical: boolean, value: Node): Node {
  return seq([oid(id), ...(critical ? [bool(true)] : []), octets(der(value))])
}

export interface CertificateRequest {
  publicKey: KeyObject
  privateKey: KeyObject
  kind: 'rsa' | 'ec'
  hash: 'sha256' | 'sha384' | 'sha512'
  subject: RelativeName[]
  notBefore: Date
  notAfter: Date
}

/** Builds and self-signs the certificate; returns its DER. */
export function buildSelfSignedCertificate(request: CertificateRequest): Buffer {
  const spkiDer = request.publicKey.export({ type: 'spki', format: 'der' })
  const spki = fromDer(spkiDer)
  // RFC 5280 4.2.1.2 method (1): SHA-1 of the subjectPublicKey BIT STRING value.
  // forge decodes an RSA key's BIT STRING into children but keeps the raw bytes
  // (with the leading unused-bits octet) in bitStringContents.
  const bitString = (spki.value as Node[])[1] as Node & { bitStringContents?: string }
  const raw = bitString.bitStringContents ?? (bitString.value as string)
  const keyBits = Buffer.from(raw, 'binary').subarray(1)
  const keyId = createHash('sha1').update(keyBits).digest()

  // Random positive 128-bit serial (RFC 5280 4.1.2.2: positive, at most 20 octets).
  const serial = randomBytes(16)
  serial[0] = (serial[0] & 0x7f) | 0x01

  const algorithm = signatureAlgorithm(request.kind, request.hash)
  const tbs = seq([
    explicit(0, asn1.create(U, T.INTEGER, false, String.fromCharCode(2))),
    asn1.create(U, T.INTEGER, false, serial.toString('binary')),
    algorithm,
    name(request.subject),
    seq([time(request.notBefore), time(request.notAfter)]),
    name(request.subject),
    spki,
    explicit(
      3,
      seq([
        extension('2.5.29.19', true, seq([])), // basicConstraints: CA:FALSE
        // keyUsage: digitalSignature only (bit 0 -> 0x80, 7 unused bits)
        extension('2.5.29.15', true, asn1.create(U, T.BITSTRING, false, '\x07\x80')),
        extension('2.5.29.14', false, octets(keyId)) // subjectKeyIdentifier
      ])
    )
  ])
  const tbsDer = der(tbs)
  const signature = sign(request.hash, tbsDer, request.privateKey)
  const certificate = seq([
    tbs,
    signatureAlgorithm(request.kind, request.hash),
    asn1.create(U, T.BITSTRING, false, '\x00' + signature.toString('binary'))
  ])
  return der(certificate)
}

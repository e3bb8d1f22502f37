/**
 * Reads certificates and keys the way users really have them. Files and pasted
 * secrets arrive mangled: a byte-order mark, indentation, a secret manager's
 * one-line form with literal "\n", UTF-16 from a PowerShell 5 `>` redirect,
 * binary DER, OpenSSL's TRUSTED CERTIFICATE form, several certificates in one
 * file. Each is decoded when its meaning is plain, and named as a
 * FormatProblem with the command that repairs the file; the callers decide
 * which problems to tolerate (the action) and which to report (inspect).
 * Every change made to read the text is also listed as a PemRepair, so that
 * the action can tell the owner of a damaged secret what to store instead.
 */
import { createPrivateKey, X509Certificate } from 'node:crypto'
import { InputError } from './errors.js'
import { describeStray, strayCharacters, withoutInvisible } from './pem-base64.js'
import { decryptCommand, formatProblem, type FormatProblem, type PemKind } from './pem-problems.js'
import type { PemRepair } from './pem-repairs.js'

export type { FormatProblem, FormatProblemCode, PemKind } from './pem-problems.js'
export type { PemRepair } from './pem-repairs.js'

export interface PemBlock {
  /** e.g. CERTIFICATE, PRIVATE KEY, EC PRIVATE KEY, ENCRYPTED PRIVATE KEY. */
  label: string
  /** The block re-armoured cleanly: BEGIN line, 64-column base64, END line, "\n". */
  text: string
}

export interface DecodedPem {
  blocks: PemBlock[]
  problems: FormatProblem[]
  /** What was undone to read the text, whether or not any reader minds it (CRLF, a key's BOM). */
  repairs: PemRepair[]
  /** What the file is labelled when that is another name for what it holds (X509 CERTIFICATE). */
  labelled?: string
}

/** DER bytes as a PEM block, base64 in lines of 64. */
export function toPem(label: string, body: Buffer): string {
  const lines = body.toString('base64').match(/.{1,64}/g) ?? []
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`
}

/** Length of the DER element at the start of `bytes`, or 0 when it is not one. */
function derLength(bytes: Uint8Array): number {
  if (bytes.length < 2 || bytes[0] !== 0x30) return 0
  const first = bytes[1]
  if (first < 0x80) return 2 + first
  const octets = first & 0x7f
  if (octets === 0 || octets > 4 || bytes.length < 2 + octets) return 0
  let length = 0
  for (let i = 0; i < octets; i++) length = length * 256 + bytes[2 + i]
  return 2 + octets + length
}

/** UTF-16 by byte-order mark, or by the NUL bytes ASCII text has in UTF-16. */
function utf16Order(bytes: Uint8Array): 'le' | 'be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'be'
  if (bytes.length >= 4 && bytes[0] !== 0 && bytes[1] === 0 && bytes[3] === 0) return 'le'
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] !== 0 && bytes[2] === 0) return 'be'
  return undefined
}

/**
 * A DER key as a PKCS#8 PEM block. The encoding is told by trying each one;
 * which decoder accepts which bytes differs between OpenSSL versions (Node 24
 * reads a SEC1 key as "pkcs1"), so the label comes from re-encoding, not from
 * the decoder that happened to succeed.
 */
function derKeyBlock(der: Buffer): PemBlock {
  for (const type of ['pkcs8', 'sec1', 'pkcs1'] as const) {
    try {
      const key = createPrivateKey({ key: der, format: 'der', type })
      return { label: 'PRIVATE KEY', text: key.export({ type: 'pkcs8', format: 'pem' }) as string }
    } catch {
      // try the next encoding
    }
  }
  try {
    new X509Certificate(der)
    return { label: 'CERTIFICATE', text: toPem('CERTIFICATE', der) }
  } catch {
    return { label: 'ENCRYPTED PRIVATE KEY', text: toPem('ENCRYPTED PRIVATE KEY', der) }
  }
}

/** Turns bytes into text, noting UTF-16; DER becomes its one block. */
function decodeBytes(
  bytes: Uint8Array,
  kind: PemKind,
  file: string,
  problems: FormatProblem[]
): string | PemBlock {
  const buffer = Buffer.from(bytes)
  const order = utf16Order(buffer)
  if (order) {
    const bom =
      (buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff)
    problems.push(formatProblem('utf16', kind, file, { utf16: { order, bom } }))
    const even = buffer.subarray(0, buffer.length - (buffer.length % 2))
    const text = (order === 'le' ? even : Buffer.from(even).swap16()).toString('utf16le')
    return text.replace(/^\ufeff/, '')
  }
  if (derLength(buffer) === buffer.length) {
    problems.push(formatProblem('der', kind, file))
    return kind === 'certificate'
      ? { label: 'CERTIFICATE', text: toPem('CERTIFICATE', buffer) }
      : derKeyBlock(buffer)
  }
  return buffer.toString('utf8')
}

interface Reading {
  kind: PemKind
  name: string
  file: string
  problems: FormatProblem[]
  repairs: PemRepair[]
}

/**
 * Holds the PEM bodies to the base64 alphabet, as every strict reader does.
 * Invisible characters and URL-safe base64 are copying damage with a plain
 * meaning: noted, and the text returned without the invisible ones. Anything
 * else outside the alphabet is a changed text, and refused.
 */
function strictBase64(text: string, reading: Reading): string {
  const { kind, name, file, problems, repairs } = reading
  const found = strayCharacters(text)
  const other = found.filter(s => s.kind === 'other')
  if (other.length > 0) {
    throw new InputError(
      `${name} has characters that are not base64 inside its PEM block: ${describeStray(other)}. The text was changed after it was made (base64 holds only A-Z, a-z, 0-9, +, / and =): copy it again from where it was made`
    )
  }
  const invisible = found.filter(s => s.kind === 'invisible')
  if (invisible.length > 0) {
    problems.push(
      formatProblem('invisible-characters', kind, file, { where: describeStray(invisible) })
    )
    repairs.push('invisible-characters')
  }
  const urlSafe = found.filter(s => s.kind === 'url-safe')
  if (urlSafe.length > 0) {
    // Where a key's base64 has + and / is a little of the key: for a key, only how many.
    const where =
      kind === 'certificate'
        ? describeStray(urlSafe)
        : `${urlSafe.length} of them (where, is not shown for a private key)`
    problems.push(formatProblem('url-safe-base64', kind, file, { where }))
    repairs.push('url-safe-base64')
  }
  return invisible.length > 0 ? withoutInvisible(text) : text
}

const BLOCK = /^([ \t]*)-----BEGIN ([A-Z0-9 ]+)-----[ \t]*\n([\s\S]*?)^[ \t]*-----END \2-----/gm

/**
 * Every PEM block in `input` (text, or a file's bytes), with what was wrong
 * with how it was written. Throws only when nothing usable is there: empty,
 * not PEM, cut short, or the wrong kind of thing (a key for a certificate).
 */
export function decodePem(
  input: string | Uint8Array,
  kind: PemKind,
  name: string,
  file = kind === 'certificate' ? 'certificate.pem' : 'private-key.pem'
): DecodedPem {
  const reading: Reading = { kind, name, file, problems: [], repairs: [] }
  const { problems, repairs } = reading
  const decoded = typeof input === 'string' ? input : decodeBytes(input, kind, file, problems)
  if (typeof decoded !== 'string')
    return checkKind({ blocks: [decoded], problems, repairs }, kind, name, file)

  let text = withoutByteOrderMark(withLineFeeds(decoded, reading), reading)
  if (text.trim() === '') throw new InputError(`${name} is empty`)
  text = strictBase64(text, reading)
  text = unflattened(withLineBreaks(text, reading), reading)
  const blocks = pemBlocks(text, reading)
  if (blocks.length === 0) throw notPem(text, reading)
  return checkKind({ blocks, problems, repairs }, kind, name, file)
}

/** Line ends as openssl reads them: CRLF quietly, a carriage return alone noted. */
function withLineFeeds(decoded: string, { kind, file, problems, repairs }: Reading): string {
  if (/\r(?!\n)/.test(decoded)) {
    // A carriage return alone ends no line for openssl: the whole file is one line to it.
    problems.push(formatProblem('cr-line-ends', kind, file))
    repairs.push('cr-line-ends')
  } else if (decoded.includes('\r')) repairs.push('crlf')
  return decoded.replace(/\r\n?/g, '\n')
}

function withoutByteOrderMark(text: string, { kind, file, problems, repairs }: Reading): string {
  if (!text.startsWith('\ufeff')) return text
  repairs.push('utf8-bom')
  // openssl, Python and node read a key with a BOM alike; Java's certificate reader does not.
  if (kind === 'certificate') problems.push(formatProblem('utf8-bom', kind, file))
  return text.slice(1)
}

/** One line with literal \n where the line breaks belong (secret managers, JSON). */
function withLineBreaks(text: string, { kind, file, problems, repairs }: Reading): string {
  if (text.trim().includes('\n') || !/\\n/.test(text)) return text
  problems.push(formatProblem('escaped-newlines', kind, file))
  repairs.push('escaped-newlines')
  return text.trim().replace(/\\r\\n|\\n/g, '\n')
}

/** One line whose line breaks became blanks (a paste into a one-line field). */
function unflattened(text: string, { kind, file, problems, repairs }: Reading): string {
  const flat =
    /^(-----BEGIN [A-Z0-9 ]+-----)[ \t]+([\s\S]*?)[ \t]+(-----END [A-Z0-9 ]+-----)$/.exec(
      text.trim()
    )
  if (!flat || flat[2].includes('\n')) return text
  problems.push(formatProblem('flattened', kind, file))
  repairs.push('flattened')
  return `${flat[1]}\n${flat[2].replace(/[ \t]+/g, '\n')}\n${flat[3]}\n`
}

/** Each BEGIN/END block, re-encoded as a clean PEM; indentation noted. */
function pemBlocks(text: string, { kind, file, problems, repairs }: Reading): PemBlock[] {
  const blocks: PemBlock[] = []
  let indented = false
  for (const match of text.matchAll(BLOCK)) {
    const [, indent, label, body] = match
    const lines = body.split('\n')
    if (indent !== '' || lines.some(line => /^[ \t]/.test(line))) indented = true
    if (lines.some(line => line.includes(':'))) {
      // RFC 1421 headers (Proc-Type: 4,ENCRYPTED): keep the block as written, minus indentation.
      const kept = lines.map(line => line.trim())
      blocks.push({
        label,
        text: `-----BEGIN ${label}-----\n${kept.join('\n')}-----END ${label}-----\n`
      })
    } else {
      // URL-safe characters were reported by strictBase64; here they mean what they say.
      const body = lines.join('').replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/')
      blocks.push({ label, text: toPem(label, Buffer.from(body, 'base64')) })
    }
  }
  if (indented) {
    problems.push(formatProblem('indented', kind, file))
    repairs.push('indented')
  }
  return blocks
}

/** Why text with no usable PEM block is not one: text beside a BEGIN or END line, cut short, or not PEM. */
function notPem(text: string, { kind, name }: Reading): InputError {
  const begin = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(text)
  if (begin && text.includes(`-----END ${begin[1]}-----`)) {
    return new InputError(
      `${name} has text beside its -----BEGIN ${begin[1]}----- or -----END ${begin[1]}----- line: each must be on a line of its own, with nothing before or after it`
    )
  }
  if (begin) {
    return new InputError(
      `${name} has -----BEGIN ${begin[1]}----- but no -----END ${begin[1]}-----: the text was cut short when it was copied; copy all of it, both lines included`
    )
  }
  const expected = kind === 'certificate' ? 'CERTIFICATE' : 'PRIVATE KEY'
  return new InputError(
    `${name} is not PEM: expected text starting with -----BEGIN ${expected}----- (a file openssl writes)`
  )
}

const X509_LABEL = 'X509 CERTIFICATE'
const isKeyLabel = (label: string): boolean => label.endsWith('PRIVATE KEY')

/** Certificates for certificates, keys for keys; OpenSSL's trusted form unwrapped; several noted. */
function checkKind(decoded: DecodedPem, kind: PemKind, name: string, file: string): DecodedPem {
  const labels = decoded.blocks.map(block => block.label)
  if (kind === 'certificate') {
    if (labels.some(isKeyLabel)) {
      throw new InputError(
        `${name} holds a private key where a certificate was expected: pass the certificate PEM (-----BEGIN CERTIFICATE-----) and keep the key in a secret`
      )
    }
    const blocks = decoded.blocks.flatMap(block => {
      if (block.label === 'CERTIFICATE') return [block]
      if (block.label === X509_LABEL) {
        // An older name for the same thing: openssl, Java and Python read it as CERTIFICATE.
        decoded.labelled = X509_LABEL
        return [
          { label: 'CERTIFICATE', text: block.text.replace(/X509 CERTIFICATE/g, 'CERTIFICATE') }
        ]
      }
      if (block.label !== 'TRUSTED CERTIFICATE') return []
      // OpenSSL appends its trust settings after the certificate: keep the certificate alone.
      decoded.problems.push(formatProblem('trusted-certificate', kind, file))
      const der = Buffer.from(block.text.split('\n').slice(1, -2).join(''), 'base64')
      return [{ label: 'CERTIFICATE', text: toPem('CERTIFICATE', der.subarray(0, derLength(der))) }]
    })
    if (blocks.length === 0) {
      throw new InputError(
        `${name} holds a ${labels[0]}, not a certificate: NetSuite needs the X.509 certificate (-----BEGIN CERTIFICATE-----), e.g. from \`netsuite-m2m generate\` or \`openssl req -x509\``
      )
    }
    if (blocks.length > 1) {
      decoded.problems.push(
        formatProblem('several-certificates', kind, file, { count: blocks.length })
      )
    }
    return { ...decoded, blocks }
  }
  if (labels.includes('CERTIFICATE') || labels.includes('TRUSTED CERTIFICATE')) {
    throw new InputError(
      `${name} holds a certificate where a private key was expected: pass the private key PEM (labelled PRIVATE KEY) from the secret`
    )
  }
  const blocks = decoded.blocks.filter(block => isKeyLabel(block.label))
  if (blocks.length === 0) {
    throw new InputError(
      `${name} holds a ${labels[0]}, not a private key: pass the private key PEM (labelled PRIVATE KEY) that was made with the certificate`
    )
  }
  const [block] = blocks
  if (block.label === 'ENCRYPTED PRIVATE KEY' || /Proc-Type: 4,ENCRYPTED/.test(block.text)) {
    decoded.problems.push(decryptCommand(block.label, file))
  }
  return { ...decoded, blocks: [block] }
}

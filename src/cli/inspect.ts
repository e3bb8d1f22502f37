/**
 * `netsuite-m2m inspect`: everything NetSuite will check about a certificate
 * (and its key) before an admin tries to upload it. Exit 1 when NetSuite would
 * refuse it, so it also works as a pre-upload check in scripts.
 */
import {
  daysRemaining,
  keyMatchesCertificate,
  netsuiteProblems,
  parseCertificate,
  parsePrivateKey,
  validityDays,
  type PrivateKeyInfo
} from '../core/inspect.js'
import { isoDay, optionalString, parseFlags, readTextFile, requireString, type Io } from './args.js'

export const INSPECT_HELP = `Usage: netsuite-m2m inspect --certificate FILE [--private-key FILE] [--json]

Shows the certificate's key type and size, subject, serial, validity, days
left and SHA-256 fingerprint; with --private-key, whether the key belongs to
the certificate; and every reason NetSuite would refuse them.

Flags:
  --certificate FILE   certificate PEM (required)
  --private-key FILE   private key PEM (PKCS#8, PKCS#1 or SEC1, unencrypted)
  --json               print one JSON object instead of text
  -h, --help           show this help

Exit status: 0 when NetSuite would accept them, 1 when there are problems.
`

export async function runInspect(args: string[], io: Io): Promise<number> {
  const flags = parseFlags('inspect', args, {
    certificate: { type: 'string' },
    'private-key': { type: 'string' },
    json: { type: 'boolean', default: false }
  })
  if (flags.help) {
    io.out(INSPECT_HELP)
    return 0
  }
  const certificatePath = requireString('inspect', flags, 'certificate')
  const keyPath = optionalString(flags, 'private-key')
  const certificate = parseCertificate(
    readTextFile('certificate', certificatePath),
    '--certificate'
  )
  let privateKey: PrivateKeyInfo | undefined
  if (keyPath !== undefined) {
    privateKey = parsePrivateKey(readTextFile('private-key', keyPath), '--private-key')
  }
  const now = new Date()
  const problems = netsuiteProblems(certificate, now, privateKey)
  const matches = privateKey ? keyMatchesCertificate(privateKey.keyObject, certificate) : undefined
  const days = daysRemaining(certificate.notAfter, now)

  if (flags.json === true) {
    io.out(
      JSON.stringify(
        {
          certificate: {
            file: certificatePath,
            keyType: certificate.key.label,
            keyKind: certificate.key.kind,
            keyBits: certificate.key.bits ?? null,
            curve: certificate.key.curve ?? null,
            subject: certificate.subject,
            serialNumber: certificate.serialNumber,
            notBefore: certificate.notBefore.toISOString(),
            notAfter: certificate.notAfter.toISOString(),
            validityDays: Math.round(validityDays(certificate)),
            daysRemaining: days,
            fingerprint: certificate.fingerprint
          },
          privateKey: privateKey
            ? { file: keyPath, keyType: privateKey.key.label, matchesCertificate: matches }
            : null,
          ok: problems.length === 0,
          problems
        },
        null,
        2
      )
    )
    return problems.length === 0 ? 0 : 1
  }

  const lines = [
    `certificate  ${certificatePath}`,
    `key type     ${certificate.key.label}`,
    `subject      ${certificate.subject}`,
    `serial       ${certificate.serialNumber}`,
    `not before   ${isoDay(certificate.notBefore)}`,
    `not after    ${isoDay(certificate.notAfter)} (${Math.round(validityDays(certificate))} days valid)`,
    `days left    ${days}`,
    `fingerprint  ${certificate.fingerprint}`
  ]
  if (privateKey) {
    lines.push(
      `private key  ${keyPath} (${privateKey.key.label}): ${matches ? 'matches the certificate' : 'does NOT match the certificate'}`
    )
  }
  lines.push('')
  if (problems.length === 0) {
    lines.push('NetSuite would accept this certificate.')
  } else {
    lines.push(
      `NetSuite would refuse this certificate (${problems.length} problem${problems.length === 1 ? '' : 's'}):`
    )
    for (const problem of problems) lines.push(`  - ${problem}`)
  }
  io.out(lines.join('\n'))
  return problems.length === 0 ? 0 : 1
}

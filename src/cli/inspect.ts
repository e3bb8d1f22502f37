/**
 * `netsuite-m2m inspect`: everything NetSuite will check about a certificate
 * (and its key) before an admin tries to upload it, and everything about how
 * the files are written that would make an upload or a consumer fail, each
 * with the command that fixes it. Exit 1 when there is anything to fix, so it
 * also works as a pre-upload check in scripts; exit 2 only when a file cannot
 * be read as a certificate (or key) at all.
 */
import {
  describeDuration,
  KEY_MISMATCH,
  keyMatchesCertificate,
  netsuiteFindings,
  readCertificateFile,
  readPrivateKeyFile,
  validityDays,
  type CertificateFile,
  type CertificateInfo,
  type Finding,
  type PrivateKeyFile
} from '../core/inspect.js'
import { formatProblem, type FormatProblem } from '../core/pem-problems.js'
import { daysUntil } from '../core/time.js'
import { isoDay, optionalString, parseFlags, readBytes, requireString, type Io } from './args.js'

export const INSPECT_HELP = `Usage: netsuite-m2m inspect --certificate FILE [--private-key FILE] [--json]

Shows the certificate's key type and size, subject, serial, validity, days
left and SHA-256 fingerprint; with --private-key, whether the key belongs to
the certificate; every reason NetSuite would refuse them, or accept them and
fail later; and how the files are written when that would make an upload or
a consumer fail (a byte-order mark, indentation, one line with literal \\n,
carriage returns alone for line ends, base64 read strictly: every character
outside its alphabet named with its line and column, invisible ones and
URL-safe - and _ included; UTF-16, DER, OpenSSL's TRUSTED CERTIFICATE form,
several certificates, an encrypted key), each with a command that writes a
fixed copy (FILE-fixed.pem) and works on Linux and macOS alike.

Flags:
  --certificate FILE   certificate, PEM or DER (required); every certificate in it is checked
  --private-key FILE   its private key (PKCS#8, PKCS#1 or SEC1)
  --json               print one JSON object instead of text
  -h, --help           show this help

Exit status: 0 when there is nothing to fix, 1 when there is (the report says
what and how), 2 when a file is missing or is not a certificate (or key) at all.
`

interface Report {
  certificates: CertificateInfo[]
  /** 1-based number of the certificate the key belongs to; 0 when none; undefined without a usable key. */
  matching?: number
  findings: { certificate?: number; finding: Finding }[]
  certificateProblems: FormatProblem[]
  keyProblems: FormatProblem[]
}

function describeCertificate(certificate: CertificateInfo, now: Date): Record<string, unknown> {
  return {
    keyType: certificate.key.label,
    keyKind: certificate.key.kind,
    keyBits: certificate.key.bits ?? null,
    curve: certificate.key.curve ?? null,
    subject: certificate.subject,
    serialNumber: certificate.serialNumber,
    notBefore: certificate.notBefore.toISOString(),
    notAfter: certificate.notAfter.toISOString(),
    validityDays: Math.round(validityDays(certificate)),
    daysRemaining: daysUntil(certificate.notAfter, now),
    fingerprint: certificate.fingerprint
  }
}

function certificateLines(certificate: CertificateInfo, now: Date): string[] {
  const validity = describeDuration(
    certificate.notAfter.getTime() - certificate.notBefore.getTime()
  )
  return [
    `key type     ${certificate.key.label}`,
    `subject      ${certificate.subject}`,
    `serial       ${certificate.serialNumber}`,
    `not before   ${isoDay(certificate.notBefore)}`,
    `not after    ${isoDay(certificate.notAfter)} (${validity} valid)`,
    `days left    ${daysUntil(certificate.notAfter, now)}`,
    `fingerprint  ${certificate.fingerprint}`
  ]
}

function section(heading: string, items: { problem: string; fix: string }[]): string[] {
  if (items.length === 0) return []
  return [heading, ...items.flatMap(item => [`  - ${item.problem}`, `    fix: ${item.fix}`])]
}

/** The files named on the command line, read (a file that is no certificate or key exits 2). */
interface Inspected {
  certificatePath: string
  keyPath?: string
  certificateFile: CertificateFile
  keyFile?: PrivateKeyFile
}

export function runInspect(args: string[], io: Io): number {
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
  const inspected: Inspected = {
    certificatePath,
    keyPath,
    certificateFile: readCertificateFile(
      readBytes('certificate', certificatePath),
      '--certificate',
      certificatePath
    ),
    keyFile:
      keyPath === undefined
        ? undefined
        : readPrivateKeyFile(readBytes('private-key', keyPath), '--private-key', keyPath)
  }
  const now = new Date()
  const report = inspect(inspected, now)
  const ok =
    report.findings.length === 0 &&
    report.certificateProblems.length === 0 &&
    report.keyProblems.length === 0
  io.out(
    flags.json === true
      ? JSON.stringify(jsonReport(inspected, report, now, ok), null, 2)
      : textReport(inspected, report, now).join('\n')
  )
  return ok ? 0 : 1
}

/** What NetSuite would say about the certificates (and key), and how the files are written. */
function inspect(inspected: Inspected, now: Date): Report {
  const { certificatePath, certificateFile, keyFile } = inspected
  const { certificates } = certificateFile
  const several = certificates.length > 1
  const key = keyFile?.key
  const matching = key
    ? certificates.findIndex(certificate => keyMatchesCertificate(key.keyObject, certificate)) + 1
    : undefined
  const report: Report = {
    certificates,
    matching,
    findings: certificates.flatMap((certificate, index) =>
      netsuiteFindings(certificate, now, several ? undefined : key).map(finding => ({
        certificate: several ? index + 1 : undefined,
        finding
      }))
    ),
    // With several certificates, the fix keeps the one the key belongs to.
    certificateProblems: certificateFile.problems.map(problem =>
      problem.code === 'several-certificates' && matching
        ? formatProblem('several-certificates', 'certificate', certificatePath, {
            count: certificates.length,
            keep: matching
          })
        : problem
    ),
    keyProblems: keyFile?.problems ?? []
  }
  if (several && matching === 0) report.findings.push({ finding: KEY_MISMATCH })
  return report
}

function jsonReport(
  inspected: Inspected,
  report: Report,
  now: Date,
  ok: boolean
): Record<string, unknown> {
  const { certificatePath, keyPath, certificateFile, keyFile } = inspected
  const { certificates, matching } = report
  const key = keyFile?.key
  const fileProblem = (file: string) => (problem: FormatProblem) => ({ file, ...problem })
  return {
    certificate: {
      file: certificatePath,
      label: certificateFile.labelled ?? 'CERTIFICATE',
      ...describeCertificate(certificates[0], now)
    },
    certificates: certificates.map(certificate => describeCertificate(certificate, now)),
    privateKey: keyFile
      ? {
          file: keyPath,
          keyType: key?.key.label ?? null,
          encrypted: key === undefined,
          matchesCertificate: key ? matching !== 0 : null,
          matchingCertificate: matching || null
        }
      : null,
    ok,
    problems: [
      ...report.findings.map(({ finding }) => finding.problem),
      ...report.certificateProblems.map(problem => `${certificatePath} ${problem.problem}`),
      ...report.keyProblems.map(problem => `${keyPath} ${problem.problem}`)
    ],
    findings: report.findings.map(({ certificate, finding }) => ({
      certificate: certificate ?? 1,
      ...finding
    })),
    fileProblems: [
      ...report.certificateProblems.map(fileProblem(certificatePath)),
      ...report.keyProblems.map(fileProblem(keyPath ?? ''))
    ]
  }
}

function textReport(inspected: Inspected, report: Report, now: Date): string[] {
  return [
    ...describedFiles(inspected, report, now),
    '',
    ...problemSections(report),
    ...(report.findings.length === 0 && report.certificateProblems.length === 0
      ? ['NetSuite would accept this certificate.']
      : [])
  ]
}

/** Each certificate, the label the file gives it, and whether the key belongs to it. */
function describedFiles(inspected: Inspected, report: Report, now: Date): string[] {
  const { certificatePath, keyPath, certificateFile, keyFile } = inspected
  const { certificates, matching } = report
  const several = certificates.length > 1
  const lines = certificates.flatMap((certificate, index) => [
    ...(index > 0 ? [''] : []),
    several
      ? `certificate  ${index + 1} of ${certificates.length} in ${certificatePath}`
      : `certificate  ${certificatePath}`,
    ...certificateLines(certificate, now)
  ])
  if (certificateFile.labelled) {
    lines.push(
      `label        ${certificateFile.labelled} (another name for CERTIFICATE: openssl, Java and Python read it)`
    )
  }
  if (keyFile) {
    const key = keyFile.key
    const verdict =
      key === undefined
        ? ': encrypted with a passphrase; not checked against the certificate'
        : ` (${key.key.label}): ${
            matching === 0
              ? `does NOT match the certificate${several ? ' (any of them)' : ''}`
              : several
                ? `matches certificate ${matching} of ${certificates.length}`
                : 'matches the certificate'
          }`
    lines.push(`private key  ${keyPath}${verdict}`)
  }
  return lines
}

/** What NetSuite would refuse, what it would accept with a catch, and what the files need. */
function problemSections(report: Report): string[] {
  const count = report.certificates.length
  const numbered = (certificate: number | undefined, finding: Finding): Finding =>
    certificate
      ? { ...finding, problem: `certificate ${certificate} of ${count}: ${finding.problem}` }
      : finding
  const of = (verdict: Finding['verdict']): Finding[] =>
    report.findings
      .filter(({ finding }) => finding.verdict === verdict)
      .map(({ certificate, finding }) => numbered(certificate, finding))
  const inFile = (problem: FormatProblem): FormatProblem => ({
    ...problem,
    problem: `the file ${problem.problem}`
  })
  return [
    ...section('NetSuite would refuse this certificate:', of('refused')),
    ...section('NetSuite would accept this certificate, but:', of('accepted-but')),
    ...section('Uploading this file as it is may fail:', report.certificateProblems.map(inFile)),
    ...section(
      'The private key file needs a change before it can be used:',
      report.keyProblems.map(inFile)
    )
  ]
}

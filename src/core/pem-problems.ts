/**
 * What can be wrong with how a certificate or key file is written, which
 * common readers refuse it (checked against openssl 3, Java 17's keytool and
 * Python `cryptography`), and one shell command that writes a repaired copy
 * next to the file. NetSuite does not document which reader its upload page
 * uses, so what these readers refuse is what an upload may refuse.
 */
export type PemKind = 'certificate' | 'private key'

export type FormatProblemCode =
  | 'utf8-bom'
  | 'utf16'
  | 'cr-line-ends'
  | 'invisible-characters'
  | 'url-safe-base64'
  | 'der'
  | 'escaped-newlines'
  | 'flattened'
  | 'indented'
  | 'trusted-certificate'
  | 'several-certificates'
  | 'encrypted-key'

export interface FormatProblem {
  code: FormatProblemCode
  /** Reads after the file's name: "<file> is UTF-16 text ...". */
  problem: string
  /** One shell command that writes the repaired copy. */
  fix: string
}

/** A path or name as a POSIX shell word: quoted only when it needs to be. */
export function shellWord(word: string): string {
  return /^[A-Za-z0-9_./@%+=:,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`
}

/** `dir/auth-cert.cer` -> `dir/auth-cert-fixed.pem`: beside the original, never over it. */
export function fixedName(file: string): string {
  const slash = file.lastIndexOf('/')
  const base = file.slice(slash + 1)
  const stem = base.replace(/\.[^.]*$/, '') || base
  return `${file.slice(0, slash + 1)}${stem}-fixed.pem`
}

/** What some problems need said beyond their code. */
export interface ProblemDetail {
  /** several-certificates: how many, and the one to keep (1-based). */
  count?: number
  keep?: number
  /** utf16: the byte order, and whether a byte-order mark says it (iconv needs to be told otherwise). */
  utf16?: { order: 'le' | 'be'; bom: boolean }
  /** invisible-characters, url-safe-base64: each character and where it is. */
  where?: string
}

/** The file a fix reads and writes, as shell words, and what it holds. */
interface FixFor {
  input: string
  output: string
  certificate: boolean
  /** Read and written again by openssl: what repairs most problems. */
  rewrite: string
}

type Described = Omit<FormatProblem, 'code'>

/** Each problem in words, and the one command that writes a repaired copy. */
const DESCRIBE: {
  [C in Exclude<FormatProblemCode, 'encrypted-key'>]: (
    fix: FixFor,
    detail: ProblemDetail
  ) => Described
} = {
  'utf8-bom': ({ rewrite }) => ({
    problem:
      "starts with a UTF-8 byte-order mark (Notepad and PowerShell add one): Java's certificate reader refuses it, openssl and Python do not",
    fix: rewrite
  }),
  utf16: ({ input, output }, detail) => ({
    problem:
      'is UTF-16 text, not UTF-8 (what a Windows PowerShell 5 `>` redirect writes; use `Out-File -Encoding ascii` there): openssl, Java and Python all refuse it',
    // Without a byte-order mark, glibc's iconv takes UTF-16 to be big-endian: name the order.
    fix: `iconv -f ${utf16Name(detail.utf16)} -t UTF-8 ${input} > ${output}`
  }),
  'cr-line-ends': ({ input, output }) => ({
    problem: `ends its lines with a carriage return alone (classic Mac OS line ends): openssl reads it as one line and refuses it`,
    fix: `tr '\\r' '\\n' < ${input} > ${output}`
  }),
  'invisible-characters': ({ input, output }, detail) => ({
    problem: `has characters inside its PEM block that most editors do not show and that are not base64: ${detail.where ?? ''}. Strict readers refuse such a file (openssl one inside a line of base64, Python a zero-width space; Node drops them without a word)`,
    fix: `LC_ALL=C tr -d '\\200-\\377' < ${input} > ${output}`
  }),
  'url-safe-base64': ({ input, output }, detail) => ({
    problem: `uses URL-safe base64 (\`-\` and \`_\` where PEM has \`+\` and \`/\`): ${detail.where ?? ''}. openssl and Python refuse it (Node reads it as if it were standard base64)`,
    fix: `awk '/^-----/ { print; next } { gsub(/-/, "+"); gsub(/_/, "/"); print }' ${input} > ${output}`
  }),
  der: ({ input, output, certificate }) => ({
    problem: certificate
      ? "is binary DER, not PEM: openssl and Java read it, but Python's PEM reader does not, NetSuite's certificate endpoint takes PEM text only, and NetSuite's upload page does not say it reads DER"
      : 'is binary DER, not PEM: a GitHub secret holds text, and the action reads PEM only',
    fix: certificate
      ? `openssl x509 -inform der -in ${input} -out ${output}`
      : `openssl pkey -inform der -in ${input} -out ${output}`
  }),
  'escaped-newlines': ({ input, output, certificate }) => ({
    problem: `is one line with literal \\n where the line breaks belong (how secret managers and JSON keep it): ${certificate ? 'openssl, Java and Python' : 'openssl, Python and Node'} refuse it`,
    // Literal \r\n first, so that no carriage return is left at a line end.
    fix: `awk '{ gsub(/\\\\r\\\\n|\\\\n/, "\\n"); print }' ${input} > ${output}`
  }),
  flattened: ({ input, output, certificate }) => ({
    problem: `is one line whose line breaks became spaces (a paste into a one-line field): ${certificate ? 'openssl and Java' : 'openssl and Node'} refuse it, Python does not`,
    // Each blank-separated word on a line of its own, except the words of a BEGIN or END line.
    fix: `awk '{ for (i = 1; i <= NF; i++) { w = $i; if (w ~ /^-----(BEGIN|END)/) while (w !~ /^-----(BEGIN|END) .*-----$/ && i < NF) w = w " " $(++i); print w } }' ${input} > ${output}`
  }),
  indented: ({ input, output, certificate }) => ({
    problem: `has blanks before -----BEGIN or at the start of its lines: ${certificate ? 'openssl and Java' : 'openssl and Node'} refuse it, Python does not`,
    fix: `sed 's/^[[:space:]]*//' ${input} > ${output}`
  }),
  'trusted-certificate': ({ rewrite }) => ({
    problem:
      "is in OpenSSL's TRUSTED CERTIFICATE format (the certificate followed by OpenSSL's own trust settings): Java and Python refuse it",
    fix: rewrite
  }),
  'several-certificates': ({ input, output, rewrite }, { count = 2, keep = 1 }) => ({
    problem: `holds ${count} certificates: NetSuite takes one certificate per upload, and readers disagree about which one such a file means (openssl and Python take the first, Java all of them)`,
    fix:
      keep === 1
        ? rewrite
        : `awk '/-----BEGIN CERTIFICATE-----/{n++} n==${keep}' ${input} > ${output}`
  })
}

/**
 * The problem `code` for a `kind` file at `file`. Every fix is one command
 * that works alike on Linux and macOS (no GNU-only sed): awk, tr, iconv,
 * openssl, each writing a copy beside the file.
 */
export function formatProblem(
  code: Exclude<FormatProblemCode, 'encrypted-key'>,
  kind: PemKind,
  file: string,
  detail: ProblemDetail = {}
): FormatProblem {
  const input = shellWord(file)
  const output = shellWord(fixedName(file))
  const certificate = kind === 'certificate'
  const rewrite = certificate
    ? `openssl x509 -in ${input} -out ${output}`
    : `openssl pkey -in ${input} -out ${output}`
  return { code, ...DESCRIBE[code]({ input, output, certificate, rewrite }, detail) }
}

function utf16Name(utf16: ProblemDetail['utf16']): string {
  if (!utf16 || utf16.bom) return 'UTF-16'
  return utf16.order === 'le' ? 'UTF-16LE' : 'UTF-16BE'
}

/** A passphrase-protected key: PKCS#8 (`ENCRYPTED PRIVATE KEY`) or traditional (`Proc-Type: 4,ENCRYPTED`). */
export function decryptCommand(label: string, file: string): FormatProblem {
  const tool = label === 'ENCRYPTED PRIVATE KEY' ? 'pkcs8' : 'pkey'
  return {
    code: 'encrypted-key',
    problem:
      'is encrypted with a passphrase: the action and every consumer sign with the key unattended, so it must be stored unencrypted (in a secret); openssl asks for the passphrase once',
    fix: `openssl ${tool} -in ${shellWord(file)} -out ${shellWord(fixedName(file))}`
  }
}

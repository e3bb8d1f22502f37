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

/**
 * The problem `code` for a `kind` file at `file`. For several certificates,
 * `count` is how many and `keep` (1-based) the one to keep.
 */
export function formatProblem(
  code: Exclude<FormatProblemCode, 'encrypted-key'>,
  kind: PemKind,
  file: string,
  count = 2,
  keep = 1
): FormatProblem {
  const input = shellWord(file)
  const output = shellWord(fixedName(file))
  const certificate = kind === 'certificate'
  const rewrite = certificate
    ? `openssl x509 -in ${input} -out ${output}`
    : `openssl pkey -in ${input} -out ${output}`
  switch (code) {
    case 'utf8-bom':
      return {
        code,
        problem:
          "starts with a UTF-8 byte-order mark (Notepad and PowerShell add one): Java's certificate reader refuses it, openssl and Python do not",
        fix: rewrite
      }
    case 'utf16':
      return {
        code,
        problem:
          'is UTF-16 text, not UTF-8 (what a Windows PowerShell 5 `>` redirect writes; use `Out-File -Encoding ascii` there): openssl, Java and Python all refuse it',
        fix: `iconv -f UTF-16 -t UTF-8 ${input} > ${output}`
      }
    case 'der':
      return {
        code,
        problem: certificate
          ? "is binary DER, not PEM: openssl and Java read it, but Python's PEM reader does not, NetSuite's certificate endpoint takes PEM text only, and NetSuite's upload page does not say it reads DER"
          : 'is binary DER, not PEM: a GitHub secret holds text, and the action reads PEM only',
        fix: certificate
          ? `openssl x509 -inform der -in ${input} -out ${output}`
          : `openssl pkey -inform der -in ${input} -out ${output}`
      }
    case 'escaped-newlines':
      return {
        code,
        problem: `is one line with literal \\n where the line breaks belong (how secret managers and JSON keep it): ${certificate ? 'openssl, Java and Python' : 'openssl, Python and Node'} refuse it`,
        fix: `sed 's/\\\\n/\\n/g' ${input} > ${output}`
      }
    case 'flattened':
      return {
        code,
        problem: `is one line whose line breaks became spaces (a paste into a one-line field): ${certificate ? 'openssl and Java' : 'openssl and Node'} refuse it, Python does not`,
        fix: `sed -E 's/(-----[A-Z ]+-----)/\\n\\1\\n/g' ${input} | sed -E '/^-----/!s/ +/\\n/g' | grep -v '^$' > ${output}`
      }
    case 'indented':
      return {
        code,
        problem: `has blanks before -----BEGIN or at the start of its lines: ${certificate ? 'openssl and Java' : 'openssl and Node'} refuse it, Python does not`,
        fix: `sed 's/^[[:space:]]*//' ${input} > ${output}`
      }
    case 'trusted-certificate':
      return {
        code,
        problem:
          "is in OpenSSL's TRUSTED CERTIFICATE format (the certificate followed by OpenSSL's own trust settings): Java and Python refuse it",
        fix: rewrite
      }
    case 'several-certificates':
      return {
        code,
        problem: `holds ${count} certificates: NetSuite takes one certificate per upload, and readers disagree about which one such a file means (openssl and Python take the first, Java all of them)`,
        fix:
          keep === 1
            ? rewrite
            : `awk '/-----BEGIN CERTIFICATE-----/{n++} n==${keep}' ${input} > ${output}`
      }
  }
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

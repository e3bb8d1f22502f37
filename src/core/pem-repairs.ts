/**
 * Damage that copying and pasting does to a PEM, which the readers here undo
 * without a word: the value still works for the action, but the stored secret
 * or variable stays damaged, and other programs that read it (a consumer in
 * Java, an `openssl` one-liner) may refuse it. So the owner is told once, in
 * fixed words that never quote the value, and how to store it clean.
 */
import { shellWord } from './pem-problems.js'

export type PemRepair =
  | 'utf8-bom'
  | 'crlf'
  | 'cr-line-ends'
  | 'escaped-newlines'
  | 'flattened'
  | 'indented'
  | 'invisible-characters'
  | 'url-safe-base64'

/** Short phrases that complete "it has ...". */
const PHRASES: Record<PemRepair, string> = {
  'utf8-bom': 'a byte-order mark before the text',
  crlf: 'Windows line ends (CRLF)',
  'cr-line-ends': 'carriage returns alone for line ends (classic Mac OS)',
  'escaped-newlines': 'literal \\n where the line breaks belong',
  flattened: 'spaces where the line breaks belong',
  indented: 'blanks at the start of its lines',
  'invisible-characters':
    'invisible characters (such as a no-break or zero-width space) in its base64',
  'url-safe-base64': 'URL-safe base64 (- and _ for + and /)'
}

/** Where the damaged value is kept, so that the warning can give the command that replaces it. */
export interface StoredAs {
  /** Keys are kept in secrets, certificates in variables. */
  kind: 'secret' | 'variable'
  /** e.g. NETSUITE_PRIVATE_KEY */
  name: string
  /** The GitHub environment that holds it, when not the repository. */
  environment?: string
  /** owner/repo, so that the command works outside a clone. */
  repository?: string
}

/** "a", "a and b", "a, b and c" */
function listed(phrases: string[]): string {
  return phrases.length < 2
    ? phrases.join('')
    : `${phrases.slice(0, -1).join(', ')} and ${phrases[phrases.length - 1]}`
}

/**
 * The warning for a value that was repaired before use, or undefined when it
 * was clean. Built from the repair codes and the names alone: no part of the
 * value can appear in it.
 */
export function describeRepairs(
  info: { repairs: readonly PemRepair[] },
  inputName: string,
  storedAs: StoredAs
): string | undefined {
  const phrases = [...new Set(info.repairs)].map(repair => PHRASES[repair])
  if (phrases.length === 0) return undefined
  const what = storedAs.kind === 'secret' ? 'secret' : 'variable'
  const file = storedAs.kind === 'secret' ? 'private-key.pem' : 'certificate.pem'
  const command = [
    `gh ${what} set ${shellWord(storedAs.name)}`,
    storedAs.repository ? `--repo ${shellWord(storedAs.repository)}` : '',
    storedAs.environment ? `--env ${shellWord(storedAs.environment)}` : '',
    `< ${file}`
  ]
    .filter(Boolean)
    .join(' ')
  return (
    `${inputName} was repaired before use: it has ${listed(phrases)}, ` +
    `damage from copying and pasting. The action read it all the same, but other programs that read the ${what} may refuse it. ` +
    // The step may pass a secret of another name or scope: say which one the command assumes.
    `Store it clean from the PEM file, which keeps the line breaks exactly; if it is the ${what} ${storedAs.name} this action keeps it in: ${command}`
  )
}

/**
 * The command line's warning for a file it repaired to read, as the action
 * warns for a pasted input: what was wrong (never any of the value), and the
 * command that writes a clean copy.
 */
export function describeFileRepairs(
  repairs: readonly PemRepair[],
  fixes: readonly string[],
  file: { flag: string; path: string }
): string | undefined {
  const phrases = [...new Set(repairs)].map(repair => PHRASES[repair])
  if (phrases.length === 0) return undefined
  const fix = fixes.length > 0 ? `; fix: ${fixes.join(' && ')}` : ''
  return `${file.flag} ${file.path} was repaired before use: it has ${listed(phrases)}, damage from copying and pasting. It was read all the same, but other programs that read the file may refuse it${fix}`
}

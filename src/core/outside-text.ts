/**
 * Text the action did not write itself (inputs, NetSuite's answers) is data:
 * it may reach a log line, an annotation, a comment or the job summary, and
 * there it must never act as a workflow command (`::warning::` at the start
 * of a line) or as Markdown (links, @mentions, code fences).
 */
import { InputError } from './errors.js'

/**
 * C0 and C1 controls (line breaks, tabs, escape), the Unicode line and
 * paragraph separators, and the bidirectional overrides that make text read
 * differently from what it is.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/
// eslint-disable-next-line no-control-regex -- as above, plus ordinary whitespace
const SPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g

/**
 * Inputs shown in logs, titles, comments or the summary: each must be one line
 * of plain text. Not the PEM inputs (multi-line by nature, never shown) nor
 * `scope` (a list that may be written one scope per line; each item is checked
 * against the known scopes).
 */
export const ONE_LINE_INPUTS = [
  'command',
  'account-id',
  'client-id',
  'certificate-id',
  'new-certificate-id',
  'key-type',
  'algorithm',
  'validity-days',
  'renew-before-days',
  'fail-before-days',
  'subject',
  'secret-name',
  'certificate-variable',
  'certificate-id-variable',
  'environment',
  'github-token',
  'admin-token',
  'token-url',
  'issue-label',
  'issue-assignees',
  'dry-run',
  'upload',
  'netsuite-role-id',
  'netsuite-entity-id',
  'certificates-url',
  'revoke-previous-after-days',
  'keepalive',
  'allow-custom-endpoints'
] as const

function describeControl(char: string): string {
  if (char === '\n' || char === '\r' || char === '\u2028' || char === '\u2029')
    return 'a line break'
  if (char === '\t') return 'a tab'
  return `the control character U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
}

/**
 * Refuses a value (already trimmed of surrounding whitespace) that holds a
 * control character. The value itself is not repeated: it is what must not
 * reach the log.
 */
export function refuseControlCharacters(name: string, value: string): void {
  const match = CONTROL.exec(value)
  if (!match) return
  throw new InputError(
    `${name} contains ${describeControl(match[0])} at character ${match.index + 1}: it is shown in logs and issues, so it must be one line of plain text. Set ${name} to the value alone (a line break often comes with a pasted value or a YAML block scalar such as |).`
  )
}

/** Checks every one-line input; `read` returns the raw value of an input (empty when unset). */
export function refuseControlCharactersInInputs(read: (name: string) => string): void {
  for (const name of ONE_LINE_INPUTS) refuseControlCharacters(name, read(name).trim())
}

/** One line: every run of whitespace or control characters becomes one space. */
export function oneLine(text: string): string {
  return text.replace(SPACE_OR_CONTROL, ' ').trim()
}

/** At most `max` characters, with an ellipsis when cut. */
export function clip(text: string, max = 300): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

/**
 * Inline Markdown code that nothing can break out of: one line, and backticks
 * become a look-alike (U+02CB), so links, mentions and fences stay literal.
 */
export function inlineCode(text: string): string {
  const body = oneLine(text).replace(/`/g, '\u02cb')
  return `\`${body === '' ? ' ' : body}\``
}

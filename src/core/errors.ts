/**
 * Errors the user can act on. Every message names the problem and the fix; none
 * may contain a private key, client ID, assertion or access token.
 */

/** Bad input: reported before anything is written; the CLI exits 2 for it. */
export class InputError extends Error {
  override name = 'InputError'
}

/** A failure talking to GitHub, with the step it happened in and whether a rerun repairs it. */
export class GitHubError extends Error {
  override name = 'GitHubError'
  constructor(
    message: string,
    readonly status?: number,
    readonly rerunRepairs = true
  ) {
    super(message)
  }
}

/** Turns anything thrown into one line fit for `::error::`. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}

/** Words that already tell whether running again helps. */
const SAYS_WHETHER_A_RERUN_REPAIRS = /re-?run|run (it |this |the [\w-]+ )?again|retry/i

/**
 * Every failure says whether a rerun repairs it: a message that does not already say so gets
 * the verdict appended (`repairs` when the cause is known to pass, such as a server error).
 */
export function withRerunVerdict(message: string, repairs = false): string {
  if (SAYS_WHETHER_A_RERUN_REPAIRS.test(message)) return message
  const verdict = repairs
    ? 'A rerun repairs this: every step is safe to run again.'
    : 'A rerun alone does not repair this: fix the cause above first.'
  return `${message.replace(/\s+$/, '')}${/[.!?)]$/.test(message.trim()) ? '' : '.'} ${verdict}`
}

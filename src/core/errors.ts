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

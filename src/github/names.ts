/**
 * GitHub's naming rules, in one table: what the action accepts as an owner, a repository,
 * an environment, and a secret or variable name, wherever such a name is read.
 */

/** Logins and organization names: a letter or digit, then letters, digits and hyphens, at most
 * 39 in all (older accounts may end in a hyphen). */
export const LOGIN = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}$/

/** Repository names: letters, digits, `.`, `-` and `_`, at most 100, never `.` or `..`. */
export const REPOSITORY = /^(?!\.\.?$)[A-Za-z0-9._-]{1,100}$/

/** Environment names: at most 255 characters, none of them a control character or line break
 * (a `/` is allowed: the API path encodes it). */
export const ENVIRONMENT = /^[^\p{Cc}\p{Zl}\p{Zp}]{1,255}$/u

/** Secret and variable names: letters, digits and `_`, not starting with a digit, and never
 * starting with `GITHUB_`, which GitHub keeps for itself. */
export function isActionsName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^GITHUB_/i.test(name)
}

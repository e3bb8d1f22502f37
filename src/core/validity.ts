import { InputError } from './errors.js'

/** NetSuite's maximum certificate lifetime; longer ones are silently shortened to it. */
export const MAX_VALIDITY_DAYS = 730

/** `name` is what the user typed: the action's `validity-days`, the command line's `--days`. */
export function validateValidityDays(days: number, name = 'validity-days'): number {
  if (!Number.isInteger(days) || days < 1 || days > MAX_VALIDITY_DAYS) {
    throw new InputError(
      `${name} must be a whole number from 1 to ${MAX_VALIDITY_DAYS} (NetSuite's maximum); got "${days}"`
    )
  }
  return days
}

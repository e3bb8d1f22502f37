import { InputError } from './errors.js'

/** NetSuite's maximum certificate lifetime; longer ones are silently shortened to it. */
export const MAX_VALIDITY_DAYS = 730

export function validateValidityDays(days: number): number {
  if (!Number.isInteger(days) || days < 1 || days > MAX_VALIDITY_DAYS) {
    throw new InputError(
      `validity-days must be a whole number from 1 to ${MAX_VALIDITY_DAYS} (NetSuite's maximum); got "${days}"`
    )
  }
  return days
}

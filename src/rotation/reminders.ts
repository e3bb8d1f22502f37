/**
 * When a person is reminded of a rotation that waits for them: the days before the current
 * certificate's expiry at which the rotation issue gets a comment and a `reminder`
 * notification is sent. One table for both, and for the job summary's timeline.
 */
import { DAY_MS } from '../core/time.js'

export const REMINDER_DAYS = [14, 7, 3, 1] as const

/** The thresholds (days) `now` has crossed for a certificate expiring at `expiresAt`: all of
 * them once it has expired. */
export function remindersCrossed(expiresAt: Date, now: Date): number[] {
  const left = expiresAt.getTime() - now.getTime()
  return REMINDER_DAYS.filter(days => left <= days * DAY_MS)
}

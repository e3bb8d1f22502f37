/** One day in milliseconds: every "days" input and output is counted in these. */
export const DAY_MS = 86_400_000

/** Whole days from `now` until `date`, rounded down (negative once past). */
export function daysUntil(date: Date, now: Date): number {
  return Math.floor((date.getTime() - now.getTime()) / DAY_MS)
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS)
}

/** `2026-03-04`: dates in log lines, summaries and comments. */
export function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10)
}

/** `2026-03-04 09:10:11 UTC`: exact times a person reads in an issue. */
export function formatDateTime(date: Date): string {
  return date
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, ' UTC')
}

/**
 * The events a notification can announce, and the `notify-on` input that picks
 * which of them reach `notify-url`.
 */
import { InputError } from '../core/errors.js'

export const NOTIFICATION_EVENTS = [
  'rotation-started',
  'reminder',
  'promoted',
  'rolled-back',
  'revoked',
  'registration-missing',
  'expired',
  'failed'
] as const

export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number]

/** What `notify-on` means when it is not set: every event. */
export const DEFAULT_NOTIFY_ON: ReadonlySet<NotificationEvent> = new Set(NOTIFICATION_EVENTS)

export function isNotificationEvent(value: string): value is NotificationEvent {
  return (NOTIFICATION_EVENTS as readonly string[]).includes(value)
}

/**
 * Parses `notify-on`: event names separated by commas and/or new lines (both are
 * natural in a workflow file), case and surrounding spaces ignored. Empty means
 * the default, because the runner cannot tell an empty input from a missing one.
 */
export function parseNotifyOn(raw: string): ReadonlySet<NotificationEvent> {
  if (/\p{Cc}/u.test(raw.replace(/[\r\n]/g, ''))) {
    throw new InputError(
      'notify-on contains control characters: list event names separated by commas or new lines'
    )
  }
  const names = raw
    .split(/[,\r\n]+/)
    .map(name => name.trim().toLowerCase())
    .filter(Boolean)
  if (names.length === 0) return DEFAULT_NOTIFY_ON
  const unknown = names.filter(name => !isNotificationEvent(name))
  if (unknown.length > 0) {
    // Quoted and cut so a pasted paragraph cannot flood the log or pose as markup.
    const shown = unknown.slice(0, 5).map(name => JSON.stringify(name.slice(0, 40)))
    const more = unknown.length > 5 ? ` and ${unknown.length - 5} more` : ''
    throw new InputError(
      `notify-on names ${unknown.length === 1 ? 'an unknown event' : 'unknown events'}: ${shown.join(', ')}${more}. Valid events: ${NOTIFICATION_EVENTS.join(', ')} (separated by commas or new lines; leave notify-on out to get all of them)`
    )
  }
  return new Set(names.filter(isNotificationEvent))
}

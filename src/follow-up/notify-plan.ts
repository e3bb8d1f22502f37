/**
 * Which notifications to send, given what was sent before. A rerun replays the
 * same run with the state as it is now, so every state change has a key, and a
 * key that was delivered is never sent again:
 *
 * | event                | key (the same on a rerun)                          |
 * |----------------------|----------------------------------------------------|
 * | rotation-started     | the pending certificate's fingerprint              |
 * | reminder             | each threshold crossed (14, 7, 3, 1 days) for the  |
 * |                      | certificate that expires; one message per run      |
 * | promoted             | the promoted certificate's fingerprint             |
 * | rolled-back          | the run ID (a later rollback is a new change)      |
 * | revoked, expired     | the certificate's fingerprint                      |
 * | registration-missing | the certificate ID (each re-registration gets one) |
 * | failed               | none: every failure is sent                        |
 *
 * Keys are recorded only after delivery (`markSent`), so a webhook that was
 * down gets the message on the next run instead of never.
 */
import { remindersCrossed } from '../rotation/reminders.js'
import type { NotificationEvent } from '../inputs/notify-on.js'
import {
  buildNotification,
  type NotificationFacts,
  type NotificationPayload
} from './notify-payload.js'

/** About four rotation cycles of keys; older ones name certificates long gone. */
export const MAX_SENT_KEYS = 32
const MAX_KEY_LENGTH = 200

/**
 * The part of the rotation record that remembers notifications (its
 * `notifications` field, validated with the rest of the record): one key per
 * state change already announced -> when it was delivered (ISO 8601). JSON, no
 * secrets.
 */
export type NotificationsSent = Record<string, string>

export function noNotificationsSent(): NotificationsSent {
  return {}
}

/** Something that happened in a run, with what is needed to tell it from a rerun. */
export type NotificationOccasion =
  | { event: 'rotation-started'; pendingFingerprint: string; facts: NotificationFacts }
  | { event: Exclude<NotificationEvent, 'rotation-started'>; facts: NotificationFacts }

export interface PlannedNotification {
  event: NotificationEvent
  /** Recorded by markSent once delivered; empty for `failed`, which is sent every time. */
  keys: string[]
  payload: NotificationPayload
}

export interface PlanOptions {
  notifyOn: ReadonlySet<NotificationEvent>
  now: Date
  /** Values that must never be sent (client ID, keys, assertion, token). */
  withhold?: readonly string[]
}

/** Thresholds (days) crossed by `now` for a certificate expiring at `expiresAt`; none once it has expired. */
export function crossedReminderThresholds(expiresAt: Date, now: Date): number[] {
  return expiresAt.getTime() > now.getTime() ? remindersCrossed(expiresAt, now) : []
}

function keysFor(occasion: NotificationOccasion, now: Date): string[] {
  const { facts } = occasion
  const certificate = facts.fingerprint ?? facts.certificateId ?? 'unknown'
  switch (occasion.event) {
    case 'rotation-started':
      return [`rotation-started ${occasion.pendingFingerprint}`]
    case 'reminder': {
      if (!facts.expiresAt) return []
      const subject = facts.fingerprint ?? facts.expiresAt.toISOString()
      return crossedReminderThresholds(facts.expiresAt, now).map(
        days => `reminder ${days} ${subject}`
      )
    }
    case 'rolled-back':
      return [`rolled-back ${facts.runId ?? 'no-run'} ${certificate}`]
    case 'registration-missing':
      return [`registration-missing ${facts.certificateId ?? certificate}`]
    case 'promoted':
    case 'revoked':
    case 'expired':
      return [`${occasion.event} ${certificate}`]
    case 'failed':
      return []
  }
}

export function planNotifications(
  sent: NotificationsSent,
  occasions: readonly NotificationOccasion[],
  options: PlanOptions
): PlannedNotification[] {
  const known = new Set(Object.keys(sent))
  const planned: PlannedNotification[] = []
  for (const occasion of occasions) {
    if (!options.notifyOn.has(occasion.event)) continue
    const keys = keysFor(occasion, options.now).map(key => key.slice(0, MAX_KEY_LENGTH))
    if (occasion.event !== 'failed' && !keys.some(key => !known.has(key))) continue
    for (const key of keys) known.add(key)
    planned.push({
      event: occasion.event,
      keys,
      payload: buildNotification(occasion.event, occasion.facts, { withhold: options.withhold })
    })
  }
  return planned
}

/** The record after these notifications were delivered at `now`: their keys added (a key
 * already there keeps its first time), the oldest dropped past the cap. */
export function markSent(
  sent: NotificationsSent,
  delivered: readonly PlannedNotification[],
  now: Date
): NotificationsSent {
  const next: NotificationsSent = { ...sent }
  for (const key of delivered.flatMap(notification => notification.keys)) {
    next[key] ??= now.toISOString()
  }
  // Oldest first; keys sent together keep the order they were sent in.
  const kept = Object.entries(next)
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => a.entry[1].localeCompare(b.entry[1]) || a.index - b.index)
    .slice(-MAX_SENT_KEYS)
  return Object.fromEntries(kept.map(({ entry }) => entry))
}

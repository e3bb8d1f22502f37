/**
 * Notifications after a command: what happened becomes occasions, the record says which
 * were announced before (a rerun sends nothing twice; a failure is sent every time), each
 * is POSTed once, and what was delivered is recorded. A webhook that fails is a warning.
 *
 * Without admin-token the record cannot be read or written, so the run could not tell a
 * rerun from a new state change: it sends only `failed`, which is sent every time anyway.
 */
import type { Result } from '../run/context.js'
import { daysUntil } from '../core/time.js'
import type { NotificationEvent } from '../inputs/notify-on.js'
import {
  NOTIFICATION_COMMANDS,
  type NotificationFacts,
  type NotificationStatus
} from './notify-payload.js'
import {
  markSent,
  noNotificationsSent,
  planNotifications,
  type NotificationOccasion
} from './notify-plan.js'
import { deliverNotifications } from './notify-send.js'
import type { RecordStore } from '../rotation/record-store.js'
import type { FollowUpContext } from './context.js'

/** The event a run's status announces, when it announces one. */
const EVENT_OF: Partial<Record<Result['status'], NotificationEvent>> = {
  'rotation-started': 'rotation-started',
  promoted: 'promoted',
  'rolled-back': 'rolled-back',
  revoked: 'revoked',
  'registration-missing': 'registration-missing',
  expired: 'expired',
  failed: 'failed'
}

export async function notify(
  ctx: FollowUpContext,
  store: RecordStore | undefined,
  result: Result
): Promise<void> {
  const { notifyUrl, notifyOn } = ctx.inputs
  if (!notifyUrl) return
  const now = ctx.now()
  const facts = factsOf(ctx, result, now)
  const all = occasions(ctx, result, facts)
  const usable = store ? all : all.filter(occasion => occasion.event === 'failed')
  if (!store && usable.length < all.length) {
    ctx.log.info(
      'Notifications other than "failed" are not sent without admin-token: the rotation record, which remembers what was sent, cannot be read.'
    )
  }
  const sent = store?.record.notifications ?? noNotificationsSent()
  const planned = planNotifications(sent, usable, {
    notifyOn,
    now,
    withhold: withheld(ctx, result)
  })
  if (planned.length === 0) return
  const delivered = await deliverNotifications(notifyUrl, planned, {
    log: ctx.log,
    dryRun: ctx.inputs.dryRun
  })
  if (store && !ctx.inputs.dryRun && delivered.some(d => d.keys.length > 0)) {
    await store.save(record => ({
      ...record,
      notifications: markSent(record.notifications, delivered, now)
    }))
  }
}

function occasions(
  ctx: FollowUpContext,
  result: Result,
  facts: NotificationFacts
): NotificationOccasion[] {
  const found: NotificationOccasion[] = []
  const event = EVENT_OF[result.status]
  const pending = result.stages.find(stage => stage.stage === 'pending')?.fingerprint
  if (event === 'rotation-started' || (result.status === 'rotation-pending' && pending)) {
    // A pending rotation whose announcement never got through (the webhook was down) is
    // announced by the next run; one that was announced is not, as its key is recorded.
    found.push({
      event: 'rotation-started',
      pendingFingerprint: pending ?? result.outputs.fingerprint ?? '',
      facts
    })
  } else if (event) {
    found.push({ event, facts })
  }
  const certificate = ctx.inputs.certificate
  // Reminders come from the scheduled check, as the issue's reminder comments do.
  if (ctx.command === 'check' && result.status === 'rotation-pending' && certificate) {
    found.push({
      event: 'reminder',
      facts: {
        ...facts,
        fingerprint: certificate.fingerprint,
        expiresAt: certificate.notAfter,
        daysRemaining: daysUntil(certificate.notAfter, ctx.now())
      }
    })
  }
  // A target left behind fails the run even when the promotion itself succeeded.
  if (result.failure && event !== 'failed' && result.status !== 'expired') {
    if (!['revoked', 'registration-missing'].includes(result.status))
      found.push({ event: 'failed', facts: { ...facts, status: 'failed' } })
  }
  return found
}

function factsOf(ctx: FollowUpContext, result: Result, now: Date): NotificationFacts {
  const { inputs } = ctx
  const out = result.outputs
  const expires = out['expires-at'] ? new Date(out['expires-at']) : inputs.certificate?.notAfter
  const issue = out['issue-number'] ? Number(out['issue-number']) : undefined
  return {
    account: inputs.accountId,
    environment: inputs.environment,
    status: result.status as NotificationStatus,
    command: NOTIFICATION_COMMANDS.find(command => command === ctx.command),
    certificateId: out['certificate-id'] ?? inputs.certificateId,
    fingerprint: out.fingerprint ?? inputs.certificate?.fingerprint,
    expiresAt: expires,
    daysRemaining: expires ? daysUntil(expires, now) : undefined,
    serverUrl: ctx.run.serverUrl,
    repository: ctx.run.repository,
    runId: ctx.run.runId || undefined,
    issueNumber: issue
  }
}

/** Values a notification must never carry, whatever field they turn up in. */
function withheld(ctx: FollowUpContext, result: Result): string[] {
  const { inputs } = ctx
  return [
    inputs.clientId,
    inputs.adminToken,
    inputs.githubToken,
    result.outputs['access-token']
  ].filter((value): value is string => value !== undefined && value !== '')
}

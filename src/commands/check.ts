/**
 * check (scheduled): how long the current certificate has left; starts a
 * rotation within renew-before-days (or when there is none), reminds on the
 * recorded issue as 14, 7, 3 and 1 days before expiry are crossed, notices
 * when NetSuite revoked or forgot the current certificate, and fails once the
 * certificate has expired.
 */
import type { Context, Result } from '../run/context.js'
import { adminTokenNeeded, defineCommand } from '../run/command.js'
import type { UsesAll } from '../inputs/fields.js'
import { addDays, DAY_MS, daysUntil, formatDate } from '../core/time.js'
import type { GitHub } from '../github/gateway.js'
import { RecordStore } from '../rotation/record-store.js'
import { keepWorkflowAlive } from '../rotation/keepalive.js'
import { pendingRotation, type PendingRotation } from '../rotation/pending.js'
import { lostRegistration } from '../rotation/lost-registration.js'
import {
  checkRegistration,
  REGISTRATION_FIELDS,
  type Registration
} from '../rotation/registration.js'
import {
  dropRevokedPrevious,
  REVOKE_PREVIOUS_FIELDS,
  retirePreviousIfDue
} from '../rotation/revoke-previous.js'
import {
  resumesAutomatically,
  ROTATION_FIELDS,
  rotationPending,
  startRotation
} from '../rotation/start-rotation.js'
import { certificateOutputs } from '../rotation/results.js'
import { checkSameStage } from '../rotation/credentials.js'
import { checkUploadNeeds, currentCredentials } from '../rotation/zero-touch.js'
import { settleRetirements } from '../rotation/retirement.js'
import { warnWhenNearLimit } from '../rotation/near-limit.js'
import { remindersCrossed } from '../rotation/reminders.js'

/** What a check cannot do without admin-token, said in the summary. */
const WITHOUT_ADMIN_TOKEN =
  'the rotation record was not read (admin-token is not set): no reminders, no rotation started or re-announced, no previous certificate revoked'

const CHECK_FIELDS = [
  ...ROTATION_FIELDS,
  ...REGISTRATION_FIELDS,
  ...REVOKE_PREVIOUS_FIELDS,
  'keepalive',
  'renewBeforeDays'
] as const
type CheckContext = Context<UsesAll<typeof CHECK_FIELDS>>

export default defineCommand({
  needs: [],
  uses: CHECK_FIELDS,
  // Without admin-token check only reports; starting a rotation asks for it then.
  writesSecrets: false,
  check: (inputs, need) => {
    checkSameStage(inputs.privateKey, inputs.certificate, inputs.names)
    // check starts rotations too: upload: api needs the same inputs as under rotate.
    checkUploadNeeds(inputs, need)
  },
  run: async (ctx): Promise<Result> => {
    const { inputs } = ctx
    const github = await ctx.github()
    const store = github.canReadAdmin
      ? await RecordStore.open(github, inputs.names.state)
      : undefined
    await keepWorkflowAlive(ctx, github)
    if (store) await finishEarlierRuns(ctx, store)
    const now = ctx.now()
    const certificate = inputs.certificate
    const outputs: Result['outputs'] = {
      ...(certificate ? certificateOutputs(certificate, now) : {}),
      ...(inputs.certificateId ? { 'certificate-id': inputs.certificateId } : {})
    }
    const expired = certificate !== undefined && certificate.notAfter.getTime() <= now.getTime()
    const due =
      certificate === undefined ||
      certificate.notAfter.getTime() - now.getTime() <= inputs.renewBeforeDays * DAY_MS
    const registration = certificate && !expired ? await checkRegistration(ctx) : 'unchecked'
    if (registration === 'ok') await warnWhenNearLimit(ctx)
    const result = store
      ? await withRecord(ctx, github, store, { registration, due, outputs })
      : reportOnly(ctx, outputs, due)
    return withCurrentStage(ctx, result, { expired, due, registration })
  }
})

/** What is due now: the previous certificate once its days for a rollback are over, and
 * every certificate in the ledger (an earlier run may have stopped half way). */
async function finishEarlierRuns(ctx: CheckContext, store: RecordStore): Promise<void> {
  await retirePreviousIfDue(ctx, store)
  const settled = await settleRetirements(ctx, store, currentCredentials(ctx.inputs), [
    ctx.inputs.certificateId,
    store.variables.get(ctx.inputs.names.certificateId)
  ])
  await dropRevokedPrevious(ctx, store, settled)
}

/** With the record at hand: a lost registration is repaired, a rotation started or shown. */
async function withRecord(
  ctx: CheckContext,
  github: GitHub,
  store: RecordStore,
  at: { registration: Registration; due: boolean; outputs: Result['outputs'] }
): Promise<Result> {
  const { registration, due, outputs } = at
  const pending = await pendingRotation(ctx, github, store, dueReason(ctx))
  const lost =
    registration === 'missing'
      ? await lostRegistration(ctx, github, store, { pending, due, outputs })
      : undefined
  const result = lost ?? (await rotation(ctx, github, store, { pending, due, outputs }))
  if (registration !== 'missing' || lost || result.status === 'promoted') return result
  return {
    ...result,
    status: 'registration-missing',
    failure: `NetSuite no longer accepts the current certificate ID ${ctx.inputs.certificateId} (invalid_client). ${result.nextStep}`
  }
}

/** The current certificate's row and verdict: expired fails the run, due warns. After an
 * automatic rotation the stages already show the new current and the old as previous. */
function withCurrentStage(
  ctx: CheckContext,
  result: Result,
  at: { expired: boolean; due: boolean; registration: Registration }
): Result {
  const certificate = ctx.inputs.certificate
  if (!certificate) return result
  const days = daysUntil(certificate.notAfter, ctx.now())
  const promoted = result.status === 'promoted'
  if (!promoted)
    result.stages.unshift({
      stage: 'current',
      certificateId: ctx.inputs.certificateId,
      fingerprint: certificate.fingerprint,
      notAfter: certificate.notAfter,
      state: at.expired
        ? 'expired'
        : at.registration === 'missing'
          ? 'refused by NetSuite'
          : at.due
            ? `renew now (${days} days left)`
            : `ok (${days} days left)`
    })
  if (at.expired) {
    return {
      ...result,
      status: 'expired',
      failure: `the current certificate expired on ${certificate.notAfter.toISOString()}; NetSuite refuses it. ${result.nextStep}`
    }
  }
  if (at.due && !promoted) {
    ctx.log.warning(
      `The NetSuite certificate expires on ${formatDate(certificate.notAfter)} (${days} days left).`
    )
  }
  return result
}

function reportOnly(ctx: CheckContext, outputs: Result['outputs'], due: boolean): Result {
  const certificate = ctx.inputs.certificate
  if (due && certificate === undefined) {
    // Nothing to report on and nothing this run may do: say how to make it work.
    throw adminTokenNeeded(
      ctx.command,
      'to start a rotation (it stores the new key as an Actions secret)'
    )
  }
  ctx.log.warning(`check skipped part of its work: ${WITHOUT_ADMIN_TOKEN}.`)
  return {
    status: 'ok',
    outputs,
    stages: [],
    nextStep: due
      ? 'A rotation is due: give this step admin-token so check can start it (README#tokens).'
      : 'Nothing to do yet.',
    skipped: [WITHOUT_ADMIN_TOKEN]
  }
}

async function rotation(
  ctx: CheckContext,
  github: GitHub,
  store: RecordStore,
  at: { pending: PendingRotation; due: boolean; outputs: Result['outputs'] }
): Promise<Result> {
  const { inputs } = ctx
  const certificate = inputs.certificate
  const { pending } = at
  if (pending.kind === 'pending' && !resumesAutomatically(ctx, pending)) {
    const result = await rotationPending(ctx, github, store, pending, certificate?.notAfter)
    if (certificate) await remind(ctx, github, store, certificate.notAfter)
    return { ...result, outputs: { ...result.outputs, ...at.outputs } }
  }
  if (!at.due && pending.kind === 'none' && !pending.overlapped && certificate) {
    return {
      status: 'ok',
      outputs: at.outputs,
      stages: [],
      nextStep: `Nothing to do until ${formatDate(addDays(certificate.notAfter, -inputs.renewBeforeDays))}, when a rotation starts by itself.`
    }
  }
  const reason =
    pending.kind === 'none' && pending.overlapped
      ? 'A requested rotation was replaced: two rotations overlapped and left a pending key that does not belong to the pending certificate.'
      : dueReason(ctx)
  const started = await startRotation(ctx, github, store, {
    reason,
    deadline: certificate?.notAfter
  })
  // check reports on the certificate it looked at: the current one, or the new one when it promoted it itself.
  return started.status === 'promoted'
    ? started
    : { ...started, outputs: { ...started.outputs, ...at.outputs } }
}

/** Why check starts a rotation, as the issue says it. */
function dueReason(ctx: CheckContext): string {
  const { certificate, renewBeforeDays } = ctx.inputs
  return certificate
    ? `The current certificate (\`${certificate.fingerprint.slice(0, 23)}…\`) expires on ${formatDate(certificate.notAfter)}, in ${daysUntil(certificate.notAfter, ctx.now())} days; rotations start ${renewBeforeDays} days before expiry.`
    : 'There is no current certificate yet (the variable is empty): this is the first rotation.'
}

/** One comment per threshold crossed, remembered in the record so reruns never repeat it. */
async function remind(
  ctx: CheckContext,
  github: GitHub,
  store: RecordStore,
  expiry: Date
): Promise<void> {
  const rotation = store.record.rotation
  if (!rotation || rotation.issue === undefined) return
  const left = expiry.getTime() - ctx.now().getTime()
  const crossed = remindersCrossed(expiry, ctx.now())
  const fresh = crossed.filter(threshold => !rotation.remindersSent.includes(threshold))
  if (fresh.length === 0) return
  const days = Math.floor(left / DAY_MS)
  const message =
    left <= 0
      ? `**Reminder:** the current NetSuite certificate has expired (${expiry.toISOString()}): the integration can no longer log in. Upload the certificate above in NetSuite and reply \`/certificate-id <ID>\`.`
      : `**Reminder:** the current NetSuite certificate expires on ${expiry.toISOString()}, in ${days === 0 ? 'less than a day' : `${days} day${days === 1 ? '' : 's'}`}. Upload the certificate above in NetSuite and reply \`/certificate-id <ID>\` before then.`
  // Comment first, then record it: a failure in between repeats a reminder rather than losing one.
  await github.comment(rotation.issue, message)
  await store.save(record => ({
    ...record,
    rotation: record.rotation && {
      ...record.rotation,
      remindersSent: [...new Set([...record.rotation.remindersSent, ...crossed])].sort(
        (a, b) => b - a
      )
    }
  }))
}

/**
 * rotate: generate a key pair and certificate, store the key as the pending
 * secret, the certificate as the pending variable, then open the issue and
 * write the record, in that order, so an issue never announces a certificate
 * whose key was not stored. A rotation that is pending is never regenerated;
 * `restart: true` is the only way to drop it.
 */
import {
  resumesAutomatically,
  ROTATION_FIELDS,
  rotationPending,
  startRotation,
  type RotationInputs
} from '../rotation/start-rotation.js'
import { defineCommand } from '../run/command.js'
import { formatDate } from '../core/time.js'
import type { Context, Result } from '../run/context.js'
import type { GitHub } from '../github/gateway.js'
import { withRestartRun } from '../rotation/record.js'
import { recordLeaving, settleRetirements, WHERE_TO_REVOKE } from '../rotation/retirement.js'
import { RecordStore } from '../rotation/record-store.js'
import { dropPending, pendingRotation, type PendingRotation } from '../rotation/pending.js'
import { certificateFromVariable } from '../rotation/credentials.js'
import { checkUploadNeeds, currentCredentials } from '../rotation/zero-touch.js'

export default defineCommand({
  needs: [],
  uses: [...ROTATION_FIELDS, 'restart', 'emergency'],
  writesSecrets: true,
  check: checkUploadNeeds,
  run: async (ctx): Promise<Result> => {
    const { inputs } = ctx
    const github = await ctx.github()
    // Read before any write: a token that cannot read the record or its issue fails here.
    const store = await RecordStore.open(github, inputs.names.state)
    // GitHub's "Re-run jobs" replays a restart with today's stages: once its new rotation was
    // started, the rerun restarts nothing (it would throw away what an admin has uploaded since).
    const rerunOfRestart =
      inputs.restart && ctx.run.runId !== '' && store.record.restartRuns.includes(ctx.run.runId)
    if (inputs.restart && !rerunOfRestart) await abandonPending(ctx, github, store)
    const reason = inputs.certificate
      ? `A rotation was requested${inputs.emergency ? ' because the current key may be compromised' : ''}. The current certificate (${inputs.certificate.fingerprint.slice(0, 23)}…) expires on ${formatDate(inputs.certificate.notAfter)}.`
      : 'A rotation was requested and there is no current certificate yet.'
    const pending = await pendingRotation(ctx, github, store, reason)
    const deadline = inputs.certificate?.notAfter
    if (pending.kind === 'pending' && !resumesAutomatically(ctx, pending)) {
      const shown = inputs.emergency ? escalated(ctx, pending, reason) : pending
      return rotationPending(ctx, github, store, shown, deadline)
    }
    if (rerunOfRestart) return restartAlreadyDone(ctx)
    // Nothing written yet: a github-token that cannot reach issues fails here, not after the key is stored.
    await github.checkIssueAccess()
    const started = await startRotation(ctx, github, store, {
      reason,
      deadline,
      emergency: inputs.emergency
    })
    if (inputs.restart && ctx.run.runId !== '') {
      await store.save(record => ({
        ...record,
        restartRuns: withRestartRun(record.restartRuns, ctx.run.runId)
      }))
    }
    return started
  }
})

/**
 * `emergency: true` while a rotation waits for the admin: the emergency is never dropped. The
 * pending rotation becomes one (its issue says so; its promotion keeps no _PREVIOUS and revokes
 * the current and previous certificates). Whether the pending key itself was exposed only the
 * person knows: then they pass `restart: true` as well.
 */
function escalated(
  ctx: Context<RotationInputs>,
  pending: Extract<PendingRotation, { kind: 'pending' }>,
  reason: string
): Extract<PendingRotation, { kind: 'pending' }> {
  if (pending.rotation.emergency) return pending
  ctx.log.warning(
    'A rotation was already pending, so it becomes the emergency rotation: once its certificate is uploaded and promoted, no _PREVIOUS is kept and the current and previous certificates are revoked. If the pending key may have been exposed too, run rotate again with restart: true and emergency: true.'
  )
  return { ...pending, rotation: { ...pending.rotation, emergency: true, reason } }
}

function restartAlreadyDone(ctx: Context<RotationInputs>): Result {
  ctx.log.notice(
    `This run (${ctx.run.runId}) already restarted the rotation, and that rotation has been finished since; a rerun restarts nothing. Start a new run to restart again.`
  )
  return {
    status: 'ok',
    outputs: {},
    stages: [],
    nextStep: 'Nothing was changed: this run already restarted the rotation once.'
  }
}

/** `restart: true`: the pending pair is deleted and its issue closed with a note. */
async function abandonPending(
  ctx: Context<RotationInputs>,
  github: GitHub,
  store: RecordStore
): Promise<void> {
  const n = ctx.inputs.names
  const recorded = store.record.rotation
  if (!recorded && !store.variables.has(n.certificatePending)) return
  ctx.log.info('restart: abandoning the pending rotation.')
  // Uploaded through the API already (even by a run that failed before it opened an issue):
  // its certificate is active in NetSuite and its key is about to be deleted, so it goes to the
  // ledger and is revoked.
  const pem = store.variables.get(n.certificatePending)
  const fingerprint =
    certificateFromVariable(pem, n.certificatePending)?.fingerprint ?? recorded?.fingerprint
  const uploadedId = fingerprint ? store.record.uploads[fingerprint] : undefined
  const replied = (recorded?.repliedIds ?? []).filter(id => id !== uploadedId)
  await recordLeaving(ctx, store, [
    {
      certificateId: uploadedId,
      what: 'the abandoned pending certificate',
      reason: '`restart: true` deleted its key'
    }
  ])
  await dropPending(
    ctx,
    github,
    store,
    `This rotation was abandoned: the rotate command ran with \`restart: true\`, so the pending key and certificate were deleted. A new rotation replaces it on a new issue; do not upload the certificate above. ${abandonedUploadNote(uploadedId, replied)}`.trim()
  )
  await settleRetirements(ctx, store, currentCredentials(ctx.inputs), [ctx.inputs.certificateId])
}

/** Who revokes an abandoned rotation's certificate that may be in NetSuite: the action for one
 * it uploaded; a person for one an admin uploaded (named when a reply gave its ID). */
function abandonedUploadNote(uploadedId: string | undefined, replied: string[]): string {
  if (uploadedId) return ''
  const named = replied.map(id => `\`${id}\``).join(', ')
  return replied.length > 0
    ? `An admin replied with certificate ID ${named}: revoke it in NetSuite (${WHERE_TO_REVOKE}) if it is this rotation's certificate, since its key is gone and nothing can use it.`
    : `If an admin already uploaded it to NetSuite, revoke that certificate there (${WHERE_TO_REVOKE}): its key is gone, so nothing can use it.`
}

/**
 * rotate: generate a key pair and certificate, store the key as the pending
 * secret, the certificate as the pending variable, then open the issue and
 * write the record, in that order, so an issue never announces a certificate
 * whose key was not stored. A rotation that is pending is never regenerated;
 * `restart: true` is the only way to drop it.
 */
import { defineCommand } from '../action/command.js'
import { PROMOTE_UPLOADED_FIELDS } from './zero-touch-promote.js'
import { ZERO_TOUCH_FIELDS } from './zero-touch.js'
import type { UsesAll } from '../action/input-fields.js'
import { generateCredentials } from '../core/generate.js'
import {
  keyMatchesCertificate,
  parseCertificate,
  parsePrivateKey,
  type CertificateInfo
} from '../core/inspect.js'
import { formatDate } from '../core/time.js'
import type { Context, Result } from '../action/context.js'
import type { GitHub } from '../github/gateway.js'
import { showRotation } from '../rotation/issue.js'
import { where } from '../rotation/issue-text.js'
import { withRestartRun } from '../rotation/record.js'
import { recordLeaving, settleRetirements, WHERE_TO_REVOKE } from './retirement.js'
import { RecordStore } from '../rotation/record-store.js'
import {
  announceRotation,
  dropPending,
  PENDING_FIELDS,
  pendingRotation,
  type PendingRotation
} from './pending.js'
import { certificateFromVariable, type PendingCredentials } from './credentials.js'
import { certificateOutputs, stageRow, issueOutputs } from './results.js'
import {
  apiUpload,
  checkUploadNeeds,
  currentCredentials,
  uploadPending,
  type UploadVia
} from './zero-touch.js'
import { promoteUploaded } from './zero-touch-promote.js'

/** What starting or showing a rotation reads, an automatic upload and promotion included. */
export const ROTATION_FIELDS = [
  ...PENDING_FIELDS,
  ...ZERO_TOUCH_FIELDS,
  ...PROMOTE_UPLOADED_FIELDS,
  'keyType',
  'validityDays',
  'subject'
] as const
export type RotationInputs = UsesAll<typeof ROTATION_FIELDS>

export interface RotationReason {
  reason: string
  /** Expiry of the current certificate, when there is one. */
  deadline?: Date
  /** The current key is compromised: keep no _PREVIOUS once the new one is promoted. */
  emergency?: boolean
  /** Which credentials upload through NetSuite's certificate endpoint (default: the current
   * ones; `none` when NetSuite refuses them and nothing else works). */
  via?: UploadVia | 'none'
}

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
    if (rerunOfRestart) return restartAlreadyDone(ctx, github)
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

function restartAlreadyDone(ctx: Context<RotationInputs>, github: GitHub): Result {
  ctx.log.notice(
    `This run (${ctx.run.runId}) already restarted the rotation, and that rotation has been finished since; a rerun restarts nothing. Start a new run to restart again.`
  )
  return {
    status: 'ok',
    outputs: {},
    stages: [],
    nextStep: 'Nothing was changed: this run already restarted the rotation once.',
    writes: github.writes
  }
}

/**
 * A pending pair an automatic rotation stored before it failed (no issue yet,
 * key at hand): the rerun finishes it through the API, reusing the pair and
 * any upload the record holds, instead of asking a person.
 */
export function resumesAutomatically(
  ctx: Context<RotationInputs>,
  pending: PendingRotation
): boolean {
  const { inputs } = ctx
  const key = inputs.pendingPrivateKey
  return (
    pending.kind === 'pending' &&
    pending.adopted &&
    pending.rotation.issue === undefined &&
    !pending.rotation.reregister &&
    apiUpload(inputs) !== undefined &&
    currentCredentials(inputs) !== undefined &&
    key !== undefined &&
    keyMatchesCertificate(key.keyObject, pending.certificate)
  )
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

export async function startRotation(
  ctx: Context<RotationInputs>,
  github: GitHub,
  store: RecordStore,
  why: RotationReason
): Promise<Result> {
  const { inputs } = ctx
  const via = why.via === 'none' ? undefined : (why.via ?? currentCredentials(inputs))
  const api = via && apiUpload(inputs)
  const pending = (api && reusablePending(ctx, store)) || (await generateAndStore(ctx, store))

  let note: string | undefined
  if (api && via) {
    const outcome = await uploadPending(ctx, store, pending, { via, api })
    if (outcome.kind !== 'fallback') {
      if (outcome.kind === 'would-upload' || inputs.dryRun) {
        return dryRunApiResult(ctx, github, pending.certificate)
      }
      return promoteUploaded(ctx, github, store, {
        pending,
        certificateId: outcome.certificateId,
        emergency: why.emergency ?? false
      })
    }
    note = outcome.note
  }

  const { certificate } = pending
  const reason = note
    ? `${why.reason}\n\n> [!NOTE]\n> This rotation could not be done automatically: ${note}`
    : why.reason
  const issue = await announceRotation(ctx, github, store, {
    certificate,
    reason,
    deadline: why.deadline,
    emergency: why.emergency
  })
  return {
    status: 'rotation-started',
    outputs: {
      ...certificateOutputs(certificate, ctx.now()),
      ...issueOutputs(issue)
    },
    stages: [stageRow('pending', certificate, undefined, 'waiting for upload')],
    nextStep: issue
      ? `An admin uploads the certificate in NetSuite and replies \`/certificate-id <ID>\` on issue #${issue.number}.`
      : 'dry-run: nothing was written; run without dry-run to start the rotation.',
    writes: github.writes
  }
}

/** Generates the key pair and stores it: the pending secret first, then the pending variable. */
async function generateAndStore(
  ctx: Context<RotationInputs>,
  store: RecordStore
): Promise<PendingCredentials> {
  const { inputs } = ctx
  const n = inputs.names
  const generated = await generateCredentials({
    keyType: inputs.keyType,
    validityDays: inputs.validityDays,
    subject: inputs.subject,
    now: ctx.now()
  })
  ctx.log.setSecret(generated.privateKeyPem)
  const certificate = parseCertificate(generated.certificatePem, 'generated certificate')
  ctx.log.info(
    `Generated ${certificate.key.label} certificate ${certificate.fingerprint}, valid until ${certificate.notAfter.toISOString()}`
  )
  await store.putSecret(n.keyPending, generated.privateKeyPem)
  await store.setVariable(n.certificatePending, generated.certificatePem)
  return { key: parsePrivateKey(generated.privateKeyPem, 'generated key'), certificate }
}

/**
 * A rerun of an automatic rotation that failed after storing its pending key:
 * reuse it (it may already be uploaded) instead of generating another.
 */
function reusablePending(
  ctx: Context<RotationInputs>,
  store: RecordStore
): PendingCredentials | undefined {
  const key = ctx.inputs.pendingPrivateKey
  const n = ctx.inputs.names
  const certificate = certificateFromVariable(
    store.variables.get(n.certificatePending),
    n.certificatePending
  )
  if (!key || !certificate || !keyMatchesCertificate(key.keyObject, certificate)) return undefined
  if (certificate.notAfter.getTime() <= ctx.now().getTime()) return undefined
  ctx.log.info(
    `Reusing the pending certificate ${certificate.fingerprint} stored by an earlier run.`
  )
  return { key, certificate }
}

function dryRunApiResult(
  ctx: Context<RotationInputs>,
  github: GitHub,
  certificate: CertificateInfo
): Result {
  return {
    status: 'rotation-started',
    outputs: certificateOutputs(certificate, ctx.now()),
    stages: [stageRow('pending', certificate, undefined, 'would be uploaded and promoted')],
    nextStep:
      'dry-run: run without dry-run to upload, prove and promote the new certificate automatically.',
    writes: [
      ...github.writes,
      'prove it with a token exchange',
      'promote it (previous, current, delete pending)'
    ]
  }
}

/** A rotation is already pending: keep its issue open and current, generate nothing. */
export async function rotationPending(
  ctx: Context<RotationInputs>,
  github: GitHub,
  store: RecordStore,
  pending: Extract<PendingRotation, { kind: 'pending' }>,
  deadline: Date | undefined
): Promise<Result> {
  const { certificate, rotation } = pending
  const issue = await showRotation(ctx, github, store, { rotation, certificate, deadline })
  const on = issue ? `issue #${issue.number}` : 'the rotation issue'
  // A pending pair announced for the first time (a rerun after the issue could not be opened).
  const announced = issue !== undefined && issue.number !== rotation.issue
  ctx.log.info(
    `A rotation is already pending on ${on}${where(ctx.inputs)}; nothing new is generated.`
  )
  return {
    status: announced ? 'rotation-started' : 'rotation-pending',
    outputs: {
      ...certificateOutputs(certificate, ctx.now()),
      ...issueOutputs(issue)
    },
    stages: [stageRow('pending', certificate, undefined, 'waiting for upload')],
    nextStep: `An admin uploads the certificate from ${on} in NetSuite and replies \`/certificate-id <ID>\` there.`,
    writes: github.writes
  }
}

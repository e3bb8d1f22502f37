/**
 * Starting a rotation and showing one that is pending: what `rotate` does, and what `check`
 * does when the current certificate nears its end or NetSuite no longer knows it.
 */
import { PROMOTE_UPLOADED_FIELDS } from './zero-touch-promote.js'
import { ZERO_TOUCH_FIELDS } from './zero-touch.js'
import type { UsesAll } from '../inputs/fields.js'
import { generateCredentials } from '../core/generate.js'
import {
  keyMatchesCertificate,
  parseCertificate,
  parsePrivateKey,
  type CertificateInfo
} from '../core/inspect.js'
import type { Context, Result } from '../run/context.js'
import type { GitHub } from '../github/gateway.js'
import { showRotation } from './issue.js'
import { where } from './issue-text.js'
import { RecordStore } from './record-store.js'
import { announceRotation, PENDING_FIELDS, type PendingRotation } from './pending.js'
import { certificateFromVariable, type PendingCredentials } from './credentials.js'
import { certificateOutputs, stageRow, issueOutputs } from './results.js'
import { apiUpload, currentCredentials, uploadPending, type UploadVia } from './zero-touch.js'
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
        return dryRunApiResult(ctx, pending.certificate)
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
      : 'dry-run: nothing was written; run without dry-run to start the rotation.'
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

function dryRunApiResult(ctx: Context<RotationInputs>, certificate: CertificateInfo): Result {
  return {
    status: 'rotation-started',
    outputs: certificateOutputs(certificate, ctx.now()),
    stages: [stageRow('pending', certificate, undefined, 'would be uploaded and promoted')],
    nextStep:
      'dry-run: run without dry-run to upload, prove and promote the new certificate automatically.',
    dryRunStoppedBefore: [
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
    nextStep: `An admin uploads the certificate from ${on} in NetSuite and replies \`/certificate-id <ID>\` there.`
  }
}

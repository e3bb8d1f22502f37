/**
 * The pending rotation as check and rotate see it: the record says which
 * certificate is pending and which issue announces it; the pending variable
 * holds the certificate itself. A stored pending pair without a record is
 * adopted; a record whose pending certificate is gone is closed.
 */
import type { UsesAll } from '../inputs/fields.js'
import type { Context } from '../run/context.js'
import { keyMatchesCertificate, type CertificateInfo } from '../core/inspect.js'
import type { GitHub, IssueRef } from '../github/gateway.js'
import { closeRotationIssue, ISSUE_FIELDS, showRotation } from './issue.js'
import type { OpenRotation } from './record.js'
import type { RecordStore } from './record-store.js'
import { certificateFromVariable } from './credentials.js'

export const PENDING_FIELDS = [...ISSUE_FIELDS, 'certificate', 'pendingPrivateKey'] as const
export type PendingInputs = UsesAll<typeof PENDING_FIELDS>

export type PendingRotation =
  | {
      kind: 'pending'
      rotation: OpenRotation
      certificate: CertificateInfo
      /** Found stored without a rotation record (or one naming another certificate). */
      adopted: boolean
    }
  | { kind: 'none'; overlapped: boolean }

export const ADOPTED_REASON =
  'A pending certificate was found stored without a rotation record (left by an interrupted run or an earlier release of this action); it is announced here so it can be uploaded and promoted.'

export function newRotation(
  ctx: Context<PendingInputs>,
  fields: { fingerprint: string; reason: string; reregister?: boolean; emergency?: boolean }
): OpenRotation {
  return {
    fingerprint: fields.fingerprint,
    reason: fields.reason,
    reregister: fields.reregister ?? false,
    emergency: fields.emergency ?? false,
    remindersSent: [],
    startedAt: ctx.now().toISOString()
  }
}

/** Records a new rotation of this certificate and shows it on its issue (opened, or the recorded one updated). */
export async function announceRotation(
  ctx: Context<PendingInputs>,
  github: GitHub,
  store: RecordStore,
  fields: {
    certificate: CertificateInfo
    reason: string
    deadline?: Date
    reregister?: boolean
    emergency?: boolean
  }
): Promise<IssueRef | undefined> {
  const { certificate, deadline, ...rest } = fields
  const rotation = newRotation(ctx, { fingerprint: certificate.fingerprint, ...rest })
  return showRotation(ctx, github, store, { rotation, certificate, deadline })
}

/**
 * Drops the pending rotation: its issue (the one the record names) is closed
 * with the note, the pending secret and variable are deleted, the record
 * forgets it.
 */
export async function dropPending(
  ctx: Context<PendingInputs>,
  github: GitHub,
  store: RecordStore,
  note: string
): Promise<void> {
  const n = ctx.inputs.names
  const recorded = store.record.rotation
  if (recorded?.issue !== undefined) {
    await closeRotationIssue(github, recorded.issue, note, 'not_planned')
  }
  await store.deleteSecret(n.keyPending)
  await store.deleteVariable(n.certificatePending)
  await store.save(record => ({ ...record, rotation: undefined }))
}

/**
 * `reason` is what this run would say starting a rotation: a pair left by an
 * interrupted run of the same command (no record at all) is announced with it.
 */
export async function pendingRotation(
  ctx: Context<PendingInputs>,
  github: GitHub,
  store: RecordStore,
  reason: string
): Promise<PendingRotation> {
  const { inputs } = ctx
  const n = inputs.names
  const recorded = store.record.rotation
  const certificate = certificateFromVariable(
    store.variables.get(n.certificatePending),
    n.certificatePending
  )
  const key = inputs.pendingPrivateKey
  if (certificate && key && !keyMatchesCertificate(key.keyObject, certificate)) {
    // Two overlapping runs can leave the key of one next to the certificate of the other: such a
    // pair can never be promoted, so it is replaced by a fresh rotation.
    ctx.log.warning(
      'The pending key and the pending certificate come from two overlapping rotations; starting afresh.'
    )
    if (recorded?.issue !== undefined) {
      await closeRotationIssue(
        github,
        recorded.issue,
        'Two rotations overlapped, so the stored pending key does not belong to the certificate above; it can never be promoted. This issue is closed and a fresh rotation replaces it. Give the workflows a shared `concurrency` group to prevent this.',
        'not_planned'
      )
    }
    await store.save(record => ({ ...record, rotation: undefined }))
    return { kind: 'none', overlapped: true }
  }
  if (!certificate) {
    if (recorded) {
      if (recorded.issue !== undefined) {
        await closeRotationIssue(
          github,
          recorded.issue,
          `The pending certificate is no longer stored (the variable \`${n.certificatePending}\` is empty), so this rotation cannot be finished. The next rotation starts on a new issue.`,
          'not_planned'
        )
      }
      await store.save(record => ({ ...record, rotation: undefined }))
    }
    return { kind: 'none', overlapped: false }
  }
  if (recorded?.fingerprint === certificate.fingerprint) {
    return { kind: 'pending', rotation: recorded, certificate, adopted: false }
  }
  const reregister = inputs.certificate?.fingerprint === certificate.fingerprint
  const rotation = {
    ...newRotation(ctx, {
      fingerprint: certificate.fingerprint,
      reason: recorded || reregister ? ADOPTED_REASON : reason,
      reregister
    }),
    ...(recorded?.issue !== undefined ? { issue: recorded.issue, openedBy: recorded.openedBy } : {})
  }
  ctx.log.info(
    `Adopting the stored pending certificate ${certificate.fingerprint} into the rotation record.`
  )
  return { kind: 'pending', rotation, certificate, adopted: true }
}

/**
 * The end of a zero-touch rotation: prove the uploaded certificate, promote it
 * exactly as promote does, and leave a closed issue as the record.
 */
import { EMERGENCY_FIELDS } from './emergency.js'
import type { UsesAll } from '../inputs/fields.js'
import type { Context, Result } from '../run/context.js'
import { addDays, formatDate } from '../core/time.js'
import type { GitHub, IssueRef } from '../github/gateway.js'
import type { CertificateInfo } from '../core/inspect.js'
import { where } from './issue-text.js'
import type { RecordStore } from './record-store.js'
import { makeCurrent } from './promotion.js'
import type { PendingCredentials } from './credentials.js'
import { promotedResult } from './results.js'
import { proveUploaded } from './zero-touch.js'

export const PROMOTE_UPLOADED_FIELDS = [
  ...EMERGENCY_FIELDS,
  'privateKey',
  'certificate',
  'certificateId',
  'issueLabel',
  'revokePreviousAfterDays'
] as const
export type PromoteUploadedInputs = UsesAll<typeof PROMOTE_UPLOADED_FIELDS>

export interface UploadedRotation {
  pending: PendingCredentials
  certificateId: string
  /** The replaced key is compromised: not kept as _PREVIOUS. */
  emergency: boolean
}

export async function promoteUploaded(
  ctx: Context<PromoteUploadedInputs>,
  github: GitHub,
  store: RecordStore,
  rotation: UploadedRotation
): Promise<Result> {
  const { inputs } = ctx
  const n = inputs.names
  const { pending, certificateId, emergency } = rotation
  const token = await proveUploaded(ctx, pending.key, certificateId)
  ctx.log.info(`NetSuite accepted the uploaded certificate ${certificateId}.`)
  const { certificate: current, certificateId: currentId } = store.held(n, 'current', {
    certificate: inputs.certificate,
    certificateId: inputs.certificateId
  })
  // What the promotion replaced is read before the writes move it (a rerun finds it in
  // _PREVIOUS; in an emergency it is gone, and the ledger's note names it); the certificates
  // that left service are revoked now, with the new credentials.
  const { replaced, settled } = await makeCurrent(ctx, store, {
    pendingKey: pending.key,
    pendingCertificate: pending.certificate,
    certificateId,
    current,
    currentId,
    emergency
  })
  const now = ctx.now()
  // The day a scheduled check revokes the replaced certificate (never kept in an emergency).
  const revokeOn = emergency ? undefined : revocationDay(now, inputs.revokePreviousAfterDays)
  const issue = await recordAutomaticRotation(ctx, github, {
    pending,
    certificateId,
    replaced: emergency ? { id: replaced.id } : replaced,
    emergency,
    revokeOn,
    note: settled.note
  })
  return promotedResult(now, {
    key: pending.key,
    certificate: pending.certificate,
    certificateId,
    accessToken: token.accessToken,
    state: 'rotated automatically, verified',
    previous: emergency
      ? undefined
      : {
          certificate: replaced.certificate,
          id: replaced.id,
          state: revokeOn ? `revoked after ${revokeOn}` : 'kept'
        },
    issue,
    nextStep: 'Nothing to do: the rotation finished without a person.'
  })
}

function revocationDay(promoted: Date, afterDays: number): string | undefined {
  return afterDays > 0 ? formatDate(addDays(promoted, afterDays)) : undefined
}

/** The record of an automatic rotation: a closed issue a person can read later. It carries
 * the label but no rotation marker, so it is never mistaken for a pending rotation. */
async function recordAutomaticRotation(
  ctx: Context<PromoteUploadedInputs>,
  github: GitHub,
  done: {
    pending: PendingCredentials
    certificateId: string
    /** What the promotion replaced (in an emergency only its ID: it is not kept). */
    replaced: { certificate?: CertificateInfo; id?: string }
    emergency: boolean
    revokeOn?: string
    note: string
  }
): Promise<IssueRef | undefined> {
  const { inputs } = ctx
  const { pending, certificateId, replaced, emergency, revokeOn } = done
  const body = [
    `The NetSuite M2M certificate of account \`${inputs.accountId}\`${where(inputs)} was rotated automatically through NetSuite's certificate endpoint; no one needs to do anything.`,
    '',
    '| | certificate ID | fingerprint (SHA-256) | valid until |',
    '|---|---|---|---|',
    `| new (current) | \`${certificateId}\` | \`${pending.certificate.fingerprint}\` | ${pending.certificate.notAfter.toISOString()} |`,
    replaced.certificate
      ? `| old (previous) | \`${replaced.id ?? ''}\` | \`${replaced.certificate.fingerprint}\` | ${replaced.certificate.notAfter.toISOString()} |`
      : '',
    '',
    emergency
      ? `This was an emergency rotation: the old certificate${replaced.id ? ` \`${replaced.id}\`` : ''} is not kept for rollback.`
      : revokeOn && replaced.certificate
        ? `The old certificate stays usable for rollback until ${revokeOn}, when a scheduled check revokes it in NetSuite (revoke-previous-after-days: ${inputs.revokePreviousAfterDays}).`
        : 'The old certificate is not revoked automatically (revoke-previous-after-days: 0).',
    done.note
  ]
    .filter(line => line !== '')
    .join('\n')
  const issue = await github.createIssue({
    title: `NetSuite ${inputs.accountId}${inputs.environment ? ` (${inputs.environment})` : ''}: M2M certificate rotated automatically`,
    body,
    labels: [inputs.issueLabel],
    assignees: []
  })
  if (issue) await github.updateIssue(issue.number, { state: 'closed', state_reason: 'completed' })
  return issue
}

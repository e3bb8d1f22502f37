/**
 * The end of a zero-touch rotation: prove the uploaded certificate, promote it
 * exactly as promote does, and leave a closed issue as the record.
 */
import type { Context, Result } from '../action/context.js'
import { where } from '../action/issue-text.js'
import type { GitHubGateway } from '../github/gateway.js'
import { writePromotion } from './promote.js'
import type { PendingCredentials } from './rotate.js'
import { certificateFromVariable, DAY_MS, promotedResult, when } from './shared.js'
import { proveUploaded } from './zero-touch.js'

export interface UploadedRotation {
  variables: Map<string, string>
  pending: PendingCredentials
  certificateId: string
}

export async function promoteUploaded(
  ctx: Context,
  github: GitHubGateway,
  rotation: UploadedRotation
): Promise<Result> {
  const { config } = ctx
  const n = config.names
  const { variables, pending, certificateId } = rotation
  const token = await proveUploaded(ctx, pending.key, certificateId)
  ctx.log.info(`NetSuite accepted the uploaded certificate ${certificateId}.`)
  const current =
    certificateFromVariable(variables.get(n.certificate), n.certificate) ?? config.certificate
  const currentId = config.certificateId ?? variables.get(n.certificateId)
  await writePromotion(ctx, github, {
    variables,
    pendingKey: pending.key,
    pendingCertificate: pending.certificate,
    certificateId,
    current,
    currentId
  })
  const now = ctx.now()
  const revokeOn =
    config.revokePreviousAfterDays > 0
      ? when(new Date(now.getTime() + config.revokePreviousAfterDays * DAY_MS))
      : undefined
  const record = [
    `The NetSuite M2M certificate of account \`${config.accountId}\`${where(config)} was rotated automatically through NetSuite's certificate endpoint; no one needs to do anything.`,
    '',
    '| | certificate ID | fingerprint (SHA-256) | valid until |',
    '|---|---|---|---|',
    `| new (current) | \`${certificateId}\` | \`${pending.certificate.fingerprint}\` | ${pending.certificate.notAfter.toISOString()} |`,
    current
      ? `| old (previous) | \`${currentId ?? ''}\` | \`${current.fingerprint}\` | ${current.notAfter.toISOString()} |`
      : '',
    '',
    revokeOn && current
      ? `The old certificate stays usable for rollback until ${revokeOn}, when a scheduled check revokes it in NetSuite (revoke-previous-after-days: ${config.revokePreviousAfterDays}).`
      : 'The old certificate is not revoked automatically (revoke-previous-after-days: 0).'
  ]
    .filter(line => line !== '')
    .join('\n')
  // The record carries the label but no rotation marker: it is never mistaken for a pending rotation.
  const issue = await github.createIssue({
    title: `NetSuite ${config.accountId}${config.environment ? ` (${config.environment})` : ''}: M2M certificate rotated automatically`,
    body: record,
    labels: [config.issueLabel],
    assignees: []
  })
  if (issue) await github.updateIssue(issue.number, { state: 'closed', state_reason: 'completed' })
  return promotedResult(now, {
    certificate: pending.certificate,
    certificateId,
    accessToken: token.accessToken,
    state: 'rotated automatically, verified',
    previous: {
      certificate: current,
      id: currentId,
      state: revokeOn ? `revoked after ${revokeOn}` : 'kept'
    },
    issue,
    nextStep: 'Nothing to do: the rotation finished without a person.',
    writes: github.writes
  })
}

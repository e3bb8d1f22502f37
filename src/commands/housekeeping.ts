/**
 * What a scheduled check does besides watching expiry: revoke the previous
 * certificate once its grace period is over, notice when NetSuite forgot the
 * current certificate, and keep the scheduled workflow from being disabled.
 */
import { InputError } from '../core/errors.js'
import type { Context } from '../action/context.js'

import type { GitHubGateway, IssueRef } from '../github/gateway.js'
import { NetSuiteError } from '../netsuite/errors.js'
import { credentials, DAY_MS, openRotationIssue, when } from './shared.js'
import { readState, writeState } from './state.js'
import { apiUploadWanted, endpointFor, placeCertificate, proveUploaded } from './zero-touch.js'

/**
 * Revokes the recorded previous certificate in NetSuite after
 * revoke-previous-after-days, then deletes the _PREVIOUS secret and variables.
 * Never the current one; never an ID other than the recorded previous one.
 */
export async function revokePreviousIfDue(
  ctx: Context,
  github: GitHubGateway
): Promise<string | undefined> {
  const { config } = ctx
  const n = config.names
  if (config.revokePreviousAfterDays === 0 || !github.canReadAdmin) return undefined
  // Revoking needs a token from the current credentials; without them there is nothing to read for.
  if (!config.clientId || !config.privateKey || !config.certificateId || !config.certificatesUrl)
    return undefined
  const variables = await github.listVariables()
  const state = readState(variables, n.state)
  if (!state.promotedAt || !state.previousCertificateId || state.revokedAt) return undefined
  const dueAt = new Date(Date.parse(state.promotedAt) + config.revokePreviousAfterDays * DAY_MS)
  if (ctx.now().getTime() < dueAt.getTime()) {
    ctx.log.info(
      `The previous certificate ${state.previousCertificateId} will be revoked after ${when(dueAt)}.`
    )
    return undefined
  }
  const previousId = state.previousCertificateId
  const currentId = variables.get(n.certificateId) ?? config.certificateId
  if (previousId === currentId || previousId === config.certificateId) {
    ctx.log.warning(`Not revoking ${previousId}: it is the current certificate.`)
    return undefined
  }
  if (variables.get(n.certificateIdPrevious) !== previousId) {
    ctx.log.warning(
      `Not revoking ${previousId}: ${n.certificateIdPrevious} no longer holds it, so something else changed the previous stage.`
    )
    return undefined
  }
  try {
    const endpoint = await endpointFor(ctx, config.privateKey, config.certificateId)
    await endpoint.revoke(previousId)
  } catch (error) {
    // Already gone (a sandbox refresh wipes every mapping): nothing left to revoke, so clean up.
    if (!(error instanceof NetSuiteError && error.status === 404)) {
      ctx.log.warning(
        `Could not revoke the previous certificate ${previousId}: ${error instanceof Error ? error.message : String(error)} Revoke it by hand in NetSuite.`
      )
      return undefined
    }
    ctx.log.info(
      `NetSuite no longer knows the previous certificate ${previousId}; removing it here.`
    )
  }
  github.writes.push(`revoke certificate ${previousId} in NetSuite`)
  await github.deleteSecret(n.keyPrevious)
  await github.deleteVariable(n.certificatePrevious)
  await github.deleteVariable(n.certificateIdPrevious)
  await writeState(ctx, github, variables, { ...state, revokedAt: ctx.now().toISOString() })
  ctx.log.info(
    config.dryRun
      ? `dry-run: would revoke the previous certificate ${previousId} in NetSuite and remove the _PREVIOUS secret and variables.`
      : `Revoked the previous certificate ${previousId} in NetSuite and removed the _PREVIOUS secret and variables.`
  )
  return previousId
}

export type Registration = 'ok' | 'missing' | 'unchecked'

/** Does NetSuite still accept the current credentials? Only invalid_client means it forgot them. */
export async function checkRegistration(ctx: Context): Promise<Registration> {
  const { config } = ctx
  if (!config.clientId || !config.privateKey || !config.certificateId) return 'unchecked'
  try {
    await ctx.netsuite.prove(credentials(ctx, config.privateKey, config.certificateId))
    ctx.log.info(`NetSuite accepts the current certificate ${config.certificateId}.`)
    return 'ok'
  } catch (error) {
    if (error instanceof NetSuiteError && error.code === 'invalid_client') return 'missing'
    throw error
  }
}

/**
 * NetSuite no longer knows the current certificate (a sandbox refresh wipes M2M
 * mappings; someone revoked it). The key still belongs to it, so an admin only
 * uploads the same certificate again and replies with its new ID: the pending
 * stage is set to the current credentials and promote does the rest.
 */
export async function askForReupload(
  ctx: Context,
  github: GitHubGateway
): Promise<IssueRef | undefined> {
  const { config } = ctx
  const certificate = config.certificate!
  if (!github.canReadAdmin && !config.dryRun) {
    throw new InputError(
      `NetSuite no longer accepts the current certificate ID ${config.certificateId}; to ask for a re-upload, check needs admin-token (it stores the key as the pending secret): use a fine-grained token or GitHub App token with Secrets and Variables: read and write (README#tokens)`
    )
  }
  await github.putSecret(
    config.names.keyPending,
    config.privateKey!.keyObject.export({ type: 'pkcs8', format: 'pem' }) as string
  )
  await github.setVariable(config.names.certificatePending, certificate.pem)
  const reason = `NetSuite no longer accepts the current certificate ID \`${config.certificateId}\` (it answered invalid_client although the certificate is valid until ${when(certificate.notAfter)}). A sandbox refresh wipes M2M mappings, and a revoked certificate looks the same. Until it is uploaded again, the integration cannot log in.`
  return openRotationIssue(ctx, github, {
    certificate,
    deadline: certificate.notAfter,
    reason,
    reupload: true
  })
}

/**
 * GitHub disables scheduled workflows in public repositories after 60 days
 * without activity; enabling the workflow through the API keeps it running.
 */
export async function keepWorkflowAlive(ctx: Context, github: GitHubGateway): Promise<void> {
  const { config } = ctx
  if (!config.keepalive || config.eventName !== 'schedule' || !config.workflowRef) return
  const file = /\.github\/workflows\/([^@]+)@/.exec(config.workflowRef)?.[1]
  if (!file) return
  try {
    await github.enableWorkflow(file)
  } catch (error) {
    ctx.log.warning(
      `keepalive could not keep ${file} enabled (${error instanceof Error ? error.message : String(error)}); grant \`actions: write\` to github-token, or GitHub may disable this schedule after 60 days without activity`
    )
  }
}

/**
 * NetSuite forgot the current certificate but still knows the previous one
 * (someone revoked the current one): with the previous credentials' token,
 * upload the current certificate again, prove it, and store its new ID. A
 * sandbox refresh wipes every mapping, so then the issue is the only way.
 */
export async function reuploadThroughApi(
  ctx: Context,
  github: GitHubGateway
): Promise<string | undefined> {
  const { config } = ctx
  const n = config.names
  if (config.upload === 'issue' || !apiUploadWanted(config) || !config.previousPrivateKey) {
    return undefined
  }
  if (!github.canReadAdmin) return undefined
  const variables = await github.listVariables()
  const previousId = variables.get(n.certificateIdPrevious)
  if (!previousId) return undefined
  let certificateId: string
  try {
    const endpoint = await endpointFor(ctx, config.previousPrivateKey, previousId)
    certificateId = await placeCertificate(endpoint, config.certificate!.pem, config, [
      previousId,
      config.certificateId
    ])
  } catch (error) {
    ctx.log.warning(
      `Could not upload the current certificate again through NetSuite's certificate endpoint (${error instanceof Error ? error.message : String(error)}); asking an admin instead.`
    )
    return undefined
  }
  if (config.dryRun) return certificateId
  await proveUploaded(ctx, config.privateKey!, certificateId)
  await github.setVariable(n.certificateId, certificateId, variables.has(n.certificateId))
  const issue = await github.createIssue({
    title: `NetSuite ${config.accountId}${config.environment ? ` (${config.environment})` : ''}: M2M certificate registered again automatically`,
    body: `NetSuite no longer accepted the current certificate ID \`${config.certificateId}\` (invalid_client) although the certificate (\`${config.certificate!.fingerprint}\`) is valid until ${config.certificate!.notAfter.toISOString()}. It was uploaded again through NetSuite's certificate endpoint with the previous credentials and proven; its new ID \`${certificateId}\` is now in \`${n.certificateId}\`. No one needs to do anything, but if nobody revoked it on purpose, find out who did.`,
    labels: [config.issueLabel],
    assignees: []
  })
  if (issue) await github.updateIssue(issue.number, { state: 'closed', state_reason: 'completed' })
  return certificateId
}

/**
 * After revoke-previous-after-days, a scheduled check revokes the certificate
 * the last promotion replaced, then deletes the _PREVIOUS secret and variables.
 * Never the current one; never an ID other than the one the record names.
 */
import { EMERGENCY_FIELDS } from './emergency.js'
import type { UsesAll } from '../inputs/fields.js'
import { describeError } from '../core/errors.js'
import { addDays, formatDate } from '../core/time.js'
import type { Context } from '../run/context.js'
import { NetSuiteError } from '../netsuite/errors.js'
import type { RecordStore } from './record-store.js'
import { currentCredentials, endpointFor, type UploadVia } from './zero-touch.js'

export const REVOKE_PREVIOUS_FIELDS = [
  ...EMERGENCY_FIELDS,
  'revokePreviousAfterDays',
  'certificateId',
  'privateKey'
] as const
export type RevokePreviousInputs = UsesAll<typeof REVOKE_PREVIOUS_FIELDS>

export async function revokePreviousIfDue(
  ctx: Context<RevokePreviousInputs>,
  store: RecordStore
): Promise<string | undefined> {
  const { inputs } = ctx
  const via = currentCredentials(inputs)
  if (inputs.revokePreviousAfterDays === 0) return undefined
  // Revoking needs a token from the current credentials; without them there is nothing to read for.
  const url = inputs.certificatesUrl
  if (!inputs.clientId || !via || !url) return undefined
  const previousId = previousDue(ctx, store)
  if (previousId === undefined) return undefined
  if (!(await revokeInNetSuite(ctx, { url, via }, previousId))) return undefined
  await removePreviousStage(ctx, store)
  ctx.log.info(
    inputs.dryRun
      ? `dry-run: would revoke the previous certificate ${previousId} in NetSuite and remove the _PREVIOUS secret and variables.`
      : `Revoked the previous certificate ${previousId} in NetSuite and removed the _PREVIOUS secret and variables.`
  )
  return previousId
}

/** The certificate the last promotion replaced, once its days are up, and only while it is
 * not the current one and _PREVIOUS still holds it. */
function previousDue(ctx: Context<RevokePreviousInputs>, store: RecordStore): string | undefined {
  const { inputs } = ctx
  const n = inputs.names
  const promotion = store.record.promotion
  if (!promotion?.previousCertificateId || promotion.previousRevokedAt) return undefined
  const dueAt = addDays(new Date(promotion.at), inputs.revokePreviousAfterDays)
  const previousId = promotion.previousCertificateId
  if (ctx.now().getTime() < dueAt.getTime()) {
    ctx.log.info(
      `The previous certificate ${previousId} will be revoked after ${formatDate(dueAt)}.`
    )
    return undefined
  }
  const variables = store.variables
  if (previousId === variables.get(n.certificateId) || previousId === inputs.certificateId) {
    ctx.log.warning(`Not revoking ${previousId}: it is the current certificate.`)
    return undefined
  }
  if (variables.get(n.certificateIdPrevious) !== previousId) {
    ctx.log.warning(
      `Not revoking ${previousId}: ${n.certificateIdPrevious} no longer holds it, so something else changed the previous stage.`
    )
    return undefined
  }
  return previousId
}

/** Whether the certificate is gone from NetSuite now: revoked, or already unknown there. */
async function revokeInNetSuite(
  ctx: Context<RevokePreviousInputs>,
  endpoint: { url: string; via: UploadVia },
  previousId: string
): Promise<boolean> {
  try {
    await (await endpointFor(ctx, endpoint.url, endpoint.via)).revoke(previousId)
    return true
  } catch (error) {
    // Already gone (a sandbox refresh wipes every mapping): nothing left to revoke, so clean up.
    if (!(error instanceof NetSuiteError && error.status === 404)) {
      ctx.log.warning(
        `Could not revoke the previous certificate ${previousId}: ${describeError(error)} Revoke it by hand in NetSuite.`
      )
      return false
    }
    ctx.log.info(
      `NetSuite no longer knows the previous certificate ${previousId}; removing it here.`
    )
    return true
  }
}

/** The _PREVIOUS secret and variables go, and the record says when. */
async function removePreviousStage(
  ctx: Context<RevokePreviousInputs>,
  store: RecordStore
): Promise<void> {
  const n = ctx.inputs.names
  await store.deleteSecret(n.keyPrevious)
  await store.deleteVariable(n.certificatePrevious)
  await store.deleteVariable(n.certificateIdPrevious)
  await store.save(record => ({
    ...record,
    promotion: record.promotion && {
      ...record.promotion,
      previousRevokedAt: ctx.now().toISOString()
    }
  }))
}

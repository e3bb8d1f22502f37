/**
 * After revoke-previous-after-days, a scheduled check retires the certificate the last
 * promotion replaced: it goes to the ledger of certificates that left service, the ledger's
 * one revocation path (`settleRetirements`, which the check runs next) revokes it, and then
 * the _PREVIOUS secret and variables are deleted. Never the current one; never an ID other
 * than the one the record names.
 */
import { EMERGENCY_FIELDS } from './emergency.js'
import type { UsesAll } from '../inputs/fields.js'
import { addDays, formatDate } from '../core/time.js'
import type { Context } from '../run/context.js'
import type { RecordStore } from './record-store.js'
import { currentCredentials } from './zero-touch.js'
import { recordLeaving, type Settled } from './retirement.js'

export const REVOKE_PREVIOUS_FIELDS = [
  ...EMERGENCY_FIELDS,
  'revokePreviousAfterDays',
  'certificateId',
  'privateKey'
] as const
export type RevokePreviousInputs = UsesAll<typeof REVOKE_PREVIOUS_FIELDS>

export async function retirePreviousIfDue(
  ctx: Context<RevokePreviousInputs>,
  store: RecordStore
): Promise<string | undefined> {
  const { inputs } = ctx
  if (inputs.revokePreviousAfterDays === 0) return undefined
  // Revoking needs a token from the current credentials; without them the previous stage stays.
  if (!inputs.clientId || !currentCredentials(inputs) || !inputs.certificatesUrl) return undefined
  const previousId = previousDue(ctx, store)
  if (previousId === undefined) return undefined
  await recordLeaving(ctx, store, [
    {
      certificateId: previousId,
      what: 'the previous certificate',
      reason: `its ${inputs.revokePreviousAfterDays} days for a rollback are over`
    }
  ])
  return previousId
}

/** Once the previous certificate is revoked (or gone from NetSuite), by this run's `settled`
 * or an earlier one's ledger entry, its key is of no use: the _PREVIOUS secret and variables
 * go. Until then they stay, so a certificate NetSuite would not let this run revoke is still
 * held, and tried again by the next run. */
export async function dropRevokedPrevious(
  ctx: Context<RevokePreviousInputs>,
  store: RecordStore,
  settled: Settled
): Promise<void> {
  const previousId = store.held(ctx.inputs.names, 'previous').certificateId
  if (previousId === undefined) return
  const now = [...settled.revoked, ...settled.gone].some(r => r.certificateId === previousId)
  const earlier = store.record.retired.some(r => r.certificateId === previousId && r.revokedAt)
  if (!now && !earlier) return
  await removePreviousStage(ctx, store)
  ctx.log.info(
    ctx.inputs.dryRun
      ? `dry-run: the previous certificate ${previousId} would be revoked, and the _PREVIOUS secret and variables removed.`
      : `The previous certificate ${previousId} is revoked in NetSuite; removed the _PREVIOUS secret and variables.`
  )
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
  if (
    previousId === store.held(n, 'current').certificateId ||
    previousId === inputs.certificateId
  ) {
    ctx.log.warning(`Not revoking ${previousId}: it is the current certificate.`)
    return undefined
  }
  if (store.held(n, 'previous').certificateId !== previousId) {
    ctx.log.warning(
      `Not revoking ${previousId}: ${n.certificateIdPrevious} no longer holds it, so something else changed the previous stage.`
    )
    return undefined
  }
  return previousId
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

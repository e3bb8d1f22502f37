/**
 * The end of an emergency rotation: the replaced certificate belongs to a key treated as
 * compromised, so it is revoked in NetSuite at once, with the new credentials that were just
 * proven, instead of after the grace period. When that is not possible (no client ID or
 * certificate endpoint, or a role without the certificate permission) the person is told
 * exactly which certificate ID to revoke by hand.
 */
import { CREDENTIAL_FIELDS } from './credentials.js'
import type { UsesAll } from '../action/input-fields.js'
import type { Context } from '../action/context.js'
import { describeError } from '../core/errors.js'
import { NetSuiteError } from '../netsuite/errors.js'
import { endpointFor, type UploadVia } from './zero-touch.js'

export const EMERGENCY_FIELDS = [...CREDENTIAL_FIELDS, 'certificatesUrl'] as const
export type EmergencyInputs = UsesAll<typeof EMERGENCY_FIELDS>

export interface ReplacedRevocation {
  revoked: boolean
  /** One sentence for the issue and the log: what happened to the replaced certificate. */
  note: string
}

export async function revokeReplaced(
  ctx: Context<EmergencyInputs>,
  via: UploadVia,
  replacedId: string | undefined
): Promise<ReplacedRevocation | undefined> {
  if (!replacedId || replacedId === via.certificateId) return undefined
  const url = ctx.inputs.certificatesUrl
  const byHand = (why: string): ReplacedRevocation => {
    const note = `Revoke the replaced certificate \`${replacedId}\` in NetSuite now (Setup > Integration > OAuth 2.0 Client Credentials (M2M) Setup): ${why}.`
    ctx.log.warning(note.replace(/`/g, ''))
    return { revoked: false, note }
  }
  if (!ctx.inputs.clientId || !url)
    return byHand('this run has no client ID or certificate endpoint to do it')
  try {
    const endpoint = await endpointFor(ctx, url, via)
    await endpoint.revoke(replacedId)
  } catch (error) {
    if (!(error instanceof NetSuiteError && error.status === 404))
      return byHand(`NetSuite refused to revoke it (${describeError(error)})`)
  }
  const note = `The replaced certificate \`${replacedId}\` was revoked in NetSuite${ctx.inputs.dryRun ? ' (dry-run: would be)' : ''}.`
  ctx.log.warning(note.replace(/`/g, ''))
  return { revoked: true, note }
}

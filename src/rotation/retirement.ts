/**
 * Every certificate has an end. A certificate whose key leaves the stages (a compromised key,
 * a previous key overwritten by a newer promotion, a pending key a restart drops) is written
 * to the record's ledger *before* the stages change, then revoked in NetSuite with credentials
 * that still work. What cannot be revoked now stays in the ledger as due: every later run
 * tries again, and every issue comment and log names the IDs a person should revoke. A run
 * stopped half way therefore never loses a certificate: its rerun finds it in the ledger.
 */
import type { Context } from '../run/context.js'
import { describeError } from '../core/errors.js'
import { NetSuiteError } from '../netsuite/errors.js'
import type { RetiredCertificate } from './record.js'
import type { RecordStore } from './record-store.js'
import type { EmergencyInputs } from './emergency.js'
import { endpointFor, type UploadVia } from './zero-touch.js'
import { M2M_SETUP_PAGE } from '../core/netsuite-pages.js'

/** A certificate leaving service now. */
export interface Leaving {
  certificateId: string | undefined
  /** As a sentence names it: "the replaced certificate". */
  what: string
  /** Why it leaves: "its key is treated as compromised". */
  reason: string
  /** Revoke from then on; default now. */
  dueAt?: Date
}

/** What became of the certificates due for revocation. */
export interface Settled {
  revoked: RetiredCertificate[]
  /** NetSuite no longer knows them (a sandbox refresh): nothing was left to revoke. */
  gone: RetiredCertificate[]
  /** Due but not revoked: a person revokes them (the note says which and where). */
  byHand: RetiredCertificate[]
  /** Sentences for an issue comment (Markdown), empty when nothing was due. */
  note: string
}

export const WHERE_TO_REVOKE = M2M_SETUP_PAGE

/** Writes the leaving certificates to the ledger (once each); call before the stages change. */
export async function recordLeaving(
  ctx: Context,
  store: RecordStore,
  leaving: Leaving[]
): Promise<void> {
  const now = ctx.now()
  const fresh = leaving.filter(
    (l): l is Leaving & { certificateId: string } =>
      !!l.certificateId && !store.record.retired.some(r => r.certificateId === l.certificateId)
  )
  if (fresh.length === 0) return
  await store.save(record => ({
    ...record,
    retired: [
      ...record.retired,
      ...fresh.map(l => ({
        certificateId: l.certificateId,
        what: l.what,
        reason: l.reason,
        dueAt: (l.dueAt ?? now).toISOString()
      }))
    ]
  }))
}

/** The ledger's certificates due now and not revoked yet, never one of `inUse`. */
export function dueCertificates(
  ctx: Context,
  store: RecordStore,
  inUse: (string | undefined)[]
): RetiredCertificate[] {
  const now = ctx.now().getTime()
  return store.record.retired.filter(
    r => !r.revokedAt && new Date(r.dueAt).getTime() <= now && !inUse.includes(r.certificateId)
  )
}

/**
 * Revokes every due certificate with `via` (credentials NetSuite accepts); a certificate
 * NetSuite no longer knows counts as done. Marks them in the ledger; the rest are named.
 */
export async function settleRetirements(
  ctx: Context<EmergencyInputs>,
  store: RecordStore,
  via: UploadVia | undefined,
  inUse: (string | undefined)[]
): Promise<Settled> {
  const due = dueCertificates(ctx, store, [...inUse, via?.certificateId])
  if (due.length === 0) return { revoked: [], gone: [], byHand: [], note: '' }
  const url = ctx.inputs.certificatesUrl
  if (!via || !ctx.inputs.clientId || !url) {
    return named(
      ctx,
      { revoked: [], gone: [], byHand: due },
      'this run has no credentials and certificate endpoint to do it'
    )
  }
  const revoked: RetiredCertificate[] = []
  const gone: RetiredCertificate[] = []
  const byHand: RetiredCertificate[] = []
  let why = ''
  try {
    const endpoint = await endpointFor(ctx, url, via)
    for (const certificate of due) {
      try {
        await endpoint.revoke(certificate.certificateId)
        revoked.push(certificate)
      } catch (error) {
        // Already gone from NetSuite (a sandbox refresh): nothing is left to revoke.
        if (error instanceof NetSuiteError && error.status === 404) gone.push(certificate)
        else {
          byHand.push(certificate)
          why = `NetSuite refused to revoke it (${describeError(error)})`
        }
      }
    }
  } catch (error) {
    return named(
      ctx,
      { revoked: [], gone: [], byHand: due },
      `no token for the certificate endpoint (${describeError(error)})`
    )
  }
  const done = [...revoked, ...gone]
  if (done.length > 0 && !ctx.inputs.dryRun) {
    const at = ctx.now().toISOString()
    const ids = new Set(done.map(r => r.certificateId))
    await store.save(record => ({
      ...record,
      retired: record.retired.map(r => (ids.has(r.certificateId) ? { ...r, revokedAt: at } : r))
    }))
  }
  return named(ctx, { revoked, gone, byHand }, why)
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** The note and the log lines: what was revoked, and what a person must revoke, and where. */
function named(ctx: Context<EmergencyInputs>, what: Omit<Settled, 'note'>, why: string): Settled {
  const would = ctx.inputs.dryRun ? ' (dry-run: would be)' : ''
  const lines = [
    ...what.revoked.map(
      r =>
        `${capitalised(r.what)} \`${r.certificateId}\` was revoked in NetSuite${would} (${r.reason}).`
    ),
    ...what.gone.map(
      r =>
        `${capitalised(r.what)} \`${r.certificateId}\` is no longer in NetSuite, so nothing was left to revoke.`
    ),
    ...what.byHand.map(
      r =>
        `Revoke ${r.what} \`${r.certificateId}\` in NetSuite now (${WHERE_TO_REVOKE}): ${r.reason}, and ${why}.`
    )
  ]
  for (const line of lines) ctx.log.warning(line.replace(/`/g, ''))
  return { ...what, note: lines.join(' ') }
}

/**
 * Writing a proven promotion: the pending stage becomes current, what it replaced goes to
 * the ledger, the record and the issue say so. Shared by a person's reply and by the
 * automatic promotion of a certificate the action uploaded.
 */
import type { Uses } from '../inputs/fields.js'
import {
  keyMatchesCertificate,
  sameKey,
  type CertificateInfo,
  type PrivateKeyInfo
} from '../core/inspect.js'
import type { Context } from '../run/context.js'
import type { CommonInputs } from '../inputs/fields.js'
import type { GitHub, IssueRef } from '../github/gateway.js'
import { RecordStore } from './record-store.js'
import { recordLeaving, settleRetirements, type Leaving, type Settled } from './retirement.js'
import type { EmergencyInputs } from './emergency.js'
import { privateKeyPem } from './credentials.js'

/**
 * The stage a promotion replaces (or replaced, on a rerun): the current one, or, once the
 * variables already hold the promoted certificate or its ID, the one in _PREVIOUS.
 */
function replacedStage(
  store: RecordStore,
  n: CommonInputs['names'],
  p: Pick<Promotion, 'pendingCertificate' | 'certificateId' | 'current' | 'currentId'>
): { certificate?: CertificateInfo; id?: string } {
  const previous = store.held(n, 'previous')
  if (p.current?.fingerprint === p.pendingCertificate.fingerprint) {
    return { certificate: previous.certificate, id: previous.certificateId }
  }
  return {
    certificate: p.current,
    id: p.currentId === p.certificateId ? previous.certificateId : p.currentId
  }
}

/** The promotion's comment, with what became of the certificates that left service. */
export function closingMessage(summary: string, emergency: boolean, note: string): string {
  const parts = [
    emergency
      ? 'This was an emergency rotation: the replaced certificate is not kept for rollback.'
      : '',
    note
  ].filter(part => part !== '')
  return parts.length > 0 ? `${summary}\n\n${parts.join(' ')}` : summary
}

export interface Promotion {
  pendingKey: PrivateKeyInfo
  pendingCertificate: CertificateInfo
  certificateId: string
  current?: CertificateInfo
  currentId?: string
  /** The replaced key is compromised: it is not kept as _PREVIOUS. */
  emergency: boolean
}

/**
 * A proven pending pair becomes current: what it replaces is read first (the writes move it),
 * then the promotion is written, then the certificates that left service are revoked with the
 * credentials just proven (or named in the returned note). A person's reply and the automatic
 * promotion both end here.
 */
export async function makeCurrent(
  ctx: Context<Uses<'privateKey'> & EmergencyInputs>,
  store: RecordStore,
  p: Promotion
): Promise<{ replaced: { certificate?: CertificateInfo; id?: string }; settled: Settled }> {
  const replaced = replacedStage(store, ctx.inputs.names, p)
  await writePromotion(ctx, store, p)
  const via = { key: p.pendingKey, certificateId: p.certificateId }
  const settled = await settleRetirements(ctx, store, via, [p.certificateId])
  return { replaced, settled }
}

/**
 * The write sequence of a proven promotion: previous, then current, then the
 * pending secret and variable are deleted, then the record. Safe to repeat at
 * any point.
 */
async function writePromotion(
  ctx: Context<Uses<'privateKey'>>,
  store: RecordStore,
  p: Promotion
): Promise<void> {
  const { inputs } = ctx
  const n = inputs.names
  const { pendingKey, pendingCertificate, certificateId, current, currentId } = p
  const alreadyCurrent = current?.fingerprint === pendingCertificate.fingerprint
  // On a rerun after the ID variable (or the whole current stage) was written, the replaced ID
  // already sits in _PREVIOUS.
  const rerun = alreadyCurrent || currentId === certificateId
  const replacedId = rerun ? store.held(n, 'previous').certificateId : current && currentId
  // Written to the ledger before any stage changes: a run stopped half way leaves them due
  // (so its rerun, which finds _PREVIOUS already holding the replaced stage, adds nothing).
  if (current && !rerun) await recordLeaving(ctx, store, leavingOnPromotion(store, n, p))
  if (p.emergency && current && !alreadyCurrent) {
    // A compromised key is never kept for rollback.
    await store.deleteSecret(n.keyPrevious)
    await store.deleteVariable(n.certificatePrevious)
    await store.deleteVariable(n.certificateIdPrevious)
    ctx.log.warning(
      `Emergency rotation: the replaced certificate${replacedId ? ` ${replacedId}` : ''} is not kept as _PREVIOUS; revoke it in NetSuite if it is still active.`
    )
  } else if (current && !alreadyCurrent) {
    await keepReplacedKey(ctx, store, pendingKey, current)
    await store.setVariable(n.certificatePrevious, current.pem)
    if (replacedId && !rerun) {
      await store.setVariable(n.certificateIdPrevious, replacedId)
    }
  }
  // Key and ID next to each other: the pair consumers use is mismatched only between these two calls.
  await store.putSecret(n.key, privateKeyPem(pendingKey))
  await store.setVariable(n.certificateId, certificateId)
  await store.setVariable(n.certificate, pendingCertificate.pem)
  await store.deleteSecret(n.keyPending)
  await store.deleteVariable(n.certificatePending)
  await recordPromotion(ctx, store, {
    certificate: pendingCertificate,
    certificateId,
    replacedId: p.emergency ? undefined : replacedId
  })
}

/**
 * Previous first: the replaced key goes to _PREVIOUS only when it is the replaced
 * certificate's, never the one being promoted (already written by a stopped run). Without
 * it, the key left there from an earlier generation is removed: _PREVIOUS holds the
 * replaced pair or no key, never a key beside a certificate it does not fit.
 */
async function keepReplacedKey(
  ctx: Context<Uses<'privateKey'>>,
  store: RecordStore,
  pendingKey: PrivateKeyInfo,
  replaced: CertificateInfo
): Promise<void> {
  const n = ctx.inputs.names
  const key = ctx.inputs.privateKey
  if (key && sameKey(key.keyObject, pendingKey.keyObject)) return
  if (key && keyMatchesCertificate(key.keyObject, replaced)) {
    await store.putSecret(n.keyPrevious, privateKeyPem(key))
    return
  }
  await store.deleteSecret(n.keyPrevious)
  ctx.log.warning(
    key
      ? `private-key does not belong to the replaced certificate (fingerprint ${replaced.fingerprint}), so it is not kept in ${n.keyPrevious} (any key there was removed); rollback will not be possible. Pass secrets.${n.key} as private-key.`
      : `private-key was not given, so the replaced key is not kept in ${n.keyPrevious} (any key there was removed); rollback will not be possible`
  )
}

/**
 * Which certificates leave service when `p` is promoted: in an emergency the replaced one and
 * the previous one (a leak usually reaches both keys); otherwise the previous one, whose key
 * _PREVIOUS no longer keeps once the replaced credentials take its place.
 */
function leavingOnPromotion(store: RecordStore, n: CommonInputs['names'], p: Promotion): Leaving[] {
  const previousId = store.held(n, 'previous').certificateId
  const promotion = store.record.promotion
  const previousRevoked =
    promotion?.previousCertificateId === previousId && promotion?.previousRevokedAt !== undefined
  const stillActive = (id: string | undefined): string | undefined =>
    id && id !== p.certificateId && !(id === previousId && previousRevoked) ? id : undefined
  if (p.emergency) {
    const reason = 'its key is treated as compromised (emergency rotation)'
    return [
      { certificateId: stillActive(p.currentId), what: 'the replaced certificate', reason },
      { certificateId: stillActive(previousId), what: 'the previous certificate', reason }
    ]
  }
  if (previousId === p.currentId) return []
  return [
    {
      certificateId: stillActive(previousId),
      what: 'the previous certificate',
      reason: 'a newer promotion replaced it as previous, so its key is no longer kept'
    }
  ]
}

/**
 * The promotion in the record: the open rotation and any rollback in flight are
 * done with, the upload entry too; the replaced ID is due for revocation.
 */
export async function recordPromotion(
  ctx: Context,
  store: RecordStore,
  promoted: { certificate: CertificateInfo; certificateId: string; replacedId?: string }
): Promise<void> {
  const fingerprint = promoted.certificate.fingerprint
  await store.save(record => {
    const uploads = Object.fromEntries(
      Object.entries(record.uploads).filter(([uploaded]) => uploaded !== fingerprint)
    )
    const rotation = record.rotation
    const same = record.promotion?.fingerprint === fingerprint
    // A rerun keeps what the first run recorded about the replaced certificate.
    const previousCertificateId = same
      ? record.promotion?.previousCertificateId
      : promoted.replacedId
    return {
      ...record,
      rotation: undefined,
      rollback: undefined,
      uploads,
      promotion: {
        at: same && record.promotion ? record.promotion.at : ctx.now().toISOString(),
        certificateId: promoted.certificateId,
        fingerprint,
        ...(previousCertificateId ? { previousCertificateId } : {}),
        ...(rotation?.issue !== undefined
          ? { issue: rotation.issue, openedBy: rotation.openedBy }
          : record.promotion?.issue !== undefined && same
            ? { issue: record.promotion.issue, openedBy: record.promotion.openedBy }
            : {})
      }
    }
  })
}

export const PROMOTED_MARKER = '<!-- netsuite-m2m-rotate:promoted -->'

/**
 * Comments the summary and closes the issue. On a rerun the issue may already
 * be closed or carry the summary, so it looks first; only comments by the
 * login that opened the issue (the action) count, never anyone else's.
 */
export async function closeIssue(
  ctx: Context,
  github: GitHub,
  store: RecordStore,
  close: { number: number; message: string; rerun: boolean; known?: IssueRef }
): Promise<IssueRef | undefined> {
  const { number } = close
  // A first run on a comment event knows the issue is open; anything else looks first.
  const fresh = close.known ?? (await github.findIssue(number))
  if (!fresh || fresh.state === 'closed') return fresh
  let summarised = false
  if (close.rerun) {
    const opener = (store.record.promotion?.openedBy ?? fresh.author).toLowerCase()
    const comments = await github.comments(number)
    summarised = comments.some(
      comment => comment.author.toLowerCase() === opener && comment.body.includes(PROMOTED_MARKER)
    )
  }
  if (!summarised) await github.comment(number, `${close.message}\n\n${PROMOTED_MARKER}`)
  await github.updateIssue(number, { state: 'closed', state_reason: 'completed' })
  ctx.log.info(`Closed issue #${number}.`)
  return fresh
}

/**
 * promote: prove the pending key with the certificate ID NetSuite assigned,
 * and only then make it current. Writes previous first, then current, then
 * deletes pending, then records the promotion, then closes the issue. Every
 * step is safe to run again: a half-done promotion is recognised (the current
 * certificate variable already holds the pending certificate) and finished;
 * _PREVIOUS is never overwritten with the credentials being promoted.
 */
import { makeCurrent, closeIssue, closingMessage, recordPromotion } from '../rotation/promotion.js'
import { defineCommand } from '../run/command.js'
import { missingInput } from '../run/missing-input.js'
import type { Needs, Uses, UsesAll } from '../inputs/fields.js'
import { describeError, InputError } from '../core/errors.js'
import {
  keyMatchesCertificate,
  type CertificateInfo,
  type PrivateKeyInfo
} from '../core/inspect.js'
import type { Context, Result } from '../run/context.js'
import type { CommonInputs } from '../inputs/fields.js'
import type { GitHub, IssueRef } from '../github/gateway.js'
import { where } from '../rotation/issue-text.js'
import { RecordStore } from '../rotation/record-store.js'
import { readCommentRequest } from '../rotation/comment.js'
import { EMERGENCY_FIELDS } from '../rotation/emergency.js'
import { promotedComment, refusalComment } from '../rotation/promote-text.js'
import { credentials, type PendingCredentials } from '../rotation/credentials.js'
import {
  certificateOutputs,
  emptyResult,
  promotedResult,
  issueOutputs,
  stageRow
} from '../rotation/results.js'
import type { EmergencyInputs } from '../rotation/emergency.js'
import { currentCredentials, endpointFor, type UploadVia } from '../rotation/zero-touch.js'
import type { RemoteCertificate } from '../netsuite/certificates.js'

/**
 * Given as inputs, the pending key and certificate must be one rotation's.
 * (check and rotate repair a mismatch left by two overlapping rotations: they start afresh.)
 */
function checkPendingStage(
  inputs: CommonInputs & Uses<'pendingPrivateKey' | 'pendingCertificate'>
): void {
  const { pendingPrivateKey: key, pendingCertificate: certificate, names: n } = inputs
  if (key && certificate && !keyMatchesCertificate(key.keyObject, certificate)) {
    throw new InputError(
      `pending-private-key does not belong to pending-certificate: pass secrets.${n.keyPending} and vars.${n.certificatePending} from the same rotation`
    )
  }
}

const PROMOTE_FIELDS = [
  ...EMERGENCY_FIELDS,
  'newCertificateId',
  'certificateId',
  'pendingCertificate',
  'pendingPrivateKey',
  'privateKey'
] as const
type PromoteContext = Context<Needs<'clientId'> & UsesAll<typeof PROMOTE_FIELDS>>

export default defineCommand({
  needs: ['clientId'],
  uses: PROMOTE_FIELDS,
  writesSecrets: true,
  check: inputs => checkPendingStage(inputs),
  run: async (ctx): Promise<Result> => {
    const github = await ctx.github()
    const store = await RecordStore.open(github, ctx.inputs.names.state)
    const reply = await certificateIdToPromote(ctx, github, store)
    if ('status' in reply) return reply
    const stages = heldStages(ctx, store)
    const issueNumber = reply.issue?.number ?? store.record.rotation?.issue
    if (alreadyPromoted(stages, reply.certificateId)) {
      return finishPromotion(ctx, github, store, { ...stages, ...reply, issueNumber })
    }
    const pending = provablePending(ctx, stages)
    const { certificateId } = reply
    let token
    try {
      token = await ctx.netsuite.prove(credentials(ctx, pending.key, certificateId))
    } catch (error) {
      if (issueNumber !== undefined)
        await github.comment(issueNumber, refusalComment(certificateId, error))
      await rememberReply(store, pending.certificate.fingerprint, certificateId)
      return refusedResult(ctx, pending.certificate, certificateId, error)
    }
    ctx.log.info(`NetSuite accepted the pending certificate with ID ${certificateId}.`)
    const via = { key: pending.key, certificateId }
    const mapping = await mappingRefusal(ctx, via, stages.currentId)
    if (mapping) {
      if (issueNumber !== undefined) await github.comment(issueNumber, mapping.comment)
      return mappingRefusedResult(ctx, pending.certificate, certificateId, mapping)
    }
    return promoteProven(ctx, github, store, {
      ...stages,
      pending,
      certificateId,
      accessToken: token.accessToken,
      issueNumber,
      commentedOn: reply.issue
    })
  }
})

/** The certificate ID to promote: the input, or a writer's `/certificate-id` reply (with the
 * issue it was made on, open when the comment was made); a reply that is not one is ignored. */
async function certificateIdToPromote(
  ctx: PromoteContext,
  github: GitHub,
  store: RecordStore
): Promise<{ certificateId: string; issue?: IssueRef } | Result> {
  const given = ctx.inputs.newCertificateId
  if (given === undefined && ctx.run.eventName === 'issue_comment') {
    const request = await readCommentRequest(ctx, github, store.record)
    if (request.kind !== 'ignored')
      return { certificateId: request.certificateId, issue: request.issue }
    ctx.log.notice(`/certificate-id ignored: ${request.reason}. Nothing was changed.`)
    return {
      ...emptyResult(
        'rotation-pending',
        `Nothing was changed (${request.reason}). Someone with write, maintain or admin permission replies \`/certificate-id <ID>\` on the rotation issue.`
      ),
      outputs: issueOutputs(request.issue)
    }
  }
  if (given === undefined) {
    throw new InputError(
      'promote needs the new certificate ID: set new-certificate-id, or run it on an issue_comment event whose comment starts with /certificate-id <ID>'
    )
  }
  return { certificateId: given }
}

/** What the current and pending stages hold (the variables, else what the step was given). */
interface HeldStages {
  current?: CertificateInfo
  currentId?: string
  pendingCertificate?: CertificateInfo
  pendingKey?: PrivateKeyInfo
}

function heldStages(ctx: PromoteContext, store: RecordStore): HeldStages {
  const { inputs } = ctx
  const current = store.held(inputs.names, 'current', { certificateId: inputs.certificateId })
  const pending = store.held(inputs.names, 'pending', { certificate: inputs.pendingCertificate })
  return {
    current: current.certificate,
    currentId: current.certificateId,
    pendingCertificate: pending.certificate,
    // Secrets cannot be read back: the pending key is always the one the step was given.
    pendingKey: inputs.pendingPrivateKey
  }
}

/** A rerun after the promotion wrote the current stage: the pending key is gone, the current
 * ID is the one replied, and the current certificate the pending one (when it is still there). */
function alreadyPromoted(held: HeldStages, certificateId: string): boolean {
  return (
    !held.pendingKey &&
    held.currentId === certificateId &&
    (!held.pendingCertificate || held.current?.fingerprint === held.pendingCertificate.fingerprint)
  )
}

/** Finishes the clean-up of a promotion already written: pending variable, record, issue. */
async function finishPromotion(
  ctx: PromoteContext,
  github: GitHub,
  store: RecordStore,
  done: HeldStages & { certificateId: string; issueNumber?: number }
): Promise<Result> {
  const n = ctx.inputs.names
  const { current, certificateId } = done
  if (done.pendingCertificate) await store.deleteVariable(n.certificatePending)
  const issueNumber = done.issueNumber ?? store.record.promotion?.issue
  if (current) {
    await recordPromotion(ctx, store, {
      certificate: current,
      certificateId,
      replacedId: store.held(n, 'previous').certificateId
    })
  }
  if (issueNumber !== undefined) {
    const message = current
      ? promotedComment(ctx, current, certificateId, previousStage(store, n))
      : `Certificate \`${certificateId}\` is current${where(ctx.inputs)}.`
    await closeIssue(ctx, github, store, { number: issueNumber, message, rerun: true })
  }
  return {
    ...emptyResult('promoted', 'Nothing to do: already promoted.'),
    outputs: {
      ...(current ? certificateOutputs(current, ctx.now()) : {}),
      'certificate-id': certificateId
    }
  }
}

/** The pending pair, when it can be proven: both there, one rotation's, not expired. */
function provablePending(ctx: PromoteContext, held: HeldStages): PendingCredentials {
  const n = ctx.inputs.names
  const { pendingCertificate, pendingKey } = held
  if (!pendingCertificate) {
    throw new InputError(
      `no rotation is pending: the variable ${n.certificatePending}${where(ctx.inputs)} is empty; run the rotate command first`
    )
  }
  // Needed only now: a rerun of a finished promotion has no pending key.
  if (!pendingKey) throw missingInput(ctx.command, 'pendingPrivateKey', n, ctx.run)
  if (!keyMatchesCertificate(pendingKey.keyObject, pendingCertificate)) {
    throw new InputError(
      `the pending key (secret ${n.keyPending}) does not belong to the pending certificate (variable ${n.certificatePending}): two rotations overlapped; run rotate again with restart: true to start a new rotation`
    )
  }
  if (pendingCertificate.notAfter.getTime() <= ctx.now().getTime()) {
    throw new InputError(
      `the pending certificate expired on ${pendingCertificate.notAfter.toISOString()}: run rotate again with restart: true to start a new rotation`
    )
  }
  return { key: pendingKey, certificate: pendingCertificate }
}

function refusedResult(
  ctx: PromoteContext,
  pending: CertificateInfo,
  certificateId: string,
  error: unknown
): Result {
  return {
    status: 'failed',
    outputs: { ...certificateOutputs(pending, ctx.now()), 'certificate-id': certificateId },
    failure: `NetSuite refused certificate ID ${certificateId} with the pending key; nothing was changed. ${describeError(error)}`,
    stages: [stageRow('pending', pending, certificateId, 'refused by NetSuite')],
    nextStep: 'Check the certificate ID in NetSuite and reply again with `/certificate-id <ID>`.'
  }
}

function mappingRefusedResult(
  ctx: PromoteContext,
  pending: CertificateInfo,
  certificateId: string,
  mapping: { failure: string; nextStep: string }
): Result {
  return {
    status: 'failed',
    outputs: { ...certificateOutputs(pending, ctx.now()), 'certificate-id': certificateId },
    failure: `${mapping.failure} Nothing was changed.`,
    stages: [stageRow('pending', pending, certificateId, 'mapped to another role or entity')],
    nextStep: mapping.nextStep
  }
}

/** Writes the proven promotion, settles what left service, and closes the issue. */
async function promoteProven(
  ctx: PromoteContext,
  github: GitHub,
  store: RecordStore,
  p: HeldStages & {
    pending: PendingCredentials
    certificateId: string
    accessToken: string
    issueNumber?: number
    commentedOn?: IssueRef
  }
): Promise<Result> {
  const { pending, certificateId, current, currentId } = p
  const rerun = current?.fingerprint === pending.certificate.fingerprint
  const emergency = store.record.rotation?.emergency ?? false
  // Certificates that left service (in an emergency the replaced and the previous one) are
  // revoked at once with the credentials just proven, or the closing comment names them.
  const { replaced, settled } = await makeCurrent(ctx, store, {
    pendingKey: pending.key,
    pendingCertificate: pending.certificate,
    certificateId,
    current,
    currentId,
    emergency
  })
  const summary = promotedComment(
    ctx,
    pending.certificate,
    certificateId,
    emergency ? {} : replaced
  )
  const issue =
    p.issueNumber === undefined
      ? undefined
      : await closeIssue(ctx, github, store, {
          number: p.issueNumber,
          known: rerun ? undefined : p.commentedOn,
          message: closingMessage(summary, emergency, settled.note),
          rerun
        })
  return promotedResult(ctx.now(), {
    key: pending.key,
    certificate: pending.certificate,
    certificateId,
    accessToken: p.accessToken,
    state: 'promoted, verified',
    previous: emergency ? undefined : { ...replaced, state: 'kept for rollback' },
    issue,
    nextStep:
      'Nothing to do: consumers reading the current secret and variables now use the new certificate.'
  })
}

/** A certificate ID a writer replied with that could not be proven (NetSuite down, or a
 * wrong ID): the rotation remembers it, so dropping the rotation can name it for revocation. */
async function rememberReply(
  store: RecordStore,
  fingerprint: string,
  certificateId: string
): Promise<void> {
  const rotation = store.record.rotation
  if (!rotation || rotation.fingerprint !== fingerprint) return
  const replied = rotation.repliedIds ?? []
  if (replied.includes(certificateId)) return
  await store.save(record => ({
    ...record,
    rotation: record.rotation && {
      ...record.rotation,
      repliedIds: [...replied, certificateId].slice(-10)
    }
  }))
}

/**
 * The admin's mapping: a token exchange proves a certificate, not that the integration's calls
 * will still be allowed. Where the certificate list can be read (with the credentials just
 * proven), a new certificate mapped to another role or entity than the current one is refused.
 */
async function mappingRefusal(
  ctx: Context<EmergencyInputs & Uses<'privateKey' | 'certificateId'>>,
  via: UploadVia,
  currentId: string | undefined
): Promise<{ failure: string; comment: string; nextStep: string } | undefined> {
  const url = ctx.inputs.certificatesUrl
  if (!url || !currentId || currentId === via.certificateId) return undefined
  const listed = await readableList(ctx, url, [via, currentCredentials(ctx.inputs)])
  if (!listed) return undefined
  const now = listed.find(c => c.id === currentId)
  const next = listed.find(c => c.id === via.certificateId)
  if (!now?.role || !next?.role) return undefined
  if (now.role === next.role && now.entity === next.entity) return undefined
  const mapped = (c: { role?: string; entity?: string }): string =>
    `role ${c.role ?? '?'} and entity ${c.entity ?? '?'}`
  const failure = `certificate ${via.certificateId} is mapped to ${mapped(next)} in NetSuite, but the current certificate ${currentId} to ${mapped(now)}: the integration's calls could fail under the other role.`
  const nextStep = `In NetSuite, revoke certificate ${via.certificateId}, upload the same certificate again for ${mapped(now)}, and reply \`/certificate-id <ID>\` with its new ID.`
  return {
    failure,
    nextStep,
    comment: `The certificate \`${via.certificateId}\` is mapped to **${mapped(next)}**, but the current certificate \`${currentId}\` to **${mapped(now)}**, so **nothing was changed**: a token proves the certificate, not that the integration's calls are still allowed under another role.\n\n${nextStep}`
  }
}

/** NetSuite's certificate list, read with the first credentials whose role may read it (the
 * new certificate's role may lack the permission where the current one's has it). */
async function readableList(
  ctx: Context<EmergencyInputs & Uses<'privateKey' | 'certificateId'>>,
  url: string,
  candidates: (UploadVia | undefined)[]
): Promise<RemoteCertificate[] | undefined> {
  let why = 'no credentials to read it'
  for (const via of candidates) {
    if (!via) continue
    try {
      return await (await endpointFor(ctx, url, via)).list()
    } catch (error) {
      why = describeError(error)
    }
  }
  ctx.log.info(
    `The role and entity of the new certificate could not be compared with the current one's (NetSuite's certificate list could not be read: ${why}).`
  )
  return undefined
}

/** What the record store says _PREVIOUS holds, as the promotion's comment names it. */
function previousStage(
  store: RecordStore,
  n: CommonInputs['names']
): { certificate?: CertificateInfo; id?: string } {
  const { certificate, certificateId } = store.held(n, 'previous')
  return { certificate, id: certificateId }
}

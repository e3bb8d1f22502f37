/**
 * promote: prove the pending key with the certificate ID NetSuite assigned,
 * and only then make it current. Writes previous first, then current, then
 * deletes pending, then records the promotion, then closes the issue. Every
 * step is safe to run again: a half-done promotion is recognised (the current
 * certificate variable already holds the pending certificate) and finished;
 * _PREVIOUS is never overwritten with the credentials being promoted.
 */
import {
  closeIssue,
  closingMessage,
  recordPromotion,
  replacedStage,
  writePromotion
} from '../rotation/promotion.js'
import { defineCommand } from '../run/command.js'
import { missingInput } from '../run/missing-input.js'
import type { Uses } from '../inputs/fields.js'
import { describeError, InputError } from '../core/errors.js'
import { keyMatchesCertificate } from '../core/inspect.js'
import type { Context, Result } from '../run/context.js'
import type { CommonInputs } from '../inputs/fields.js'
import type { IssueRef } from '../github/gateway.js'
import { where } from '../rotation/issue-text.js'
import { RecordStore } from '../rotation/record-store.js'
import { readCommentRequest } from '../rotation/comment.js'
import { EMERGENCY_FIELDS } from '../rotation/emergency.js'
import { settleRetirements } from '../rotation/retirement.js'
import { promotedComment, refusalComment } from '../rotation/promote-text.js'
import { certificateFromVariable, credentials } from '../rotation/credentials.js'
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

export default defineCommand({
  needs: ['clientId'],
  uses: [
    ...EMERGENCY_FIELDS,
    'newCertificateId',
    'certificateId',
    'pendingCertificate',
    'pendingPrivateKey',
    'privateKey'
  ],
  writesSecrets: true,
  check: inputs => checkPendingStage(inputs),
  run: async (ctx): Promise<Result> => {
    const { inputs } = ctx
    const n = inputs.names
    const github = await ctx.github()
    const store = await RecordStore.open(github, n.state)
    const variables = store.variables

    let issueNumber: number | undefined
    // The issue as the comment event showed it (open when the comment was made).
    let commentedOn: IssueRef | undefined
    let certificateId = inputs.newCertificateId
    if (certificateId === undefined && ctx.run.eventName === 'issue_comment') {
      const request = await readCommentRequest(ctx, github, store.record)
      if (request.kind === 'ignored') {
        ctx.log.notice(`/certificate-id ignored: ${request.reason}. Nothing was changed.`)
        const on = request.issue
        return {
          ...emptyResult(
            'rotation-pending',
            `Nothing was changed (${request.reason}). Someone with write, maintain or admin permission replies \`/certificate-id <ID>\` on the rotation issue.`
          ),
          outputs: issueOutputs(on)
        }
      }
      issueNumber = request.issue.number
      commentedOn = request.issue
      certificateId = request.certificateId
    }
    if (certificateId === undefined) {
      throw new InputError(
        'promote needs the new certificate ID: set new-certificate-id, or run it on an issue_comment event whose comment starts with /certificate-id <ID>'
      )
    }

    const currentPem = variables.get(n.certificate)
    const currentId = inputs.certificateId ?? variables.get(n.certificateId)
    const pendingCertificate =
      inputs.pendingCertificate ??
      certificateFromVariable(variables.get(n.certificatePending), n.certificatePending)
    const pendingKey = inputs.pendingPrivateKey
    issueNumber ??= store.record.rotation?.issue

    const current = certificateFromVariable(currentPem, n.certificate)
    const finished =
      !pendingKey &&
      currentId === certificateId &&
      (!pendingCertificate || current?.fingerprint === pendingCertificate.fingerprint)
    if (finished) {
      // A rerun after the promotion wrote the current stage: finish the clean-up only.
      if (pendingCertificate) await store.deleteVariable(n.certificatePending)
      issueNumber ??= store.record.promotion?.issue
      if (current) {
        await recordPromotion(ctx, store, {
          certificate: current,
          certificateId,
          replacedId: variables.get(n.certificateIdPrevious)
        })
      }
      if (issueNumber !== undefined) {
        const message = current
          ? promotedComment(ctx, current, certificateId, variables)
          : `Certificate \`${certificateId}\` is current${where(inputs)}.`
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
    if (!pendingCertificate) {
      throw new InputError(
        `no rotation is pending: the variable ${n.certificatePending}${where(inputs)} is empty; run the rotate command first`
      )
    }
    // Needed only now: a rerun of a finished promotion has no pending key.
    if (!pendingKey) throw missingInput(ctx.command, 'pendingPrivateKey', n, ctx.run)
    if (!keyMatchesCertificate(pendingKey.keyObject, pendingCertificate)) {
      throw new InputError(
        `the pending key (secret ${n.keyPending}) does not belong to the pending certificate (variable ${n.certificatePending}): two rotations overlapped; run rotate again with restart: true to start a new rotation`
      )
    }
    const now = ctx.now()
    if (pendingCertificate.notAfter.getTime() <= now.getTime()) {
      throw new InputError(
        `the pending certificate expired on ${pendingCertificate.notAfter.toISOString()}: run rotate again with restart: true to start a new rotation`
      )
    }

    let token
    try {
      token = await ctx.netsuite.prove(credentials(ctx, pendingKey, certificateId))
    } catch (error) {
      const failure = `NetSuite refused certificate ID ${certificateId} with the pending key; nothing was changed. ${describeError(error)}`
      if (issueNumber !== undefined)
        await github.comment(issueNumber, refusalComment(certificateId, error))
      await rememberReply(store, pendingCertificate.fingerprint, certificateId)
      return {
        status: 'failed',
        outputs: {
          ...certificateOutputs(pendingCertificate, now),
          'certificate-id': certificateId
        },
        failure,
        stages: [
          {
            stage: 'pending',
            certificateId,
            fingerprint: pendingCertificate.fingerprint,
            notAfter: pendingCertificate.notAfter,
            state: 'refused by NetSuite'
          }
        ],
        nextStep:
          'Check the certificate ID in NetSuite and reply again with `/certificate-id <ID>`.'
      }
    }
    ctx.log.info(`NetSuite accepted the pending certificate with ID ${certificateId}.`)
    const mapping = await mappingRefusal(ctx, { key: pendingKey, certificateId }, currentId)
    if (mapping) {
      if (issueNumber !== undefined) await github.comment(issueNumber, mapping.comment)
      return {
        status: 'failed',
        outputs: {
          ...certificateOutputs(pendingCertificate, now),
          'certificate-id': certificateId
        },
        failure: `${mapping.failure} Nothing was changed.`,
        stages: [
          stageRow('pending', pendingCertificate, certificateId, 'mapped to another role or entity')
        ],
        nextStep: mapping.nextStep
      }
    }

    const rerun = current?.fingerprint === pendingCertificate.fingerprint
    const replaced = replacedStage(store, n, {
      pendingCertificate,
      certificateId,
      current,
      currentId
    })
    const emergency = store.record.rotation?.emergency ?? false
    await writePromotion(ctx, store, {
      pendingKey,
      pendingCertificate,
      certificateId,
      current,
      currentId,
      emergency
    })
    // Certificates that left service (in an emergency the replaced and the previous one) are
    // revoked at once with the credentials just proven, or the closing comment names them.
    const settled = await settleRetirements(ctx, store, { key: pendingKey, certificateId }, [
      certificateId
    ])
    const summary = promotedComment(
      ctx,
      pendingCertificate,
      certificateId,
      variables,
      emergency ? {} : replaced
    )
    const issue =
      issueNumber === undefined
        ? undefined
        : await closeIssue(ctx, github, store, {
            number: issueNumber,
            known: rerun ? undefined : commentedOn,
            message: closingMessage(summary, emergency, settled.note),
            rerun
          })

    return promotedResult(now, {
      key: pendingKey,
      certificate: pendingCertificate,
      certificateId,
      accessToken: token.accessToken,
      state: 'promoted, verified',
      previous: emergency ? undefined : { ...replaced, state: 'kept for rollback' },
      issue,
      nextStep:
        'Nothing to do: consumers reading the current secret and variables now use the new certificate.'
    })
  }
})

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

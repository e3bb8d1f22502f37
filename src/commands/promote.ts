/**
 * promote: prove the pending key with the certificate ID NetSuite assigned,
 * and only then make it current. Writes previous first, then current, then
 * deletes pending, then closes the issue. Every step is safe to run again: a
 * half-done promotion is recognised (the current certificate variable already
 * holds the pending certificate) and finished; _PREVIOUS is never overwritten
 * with the credentials being promoted.
 */
import { InputError } from '../core/errors.js'
import type { CertificateInfo, PrivateKeyInfo } from '../core/inspect.js'
import type { Context, Result } from '../action/context.js'
import { where } from '../action/issue-text.js'
import type { GitHubGateway, IssueRef } from '../github/gateway.js'
import { readCommentRequest } from './comment.js'
import { promotedComment, refusalComment } from './promote-text.js'
import { readState, writeState } from './state.js'
import {
  certificateFromVariable,
  certificateOutputs,
  credentials,
  emptyResult,
  findRotationIssue,
  privateKeyPem,
  promotedResult,
  sameKey
} from './shared.js'

export async function promote(ctx: Context): Promise<Result> {
  const { config } = ctx
  const n = config.names
  const github = await ctx.github()

  let issue: IssueRef | undefined
  let certificateId = config.newCertificateId
  if (certificateId === undefined && config.eventName === 'issue_comment') {
    const request = await readCommentRequest(ctx, github)
    if (request.kind === 'ignored') {
      ctx.log.notice(`/certificate-id ignored: ${request.reason}. Nothing was changed.`)
      const on = request.issue
      return {
        ...emptyResult(
          'rotation-pending',
          `Nothing was changed (${request.reason}). Someone with write, maintain or admin permission replies \`/certificate-id <ID>\` on the rotation issue.`
        ),
        outputs: on ? { 'issue-number': String(on.number), 'issue-url': on.htmlUrl } : {},
        writes: github.writes
      }
    }
    issue = request.issue
    certificateId = request.certificateId
  }
  if (certificateId === undefined) {
    throw new InputError(
      'promote needs the new certificate ID: set new-certificate-id, or run it on an issue_comment event whose comment starts with /certificate-id <ID>'
    )
  }

  const variables = await github.listVariables()
  const currentPem = variables.get(n.certificate)
  const currentId = config.certificateId ?? variables.get(n.certificateId)
  const pendingCertificate =
    config.pendingCertificate ??
    certificateFromVariable(variables.get(n.certificatePending), n.certificatePending)
  const pendingKey = config.pendingPrivateKey
  issue ??= await findRotationIssue(ctx, github, pendingCertificate?.fingerprint)

  const current = certificateFromVariable(currentPem, n.certificate)
  const finished =
    !pendingKey &&
    currentId === certificateId &&
    (!pendingCertificate || current?.fingerprint === pendingCertificate.fingerprint)
  if (finished) {
    // A rerun after the promotion wrote the current stage: finish the clean-up only.
    if (pendingCertificate) await github.deleteVariable(n.certificatePending)
    if (issue) {
      const message = current
        ? promotedComment(ctx, current, certificateId, variables)
        : `Certificate \`${certificateId}\` is current${where(config)}.`
      await closeIssue(ctx, github, issue, message, true)
    }
    return {
      ...emptyResult('promoted', 'Nothing to do: already promoted.'),
      outputs: {
        ...(current ? certificateOutputs(current, ctx.now()) : {}),
        'certificate-id': certificateId
      },
      writes: github.writes
    }
  }
  if (!pendingCertificate) {
    throw new InputError(
      `no rotation is pending: the variable ${n.certificatePending}${where(config)} is empty; run the rotate command first`
    )
  }
  if (!pendingKey) {
    throw new InputError(
      `promote needs pending-private-key: pass \`pending-private-key: \${{ secrets.${n.keyPending} }}\``
    )
  }
  if (!sameKey(pendingKey.keyObject, pendingCertificate.x509.publicKey)) {
    throw new InputError(
      `the pending key (secret ${n.keyPending}) does not belong to the pending certificate (variable ${n.certificatePending}): two rotations overlapped; run rotate again after closing the rotation issue`
    )
  }
  const now = ctx.now()
  if (pendingCertificate.notAfter.getTime() <= now.getTime()) {
    throw new InputError(
      `the pending certificate expired on ${pendingCertificate.notAfter.toISOString()}: close the rotation issue and run rotate again`
    )
  }

  let token
  try {
    token = await ctx.netsuite.prove(credentials(ctx, pendingKey, certificateId))
  } catch (error) {
    const failure = `NetSuite refused certificate ID ${certificateId} with the pending key; nothing was changed. ${error instanceof Error ? error.message : String(error)}`
    if (issue) await github.comment(issue.number, refusalComment(certificateId, error))
    return {
      status: 'failed',
      outputs: { ...certificateOutputs(pendingCertificate, now), 'certificate-id': certificateId },
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
      nextStep: 'Check the certificate ID in NetSuite and reply again with `/certificate-id <ID>`.',
      writes: github.writes
    }
  }
  ctx.log.info(`NetSuite accepted the pending certificate with ID ${certificateId}.`)

  await writePromotion(ctx, github, {
    variables,
    pendingKey,
    pendingCertificate,
    certificateId,
    current,
    currentId
  })
  // On a rerun the variables already hold the promoted stage as current: the replaced one is in _PREVIOUS.
  const rerun = current?.fingerprint === pendingCertificate.fingerprint
  const replaced = rerun
    ? {
        certificate: certificateFromVariable(
          variables.get(n.certificatePrevious),
          n.certificatePrevious
        ),
        id: variables.get(n.certificateIdPrevious)
      }
    : {
        certificate: current,
        // A rerun after the ID variable was written: the replaced ID is already in _PREVIOUS.
        id: currentId === certificateId ? variables.get(n.certificateIdPrevious) : currentId
      }
  if (issue) {
    await closeIssue(
      ctx,
      github,
      issue,
      promotedComment(ctx, pendingCertificate, certificateId, variables, replaced),
      rerun
    )
  }

  return promotedResult(now, {
    certificate: pendingCertificate,
    certificateId,
    accessToken: token.accessToken,
    state: 'promoted, verified',
    previous: { ...replaced, state: 'kept for rollback' },
    issue,
    nextStep:
      'Nothing to do: consumers reading the current secret and variables now use the new certificate.',
    writes: github.writes
  })
}

export interface Promotion {
  variables: Map<string, string>
  pendingKey: PrivateKeyInfo
  pendingCertificate: CertificateInfo
  certificateId: string
  current?: CertificateInfo
  currentId?: string
}

/**
 * The write sequence of a proven promotion: previous, then current, then the
 * pending secret and variable are deleted. Safe to repeat at any point.
 */
export async function writePromotion(
  ctx: Context,
  github: GitHubGateway,
  p: Promotion
): Promise<void> {
  const { config } = ctx
  const n = config.names
  const { variables, pendingKey, pendingCertificate, certificateId, current, currentId } = p
  const alreadyCurrent = current?.fingerprint === pendingCertificate.fingerprint
  const state = readState(variables, n.state)
  if (current && !alreadyCurrent) {
    // Previous first: the credentials being replaced, never the ones being promoted.
    if (config.privateKey && !sameKey(config.privateKey.keyObject, pendingKey.keyObject)) {
      await github.putSecret(n.keyPrevious, privateKeyPem(config.privateKey))
    } else if (!config.privateKey) {
      ctx.log.warning(
        `private-key was not given, so the replaced key is not kept in ${n.keyPrevious}; rollback will not be possible`
      )
    }
    await github.setVariable(
      n.certificatePrevious,
      current.pem,
      variables.has(n.certificatePrevious)
    )
    if (currentId && currentId !== certificateId) {
      await github.setVariable(
        n.certificateIdPrevious,
        currentId,
        variables.has(n.certificateIdPrevious)
      )
      // Recorded with the previous stage, so a later check can revoke exactly this ID.
      await writeState(ctx, github, variables, {
        ...state,
        promotedAt: ctx.now().toISOString(),
        previousCertificateId: currentId,
        revokedAt: undefined
      })
    }
  }
  // Key and ID next to each other: the pair consumers use is mismatched only between these two calls.
  await github.putSecret(n.key, privateKeyPem(pendingKey))
  await github.setVariable(n.certificateId, certificateId, variables.has(n.certificateId))
  await github.setVariable(n.certificate, pendingCertificate.pem, variables.has(n.certificate))
  await github.deleteSecret(n.keyPending)
  await github.deleteVariable(n.certificatePending)
  // The upload record keeps a rerun from uploading twice; it is done with once pending is gone.
  if (state.pendingUpload) {
    await writeState(ctx, github, variables, {
      ...state,
      ...(current && !alreadyCurrent && currentId && currentId !== certificateId
        ? {
            promotedAt: ctx.now().toISOString(),
            previousCertificateId: currentId,
            revokedAt: undefined
          }
        : {}),
      pendingUpload: undefined
    })
  }
}

const PROMOTED_MARKER = '<!-- netsuite-m2m-rotate:promoted -->'

/**
 * Comments the summary and closes the issue. On a rerun the issue may already
 * be closed or carry the summary (the event payload is as it was when the run
 * started), so then it looks first.
 */
async function closeIssue(
  ctx: Context,
  github: GitHubGateway,
  issue: IssueRef,
  message: string,
  rerun: boolean
): Promise<void> {
  if (rerun) {
    const fresh = await github.getIssue(issue.number)
    if (fresh.state === 'closed') return
    const comments = await github.comments(issue.number)
    if (!comments.some(body => body.includes(PROMOTED_MARKER))) {
      await github.comment(issue.number, `${message}\n\n${PROMOTED_MARKER}`)
    }
  } else {
    await github.comment(issue.number, `${message}\n\n${PROMOTED_MARKER}`)
  }
  await github.updateIssue(issue.number, { state: 'closed', state_reason: 'completed' })
  ctx.log.info(`Closed issue #${issue.number}.`)
}

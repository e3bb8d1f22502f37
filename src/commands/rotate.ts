/**
 * rotate: generate a key pair and certificate, store the key as the pending
 * secret, the certificate as the pending variable, then open the issue, in that
 * order, so an issue never announces a certificate whose key was not stored.
 * A rotation that is pending is never regenerated.
 */
import { InputError } from '../core/errors.js'
import { generateCredentials } from '../core/generate.js'
import {
  parseCertificate,
  parsePrivateKey,
  type CertificateInfo,
  type PrivateKeyInfo
} from '../core/inspect.js'
import type { Context, Result } from '../action/context.js'
import { issueBody, readMarker, where } from '../action/issue-text.js'
import type { GitHubGateway, IssueRef } from '../github/gateway.js'
import {
  certificateFromVariable,
  certificateOutputs,
  openRotationIssue,
  pendingRotation,
  maskPem,
  sameKey,
  when
} from './shared.js'
import { apiUploadWanted, uploadPending } from './zero-touch.js'
import { promoteUploaded } from './zero-touch-promote.js'

const PEM_BLOCK = /```pem\n([\s\S]*?)```/

export interface RotationReason {
  reason: string
  /** Expiry of the current certificate, when there is one. */
  deadline?: Date
}

export async function rotate(ctx: Context): Promise<Result> {
  const github = await ctx.github()
  // Read before any write: a token that cannot read issues fails here, having written nothing.
  const { issue } = await pendingRotation(ctx, github)
  const deadline = ctx.config.certificate?.notAfter
  if (issue) return rotationPending(ctx, github, issue, deadline)
  const reason = ctx.config.certificate
    ? `A rotation was requested. The current certificate (${ctx.config.certificate.fingerprint.slice(0, 23)}…) expires on ${when(ctx.config.certificate.notAfter)}.`
    : 'A rotation was requested and there is no current certificate yet.'
  return startRotation(ctx, github, { reason, deadline })
}

export async function startRotation(
  ctx: Context,
  github: GitHubGateway,
  why: RotationReason
): Promise<Result> {
  const { config } = ctx
  if (!github.canReadAdmin && !config.dryRun) {
    throw new InputError(
      `${config.command} needs admin-token to start a rotation (it stores the new key as an Actions secret): GITHUB_TOKEN never can; use a fine-grained token or GitHub App token with Secrets and Variables: read and write (README#tokens)`
    )
  }
  const api = apiUploadWanted(config)
  const variables = api ? await github.listVariables() : undefined
  const pending =
    (variables && reusablePending(ctx, variables)) ?? (await generateAndStore(ctx, github))

  let note: string | undefined
  if (api && variables) {
    const outcome = await uploadPending(ctx, github, variables, pending)
    if (outcome.kind === 'uploaded') {
      if (config.dryRun) return dryRunApiResult(ctx, github, pending.certificate)
      return promoteUploaded(ctx, github, {
        variables,
        pending,
        certificateId: outcome.certificateId
      })
    }
    note = outcome.note
  }

  const { certificate } = pending
  const reason = note
    ? `${why.reason}\n\n> [!NOTE]\n> This rotation could not be done automatically: ${note}`
    : why.reason
  const issue = await openRotationIssue(ctx, github, {
    certificate,
    deadline: why.deadline,
    reason
  })
  return {
    status: 'rotation-started',
    outputs: {
      ...certificateOutputs(certificate, ctx.now()),
      ...(issue ? { 'issue-number': String(issue.number), 'issue-url': issue.htmlUrl } : {})
    },
    stages: [
      {
        stage: 'pending',
        fingerprint: certificate.fingerprint,
        notAfter: certificate.notAfter,
        state: 'waiting for upload'
      }
    ],
    nextStep: issue
      ? `An admin uploads the certificate in NetSuite and replies \`/certificate-id <ID>\` on issue #${issue.number}.`
      : 'dry-run: nothing was written; run without dry-run to start the rotation.',
    writes: github.writes
  }
}

export interface PendingCredentials {
  key: PrivateKeyInfo
  certificate: CertificateInfo
}

/** Generates the key pair and stores it: the pending secret first, then the pending variable. */
async function generateAndStore(ctx: Context, github: GitHubGateway): Promise<PendingCredentials> {
  const { config } = ctx
  const generated = await generateCredentials({
    keyType: config.keyType,
    validityDays: config.validityDays,
    subject: config.subject,
    now: ctx.now()
  })
  maskPem(ctx, generated.privateKeyPem)
  const certificate = parseCertificate(generated.certificatePem, 'generated certificate')
  ctx.log.info(
    `Generated ${certificate.key.label} certificate ${certificate.fingerprint}, valid until ${certificate.notAfter.toISOString()}`
  )
  await github.putSecret(config.names.keyPending, generated.privateKeyPem)
  await github.setVariable(config.names.certificatePending, generated.certificatePem, false)
  return { key: parsePrivateKey(generated.privateKeyPem, 'generated key'), certificate }
}

/**
 * A rerun of an automatic rotation that failed after storing its pending key:
 * reuse it (it may already be uploaded) instead of generating another.
 */
function reusablePending(
  ctx: Context,
  variables: Map<string, string>
): PendingCredentials | undefined {
  const key = ctx.config.pendingPrivateKey
  const certificate = certificateFromVariable(
    variables.get(ctx.config.names.certificatePending),
    ctx.config.names.certificatePending
  )
  if (!key || !certificate || !sameKey(key.keyObject, certificate.x509.publicKey)) return undefined
  if (certificate.notAfter.getTime() <= ctx.now().getTime()) return undefined
  ctx.log.info(
    `Reusing the pending certificate ${certificate.fingerprint} stored by an earlier run.`
  )
  return { key, certificate }
}

function dryRunApiResult(
  ctx: Context,
  github: GitHubGateway,
  certificate: CertificateInfo
): Result {
  return {
    status: 'rotation-started',
    outputs: certificateOutputs(certificate, ctx.now()),
    stages: [
      {
        stage: 'pending',
        fingerprint: certificate.fingerprint,
        notAfter: certificate.notAfter,
        state: 'would be uploaded and promoted'
      }
    ],
    nextStep:
      'dry-run: run without dry-run to upload, prove and promote the new certificate automatically.',
    writes: [
      ...github.writes,
      'upload the certificate to NetSuite',
      'prove it with a token exchange',
      'promote it (previous, current, delete pending)'
    ]
  }
}

/** A rotation is already pending: keep its issue current, generate nothing. */
export async function rotationPending(
  ctx: Context,
  github: GitHubGateway,
  issue: IssueRef,
  deadline: Date | undefined
): Promise<Result> {
  const state = readMarker(issue.body)
  const pem = PEM_BLOCK.exec(issue.body)?.[1]
  const announced = pem ? parseCertificate(pem, `certificate in issue #${issue.number}`) : undefined
  if (announced && state && !state.reupload) {
    // The deadline moves when the current certificate changed since the issue was opened.
    const reason = issue.body.split('\n')[1] ?? ''
    const body = issueBody(
      ctx.config,
      { ...announced, keyLabel: announced.key.label },
      deadline,
      state,
      reason
    )
    if (body !== issue.body) {
      await github.updateIssue(issue.number, { body })
      issue.body = body
    }
  }
  ctx.log.info(
    `A rotation is already pending on issue #${issue.number}${where(ctx.config)}; nothing new is generated.`
  )
  return {
    status: 'rotation-pending',
    outputs: {
      ...(announced ? certificateOutputs(announced, ctx.now()) : {}),
      'issue-number': String(issue.number),
      'issue-url': issue.htmlUrl
    },
    stages: announced
      ? [
          {
            stage: 'pending',
            fingerprint: announced.fingerprint,
            notAfter: announced.notAfter,
            state: 'waiting for upload'
          }
        ]
      : [],
    nextStep: `An admin uploads the certificate from issue #${issue.number} in NetSuite and replies \`/certificate-id <ID>\` there.`,
    writes: github.writes
  }
}

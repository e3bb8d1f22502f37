import { createPublicKey, type KeyObject } from 'node:crypto'
import { defaultAlgorithmFor } from '../core/assertion.js'
import {
  daysRemaining,
  parseCertificate,
  type CertificateInfo,
  type PrivateKeyInfo
} from '../core/inspect.js'
import { normalisePem } from '../core/pem.js'
import type { Context, Result, StageRow } from '../action/context.js'
import {
  isRotationIssue,
  issueBody,
  issueTitle,
  readMarker,
  type IssueState
} from '../action/issue-text.js'
import type { GitHubGateway, IssueRef } from '../github/gateway.js'
import type { Credentials } from '../netsuite/client.js'

export const DAY_MS = 86_400_000

export function certificateOutputs(certificate: CertificateInfo, now: Date): Result['outputs'] {
  return {
    'expires-at': certificate.notAfter.toISOString(),
    'days-remaining': String(daysRemaining(certificate.notAfter, now)),
    fingerprint: certificate.fingerprint,
    certificate: certificate.pem
  }
}

export function sameKey(a: KeyObject, b: KeyObject): boolean {
  const der = (key: KeyObject): Buffer =>
    (key.type === 'public' ? key : createPublicKey(key)).export({ type: 'spki', format: 'der' })
  return der(a).equals(der(b))
}

export function privateKeyPem(key: PrivateKeyInfo): string {
  return key.keyObject.export({ type: 'pkcs8', format: 'pem' }) as string
}

/** Masks a PEM whole and line by line, so no fragment of it can reach a log. */
export function maskPem(ctx: Context, pem: string): void {
  ctx.log.setSecret(pem)
  for (const line of pem.split('\n'))
    if (line.length > 8 && !line.startsWith('-----')) ctx.log.setSecret(line)
}

export function credentials(ctx: Context, key: PrivateKeyInfo, certificateId: string): Credentials {
  return {
    clientId: ctx.config.clientId as string,
    certificateId,
    privateKey: key.keyObject,
    algorithm: ctx.config.algorithm ?? defaultAlgorithmFor(key.keyObject)
  }
}

/** Parses a certificate held in a variable; a broken value is reported, not trusted. */
export function certificateFromVariable(
  value: string | undefined,
  name: string
): CertificateInfo | undefined {
  if (value === undefined || value.trim() === '') return undefined
  return parseCertificate(normalisePem(value), `variable ${name}`)
}

export interface PendingRotation {
  issue?: IssueRef
  /** A rotation was requested but its pending pair was broken and its issue closed: start a new one. */
  restart: boolean
}

/**
 * The pending rotation, if any, for check and rotate. Two overlapping rotations
 * can leave the pending key of one and the pending certificate of the other;
 * such a rotation can never be promoted, so its issue is closed and the caller
 * starts afresh, due or not (someone asked for that rotation).
 */
export async function pendingRotation(
  ctx: Context,
  github: GitHubGateway
): Promise<PendingRotation> {
  const { pendingPrivateKey: key, pendingCertificate: certificate } = ctx.config
  const issue = await findRotationIssue(ctx, github, certificate?.fingerprint)
  if (issue && key && certificate && !sameKey(key.keyObject, certificate.x509.publicKey)) {
    ctx.log.warning(
      `The pending key and the pending certificate come from two overlapping rotations; closing issue #${issue.number} and starting afresh.`
    )
    await github.comment(
      issue.number,
      'Two rotations overlapped, so the stored pending key does not belong to the certificate above; it can never be promoted. This issue is closed and a fresh rotation replaces it. Give the workflows a shared `concurrency` group to prevent this.'
    )
    await github.updateIssue(issue.number, { state: 'closed', state_reason: 'not_planned' })
    return { restart: true }
  }
  return { issue, restart: false }
}

/**
 * The open rotation issue of this account and environment. Two racing runs can
 * leave two: keep the one announcing the pending certificate (else the oldest),
 * close the others and say so.
 */
export async function findRotationIssue(
  ctx: Context,
  github: GitHubGateway,
  pendingFingerprint?: string
): Promise<IssueRef | undefined> {
  const issues = (await github.openIssues(ctx.config.issueLabel)).filter(issue =>
    isRotationIssue(issue, ctx.config)
  )
  if (issues.length <= 1) return issues[0]
  // Which issue announces the certificate whose key is stored? The pending variable says.
  if (pendingFingerprint === undefined && github.canReadAdmin) {
    const names = ctx.config.names
    const variables = await github.listVariables()
    pendingFingerprint = certificateFromVariable(
      variables.get(names.certificatePending),
      names.certificatePending
    )?.fingerprint
  }
  const keep =
    issues.find(
      issue => pendingFingerprint && readMarker(issue.body)?.fingerprint === pendingFingerprint
    ) ?? issues[0]
  for (const duplicate of issues.filter(issue => issue !== keep)) {
    ctx.log.warning(
      `Two rotation issues were open (#${keep.number} and #${duplicate.number}); closing #${duplicate.number}`
    )
    await github.comment(
      duplicate.number,
      `Two rotations ran at the same time. This one is closed as a duplicate of #${keep.number}, which announces the certificate whose key is stored as the pending secret. Give the workflow a \`concurrency\` group to prevent this.`
    )
    await github.updateIssue(duplicate.number, { state: 'closed', state_reason: 'not_planned' })
  }
  return keep
}

export function emptyResult(status: Result['status'], nextStep: string): Result {
  return { status, outputs: {}, stages: [], nextStep, writes: [] }
}

export const when = (date: Date): string => date.toISOString().slice(0, 10)

export { daysRemaining }

export function stageRow(
  stage: StageRow['stage'],
  certificate: CertificateInfo,
  certificateId: string | undefined,
  state: string
): StageRow {
  return {
    stage,
    certificateId,
    fingerprint: certificate.fingerprint,
    notAfter: certificate.notAfter,
    state
  }
}

export interface Promoted {
  certificate: CertificateInfo
  certificateId: string
  accessToken: string
  state: string
  previous?: { certificate?: CertificateInfo; id?: string; state: string }
  issue?: IssueRef
  nextStep: string
  writes: string[]
}

/** The result of a proven promotion, by a person's reply or without one. */
export function promotedResult(now: Date, p: Promoted): Result {
  return {
    status: 'promoted',
    outputs: {
      ...certificateOutputs(p.certificate, now),
      'certificate-id': p.certificateId,
      'access-token': p.accessToken,
      ...(p.issue ? { 'issue-number': String(p.issue.number), 'issue-url': p.issue.htmlUrl } : {})
    },
    stages: [
      stageRow('current', p.certificate, p.certificateId, p.state),
      ...(p.previous?.certificate
        ? [stageRow('previous', p.previous.certificate, p.previous.id, p.previous.state)]
        : [])
    ],
    nextStep: p.nextStep,
    writes: p.writes
  }
}

/** Opens the rotation issue announcing this certificate (new, or the current one to upload again). */
export function openRotationIssue(
  ctx: Context,
  github: GitHubGateway,
  announce: { certificate: CertificateInfo; deadline?: Date; reason: string; reupload?: boolean }
): Promise<IssueRef | undefined> {
  const { config } = ctx
  const { certificate } = announce
  const state: IssueState = {
    account: config.account,
    environment: config.environment ?? null,
    fingerprint: certificate.fingerprint,
    reminded: [],
    ...(announce.reupload ? { reupload: true } : {})
  }
  return github.createIssue({
    title: issueTitle(config, announce.reupload),
    body: issueBody(
      config,
      { ...certificate, keyLabel: certificate.key.label },
      announce.deadline,
      state,
      announce.reason
    ),
    labels: [config.issueLabel],
    assignees: config.issueAssignees
  })
}

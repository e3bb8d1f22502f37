import { createPublicKey, type KeyObject } from 'node:crypto'
import { defaultAlgorithmFor } from '../core/assertion.js'
import {
  daysRemaining,
  parseCertificate,
  type CertificateInfo,
  type PrivateKeyInfo
} from '../core/inspect.js'
import { normalisePem } from '../core/pem.js'
import type { Context, Result } from '../action/context.js'
import { isRotationIssue, readMarker } from '../action/issue-text.js'
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

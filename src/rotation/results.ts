/**
 * The results commands return: a certificate's outputs, a stage's row in the
 * summary, and the result of a proven promotion.
 */
import type { Result, StageRow } from '../run/context.js'
import type { CertificateInfo, PrivateKeyInfo } from '../core/inspect.js'
import { daysUntil } from '../core/time.js'
import type { IssueRef } from '../github/gateway.js'

export function certificateOutputs(certificate: CertificateInfo, now: Date): Result['outputs'] {
  return {
    'expires-at': certificate.notAfter.toISOString(),
    'days-remaining': String(daysUntil(certificate.notAfter, now)),
    fingerprint: certificate.fingerprint,
    certificate: certificate.pem
  }
}

/** The issue-number and issue-url outputs, when there is an issue. */
export function issueOutputs(issue: IssueRef | undefined): Result['outputs'] {
  return issue ? { 'issue-number': String(issue.number), 'issue-url': issue.htmlUrl } : {}
}

export function emptyResult(status: Result['status'], nextStep: string): Result {
  return { status, outputs: {}, stages: [], nextStep }
}

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
  /** The key made current: fan-out copies it. */
  key: PrivateKeyInfo
  certificate: CertificateInfo
  certificateId: string
  accessToken: string
  state: string
  previous?: { certificate?: CertificateInfo; id?: string; state: string }
  issue?: IssueRef
  nextStep: string
}

/** The result of a proven promotion, by a person's reply or without one. */
export function promotedResult(now: Date, p: Promoted): Result {
  return {
    status: 'promoted',
    outputs: {
      ...certificateOutputs(p.certificate, now),
      'certificate-id': p.certificateId,
      'access-token': p.accessToken,
      ...issueOutputs(p.issue)
    },
    stages: [
      stageRow('current', p.certificate, p.certificateId, p.state),
      ...(p.previous?.certificate
        ? [stageRow('previous', p.previous.certificate, p.previous.id, p.previous.state)]
        : [])
    ],
    nextStep: p.nextStep,
    madeCurrent: { key: p.key, certificate: p.certificate, certificateId: p.certificateId }
  }
}

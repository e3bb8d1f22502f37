/**
 * Small pieces every command uses: outputs of a certificate, credentials for a
 * token exchange, reading a certificate variable, and the promoted result.
 */
import type { UsesAll } from '../action/inputs.js'
import { createPublicKey, type KeyObject } from 'node:crypto'
import { defaultAlgorithmFor } from '../core/assertion.js'
import {
  keyMatchesCertificate,
  parseCertificate,
  type CertificateInfo,
  type PrivateKeyInfo
} from '../core/inspect.js'
import { InputError } from '../core/errors.js'
import type { StageNames } from '../action/names.js'
import { normalisePem } from '../core/pem.js'
import { daysUntil } from '../core/time.js'
import type { Context, Result, StageRow } from '../action/context.js'
import type { IssueRef } from '../github/gateway.js'
import type { Credentials } from '../netsuite/client.js'

/** What signing an assertion reads besides the key: the client ID and the algorithm. */
export const CREDENTIAL_FIELDS = ['clientId', 'algorithm'] as const
export type CredentialInputs = UsesAll<typeof CREDENTIAL_FIELDS>

export interface PendingCredentials {
  key: PrivateKeyInfo
  certificate: CertificateInfo
}

export function certificateOutputs(certificate: CertificateInfo, now: Date): Result['outputs'] {
  return {
    'expires-at': certificate.notAfter.toISOString(),
    'days-remaining': String(daysUntil(certificate.notAfter, now)),
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
  return key.keyObject.export({ type: 'pkcs8', format: 'pem' }).toString()
}

/** Masks a PEM whole and line by line, so no fragment of it can reach a log. */
export function maskPem(ctx: Context, pem: string): void {
  ctx.log.setSecret(pem)
  for (const line of pem.split('\n'))
    if (line.length > 8 && !line.startsWith('-----')) ctx.log.setSecret(line)
}

export function credentials(
  ctx: Context<CredentialInputs>,
  key: PrivateKeyInfo,
  certificateId: string
): Credentials {
  return {
    clientId: ctx.inputs.clientId ?? '',
    certificateId,
    privateKey: key.keyObject,
    algorithm: ctx.inputs.algorithm ?? defaultAlgorithmFor(key.keyObject)
  }
}

/**
 * The key and certificate a step is given must be one stage's. Checked only
 * where the two must match: during a half-done promotion the key secret may
 * already hold the new key while the certificate variable does not.
 */
export function checkSameStage(
  key: PrivateKeyInfo | undefined,
  certificate: CertificateInfo | undefined,
  names: StageNames
): void {
  if (key && certificate && !keyMatchesCertificate(key.keyObject, certificate)) {
    throw new InputError(
      `private-key does not belong to certificate (fingerprint ${certificate.fingerprint}): pass secrets.${names.key} and vars.${names.certificate} of the same stage`
    )
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

export function emptyResult(status: Result['status'], nextStep: string): Result {
  return { status, outputs: {}, stages: [], nextStep, writes: [] }
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
    writes: p.writes,
    madeCurrent: { key: p.key, certificate: p.certificate, certificateId: p.certificateId }
  }
}

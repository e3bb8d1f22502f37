/**
 * Zero-touch rotation through NetSuite's certificate rotation endpoint (Oracle
 * help article_92130837826): with a token from the current credentials, list
 * the integration's certificates, upload the new one, prove it, promote it, and
 * leave a record a person can read. No human step when the role holds
 * "Manage own OAuth 2.0 Client Credentials certificates".
 */
import type { CertificateInfo, PrivateKeyInfo } from '../core/inspect.js'
import type { Uses, UsesAll } from '../inputs/fields.js'
import type { Context } from '../run/context.js'
import { NetSuiteError } from '../netsuite/errors.js'
import type { CertificateApi } from '../netsuite/gateway.js'
import { MAX_ACTIVE_CERTIFICATES, type RemoteCertificate } from '../netsuite/certificates.js'
import type { AccessToken } from '../netsuite/token.js'
import type { Written } from '../core/dry-run.js'
import type { RecordStore } from './record-store.js'
import { CREDENTIAL_FIELDS, credentials, type CredentialInputs } from './credentials.js'
import type { Need } from '../run/command.js'
import { M2M_SETUP_PAGE } from '../core/netsuite-pages.js'

/** What uploading through NetSuite's certificate endpoint reads. */
export const ZERO_TOUCH_FIELDS = [
  ...CREDENTIAL_FIELDS,
  'privateKey',
  'certificateId',
  'upload',
  'certificatesUrl',
  'roleId',
  'entityId'
] as const
export type ZeroTouchInputs = UsesAll<typeof ZERO_TOUCH_FIELDS>

export { MAX_ACTIVE_CERTIFICATES }
/** A freshly uploaded certificate can take a moment before the token endpoint knows it. */
const PROPAGATION_ATTEMPTS = 5
const PROPAGATION_DELAY_MS = 2000

export const PERMISSION = 'Manage own OAuth 2.0 Client Credentials certificates'

/** Credentials that can get a token for NetSuite's certificate endpoint. */
export interface UploadVia {
  key: PrivateKeyInfo
  certificateId: string
}

/** The current credentials, when the inputs hold them. */
export function currentCredentials(
  inputs: Uses<'privateKey' | 'certificateId'>
): UploadVia | undefined {
  return inputs.privateKey && inputs.certificateId
    ? { key: inputs.privateKey, certificateId: inputs.certificateId }
    : undefined
}

/** Where and for whom certificates are uploaded through NetSuite's certificate endpoint. */
export interface ApiUpload {
  url: string
  roleId: number
  entityId: number
}

/**
 * The upload settings when uploads go through the API (given credentials that
 * work): `upload: api`, or `auto` with everything the endpoint needs.
 */
export function apiUpload(
  inputs: Uses<'upload' | 'clientId' | 'certificatesUrl' | 'roleId' | 'entityId'>
): ApiUpload | undefined {
  if (inputs.upload === 'issue') return undefined
  const { clientId, certificatesUrl: url, roleId, entityId } = inputs
  // With upload: api, checkUploadNeeds has made sure all of them are there.
  if (clientId !== undefined && url !== undefined && roleId !== undefined && entityId !== undefined)
    return { url, roleId, entityId }
  return undefined
}

/**
 * `upload: api` signs in with the current credentials and uploads for the role
 * and entity the certificate is mapped to: every command that may start a
 * rotation checks for them before it starts.
 */
export function checkUploadNeeds(inputs: Uses<'upload'>, need: Need): void {
  if (inputs.upload !== 'api') return
  for (const field of ['clientId', 'privateKey', 'certificateId', 'roleId', 'entityId'] as const)
    need(field)
}

export type ApiOutcome =
  | { kind: 'uploaded'; certificateId: string }
  /** Dry-run: everything was checked, nothing was uploaded. */
  | { kind: 'would-upload' }
  /** Not possible this time; the issue flow takes over and says why. */
  | { kind: 'fallback'; note: string }

/** A token from the current credentials, with the scope the certificate endpoint needs. */
export async function endpointFor(
  ctx: Context<CredentialInputs>,
  url: string,
  via: UploadVia
): Promise<CertificateApi> {
  const token = await ctx.netsuite.prove(credentials(ctx, via.key, via.certificateId), [
    'rest_webservices'
  ])
  return ctx.netsuite.certificates(url, token.accessToken)
}

function refusedForPermission(error: unknown): boolean {
  return error instanceof NetSuiteError && (error.status === 401 || error.status === 403)
}

/**
 * Uploads the pending certificate, or finds the ID of the one this rotation
 * already uploaded (a rerun after a failure later on must not upload twice).
 */
export async function uploadPending(
  ctx: Context<ZeroTouchInputs>,
  store: RecordStore,
  pending: { key: PrivateKeyInfo; certificate: CertificateInfo },
  upload: { via: UploadVia; api: ApiUpload }
): Promise<ApiOutcome> {
  const { via, api } = upload
  const { inputs } = ctx
  const record = store.record
  const uploaded = record.uploads[pending.certificate.fingerprint]
  if (uploaded !== undefined) {
    ctx.log.info(`This certificate was already uploaded as ${uploaded}; not uploading again.`)
    return { kind: 'uploaded', certificateId: uploaded }
  }
  const fallbackOrThrow = (note: string, error?: unknown): ApiOutcome => {
    if (inputs.upload === 'api') throw error instanceof Error ? error : new Error(note)
    ctx.log.warning(
      `Uploading through NetSuite's certificate endpoint was not possible: ${note} Falling back to the issue.`
    )
    return { kind: 'fallback', note }
  }
  let endpoint: CertificateApi
  try {
    endpoint = await endpointFor(ctx, api.url, via)
  } catch (error) {
    return fallbackOrThrow(
      `the current credentials could not get a token with the rest_webservices scope (${error instanceof NetSuiteError ? error.code : 'network'}); enable REST Web Services on the integration record.`,
      error
    )
  }
  try {
    // Never suggest revoking the current certificate, or the previous one still in its grace period.
    const promotion = record.promotion
    const inUse = [
      inputs.certificateId,
      via.certificateId,
      promotion?.previousRevokedAt ? undefined : promotion?.previousCertificateId
    ]
    const placed = await placeCertificate(endpoint, pending.certificate, api, inUse)
    // In dry-run the record of writes has said what it would upload.
    if (!placed.written) return { kind: 'would-upload' }
    const certificateId = placed.value
    // Recorded at once: a rerun after a later failure finds it and never uploads twice.
    await store.save(next => ({
      ...next,
      uploads: { ...next.uploads, [pending.certificate.fingerprint]: certificateId }
    }))
    ctx.log.info(`Uploaded the new certificate to NetSuite as ${certificateId}.`)
    return { kind: 'uploaded', certificateId }
  } catch (error) {
    if (error instanceof CapReached) return fallbackOrThrow(error.message)
    if (refusedForPermission(error)) {
      return fallbackOrThrow(
        `the role may not manage certificates; give it the permission "${PERMISSION}" to make rotations automatic.`,
        error
      )
    }
    throw error
  }
}

/** NetSuite's 5 active certificates per integration record are in use. */
export class CapReached extends Error {
  override name = 'CapReached'
}

/**
 * Uploads a certificate for the configured role and entity and returns the ID
 * NetSuite gave it (nothing in dry-run), refusing first when the integration is at its cap.
 */
export async function placeCertificate(
  endpoint: CertificateApi,
  certificate: CertificateInfo,
  api: ApiUpload,
  inUse: (string | undefined)[] = []
): Promise<Written<string>> {
  const existing = await endpoint.list()
  // An earlier run may have uploaded it and stopped before its record said so: the same
  // validity to the second is this certificate (never uploaded twice, never left behind).
  const earlier = existing.find(
    listed => listed.active && !inUse.includes(listed.id) && sameValidity(listed, certificate)
  )
  if (earlier) return { written: true, value: earlier.id }
  const pem = certificate.pem
  const active = existing.filter(listed => listed.active)
  if (active.length >= MAX_ACTIVE_CERTIFICATES) {
    const candidates = active
      .filter(certificate => !inUse.includes(certificate.id))
      .sort((a, b) => (a.validUntil?.getTime() ?? 0) - (b.validUntil?.getTime() ?? 0))
    const suggestion = candidates[0]
      ? `Revoke one that is no longer used, e.g. the oldest not in use here, ${candidates[0].id},`
      : 'All of them are in use here; revoke one you know is unused'
    throw new CapReached(
      `the integration record already has ${active.length} active certificates (NetSuite allows ${MAX_ACTIVE_CERTIFICATES}): ${active.map(c => c.id).join(', ')}. ${suggestion} in ${M2M_SETUP_PAGE}; never the current one.`
    )
  }
  const before = new Set(existing.map(certificate => certificate.id))
  const upload = await endpoint.upload(pem, api.roleId, api.entityId)
  if (!upload.written) return upload
  if (upload.value !== undefined) return { written: true, value: upload.value }
  // The answer named no ID: the one new entry in the list is ours.
  const added = (await endpoint.list()).filter(certificate => !before.has(certificate.id))
  if (added.length !== 1) {
    throw new NetSuiteError(
      'uploading the certificate',
      'unexpected_response',
      200,
      `the upload answer named no certificate ID and the list shows ${added.length} new entries`
    )
  }
  return { written: true, value: added[0].id }
}

function sameValidity(listed: RemoteCertificate, certificate: CertificateInfo): boolean {
  const near = (a: Date | undefined, b: Date): boolean =>
    a !== undefined && Math.abs(a.getTime() - b.getTime()) < 1000
  return (
    near(listed.validUntil, certificate.notAfter) && near(listed.validFrom, certificate.notBefore)
  )
}

/** Proves the uploaded certificate, allowing NetSuite a few seconds to learn it. */
export async function proveUploaded(
  ctx: Context<CredentialInputs>,
  key: PrivateKeyInfo,
  certificateId: string
): Promise<AccessToken> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.netsuite.prove(credentials(ctx, key, certificateId))
    } catch (error) {
      const unknownYet = error instanceof NetSuiteError && error.code === 'invalid_client'
      if (!unknownYet || attempt >= PROPAGATION_ATTEMPTS) throw error
      await new Promise(resolve => setTimeout(resolve, PROPAGATION_DELAY_MS))
    }
  }
}

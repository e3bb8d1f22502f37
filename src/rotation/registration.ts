/**
 * Does NetSuite still accept the current credentials, and when not, why: its
 * certificate list (read with other credentials that still work) tells a
 * revoked certificate (never registered again: the key is treated as
 * compromised) from one that is gone (a sandbox refresh wipes M2M mappings:
 * the same certificate is registered again).
 */
import { ZERO_TOUCH_FIELDS } from './zero-touch.js'
import type { UsesAll } from '../inputs/fields.js'
import type { Written } from '../core/dry-run.js'
import { describeError } from '../core/errors.js'
import { formatDate } from '../core/time.js'
import type { Context } from '../run/context.js'
import { NetSuiteError } from '../netsuite/errors.js'
import type { RecordStore } from './record-store.js'
import { credentials } from './credentials.js'
import {
  apiUpload,
  endpointFor,
  placeCertificate,
  proveUploaded,
  type UploadVia
} from './zero-touch.js'

export const REGISTRATION_FIELDS = [
  ...ZERO_TOUCH_FIELDS,
  'certificate',
  'previousPrivateKey'
] as const
export type RegistrationInputs = UsesAll<typeof REGISTRATION_FIELDS>

export type Registration = 'ok' | 'missing' | 'unchecked'

/** Does NetSuite still accept the current credentials? Only invalid_client means it forgot them. */
export async function checkRegistration(ctx: Context<RegistrationInputs>): Promise<Registration> {
  const { inputs } = ctx
  if (!inputs.clientId || !inputs.privateKey || !inputs.certificateId) return 'unchecked'
  try {
    await ctx.netsuite.prove(credentials(ctx, inputs.privateKey, inputs.certificateId))
    ctx.log.info(`NetSuite accepts the current certificate ${inputs.certificateId}.`)
    return 'ok'
  } catch (error) {
    if (error instanceof NetSuiteError && error.code === 'invalid_client') return 'missing'
    throw error
  }
}

export type Loss =
  /** Listed as revoked: someone withdrew it on purpose. */
  | { kind: 'revoked'; via: UploadVia }
  /** Not listed at all: a sandbox refresh (or a deletion) removed it. */
  | { kind: 'gone'; via: UploadVia }
  /** The list could not be read with any credentials at hand. */
  | { kind: 'unknown' }

/** The previous stage's credentials, which may still get a token when the current ones do not. */
function previousCredentials(
  ctx: Context<RegistrationInputs>,
  store: RecordStore
): UploadVia | undefined {
  const { inputs } = ctx
  const id = store.held(inputs.names, 'previous').certificateId
  const key = inputs.previousPrivateKey
  return key && id && id !== inputs.certificateId ? { key, certificateId: id } : undefined
}

export async function whyRefused(
  ctx: Context<RegistrationInputs>,
  store: RecordStore
): Promise<Loss> {
  const { inputs } = ctx
  const via = previousCredentials(ctx, store)
  const url = inputs.certificatesUrl
  if (!via || !inputs.clientId || !url) return { kind: 'unknown' }
  try {
    const listed = (await (await endpointFor(ctx, url, via)).list()).find(
      certificate => certificate.id === inputs.certificateId
    )
    if (!listed) return { kind: 'gone', via }
    if (listed.revoked) return { kind: 'revoked', via }
    ctx.log.info(
      `NetSuite lists the current certificate ${inputs.certificateId} as active yet refuses it; the key may not belong to it.`
    )
  } catch (error) {
    ctx.log.info(
      `NetSuite's certificate list could not be read with the previous credentials: ${describeError(error)}`
    )
  }
  return { kind: 'unknown' }
}

/** What the issue says when NetSuite forgot the current certificate (its list no longer shows it). */
export function lostReason(ctx: Context<RegistrationInputs>): string {
  const { inputs } = ctx
  const certificate = inputs.certificate
  return `NetSuite no longer accepts the current certificate ID \`${inputs.certificateId}\` (it answered invalid_client although the certificate is valid until ${certificate ? formatDate(certificate.notAfter) : 'its expiry'}). NetSuite's certificate list no longer shows it: a sandbox refresh wipes M2M mappings. Until it is uploaded again, the integration cannot log in.`
}

/**
 * NetSuite forgot the current certificate but other credentials still work:
 * upload the same certificate through the endpoint, prove it, store its new ID.
 * Returns the new ID (nothing written in dry-run), or undefined when an admin has to do it.
 */
export async function reregisterThroughApi(
  ctx: Context<RegistrationInputs>,
  store: RecordStore,
  via: UploadVia
): Promise<Written<string> | undefined> {
  const { inputs } = ctx
  const n = inputs.names
  const certificate = inputs.certificate
  const api = apiUpload(inputs)
  if (!api || !certificate || !inputs.privateKey) return undefined
  let placed: Written<string>
  try {
    const endpoint = await endpointFor(ctx, api.url, via)
    placed = await placeCertificate(endpoint, certificate, api, [
      via.certificateId,
      inputs.certificateId
    ])
  } catch (error) {
    ctx.log.warning(
      `Could not upload the current certificate again through NetSuite's certificate endpoint (${describeError(error)}); asking an admin instead.`
    )
    return undefined
  }
  if (!placed.written) return placed
  const certificateId = placed.value
  await proveUploaded(ctx, inputs.privateKey, certificateId)
  await store.setVariable(n.certificateId, certificateId)
  return placed
}

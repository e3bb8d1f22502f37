/**
 * Does NetSuite still accept the current credentials, and when not, why: its
 * certificate list (read with other credentials that still work) tells a
 * revoked certificate (never registered again: the key is treated as
 * compromised) from one that is gone (a sandbox refresh wipes M2M mappings:
 * the same certificate is registered again).
 */
import { describeError } from '../core/errors.js'
import { formatDate } from '../core/time.js'
import type { Context } from '../action/context.js'
import type { GitHub } from '../github/gateway.js'
import { NetSuiteError } from '../netsuite/errors.js'
import type { RecordStore } from '../rotation/record-store.js'
import { credentials } from './shared.js'
import {
  apiUpload,
  endpointFor,
  placeCertificate,
  proveUploaded,
  type UploadVia
} from './zero-touch.js'

export type Registration = 'ok' | 'missing' | 'unchecked'

/** Does NetSuite still accept the current credentials? Only invalid_client means it forgot them. */
export async function checkRegistration(ctx: Context): Promise<Registration> {
  const { config } = ctx
  if (!config.clientId || !config.privateKey || !config.certificateId) return 'unchecked'
  try {
    await ctx.netsuite.prove(credentials(ctx, config.privateKey, config.certificateId))
    ctx.log.info(`NetSuite accepts the current certificate ${config.certificateId}.`)
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
function previousCredentials(ctx: Context, store: RecordStore): UploadVia | undefined {
  const { config } = ctx
  const id = store.variables.get(config.names.certificateIdPrevious)
  const key = config.previousPrivateKey
  return key && id && id !== config.certificateId ? { key, certificateId: id } : undefined
}

export async function whyRefused(ctx: Context, store: RecordStore): Promise<Loss> {
  const { config } = ctx
  const via = previousCredentials(ctx, store)
  const url = config.certificatesUrl
  if (!via || !config.clientId || !url) return { kind: 'unknown' }
  try {
    const listed = (await (await endpointFor(ctx, url, via)).list()).find(
      certificate => certificate.id === config.certificateId
    )
    if (!listed) return { kind: 'gone', via }
    if (listed.revoked) return { kind: 'revoked', via }
    ctx.log.info(
      `NetSuite lists the current certificate ${config.certificateId} as active yet refuses it; the key may not belong to it.`
    )
  } catch (error) {
    ctx.log.info(
      `NetSuite's certificate list could not be read with the previous credentials: ${describeError(error)}`
    )
  }
  return { kind: 'unknown' }
}

/** What the issue says when NetSuite forgot the current certificate. */
export function lostReason(ctx: Context, loss: Loss): string {
  const { config } = ctx
  const certificate = config.certificate
  const refused = `NetSuite no longer accepts the current certificate ID \`${config.certificateId}\` (it answered invalid_client although the certificate is valid until ${certificate ? formatDate(certificate.notAfter) : 'its expiry'}).`
  if (loss.kind === 'gone') {
    return `${refused} NetSuite's certificate list no longer shows it: a sandbox refresh wipes M2M mappings. Until it is uploaded again, the integration cannot log in.`
  }
  return `${refused} NetSuite's certificate list could not be read with the credentials at hand, so the cause is unknown:\n\n- after a **sandbox refresh** (M2M mappings are wiped), upload this same certificate again and reply with its new ID;\n- if someone **revoked it on purpose** (a leaked key), do not upload it: run the rotate command with \`emergency: true\` (and \`restart: true\`) to replace the key.`
}

/**
 * NetSuite forgot the current certificate but other credentials still work:
 * upload the same certificate through the endpoint, prove it, store its new ID.
 * Returns the new ID, or undefined when an admin has to do it.
 */
export async function reregisterThroughApi(
  ctx: Context,
  github: GitHub,
  store: RecordStore,
  via: UploadVia
): Promise<string | undefined> {
  const { config } = ctx
  const n = config.names
  const certificate = config.certificate
  const api = apiUpload(config)
  if (!api || !certificate || !config.privateKey) return undefined
  let certificateId: string
  try {
    const endpoint = await endpointFor(ctx, api.url, via)
    certificateId = await placeCertificate(endpoint, certificate.pem, api, [
      via.certificateId,
      config.certificateId
    ])
  } catch (error) {
    ctx.log.warning(
      `Could not upload the current certificate again through NetSuite's certificate endpoint (${describeError(error)}); asking an admin instead.`
    )
    return undefined
  }
  if (config.dryRun) return certificateId
  await proveUploaded(ctx, config.privateKey, certificateId)
  await github.setVariable(n.certificateId, certificateId, store.variables.has(n.certificateId))
  store.variables.set(n.certificateId, certificateId)
  return certificateId
}

/**
 * What check does when NetSuite refuses the current, unexpired credentials:
 * a revoked certificate is replaced by a new key at once (promoted in the same
 * run when an upload through the API is possible, else the issue asks for the
 * new certificate); a forgotten one is registered again (through the API, else
 * by the issue); when the cause is unknown the issue explains both.
 */
import type { RotationInputs } from './start-rotation.js'
import type { RegistrationInputs } from './registration.js'
import type { Context, Result } from '../run/context.js'
import { formatDate } from '../core/time.js'
import type { GitHub } from '../github/gateway.js'
import type { RecordStore } from './record-store.js'
import { announceRotation, dropPending, type PendingRotation } from './pending.js'
import { lostReason, reregisterThroughApi, whyRefused, type Loss } from './registration.js'
import { rotationPending, startRotation } from './start-rotation.js'
import { privateKeyPem } from './credentials.js'
import { issueOutputs } from './results.js'

interface Situation {
  pending: PendingRotation
  due: boolean
  outputs: Result['outputs']
}

/** The result for a refused registration, or undefined when the due rotation handles it. */
export async function lostRegistration(
  ctx: Context<RegistrationInputs & RotationInputs>,
  github: GitHub,
  store: RecordStore,
  at: Situation
): Promise<Result | undefined> {
  const loss = await whyRefused(ctx, store)
  // A certificate that may have been revoked on purpose is never offered again: when the list
  // cannot tell, the key is replaced as if it had been revoked.
  if (loss.kind !== 'gone') return revoked(ctx, github, store, at, loss)
  if (at.due && at.pending.kind === 'none') return undefined
  return forgotten(ctx, github, store, at, loss)
}

async function revoked(
  ctx: Context<RegistrationInputs & RotationInputs>,
  github: GitHub,
  store: RecordStore,
  at: Situation,
  loss: Exclude<Loss, { kind: 'gone' }>
): Promise<Result> {
  const { inputs } = ctx
  const id = inputs.certificateId ?? ''
  const known = loss.kind === 'revoked'
  const reason = known
    ? `The current certificate \`${id}\` was **revoked** in NetSuite, so its key is treated as compromised and is never registered again. A new key replaces it.`
    : `NetSuite refuses the current certificate \`${id}\` (invalid_client) although it has not expired, and its certificate list could not be read with the credentials at hand, so it may have been **revoked** on purpose. A key that may have been taken out of service is never offered again: a new key replaces it. (If a sandbox refresh removed it instead, uploading this new certificate repairs the integration just the same.)`
  const failure = (where: string): string =>
    known
      ? `NetSuite lists the current certificate ${id} as revoked: the integration cannot log in until a new certificate is uploaded and promoted (${where}).`
      : `NetSuite refuses the current certificate ${id} (invalid_client) and its certificate list could not be read, so it is treated as revoked: the integration cannot log in until a new certificate is uploaded and promoted (${where}). A rerun does not repair this; the upload does.`
  const status = known ? 'revoked' : 'registration-missing'
  const { pending } = at
  if (pending.kind === 'pending' && !pending.rotation.reregister) {
    // A new key is already waiting: it becomes the emergency replacement.
    const rotation = { ...pending.rotation, emergency: true, reason }
    const shown = await rotationPending(ctx, github, store, { ...pending, rotation }, undefined)
    return {
      ...shown,
      status,
      outputs: { ...shown.outputs, ...at.outputs },
      failure: failure(`the pending rotation on issue #${shown.outputs['issue-number'] ?? '?'}`)
    }
  }
  if (pending.kind === 'pending') {
    // The pending pair is the revoked certificate itself, waiting to be registered again: drop it.
    await dropPending(
      ctx,
      github,
      store,
      'This certificate was revoked in NetSuite, so it must not be uploaded again. A new rotation replaces it.'
    )
  }
  const started = await startRotation(ctx, github, store, {
    reason,
    emergency: true,
    via: loss.kind === 'revoked' ? loss.via : 'none'
  })
  if (started.status === 'promoted') {
    ctx.log.warning(
      `The current certificate ${id} was revoked in NetSuite; a new key was uploaded, proven and promoted in its place, and the revoked one is not kept as previous.`
    )
    return started
  }
  return {
    ...started,
    status,
    outputs: { ...started.outputs, ...at.outputs },
    failure: failure(
      started.outputs['issue-number'] ? `issue #${started.outputs['issue-number']}` : 'the issue'
    )
  }
}

async function forgotten(
  ctx: Context<RegistrationInputs & RotationInputs>,
  github: GitHub,
  store: RecordStore,
  at: Situation,
  loss: Extract<Loss, { kind: 'gone' }>
): Promise<Result> {
  const { inputs } = ctx
  const certificate = inputs.certificate
  const id = inputs.certificateId
  const { pending } = at
  if (pending.kind === 'none') {
    const repaired = await reregisterThroughApi(ctx, store, loss.via)
    if (repaired !== undefined) {
      ctx.log.warning(
        repaired.written
          ? `NetSuite had lost the current certificate; it was uploaded again through the certificate endpoint and proven as ${repaired.value}.`
          : 'NetSuite has lost the current certificate; dry-run: would upload it again through the certificate endpoint and prove it.'
      )
      return {
        status: 'ok',
        outputs: repaired.written
          ? { ...at.outputs, 'certificate-id': repaired.value }
          : at.outputs,
        stages: [],
        nextStep: repaired.written
          ? 'Nothing to do: the registration was repaired automatically.'
          : 'dry-run: run without dry-run to upload the current certificate again and prove it.'
      }
    }
  }
  let shown: Result
  if (pending.kind === 'pending') {
    shown = await rotationPending(ctx, github, store, pending, certificate?.notAfter)
  } else {
    shown = await askToRegisterAgain(ctx, github, store, lostReason(ctx))
  }
  const issue = shown.outputs['issue-number']
  const where = issue ? `issue #${issue}` : 'an issue (dry-run: not opened)'
  const repairs =
    pending.kind === 'pending' && !pending.rotation.reregister
      ? `The pending rotation in ${where} repairs this once promoted.`
      : `${where} asks an admin to upload the same certificate again and reply with its new ID.`
  return {
    ...shown,
    status: 'registration-missing',
    outputs: { ...shown.outputs, ...at.outputs },
    failure: `NetSuite no longer accepts the current certificate ID ${id} (invalid_client) although the certificate is valid until ${certificate ? formatDate(certificate.notAfter) : 'its expiry'}: a sandbox refresh or a revocation removed it. ${repairs}`,
    nextStep: `Upload the certificate from ${where} in NetSuite and reply \`/certificate-id <ID>\` there.`
  }
}

/**
 * The key still belongs to the forgotten certificate, so an admin only uploads
 * it again and replies with its new ID: the pending stage is set to the current
 * credentials and promote does the rest.
 */
async function askToRegisterAgain(
  ctx: Context<RegistrationInputs & RotationInputs>,
  github: GitHub,
  store: RecordStore,
  reason: string
): Promise<Result> {
  const { inputs } = ctx
  const n = inputs.names
  const certificate = inputs.certificate
  const key = inputs.privateKey
  if (!certificate || !key)
    throw new Error('check needs the current key and certificate to register them again')
  await store.putSecret(n.keyPending, privateKeyPem(key))
  await store.setVariable(n.certificatePending, certificate.pem)
  const issue = await announceRotation(ctx, github, store, {
    certificate,
    reason,
    deadline: certificate.notAfter,
    reregister: true
  })
  return {
    status: 'registration-missing',
    outputs: issueOutputs(issue),
    stages: [],
    nextStep: ''
  }
}

/**
 * verify: the CI gate. Signs and exchanges a token with the current
 * credentials and fails when NetSuite refuses or the certificate is about to
 * expire. Loads neither libsodium nor Octokit: it runs on every push.
 */
import type { Context, Result } from '../action/context.js'
import { keyMatchesCertificate } from '../core/inspect.js'
import { describeError, InputError } from '../core/errors.js'
import { DAY_MS, daysUntil, formatDate } from '../core/time.js'
import { certificateOutputs, credentials } from './shared.js'

export async function verify(ctx: Context): Promise<Result> {
  const { config } = ctx
  const { privateKey: key, certificateId } = config
  if (!key || !certificateId) {
    throw new InputError(
      'verify needs private-key and certificate-id: pass `private-key: ${{ secrets.NETSUITE_PRIVATE_KEY }}` and `certificate-id: ${{ vars.NETSUITE_CERTIFICATE_ID }}`'
    )
  }
  const now = ctx.now()
  const certificate = config.certificate
  const outputs: Result['outputs'] = {
    'certificate-id': certificateId,
    ...(certificate ? certificateOutputs(certificate, now) : {})
  }
  const stage = {
    stage: 'current' as const,
    certificateId,
    fingerprint: certificate?.fingerprint,
    notAfter: certificate?.notAfter
  }
  const fail = (failure: string, state: string, status: Result['status'] = 'failed'): Result => ({
    status,
    outputs,
    failure,
    stages: [{ ...stage, state }],
    nextStep: 'Fix the credentials (see the error), or run the rotation workflow.',
    writes: []
  })

  if (certificate && !keyMatchesCertificate(key.keyObject, certificate)) {
    return fail(
      'private-key does not belong to certificate: they come from different rotations',
      'key mismatch'
    )
  }
  if (certificate) {
    const days = daysUntil(certificate.notAfter, now)
    if (days < 0)
      return fail(
        `the certificate expired on ${certificate.notAfter.toISOString()}: run the rotation workflow`,
        'expired',
        'expired'
      )
    if (certificate.notAfter.getTime() - now.getTime() <= config.failBeforeDays * DAY_MS) {
      return fail(
        `the certificate expires on ${formatDate(certificate.notAfter)}, within fail-before-days (${config.failBeforeDays}); promote the pending rotation or run the rotation workflow`,
        `expires in ${days} days`
      )
    }
  }
  try {
    const token = await ctx.netsuite.prove(credentials(ctx, key, certificateId))
    ctx.log.info(
      `NetSuite accepted certificate ${certificateId}: ${token.tokenType} token valid for ${token.expiresIn} s`
    )
    return {
      status: 'verified',
      outputs: { ...outputs, 'access-token': token.accessToken },
      stages: [{ ...stage, state: 'verified' }],
      nextStep: 'Nothing to do: the credentials work.',
      writes: []
    }
  } catch (error) {
    return fail(`verify: ${describeError(error)}`, 'refused by NetSuite')
  }
}

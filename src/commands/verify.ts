/**
 * verify: the CI gate. Signs and exchanges a token with the current
 * credentials and fails when NetSuite refuses or the certificate is about to
 * expire. Loads neither libsodium nor Octokit: it runs on every push.
 */
import type { Result } from '../run/context.js'
import { defineCommand } from '../run/command.js'
import { describeError } from '../core/errors.js'
import { DAY_MS, daysUntil, formatDate } from '../core/time.js'
import { certificateOutputs } from '../rotation/results.js'
import { checkSameStage, credentials } from '../rotation/credentials.js'

export default defineCommand({
  needs: ['clientId', 'privateKey', 'certificateId'],
  uses: ['certificate', 'failBeforeDays', 'algorithm'],
  writesSecrets: false,
  check: inputs => checkSameStage(inputs.privateKey, inputs.certificate, inputs.names),
  run: async ctx => {
    const { inputs } = ctx
    const { privateKey: key, certificateId } = inputs
    const now = ctx.now()
    const certificate = inputs.certificate
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
      nextStep: 'Fix the credentials (see the error), or run the rotation workflow.'
    })

    if (certificate) {
      const days = daysUntil(certificate.notAfter, now)
      if (days < 0)
        return fail(
          `the certificate expired on ${certificate.notAfter.toISOString()}: run the rotation workflow`,
          'expired',
          'expired'
        )
      if (certificate.notAfter.getTime() - now.getTime() <= inputs.failBeforeDays * DAY_MS) {
        return fail(
          `the certificate expires on ${formatDate(certificate.notAfter)}, within fail-before-days (${inputs.failBeforeDays}); promote the pending rotation or run the rotation workflow`,
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
        nextStep: 'Nothing to do: the credentials work.'
      }
    } catch (error) {
      return fail(`verify: ${describeError(error)}`, 'refused by NetSuite')
    }
  }
})

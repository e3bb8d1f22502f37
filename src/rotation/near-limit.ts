/**
 * check's early warning: with uploads through NetSuite's API and current credentials that
 * work, it counts the integration's active certificates and warns at 4 of 5, when the next
 * upload reaches NetSuite's limit. A list that cannot be read is not check's failure: it
 * is said in the log, and doctor says why.
 */
import type { Context } from '../run/context.js'
import { describeError } from '../core/errors.js'
import { nearLimitWarning } from '../netsuite/certificates.js'
import { apiUpload, currentCredentials, endpointFor, type ZeroTouchInputs } from './zero-touch.js'

export async function warnWhenNearLimit(ctx: Context<ZeroTouchInputs>): Promise<void> {
  const api = apiUpload(ctx.inputs)
  const via = currentCredentials(ctx.inputs)
  if (!api || !via) return
  try {
    const listed = await (await endpointFor(ctx, api.url, via)).list()
    const warning = nearLimitWarning(listed.filter(certificate => certificate.active).length)
    if (warning)
      ctx.log.warning(
        `${warning}. Revoke certificates nobody uses (run doctor: it lists each one with its stage).`
      )
  } catch (error) {
    ctx.log.info(
      `NetSuite's certificate list could not be read to count the active certificates: ${describeError(error)}`
    )
  }
}

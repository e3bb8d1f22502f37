/**
 * What follows every command once the source repository is complete: the current
 * credentials are copied to the fan-out targets, then notifications are sent. Both read and
 * write the rotation record (what each target last received, which notifications were
 * sent), opened here once. Neither can undo the command: a failure here fails the run
 * with the command's result kept.
 */
import type { Result } from '../run/context.js'
import type { FollowUpContext } from './context.js'
import { describeError } from '../core/errors.js'
import { RecordStore } from '../rotation/record-store.js'
import { refusePublicTargets } from './public-targets.js'
import { fanOut } from './fan-out.js'
import { notify } from './notifications.js'

export { FOLLOW_UP_FIELDS } from './context.js'

/** Checks, before the command writes anything, what the follow-up will write: no target may
 * be a public repository. verify never fans out; without admin-token nothing is copied. */
export async function beforeCommand(ctx: FollowUpContext): Promise<void> {
  if (ctx.inputs.targets.length === 0 || ctx.command === 'verify' || !ctx.inputs.adminToken) return
  await refusePublicTargets(await ctx.github(), ctx.inputs.targets)
}

export async function followUp(ctx: FollowUpContext, result: Result): Promise<Result> {
  const { targets, notifyUrl } = ctx.inputs
  if (targets.length === 0 && !notifyUrl) return result
  let after = result
  try {
    const github = await ctx.github()
    const store = github.canReadAdmin
      ? await RecordStore.open(github, ctx.inputs.names.state)
      : undefined
    after = await fanOut(ctx, github, store, result)
    await notify(ctx, store, after)
  } catch (error) {
    const problem = `after the command: ${describeError(error)}`
    after = { ...after, failure: after.failure ? `${after.failure} Also, ${problem}` : problem }
    // The run fails either way; the webhook still hears of it, with nothing recorded.
    await notify(ctx, undefined, after).catch(() => undefined)
  }
  return after
}

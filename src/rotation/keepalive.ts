/**
 * GitHub disables scheduled workflows in public repositories after 60 days
 * without activity; enabling the workflow through the API keeps it running.
 */
import type { Uses } from '../inputs/fields.js'
import { describeError } from '../core/errors.js'
import type { Context } from '../run/context.js'
import type { GitHub } from '../github/gateway.js'

export async function keepWorkflowAlive(
  ctx: Context<Uses<'keepalive'>>,
  github: GitHub
): Promise<void> {
  const { inputs } = ctx
  if (!inputs.keepalive || ctx.run.eventName !== 'schedule' || !ctx.run.workflowRef) return
  const file = /\.github\/workflows\/([^@]+)@/.exec(ctx.run.workflowRef)?.[1]
  if (!file) return
  try {
    await github.enableWorkflow(file)
  } catch (error) {
    ctx.log.warning(
      `keepalive could not keep ${file} enabled (${describeError(error)}); grant \`actions: write\` to github-token, or GitHub may disable this schedule after 60 days without activity`
    )
  }
}

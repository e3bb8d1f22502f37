/** What the sandbox's chat webhook received, as the scenarios compare it. */
import type { World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'

export interface SentNotification {
  text: string
  netsuite: {
    event: string
    account: string | null
    status: string | null
    certificateId: string | null
    issueUrl: string | null
    runUrl: string | null
  }
}

/** The notifications the webhook received after the first `since` requests. */
export function sentSince(world: World, since = 0): SentNotification[] {
  if (!world.webhook) throw new Error('the world was started without a webhook')
  return world.webhook.requests.slice(since).map(request => request.json as SentNotification)
}

/** Their events, in order. */
export function eventsSince(world: World, since = 0): string[] {
  return sentSince(world, since).map(sent => sent.netsuite.event)
}

/** Two scheduled checks a day apart, and how many notifications were sent before them. */
export async function twoDailyChecks(
  world: World,
  inputs: Record<string, string>
): Promise<{ checks: RunResult[]; before: number }> {
  const before = world.webhook?.requests.length ?? 0
  const checks = [await world.step('check', { inputs })]
  world.advanceDays(1)
  checks.push(await world.step('check', { inputs }))
  return { checks, before }
}

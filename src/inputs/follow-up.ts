/**
 * The inputs of what follows a command: where the current credentials are copied
 * (`targets`) and where notifications go (`notify-url`, `notify-on`). Parsed once,
 * with the other inputs, before anything is written.
 */
import type { ActionsScope } from '../github/actions-scope.js'
import { parseTargets, type TargetSource } from './targets.js'
import { parseNotifyOn, type NotificationEvent } from './notify-on.js'
import { notifyUrlSecrets, parseNotifyUrl, type NotifyUrl } from './notify-url.js'

export interface FollowUpInputs {
  /** Fan-out targets, in the order given. */
  targets: ActionsScope[]
  /** Undefined: no notifications. Prints as `***`. */
  notifyUrl?: NotifyUrl
  notifyOn: ReadonlySet<NotificationEvent>
}

/** Masks every piece of notify-url before it is validated (a refused URL is not echoed either). */
export function maskFollowUpInputs(
  read: (name: string) => string,
  setSecret: (value: string) => void
): void {
  for (const secret of notifyUrlSecrets(read('notify-url'))) setSecret(secret)
}

export function parseFollowUpInputs(
  read: (name: string) => string,
  source: TargetSource
): FollowUpInputs {
  return {
    targets: parseTargets(read('targets'), source),
    // Already masked by maskFollowUpInputs, which runs before any input is parsed.
    notifyUrl: parseNotifyUrl(read('notify-url'), () => undefined),
    notifyOn: parseNotifyOn(read('notify-on'))
  }
}

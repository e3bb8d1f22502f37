/**
 * One JSON POST per notification. A notification is a courtesy: whatever the
 * webhook does (fails, hangs, redirects, answers a megabyte), the outcome is
 * returned and logged as a warning, never thrown, and never names the URL.
 */
import { readFetchFailure } from '../core/fetch-failure.js'
import { outboundFetch } from '../core/outbound.js'
import type { PlannedNotification } from './notify-plan.js'
import { requestBody, type NotificationPayload } from './notify-payload.js'
import type { NotifyUrl } from '../inputs/notify-url.js'
import { readCapped } from '../core/response-body.js'

/** The contract's limit for a notification, request and response together. */
export const NOTIFY_TIMEOUT_MS = 10_000
/** Chat services answer "ok" or a short JSON; anything longer is read this far and dropped. */
export const MAX_RESPONSE_BYTES = 64 * 1024

/** The two things the sender says; the action's logger fits. */
export interface NotifyLog {
  info(message: string): void
  warning(message: string): void
}

export type SendOutcome =
  | { kind: 'delivered'; status: number }
  | { kind: 'http-error'; status: number }
  | { kind: 'redirect-refused'; status: number }
  | { kind: 'timeout'; timeoutMs: number }
  | { kind: 'network-error'; reason: string }

export interface SendOptions {
  timeoutMs?: number
  log?: NotifyLog
}

/** A fixed phrase per failure class: the error's own message names the host and port. */
function networkReason(code: string): string {
  if (code === 'ECONNREFUSED') return 'connection refused'
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host name not found'
  if (code === 'ECONNRESET' || code === 'EPIPE') return 'connection closed before an answer'
  if (/CERT|SELF_SIGNED|TLS|SSL/i.test(code)) return 'TLS certificate not accepted'
  return 'network error'
}

/** Reads at most MAX_RESPONSE_BYTES of the answer and drops it, so the connection is released. */
async function drain(response: Response): Promise<void> {
  // The status is what counts; an answer cut short changes nothing.
  await readCapped(response, MAX_RESPONSE_BYTES).catch(() => undefined)
}

async function post(url: NotifyUrl, body: string, timeoutMs: number): Promise<SendOutcome> {
  try {
    const response = await outboundFetch(url.forRequest(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      // A redirect could carry the payload somewhere the owner of the URL never chose.
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs)
    })
    await drain(response)
    const { status } = response
    if (status >= 200 && status < 300) return { kind: 'delivered', status }
    if (status >= 300 && status < 400) return { kind: 'redirect-refused', status }
    return { kind: 'http-error', status }
  } catch (error) {
    const failure = readFetchFailure(error)
    if (failure.timedOut) return { kind: 'timeout', timeoutMs }
    return { kind: 'network-error', reason: networkReason(failure.code) }
  }
}

export function describeOutcome(outcome: SendOutcome): string {
  switch (outcome.kind) {
    case 'delivered':
      return `delivered (HTTP ${outcome.status})`
    case 'http-error':
      return `the webhook answered HTTP ${outcome.status}`
    case 'redirect-refused':
      return `the webhook answered with a redirect (HTTP ${outcome.status}), which is never followed: set notify-url to the final webhook URL`
    case 'timeout':
      return `no answer within ${outcome.timeoutMs / 1000} s`
    case 'network-error':
      return outcome.reason
  }
}

export async function sendNotification(
  url: NotifyUrl,
  payload: NotificationPayload,
  options: SendOptions = {}
): Promise<SendOutcome> {
  const timeoutMs = options.timeoutMs ?? NOTIFY_TIMEOUT_MS
  const outcome = await post(url, requestBody(payload, url.shape), timeoutMs)
  const event = payload.netsuite.event
  if (outcome.kind === 'delivered') {
    options.log?.info(`Notification "${event}" ${describeOutcome(outcome)}.`)
  } else {
    options.log?.warning(
      `Notification "${event}" was not delivered: ${describeOutcome(outcome)}. The run goes on; check that notify-url holds the webhook URL the chat service shows and that it takes a JSON POST.`
    )
  }
  return outcome
}

export interface DeliverOptions extends SendOptions {
  /** Log what would be sent, send nothing, record nothing. */
  dryRun?: boolean
}

/** Sends each planned notification in turn; returns those delivered, for markSent. */
export async function deliverNotifications(
  url: NotifyUrl | undefined,
  planned: readonly PlannedNotification[],
  options: DeliverOptions = {}
): Promise<PlannedNotification[]> {
  if (!url) return []
  const delivered: PlannedNotification[] = []
  for (const notification of planned) {
    if (options.dryRun) {
      options.log?.info(`Dry run: would send notification "${notification.event}".`)
      continue
    }
    const outcome = await sendNotification(url, notification.payload, options)
    if (outcome.kind === 'delivered') delivered.push(notification)
  }
  return delivered
}

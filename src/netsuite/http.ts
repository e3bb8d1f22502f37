/**
 * One HTTP call to NetSuite with a timeout and bounded retries (exponential
 * backoff with full jitter) on network errors, 429 and 5xx. Anything else is
 * returned to the caller to interpret: invalid_client and friends are final.
 */
export interface RetryPolicy {
  attempts: number
  baseDelayMs: number
  maxDelayMs: number
  timeoutMs: number
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 8000,
  timeoutMs: 20_000
}

export interface HttpResponse {
  status: number
  headers: Headers
  text: string
}

export class NetworkError extends Error {
  override name = 'NetworkError'
}

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' && key in value
    ? (value as Record<string, unknown>)[key]
    : undefined
}

const sleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms))

function retryAfterMs(headers: Headers, maxMs: number): number | undefined {
  const value = headers.get('retry-after')
  if (!value) return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.min(seconds * 1000, maxMs)
  const date = Date.parse(value)
  return Number.isFinite(date) ? Math.min(Math.max(0, date - Date.now()), maxMs) : undefined
}

export async function requestWithRetry(
  url: string,
  init: RequestInit,
  policy: RetryPolicy = DEFAULT_RETRY
): Promise<HttpResponse> {
  const host = new URL(url).host
  let lastProblem = ''
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    let wait: number | undefined
    try {
      const response = await fetch(url, { ...init, signal: AbortSignal.timeout(policy.timeoutMs) })
      const text = await response.text()
      const retryable = response.status === 429 || response.status >= 500
      if (!retryable || attempt === policy.attempts) {
        return { status: response.status, headers: response.headers, text }
      }
      lastProblem = `HTTP ${response.status}`
      wait = retryAfterMs(response.headers, policy.maxDelayMs)
    } catch (error) {
      // Duck-typed, not instanceof: fetch's errors may come from another realm (Jest's VM modules).
      const name = field(error, 'name')
      const timedOut = name === 'TimeoutError' || name === 'AbortError'
      const causeMessage = field(field(error, 'cause'), 'message')
      const cause = typeof causeMessage === 'string' ? causeMessage : ''
      lastProblem = timedOut
        ? `no answer within ${policy.timeoutMs / 1000} s`
        : `connection failed${cause ? ` (${cause})` : ''}`
      if (attempt === policy.attempts) break
    }
    const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1))
    await sleep(wait ?? Math.round(backoff / 2 + Math.random() * (backoff / 2)))
  }
  throw new NetworkError(
    `could not reach NetSuite at ${host} after ${policy.attempts} attempts: ${lastProblem}. Check account-id (or token-url) and that the runner can reach NetSuite; a rerun repairs a passing outage.`
  )
}

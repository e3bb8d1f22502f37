/**
 * One HTTP call to NetSuite with a timeout and bounded retries (exponential
 * backoff with full jitter) on network errors, 429 and 5xx. Anything else is
 * returned to the caller to interpret: invalid_client and friends are final.
 * Redirects are refused, never followed: following a 307 would post the signed
 * client assertion (or the access token) to whatever host the answer names.
 */
import { readFetchFailure } from '../core/fetch-failure.js'
import { outboundFetch } from '../core/outbound.js'
import { clip, inlineCode, oneLine } from '../core/outside-text.js'
import { readCapped } from '../core/response-body.js'

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

/** NetSuite's answers are small; more than this is not read (and not kept in memory). */
export const MAX_BODY_BYTES = 64 * 1024

/** The endpoint answered with a redirect, which is never followed. */
export class RedirectRefused extends Error {
  override name = 'RedirectRefused'
}

function redirectRefused(url: string, status: number, location: string | null): RedirectRefused {
  let target = ''
  try {
    if (location) target = ` to ${inlineCode(new URL(location, url).host)}`
  } catch {
    // An unreadable Location is still a redirect; it is not shown.
  }
  return new RedirectRefused(
    `NetSuite's endpoint at ${inlineCode(new URL(url).host)} answered with a redirect (HTTP ${status})${target}. Redirects are refused, never followed, so nothing (no client assertion, no token) was sent there. Set token-url / certificates-url to the final https:// address on a *.netsuite.com host, or leave them empty to use the account's own endpoints; if a proxy of yours redirects, make it forward instead.`
  )
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

/**
 * `init` may be a function, called once per attempt: a token request signs a
 * new assertion for each, so a retry never repeats a jti NetSuite may have
 * spent on a request whose answer was lost.
 */
export async function requestWithRetry(
  url: string,
  init: RequestInit | (() => Promise<RequestInit>),
  policy: RetryPolicy = DEFAULT_RETRY
): Promise<HttpResponse> {
  const host = new URL(url).host
  let lastProblem = ''
  let redirect: RedirectRefused | undefined
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    let wait: number | undefined
    // Outside the try: a failure to build the request is not a network problem.
    const attemptInit = typeof init === 'function' ? await init() : init
    try {
      const response = await outboundFetch(url, {
        ...attemptInit,
        redirect: 'manual',
        signal: AbortSignal.timeout(policy.timeoutMs)
      })
      if (response.status >= 300 && response.status < 400) {
        await response.body?.cancel()
        redirect = redirectRefused(url, response.status, response.headers.get('location'))
        break
      }
      const text = await readCapped(response, MAX_BODY_BYTES)
      const retryable = response.status === 429 || response.status >= 500
      if (!retryable || attempt === policy.attempts) {
        return { status: response.status, headers: response.headers, text }
      }
      lastProblem = `HTTP ${response.status}`
      wait = retryAfterMs(response.headers, policy.maxDelayMs)
    } catch (error) {
      const failure = readFetchFailure(error)
      // One line and cut: TLS errors span lines, and this message reaches comments too.
      const cause = clip(oneLine(failure.causeMessage), 200)
      lastProblem = failure.timedOut
        ? `no answer within ${policy.timeoutMs / 1000} s`
        : `connection failed${cause ? ` (${cause})` : ''}`
      if (attempt === policy.attempts) break
    }
    const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1))
    await sleep(wait ?? Math.round(backoff / 2 + Math.random() * (backoff / 2)))
  }
  if (redirect) throw redirect
  throw new NetworkError(
    `could not reach NetSuite at ${host} after ${policy.attempts} attempts: ${lastProblem}. Check account-id (or token-url) and that the runner can reach NetSuite; a rerun repairs a passing outage.`
  )
}

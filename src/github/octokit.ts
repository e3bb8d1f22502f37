import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import Bottleneck from 'bottleneck/light.js'
import { outboundFetch, USER_AGENT } from '../core/outbound.js'

export type Octokit = ReturnType<typeof getOctokit>

/** A request whose route is built at run time, so Octokit cannot type its answer: the status
 * and the data, unknown until the caller checks its shape. */
export async function requestAnswer(
  octokit: Octokit,
  route: string,
  parameters?: Record<string, unknown>
): Promise<{ status: number; data: unknown }> {
  const { status, data } = (await octokit.request(route, parameters)) as {
    status: number
    data: unknown
  }
  return { status, data }
}

/** The REST API version every request names: unversioned requests would move to a newer
 * version when GitHub retires this one. */
export const GITHUB_API_VERSION = '2022-11-28'

/** GitHub's advice: at least a second between writes; also the base of the backoff between
 * retries of server errors (1, 4 and 9 times it). */
export const DEFAULT_PACE_MS = 1000

/** How long a run may wait for a used-up primary rate limit to reset before it gives up. */
const MAX_PRIMARY_WAIT_S = 60

export interface ClientOptions {
  token: string
  apiUrl: string
  onWarning: (message: string) => void
  /** Milliseconds between writes and base of the server-error backoff (DEFAULT_PACE_MS). */
  paceMs?: number
}

/** Reads NETSUITE_M2M_GITHUB_PACE_MS: a GitHub Enterprise Server with rate limiting turned off
 * (or any API that does not ask for spacing) may lower the pace; unset keeps GitHub's advice. */
export function paceFromEnvironment(env: Record<string, string | undefined>): number {
  const raw = env.NETSUITE_M2M_GITHUB_PACE_MS?.trim()
  if (raw === undefined || raw === '') return DEFAULT_PACE_MS
  if (!/^\d{1,6}$/.test(raw)) {
    throw new Error(
      `NETSUITE_M2M_GITHUB_PACE_MS must be a whole number of milliseconds (0 to 999999), not "${raw}"`
    )
  }
  return Number(raw)
}

interface HookedOctokit {
  hook: {
    before(name: 'request', hook: (options: { headers: Record<string, unknown> }) => void): void
    error(name: 'request', hook: (error: unknown) => never): void
  }
}

/** Sends X-GitHub-Api-Version on every request. */
function apiVersion(octokit: HookedOctokit): Record<string, never> {
  octokit.hook.before('request', options => {
    options.headers['x-github-api-version'] = GITHUB_API_VERSION
  })
  return {}
}

/** GitHub documents a 403/429 carrying `retry-after` as a secondary rate limit; the throttling
 * plugin recognises one only by its message. Name it, so the plugin backs off for it too. */
function secondaryByRetryAfter(octokit: HookedOctokit): Record<string, never> {
  octokit.hook.error('request', error => {
    const e = error as {
      status?: number
      message?: string
      response?: { headers?: Record<string, unknown> }
    }
    const limited = e.status === 403 || e.status === 429
    if (limited && e.response?.headers?.['retry-after'] !== undefined) {
      if (!/\bsecondary rate\b/i.test(e.message ?? '')) {
        e.message = `secondary rate limit: ${e.message ?? ''}`
      }
    }
    throw error
  })
  return {}
}

export function createClient(options: ClientOptions): Octokit {
  const pace = options.paceMs ?? DEFAULT_PACE_MS
  const where = (request: { method?: string; url?: string }): string =>
    `${request.method ?? ''} ${request.url ?? ''}`.trim()
  return getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl.replace(/\/+$/, ''),
      userAgent: USER_AGENT,
      // Through the same proxy rule and client as every other request of the run.
      request: { fetch: outboundFetch },
      retry: {
        retries: 3,
        retryAfterBaseValue: pace,
        // Rate limits (403/429) are the throttling plugin's; 409 is an answer (a variable that
        // exists), not a fault: retrying it only delays the PATCH that follows.
        doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451]
      },
      throttle: {
        enabled: true,
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: pace }),
        // Writes that notify people (issues, comments): GitHub asks for more room.
        notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 3 * pace }),
        onRateLimit: (
          retryAfter: number,
          request: { method?: string; url?: string },
          _octokit: unknown,
          retryCount: number
        ) => {
          if (retryCount > 0 || retryAfter > MAX_PRIMARY_WAIT_S) return false
          options.onWarning(
            `GitHub's API rate limit is used up (${where(request)}); it resets in ${retryAfter} s, waiting`
          )
          return true
        },
        onSecondaryRateLimit: (
          retryAfter: number,
          request: { method?: string; url?: string },
          _octokit: unknown,
          retryCount: number
        ) => {
          if (retryCount >= 2) return false
          options.onWarning(
            `GitHub's secondary rate limit was hit (${where(request)}); waiting ${retryAfter} s as GitHub asks (retry ${retryCount + 1} of 2)`
          )
          return true
        }
      },
      log: { debug: () => {}, info: () => {}, warn: options.onWarning, error: () => {} }
    },
    retry,
    apiVersion,
    secondaryByRetryAfter,
    throttling
  )
}

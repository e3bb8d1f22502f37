import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

export type Octokit = ReturnType<typeof getOctokit>

export interface ClientOptions {
  token: string
  apiUrl: string
  onWarning: (message: string) => void
}

/**
 * The sandbox emulator listens on loopback, where GitHub's advice to space
 * writes a second apart (secondary rate limits) and to back off for seconds has
 * nothing to protect; everywhere else the plugins' defaults apply.
 */
function isLoopback(apiUrl: string): boolean {
  const host = new URL(apiUrl).hostname
  return host === 'localhost' || host === '[::1]' || /^127\./.test(host)
}

export function createClient(options: ClientOptions): Octokit {
  const loopback = isLoopback(options.apiUrl)
  return getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl.replace(/\/+$/, ''),
      retry: { retries: 3, retryAfterBaseValue: loopback ? 25 : 1000 },
      throttle: {
        enabled: !loopback,
        onRateLimit: (
          retryAfter: number,
          _options: unknown,
          _octokit: unknown,
          retryCount: number
        ) => {
          options.onWarning(`GitHub rate limit reached; retrying in ${retryAfter} s`)
          return retryCount < 2
        },
        onSecondaryRateLimit: (
          retryAfter: number,
          _options: unknown,
          _octokit: unknown,
          retryCount: number
        ) => {
          options.onWarning(`GitHub secondary rate limit reached; retrying in ${retryAfter} s`)
          return retryCount < 2
        }
      },
      log: { debug: () => {}, info: () => {}, warn: options.onWarning, error: () => {} }
    },
    retry,
    throttling
  )
}

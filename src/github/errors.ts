import { describeError, GitHubError } from '../core/errors.js'
import { clip, inlineCode } from '../core/outside-text.js'
import { scopeLabel, type ActionsScope } from './actions-scope.js'

export type TokenRole = 'github-token' | 'admin-token'

interface RequestErrorLike {
  status: number
  message: string
  response?: { headers?: Record<string, unknown>; data?: unknown }
}

function isRequestError(error: unknown): error is RequestErrorLike {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { status?: unknown }).status === 'number'
  )
}

function header(error: RequestErrorLike, name: string): string | undefined {
  const value = error.response?.headers?.[name]
  if (value === undefined || value === null) return undefined
  if (Array.isArray(value)) return value.join(', ')
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined
}

/** A 403/429 that is a rate limit, not a refusal: GitHub's primary limit empties
 * `x-ratelimit-remaining` until `x-ratelimit-reset`; a secondary one says so in its message
 * or carries `retry-after`. */
function rateLimitMessage(
  error: RequestErrorLike,
  step: string,
  token: TokenRole
): string | undefined {
  if (error.status !== 403 && error.status !== 429) return undefined
  if (header(error, 'x-ratelimit-remaining') === '0') {
    const reset = Number(header(error, 'x-ratelimit-reset'))
    const when =
      Number.isFinite(reset) && reset > 0
        ? new Date(reset * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
        : 'the time GitHub gives in x-ratelimit-reset'
    return `${step} failed: GitHub's API rate limit for ${token} is used up until ${when} (a rate limit, not a missing permission). Rerun after that time: every step is safe to run again.`
  }
  const retryAfter = header(error, 'retry-after')
  if (retryAfter !== undefined || /\bsecondary rate\b/i.test(error.message)) {
    const wait = retryAfter === undefined ? '' : ` (GitHub asked to wait ${retryAfter} s)`
    return `${step} failed: GitHub's secondary rate limit stopped ${token}${wait}: too many requests in a short time, not a missing permission. Rerun in a few minutes: every step is safe to run again.`
  }
  return undefined
}

/** The `message` of GitHub's answer (Octokit's own message when there is none). */
function githubMessage(error: RequestErrorLike): string {
  const data = error.response?.data as { message?: unknown } | undefined
  return typeof data?.message === 'string' ? data.message : error.message
}

/**
 * A 403 that is not a missing permission, explained with its fix: SAML single sign-on not
 * authorized for the token (GitHub sends `x-github-sso`), the organization's IP allow list,
 * or its policy on tokens. Undefined for anything else.
 */
function refusalMessage(
  error: RequestErrorLike,
  step: string,
  token: TokenRole
): string | undefined {
  if (error.status !== 403) return undefined
  // GitHub's own words, shown as data: one line, cut, inline code nothing breaks out of.
  const message = githubMessage(error)
  const said = `GitHub said: ${inlineCode(clip(message, 300))}`
  const sso = header(error, 'x-github-sso')
  if (sso !== undefined) {
    const url = /\burl=(https:\/\/\S+)/.exec(sso)?.[1]
    const where = url ? ` at ${inlineCode(clip(url, 300))}` : ''
    return `${step} failed: the organization uses SAML single sign-on and ${token} is not authorized for it (not a missing permission). Authorize the token for the organization${where} (a personal access token: Settings > Developer settings > Personal access tokens > Configure SSO), update the secret if it changed, then rerun. ${said}`
  }
  if (/\bIP allow list\b/i.test(message)) {
    return `${step} failed: the organization's IP allow list does not include this runner's address (not a missing permission). Add the runner's outgoing address (or its proxy's) to the allow list under the organization's Settings > Authentication security, or run the job on a runner whose address is allowed, then rerun. ${said}`
  }
  if (/\bforbids access via\b/i.test(message)) {
    return `${step} failed: an organization policy forbids this kind of token for ${token} (not a missing permission). Use a token the policy allows (a fine-grained token within the allowed lifetime, or a GitHub App token), update the secret, then rerun. ${said}`
  }
  return undefined
}

/** What GitHub says the refused request needs, when it says (x-accepted-github-permissions). */
function neededPermission(error: RequestErrorLike): string {
  const needed = header(error, 'x-accepted-github-permissions')
  return needed ? ` (GitHub says the request needs ${inlineCode(clip(needed, 100))})` : ''
}

/** Turns Octokit's errors into messages that say what to fix and whether a rerun repairs it.
 * A refusal where Actions secrets and variables live is `explainScopeError`'s. */
export function explainGitHubError(error: unknown, step: string, token: TokenRole): GitHubError {
  // Already explained where it was found (it names its own fix): explained once, not twice.
  if (error instanceof GitHubError) return error
  if (!isRequestError(error)) {
    return new GitHubError(
      `${step} failed: ${describeError(error)}. A rerun repairs this: every step is safe to run again.`
    )
  }
  const { status } = error
  const limited = rateLimitMessage(error, step, token)
  if (limited) return new GitHubError(limited, status, true)
  const refused = refusalMessage(error, step, token)
  if (refused) return new GitHubError(refused, status, false)
  if (status === 401) {
    return new GitHubError(
      `${step} failed: GitHub refused ${token} (401 Bad credentials): it is missing, expired or revoked; create a new one and update the secret`,
      status,
      false
    )
  }
  if (status === 403 && token === 'admin-token') {
    return new GitHubError(
      `${step} failed: admin-token may not do this (403)${neededPermission(error)}: use a fine-grained token or GitHub App token that can read the repository (README#tokens)`,
      status,
      false
    )
  }
  if (status === 403) {
    return new GitHubError(
      `${step} failed: github-token may not do this (403)${neededPermission(error)}: grant \`permissions: issues: write\` (and \`actions: write\` for keepalive) in the workflow`,
      status,
      false
    )
  }
  const detail = error.message.split('\n')[0].slice(0, 200)
  return new GitHubError(
    `${step} failed: GitHub answered HTTP ${status} (${detail}). ${status >= 500 || status === 429 ? 'A rerun repairs this: every step is safe to run again.' : 'Fix the cause, then rerun.'}`,
    status,
    status >= 500 || status === 429
  )
}

export function statusOf(error: unknown): number | undefined {
  return isRequestError(error) ? error.status : undefined
}

/** Where a read or write of Actions secrets or variables failed, as its error names it. */
export interface ScopeFailure {
  scope: ActionsScope
  what: 'secrets' | 'variables'
  /** A fan-out target, named as such; else the run's own repository or environment. */
  target: boolean
}

/** A refusal where Actions secrets and variables live, explained with the repository (or
 * organization), the environment, and the permission admin-token lacks there; rate limits,
 * single sign-on, bad credentials and server errors as for any other step. */
export function explainScopeError(
  error: unknown,
  step: string,
  failure: ScopeFailure
): GitHubError {
  const status = statusOf(error)
  const other = isRequestError(error)
    ? (rateLimitMessage(error, step, 'admin-token') ?? refusalMessage(error, step, 'admin-token'))
    : undefined
  if (other || error instanceof GitHubError || (status !== 403 && status !== 404)) {
    return explainGitHubError(error, step, 'admin-token')
  }
  const { scope } = failure
  const where = `${step} failed: ${failure.target ? `fan-out target ${scopeLabel(scope)}: ` : ''}`
  const message =
    scope.kind === 'organization'
      ? organizationRefusal(status, scope.org, failure.what)
      : repositoryRefusal(error as RequestErrorLike, scope)
  return new GitHubError(where + message, status, false)
}

function organizationRefusal(status: number | undefined, org: string, what: string): string {
  const [fineGrained, app] =
    what === 'secrets'
      ? ['Secrets', 'organization_secrets']
      : ['Variables', 'organization_actions_variables']
  return status === 404
    ? `GitHub answered 404; the organization ${org} does not exist or admin-token belongs elsewhere (a fine-grained token's resource owner, or the GitHub App's installation, must be ${org})`
    : `admin-token lacks the organization permission ${fineGrained} (read and write) on ${org}; for a GitHub App, ${app}: write (README#tokens)`
}

function repositoryRefusal(
  error: RequestErrorLike,
  scope: Exclude<ActionsScope, { kind: 'organization' }>
): string {
  const repo = `${scope.owner}/${scope.repo}`
  // An environment's secrets and variables are governed by the Environments permission.
  const permission =
    scope.kind === 'environment'
      ? 'Environments (read and write; GitHub App: `environments: write`)'
      : 'Secrets and Variables (read and write)'
  if (error.status === 404) {
    const missing =
      scope.kind === 'environment'
        ? `the environment "${scope.environment}" of ${repo} does not exist (create it under Settings > Environments), or ${repo} does not, or admin-token cannot see it`
        : `${repo} does not exist or admin-token cannot see it`
    return `GitHub answered 404; ${missing}: give admin-token access with ${permission} on ${repo}`
  }
  const governed =
    scope.kind === 'environment'
      ? " (an environment's secrets and variables are governed by Environments, not by Secrets and Variables)"
      : ''
  return `admin-token cannot write Actions secrets/variables${neededPermission(error)}: it lacks ${permission} on ${repo}${governed}; GITHUB_TOKEN never has it. Use a fine-grained token or GitHub App token with that permission (README#tokens)`
}

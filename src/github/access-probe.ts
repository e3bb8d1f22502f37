/**
 * Read-only questions about where admin-token may keep Actions secrets and variables: a
 * repository, one of its environments, or the organization. Each answer is GitHub's status
 * (and the permission GitHub names when it refuses), never an exception for a refusal, so
 * the doctor can judge every scope in one run. Nothing here writes: GitHub tells a token's
 * write permission only by accepting a write, so read access is what can be proven.
 */
import { statusOf } from './errors.js'
import type { Octokit } from './octokit.js'
import { base as scopeBase, type ActionsScope } from './actions-scopes.js'

/** What GitHub answered one read. */
export interface ProbeAnswer {
  /** The HTTP status: 200 read, 403 refused, 404 not there or not visible, 401 bad token. */
  status: number
  /** The permission GitHub said the request needs (`x-accepted-github-permissions`), on a refusal. */
  wants?: string
}

/** A repository as GitHub shows it to the token. */
export interface RepositoryAnswer extends ProbeAnswer {
  /** `public`, `private` or `internal`, when it could be read. */
  visibility?: string
}

/** The few requests a probe makes: the gateway's admin-token client, or a test's stand-in. */
export type ProbeClient = Pick<Octokit, 'request'>

export class AccessProbe {
  /** `client` is undefined when admin-token is not set: every answer is then 401. */
  constructor(private readonly client: ProbeClient | undefined) {}

  /** Reads the scope's public key for secrets: what sealing a secret there needs first. */
  async secrets(scope: ActionsScope): Promise<ProbeAnswer> {
    return this.ask(`GET ${scopeBase(scope, 'secrets')}/public-key`, {})
  }

  /**
   * Reads the scope's variables: one page of the list in a repository or environment; in
   * the organization (which serves no list here) the variable `name`, where 404 means it
   * does not exist yet and still proves the read.
   */
  async variables(scope: ActionsScope, name: string): Promise<ProbeAnswer> {
    const answer =
      scope.kind === 'organization'
        ? await this.ask(`GET ${scopeBase(scope, 'variables')}/{name}`, { name })
        : await this.ask(`GET ${scopeBase(scope, 'variables')}`, { per_page: 1 })
    return scope.kind === 'organization' && answer.status === 404 ? { status: 200 } : answer
  }

  /** The repository itself: whether the token sees it, and its visibility. */
  async repository(owner: string, repo: string): Promise<RepositoryAnswer> {
    let visibility: string | undefined
    const answer = await this.ask(
      'GET /repos/{owner}/{repo}',
      { owner, repo },
      data => (visibility = readVisibility(data))
    )
    return visibility === undefined ? answer : { ...answer, visibility }
  }

  private async ask(
    route: string,
    params: Record<string, unknown>,
    read?: (data: unknown) => void
  ): Promise<ProbeAnswer> {
    if (!this.client) return { status: 401 }
    try {
      const { status, data } = (await this.client.request(route, params)) as {
        status: number
        data: unknown
      }
      read?.(data)
      return { status }
    } catch (error) {
      const status = statusOf(error)
      // Anything without an HTTP status (the network, a bug) is not an answer about access.
      if (status === undefined) throw error
      const headers = (error as { response?: { headers?: Record<string, unknown> } }).response
        ?.headers
      const wants = headers?.['x-accepted-github-permissions']
      return typeof wants === 'string' && wants !== '' ? { status, wants } : { status }
    }
  }
}

function readVisibility(data: unknown): string | undefined {
  if (!data || typeof data !== 'object') return undefined
  const record = data as { visibility?: unknown; private?: unknown }
  if (typeof record.visibility === 'string') return record.visibility
  return typeof record.private === 'boolean' ? (record.private ? 'private' : 'public') : undefined
}

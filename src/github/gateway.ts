/**
 * Every GitHub call the action makes, behind one door: Actions secrets and
 * variables (admin-token), the rotation issue and collaborator permission
 * (github-token), and the workflow keepalive. In dry-run, writes are reported
 * and skipped; reads still happen.
 */
import type { Writes } from '../core/dry-run.js'
import type { Logger } from '../core/logger.js'
import { explainGitHubError, statusOf, type TokenRole } from './errors.js'
import { ScopeWriter, type ActionsScope } from './actions-scopes.js'
import { AccessProbe } from './access-probe.js'
import { createClient, paceFromEnvironment, type Octokit } from './octokit.js'
import { sameName, Variables } from './variables.js'

export interface GatewayOptions {
  owner: string
  repo: string
  apiUrl: string
  githubToken: string
  adminToken?: string
  environment?: string
  /** The run's one record of writes, shared with the NetSuite gateway: whether this is a
   * dry-run is its to say. */
  writes: Writes
  log: Logger
  /** Milliseconds between writes and base of the retry backoff; default from the environment
   * (NETSUITE_M2M_GITHUB_PACE_MS), else GitHub's advice of one second. */
  paceMs?: number
}

export interface IssueRef {
  number: number
  title: string
  body: string
  state: string
  labels: string[]
  htmlUrl: string
  createdAt: string
  /** Login of whoever opened the issue. */
  author: string
}

export interface CommentRef {
  author: string
  body: string
}

/** What the collaborator permission endpoint says about a login. */
export interface RepositoryRole {
  /** admin, maintain, write, triage, read or none: the built-in role, or a custom role's base. */
  base: string
  /** The role's own name (a custom role's name, else the built-in one). */
  name: string
}

const BUILT_IN_ROLES = ['admin', 'maintain', 'write', 'triage', 'read', 'none']

/** Opening an issue or posting a comment is never retried: GitHub may have done it before
 * failing (a 5xx after the work), and a retry would say it twice. A rerun converges. */
const NOT_REPEATED = { retries: 0 }

interface RawIssue {
  number: number
  repository_url?: string
  title: string
  body?: string | null
  state: string
  labels: (string | { name?: string })[]
  html_url: string
  created_at: string
  user?: { login?: string } | null
  pull_request?: unknown
}

export function toIssueRef(raw: RawIssue): IssueRef {
  return {
    number: raw.number,
    title: raw.title,
    body: raw.body ?? '',
    state: raw.state,
    labels: raw.labels.map(label => (typeof label === 'string' ? label : (label.name ?? ''))),
    htmlUrl: raw.html_url,
    createdAt: raw.created_at,
    author: raw.user?.login ?? ''
  }
}

/** The logins GitHub refused as assignees (422 `{field: assignees, code: invalid}`), all of
 * them when it does not say which; undefined for any other error. */
function unassignable(error: unknown, asked: string[]): string[] | undefined {
  if (statusOf(error) !== 422 || asked.length === 0) return undefined
  const data = (error as { response?: { data?: { errors?: unknown } } }).response?.data
  const errors = Array.isArray(data?.errors) ? (data.errors as Record<string, unknown>[]) : []
  const invalid = errors.filter(e => e.field === 'assignees' && e.code === 'invalid')
  if (invalid.length === 0) return undefined
  const named = invalid
    .flatMap((e): unknown[] => (Array.isArray(e.value) ? (e.value as unknown[]) : [e.value]))
    .filter((v): v is string => typeof v === 'string')
    .filter(v => asked.some(login => login.toLowerCase() === v.toLowerCase()))
  const refused = asked.filter(login => named.some(v => v.toLowerCase() === login.toLowerCase()))
  return refused.length > 0 ? refused : asked
}

/**
 * What commands use of GitHub: the gateway's public face, so tests can pass an in-memory one.
 * `scopeWriter` reads and writes Actions secrets and variables in any scope: the fan-out
 * targets (other repositories, environments, organization) as well as the run's own.
 */
export type GitHub = Pick<GitHubGateway, keyof GitHubGateway>

export class GitHubGateway {
  private readonly recorder: Writes
  private readonly issues: Octokit
  private readonly admin?: Octokit
  /** Where the run keeps its own secrets and variables: the repository, or its environment. */
  private readonly home: ActionsScope
  private readonly entries: ScopeWriter

  constructor(private readonly options: GatewayOptions) {
    this.recorder = options.writes
    const onWarning = (message: string): void => options.log.warning(message)
    const paceMs = options.paceMs ?? paceFromEnvironment(process.env)
    const { apiUrl, owner, repo, environment } = options
    this.issues = createClient({ token: options.githubToken, apiUrl, onWarning, paceMs })
    if (options.adminToken) {
      this.admin = createClient({ token: options.adminToken, apiUrl, onWarning, paceMs })
    }
    this.home =
      environment === undefined
        ? { kind: 'repository', owner, repo }
        : { kind: 'environment', owner, repo, environment }
    this.entries = new ScopeWriter(
      {
        read: (step, request, explain) => this.call(step, 'admin-token', request, explain),
        write: (step, request, explain) => this.write(step, 'admin-token', request, explain),
        warn: message => this.options.log.warning(message)
      },
      this.home
    )
  }

  /** Every write done (or, in dry-run, that would have been done), in order. */
  get writes(): string[] {
    return this.recorder.steps
  }

  private client(token: TokenRole, step: string): Octokit {
    if (token === 'github-token') return this.issues
    // Refused as GitHub refuses a token without the permission, explained by the caller.
    if (!this.admin)
      throw Object.assign(new Error(`${step}: admin-token is not set`), { status: 403 })
    return this.admin
  }

  private async call<T>(
    step: string,
    token: TokenRole,
    request: (octokit: Octokit) => Promise<T>,
    explain: (error: unknown) => Error = error => explainGitHubError(error, step, token)
  ): Promise<T> {
    let octokit: Octokit
    try {
      octokit = this.client(token, step)
    } catch (error) {
      throw explain(error)
    }
    try {
      return await request(octokit)
    } catch (error) {
      throw explain(error)
    }
  }

  /** Runs a write, or in dry-run only reports it. */
  private async write(
    step: string,
    token: TokenRole,
    request: (octokit: Octokit) => Promise<unknown>,
    explain?: (error: unknown) => Error
  ): Promise<boolean> {
    const outcome = await this.recorder.run(step, () => this.call(step, token, request, explain))
    if (outcome.written) this.options.log.info(`${step}: done`)
    return outcome.written
  }

  /** Actions secrets and variables in any scope (the fan-out targets: other repositories,
   * their environments, the organization), through the one writer of the run's own, with the
   * same admin-token client, dry-run, record of writes and public keys already read. */
  scopeWriter(): ScopeWriter {
    return this.entries
  }

  /** Read-only questions about where admin-token may keep secrets and variables (the
   * doctor's); it never writes. */
  accessProbe(): AccessProbe {
    return new AccessProbe(this.admin)
  }

  get canReadAdmin(): boolean {
    return this.admin !== undefined
  }

  /** Who can see a repository, as GitHub answers it to admin-token: `public`, `private` or
   * `internal`; undefined when admin-token cannot see it (404). */
  async repositoryVisibility(owner: string, repo: string): Promise<string | undefined> {
    return this.call(`read repository ${owner}/${repo}`, 'admin-token', async octokit => {
      try {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}', { owner, repo })
        const answer = data as { private?: boolean; visibility?: string }
        // Older GitHub Enterprise Servers answer `private` without `visibility`.
        return answer.visibility ?? (answer.private === false ? 'public' : 'private')
      } catch (error) {
        if (statusOf(error) === 404) return undefined
        throw error
      }
    })
  }

  // --- Actions secrets and variables of the run's own repository or environment ---------

  async putSecret(name: string, value: string): Promise<void> {
    await this.entries.putSecret(this.home, name, value)
  }

  async deleteSecret(name: string): Promise<void> {
    await this.entries.deleteSecret(this.home, name)
  }

  async getVariable(name: string): Promise<string | undefined> {
    return this.entries.getVariable(this.home, name)
  }

  /** Every variable of the repository (or environment) by name: one request for all stages. */
  async listVariables(): Promise<Variables> {
    if (!this.admin && this.recorder.dryRun) {
      // Only admin-token can read Actions variables. A dry-run may go without it: it then
      // reports what it would do with nothing stored, and says so.
      this.options.log.warning(
        `dry-run without admin-token: the ${this.entries.where(this.home)}'s variables and the rotation record cannot be read (GITHUB_TOKEN never can), so this dry-run reports as if none were stored. Give it admin-token to see exactly what a real run would do.`
      )
      return new Variables([])
    }
    return this.entries.listVariables(this.home)
  }

  /** Updates the variable, creating it when it does not exist (`exists`: whether the caller
   * knows it does, which saves a request). */
  async setVariable(name: string, value: string, exists?: boolean): Promise<void> {
    await this.entries.setVariable(this.home, name, value, exists)
  }

  async deleteVariable(name: string): Promise<void> {
    await this.entries.deleteVariable(this.home, name)
  }

  // --- Issues -------------------------------------------------------------------

  /** Open issues (not pull requests) carrying the label, oldest first. */
  async openIssues(label: string): Promise<IssueRef[]> {
    const { owner, repo } = this.options
    return this.call('read open rotation issues', 'github-token', async octokit => {
      const raw = (await octokit.paginate('GET /repos/{owner}/{repo}/issues', {
        owner,
        repo,
        state: 'open',
        labels: label,
        per_page: 100,
        sort: 'created',
        direction: 'asc'
      })) as RawIssue[]
      return raw.filter(issue => !issue.pull_request).map(toIssueRef)
    })
  }

  async createIssue(issue: {
    title: string
    body: string
    labels: string[]
    assignees: string[]
  }): Promise<IssueRef | undefined> {
    const { owner, repo } = this.options
    let created: IssueRef | undefined
    await this.write(`open issue "${issue.title}"`, 'github-token', async octokit => {
      const open = (assignees: string[]): Promise<{ data: unknown }> =>
        octokit.request('POST /repos/{owner}/{repo}/issues', {
          owner,
          repo,
          ...issue,
          assignees,
          request: NOT_REPEATED
        })
      let data: unknown
      try {
        ;({ data } = await open(issue.assignees))
      } catch (error) {
        // One assignee who cannot be assigned makes GitHub refuse the whole issue (422); the
        // issue matters more than who is assigned, so it is opened without them.
        const refused = unassignable(error, issue.assignees)
        if (refused === undefined) throw error
        this.options.log.warning(
          `GitHub cannot assign ${refused.join(', ')} (not a collaborator with access to this repository?); the issue is opened without ${refused.length === 1 ? 'that assignee' : 'them'}: check issue-assignees`
        )
        ;({ data } = await open(issue.assignees.filter(login => !refused.includes(login))))
      }
      created = toIssueRef(data as RawIssue)
      // GitHub silently drops labels at creation for tokens without push access; the label is how we find it again.
      const missing = issue.labels.filter(
        label => !created?.labels.some(have => sameName(have, label))
      )
      if (missing.length > 0) {
        await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
          owner,
          repo,
          issue_number: created.number,
          labels: missing
        })
        created.labels.push(...missing)
      }
    })
    return created
  }

  async updateIssue(
    number: number,
    change: {
      body?: string
      title?: string
      state?: 'open' | 'closed'
      state_reason?: 'completed' | 'not_planned'
    }
  ): Promise<void> {
    const { owner, repo } = this.options
    const what = change.state === 'closed' ? `close issue #${number}` : `update issue #${number}`
    await this.write(what, 'github-token', octokit =>
      octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
        owner,
        repo,
        issue_number: number,
        ...change
      })
    )
  }

  /** Fails (with what to grant) when github-token cannot read the repository's issues. */
  async checkIssueAccess(): Promise<void> {
    const { owner, repo } = this.options
    await this.call('read issues', 'github-token', octokit =>
      octokit.request('GET /repos/{owner}/{repo}/issues', { owner, repo, per_page: 1 })
    )
  }

  /** Whether an issue GitHub answered is one of this repository's: an issue transferred
   * elsewhere is answered (after GitHub's 301) from the repository it moved to. */
  private isHere(raw: RawIssue): boolean {
    const { owner, repo } = this.options
    const path = `/repos/${owner}/${repo}`.toLowerCase()
    return raw.repository_url === undefined || raw.repository_url.toLowerCase().endsWith(path)
  }

  /** The issue, or undefined when GitHub no longer has it here (deleted, or transferred to
   * another repository: that issue is someone else's now, never commented on or closed). */
  async findIssue(number: number): Promise<IssueRef | undefined> {
    const { owner, repo } = this.options
    return this.call(`read issue #${number}`, 'github-token', async octokit => {
      try {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
          owner,
          repo,
          issue_number: number
        })
        const raw = data as RawIssue
        return this.isHere(raw) && raw.number === number ? toIssueRef(raw) : undefined
      } catch (error) {
        const status = statusOf(error)
        if (status === 404 || status === 410) return undefined
        throw error
      }
    })
  }

  async comment(number: number, body: string): Promise<void> {
    const { owner, repo } = this.options
    await this.write(`comment on issue #${number}`, 'github-token', octokit =>
      octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner,
        repo,
        issue_number: number,
        body,
        request: NOT_REPEATED
      })
    )
  }

  async getIssue(number: number): Promise<IssueRef> {
    const { owner, repo } = this.options
    return this.call(`read issue #${number}`, 'github-token', async octokit => {
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
        owner,
        repo,
        issue_number: number
      })
      return toIssueRef(data)
    })
  }

  /** The issue's comments with their authors, oldest first. */
  async comments(number: number): Promise<CommentRef[]> {
    const { owner, repo } = this.options
    return this.call(`read the comments of issue #${number}`, 'github-token', async octokit => {
      const all = (await octokit.paginate(
        'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
        {
          owner,
          repo,
          issue_number: number,
          per_page: 100
        }
      )) as { body?: string; user?: { login?: string } | null }[]
      return all.map(comment => ({ author: comment.user?.login ?? '', body: comment.body ?? '' }))
    })
  }

  /**
   * The collaborator's role. `role_name` names built-in roles precisely (maintain,
   * triage); for a custom role it is the custom name, and `permission` gives the
   * legacy form of the base role it was made from (admin, write, read).
   */
  async permission(login: string): Promise<RepositoryRole> {
    const { owner, repo } = this.options
    return this.call(`read the permission of ${login}`, 'github-token', async octokit => {
      try {
        const { data } = await octokit.request(
          'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
          { owner, repo, username: login }
        )
        const record = data as { permission?: string; role_name?: string }
        const name = record.role_name ?? record.permission ?? 'none'
        const builtIn = BUILT_IN_ROLES.includes(name.toLowerCase())
        return { base: builtIn ? name.toLowerCase() : (record.permission ?? 'none'), name }
      } catch (error) {
        if (statusOf(error) === 404) return { base: 'none', name: 'none' }
        throw error
      }
    })
  }

  // --- Workflow keepalive -------------------------------------------------------

  async enableWorkflow(workflowId: string): Promise<void> {
    const { owner, repo } = this.options
    await this.write(`keep workflow ${workflowId} enabled`, 'github-token', octokit =>
      octokit.request('PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable', {
        owner,
        repo,
        workflow_id: workflowId
      })
    )
  }
}

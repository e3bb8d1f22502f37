// Public types of the GitHub emulator. The shapes here are the emulator's *state* as a test
// sees it (plain, easy to assert on); the JSON it serves is built from them in render.ts and
// follows GitHub's REST schemas (see openapi-subset.json).

export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none'

/** What a token may do. `metadata` (repository, collaborator permission) defaults to true. */
export interface TokenCapabilities {
  issues: boolean
  secrets: boolean
  variables: boolean
  actions: boolean
  metadata?: boolean
  /** Whether the token's user has push access (triage or more) on the repository. Without
   * it GitHub silently drops labels and assignees given when an issue is created. Default
   * true. */
  push?: boolean
  /** The organization's Actions secrets (fine-grained token: organization permission
   * "Secrets"; GitHub App: `organization_secrets`). Default false. */
  orgSecrets?: boolean
  /** The organization's Actions variables (fine-grained token: organization permission
   * "Variables"; GitHub App: `organization_actions_variables`). Default false. */
  orgVariables?: boolean
  /** Environment secrets and variables (fine-grained token and GitHub App: "Environments"; the
   * repository's Secrets and Variables permissions do not reach them). Default false. */
  environments?: boolean
  /** Repositories (`owner/repo`) the token was given; others are 404 to it, as GitHub hides
   * what a token cannot see. Default: every repository. */
  repositories?: string[]
  /** Login the token acts as (comment and issue author). Defaults to the token name. */
  login?: string
}

export interface GitHubEmulatorOptions {
  /** Default 'acme'. */
  owner?: string
  /** Default 'erp-sync'. */
  repo?: string
  /** Environments that exist from the start. */
  environments?: string[]
}

export interface StoredSecret {
  name: string
  /** The decrypted plaintext: the emulator opened the sealed box. */
  value: string
  created_at: string
  updated_at: string
}

export interface StoredVariable {
  name: string
  value: string
  created_at: string
  updated_at: string
}

export type OrgVisibility = 'all' | 'private' | 'selected'

/** An organization secret or variable as a test sees it: the decrypted value, who may use it. */
export interface StoredOrgEntry {
  name: string
  value: string
  visibility: OrgVisibility
  /** IDs of the repositories that may use it when `visibility` is `selected`. */
  selectedRepositoryIds: number[]
  created_at: string
  updated_at: string
}

/** A repository's Actions secrets and variables, and its environments' (by `environment`). */
export interface ActionsSettings {
  createEnvironment(name: string): void
  secret(name: string, environment?: string): StoredSecret | undefined
  secrets(environment?: string): StoredSecret[]
  variable(name: string, environment?: string): StoredVariable | undefined
  variables(environment?: string): StoredVariable[]
  setSecret(name: string, value: string, environment?: string): void
  setVariable(name: string, value: string, environment?: string): void
}

/** One repository's Actions secrets and variables, for repositories besides the main one. */
export interface RepositoryHandle extends ActionsSettings {
  id: number
  fullName: string
}

/** The organization that owns the main repository: its Actions secrets and variables. */
export interface OrganizationHandle {
  login: string
  secret(name: string): StoredOrgEntry | undefined
  variable(name: string): StoredOrgEntry | undefined
  setSecret(name: string, value: string, access?: OrgAccess): void
  setVariable(name: string, value: string, access?: OrgAccess): void
  /** What the visibility means: the `owner/repo` of every repository of the organization whose
   * workflows can read the secret (or variable), sorted; undefined when there is none by that
   * name. `all`: every repository; `private`: every private and internal one; `selected`: the
   * selected ones (none when the selection is empty). */
  readers(kind: 'secret' | 'variable', name: string): string[] | undefined
}

export interface OrgAccess {
  visibility: OrgVisibility
  /** `owner/repo` names, for `selected`. */
  repositories?: string[]
}

export interface Comment {
  id: number
  body: string
  user: { login: string; type: string }
  created_at: string
  html_url: string
}

export interface Issue {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  state_reason?: string | null
  labels: string[]
  assignees: string[]
  user: { login: string }
  comments: Comment[]
  pull_request?: boolean
  html_url: string
  created_at: string
  closed_at?: string | null
}

export interface RequestLogEntry {
  method: string
  /** Path without the query string. */
  path: string
  /** Raw query string without the leading '?', '' when none. */
  query: string
  /** 0 when no response was sent (an injected drop or hang). */
  status: number
  /** Token NAME ('github', 'admin', a name given to addToken), 'none' or 'unknown'; never a value. */
  token: string
  /** Parsed JSON body with every `encrypted_value` replaced by '[sealed]'. */
  body?: unknown
  /** The OpenAPI operation served; undefined when the route is not in the subset. */
  operationId?: string
  /** The X-GitHub-Api-Version header sent, undefined when none. */
  apiVersion?: string
  /** The User-Agent header sent. */
  userAgent?: string
}

export interface Fault {
  method?: string
  path: string | RegExp
  /** Default 1; Infinity makes it persistent. */
  count?: number
  status?: number
  /** Destroy the socket without answering. */
  drop?: boolean
  /** Never answer (until close()). */
  hang?: boolean
  /** Answer as GitHub does when a rate limit is hit (status 403 unless `status` says 429):
   * `primary` with `x-ratelimit-remaining: 0` and `x-ratelimit-reset` `resetIn` seconds from
   * now (default 3600); `secondary` with GitHub's "secondary rate limit" message and, when
   * `retryAfter` is given, a `retry-after` header of that many seconds (which a plain
   * `status` fault carries too). */
  rateLimit?: 'primary' | 'secondary'
  resetIn?: number
  retryAfter?: number
  /** Answer 403 as GitHub does when the token is refused for a reason other than a missing
   * permission: `sso` (SAML single sign-on not authorized, with `x-github-sso`), `ip-allow-list`
   * (the organization's IP allow list), `token-policy` (the organization's rule on tokens). */
  refusal?: 'sso' | 'ip-allow-list' | 'token-policy'
  /** Apply the request, then answer `status` (default 500) as if it had failed: what a
   * client sees when GitHub fails after doing the work. */
  afterApplying?: boolean
}

export interface Workflow {
  id: number
  path: string
  name: string
  state: 'active' | 'disabled_inactivity' | 'disabled_manually'
}

export interface GitHubEmulator extends ActionsSettings {
  /** API base, e.g. http://127.0.0.1:1234: what GITHUB_API_URL is set to. */
  url: string
  owner: string
  repo: string
  /** 'github' behaves like GITHUB_TOKEN, 'admin' like a fine-grained PAT with everything. */
  tokens: { github: string; admin: string }
  addToken(name: string, caps: TokenCapabilities): string
  /** Another repository (`owner/repo`), with its own secrets, variables, environments and
   * public keys; the main repository's handle is `repository('acme/erp-sync')`. */
  addRepository(
    fullName: string,
    options?: { environments?: string[]; visibility?: 'public' | 'private' | 'internal' }
  ): RepositoryHandle
  repository(fullName: string): RepositoryHandle
  /** The organization that owns the main repository. */
  org: OrganizationHandle
  setPermission(login: string, permission: Permission): void
  /** A custom repository role: GitHub answers `role_name` with its name and `permission` with
   * the legacy form of the base role it was made from. */
  setCustomRole(login: string, roleName: string, baseRole: Permission): void
  /** A label as someone created it in the UI, spelling kept (names compare case-insensitively). */
  createLabel(name: string): void
  /** What people other than the action do to an issue in the UI. */
  labelIssue(issueNumber: number, label: string, user: string): void
  setIssueState(issueNumber: number, state: 'open' | 'closed', user: string): void
  editIssue(issueNumber: number, change: { title?: string; body?: string }, user: string): void
  issues(): Issue[]
  issue(number: number): Issue | undefined
  createIssue(opts: {
    title: string
    body?: string
    labels?: string[]
    user?: string
    pullRequest?: boolean
  }): Issue
  addComment(issueNumber: number, body: string, user: string): Comment
  /** Someone transfers the issue to another repository (`owner/repo`, added first): it gets a
   * number there, and its old number answers 301 Moved Permanently pointing at it. Returns
   * the new number. */
  transferIssue(issueNumber: number, toRepository: string): number
  issueCommentEvent(issueNumber: number, commentId: number): Record<string, unknown>
  workflows: Workflow[]
  log: RequestLogEntry[]
  /** While a gate is set, each request first awaits it; `false` drops the request unanswered
   * and unapplied (a process killed at a deterministic point sends nothing more that lands). */
  gateRequests(gate: (() => Promise<boolean>) | undefined): void
  injectFault(fault: Fault): void
  /** A deep copy of everything the emulator holds (repositories, organization, tokens, request
   * log), for restore(). */
  save(): SavedGitHub
  /** Puts the state save() copied back: later changes, faults and log entries are gone. */
  restore(saved: SavedGitHub): void
  close(): Promise<void>
}

/** What GitHubEmulator.save() returns; only restore() reads it. */
export interface SavedGitHub {
  readonly github: unknown
}

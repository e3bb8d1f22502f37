// Everything the emulated repository holds. Handlers and the test-facing API both go through
// here, so a test that seeds state directly sees exactly what the API would have produced.
import { newKeyPair, type SealKeyPair } from './sealed-box.js'
import type { Permission, StoredSecret, StoredVariable, Workflow } from './types.js'

export interface Scope {
  key: SealKeyPair
  /** Keyed by upper-cased name: GitHub secret and variable names are case-insensitive and
   * always come back upper-case. */
  secrets: Map<string, StoredSecret>
  variables: Map<string, StoredVariable>
}

export interface UserRecord {
  login: string
  id: number
  type: 'User' | 'Bot' | 'Organization'
}

export interface LabelRecord {
  id: number
  name: string
  color: string
  description: string | null
}

export interface IssueRecord {
  id: number
  number: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  state_reason: string | null
  /** Canonical label names (as the label was first created). */
  labels: string[]
  assignees: string[]
  user: string
  pull_request: boolean
  created_at: string
  updated_at: string
  closed_at: string | null
  closed_by: string | null
  commentIds: number[]
}

export interface CommentRecord {
  id: number
  issueNumber: number
  body: string
  user: string
  created_at: string
  updated_at: string
}

/** GitHub's timestamps: ISO 8601 UTC to the second. */
export function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
}

export type RepoVisibility = 'public' | 'private' | 'internal'

export class RepoState {
  readonly repoScope: Scope = newScope()
  readonly environments = new Map<string, { name: string; scope: Scope }>()
  readonly users = new Map<string, UserRecord>()
  readonly permissions = new Map<string, Permission>()
  /** Custom repository roles by login: the role's name and the base role it extends. */
  readonly customRoles = new Map<string, { name: string; base: Permission }>()
  readonly labels = new Map<string, LabelRecord>()
  readonly issues = new Map<number, IssueRecord>()
  readonly comments = new Map<number, CommentRecord>()
  /** Issues transferred away: old number -> `owner/repo` and number where they are now. */
  readonly movedIssues = new Map<number, { repository: string; number: number }>()
  readonly workflows: Workflow[]
  readonly createdAt = '2024-03-04T09:10:11Z'
  private nextUserId = 5100001
  private nextLabelId = 6400001
  private nextIssueId = 2100000001
  private nextCommentId = 1900000001
  private nextNumber = 1

  constructor(
    readonly owner: string,
    readonly repo: string,
    readonly repoId = 742318806,
    /** Who may see the repository; `private` and `internal` ones may read an organization
     * secret of visibility `private`, every one may read one of visibility `all`. */
    readonly visibility: RepoVisibility = 'private'
  ) {
    this.user(owner, 'Organization')
    this.workflows = [
      {
        id: 98765432,
        path: '.github/workflows/netsuite-certificate.yml',
        name: 'NetSuite certificate',
        state: 'active'
      }
    ]
  }

  /** The record of a login, created on first sight (GitHub users exist independently of
   * the repository; here a user exists once anything mentions them). */
  user(login: string, type: UserRecord['type'] = 'User'): UserRecord {
    const key = login.toLowerCase()
    let record = this.users.get(key)
    if (!record) {
      const id = login === 'github-actions[bot]' ? 41898282 : this.nextUserId++
      record = { login, id, type: login.endsWith('[bot]') ? 'Bot' : type }
      this.users.set(key, record)
    }
    return record
  }

  knownUser(login: string): UserRecord | undefined {
    return this.users.get(login.toLowerCase())
  }

  /** A login's role on the repository (a custom role's base); 'none' for someone who is not a
   * collaborator. */
  permission(login: string): Permission {
    return this.permissions.get(login.toLowerCase()) ?? 'none'
  }

  /** Who GitHub lets be assigned: here, anyone with a role on the repository. */
  assignable(login: string): boolean {
    return this.permission(login) !== 'none'
  }

  environment(name: string): { name: string; scope: Scope } | undefined {
    return this.environments.get(name.toLowerCase())
  }

  createEnvironment(name: string): void {
    if (!this.environment(name))
      this.environments.set(name.toLowerCase(), { name, scope: newScope() })
  }

  /** The scope of a repository or environment; throws for an environment that does not exist
   * (test-facing calls only; the API answers 404 itself). */
  scope(environment?: string): Scope {
    if (environment === undefined) return this.repoScope
    const env = this.environment(environment)
    if (!env) throw new Error(`environment ${environment} does not exist; createEnvironment first`)
    return env.scope
  }

  /** The label with this name (case-insensitive), created with GitHub's default grey when new,
   * as GitHub does for a label set on an issue by someone with push access. */
  label(name: string): LabelRecord {
    const key = name.toLowerCase()
    let record = this.labels.get(key)
    if (!record) {
      record = { id: this.nextLabelId++, name, color: 'ededed', description: null }
      this.labels.set(key, record)
    }
    return record
  }

  addIssue(opts: {
    title: string
    body: string | null
    labels: string[]
    assignees: string[]
    user: string
    pullRequest: boolean
  }): IssueRecord {
    const at = now()
    const issue: IssueRecord = {
      id: this.nextIssueId++,
      number: this.nextNumber++,
      title: opts.title,
      body: opts.body,
      state: 'open',
      state_reason: null,
      labels: uniqueLabels(opts.labels.map(l => this.label(l).name)),
      assignees: opts.assignees,
      user: this.user(opts.user).login,
      pull_request: opts.pullRequest,
      created_at: at,
      updated_at: at,
      closed_at: null,
      closed_by: null,
      commentIds: []
    }
    this.issues.set(issue.number, issue)
    return issue
  }

  addComment(issue: IssueRecord, body: string, user: string): CommentRecord {
    const at = now()
    const comment: CommentRecord = {
      id: this.nextCommentId++,
      issueNumber: issue.number,
      body,
      user: this.user(user).login,
      created_at: at,
      updated_at: at
    }
    this.comments.set(comment.id, comment)
    issue.commentIds.push(comment.id)
    issue.updated_at = at
    return comment
  }
}

function newScope(): Scope {
  return { key: newKeyPair(), secrets: new Map(), variables: new Map() }
}

export function uniqueLabels(names: string[]): string[] {
  const seen = new Set<string>()
  return names.filter(n => !seen.has(n.toLowerCase()) && seen.add(n.toLowerCase()))
}

/** GitHub's rule for secret and variable names. Returns the refusal message, if any. */
export function nameProblem(kind: 'Secret' | 'Variable', name: string): string | undefined {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    return `${kind} names can only contain alphanumeric characters ([a-z], [A-Z], [0-9]) or underscores (_). Spaces are not allowed. Must start with a letter ([a-z], [A-Z]) or underscores (_).`
  }
  if (/^GITHUB_/i.test(name)) return `${kind} names must not start with GITHUB_.`
  return undefined
}

/** GitHub limits a secret or variable value to 48 KB. */
export const MAX_VALUE_BYTES = 48 * 1024

/** GitHub's refusal of a variable's name or size, if any. */
export function variableProblem(name: string, value: string): string | undefined {
  return (
    nameProblem('Variable', name) ??
    (Buffer.byteLength(value) > MAX_VALUE_BYTES
      ? 'Variable value is too large (maximum 48 KB).'
      : undefined)
  )
}

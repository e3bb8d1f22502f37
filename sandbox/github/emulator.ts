// startGitHubEmulator: a loopback HTTP server speaking the GitHub REST subset the action uses,
// plus the test-facing handle to seed and inspect its state.
import { randomBytes } from 'node:crypto'
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import type { TokenInfo } from './context.js'
import { loadOpenApi } from './openapi.js'
import { Renderer } from './render.js'
import { sodiumReady } from './sealed-box.js'
import { createPipeline, trackSockets, type ActiveFault } from './server.js'
import {
  now as stamp,
  RepoState,
  uniqueLabels,
  type CommentRecord,
  type IssueRecord
} from './state.js'
import type {
  Comment,
  GitHubEmulator,
  GitHubEmulatorOptions,
  Issue,
  RequestLogEntry,
  TokenCapabilities
} from './types.js'
import { organizationHandle, repositoryHandle } from './handles.js'
import { OrgState } from './org-state.js'
import { restoreFields, saveFields, type SavedFields } from '../saved-state.js'

interface Saved {
  repos: Map<string, SavedFields>
  org: SavedFields
  lists: SavedFields
  nextRepoId: number
}

/** Token values look like GitHub's (ghs_ for an installation token such as GITHUB_TOKEN,
 * github_pat_ for a fine-grained PAT) so code that inspects prefixes behaves as it would. */
function tokenValue(prefix: string): string {
  return prefix + randomBytes(27).toString('base64url').replace(/[-_]/g, 'x')
}

export async function startGitHubEmulator(
  opts: GitHubEmulatorOptions = {}
): Promise<GitHubEmulator> {
  await sodiumReady()
  const api = loadOpenApi()
  const state = new RepoState(opts.owner ?? 'acme', opts.repo ?? 'erp-sync')
  for (const env of opts.environments ?? []) state.createEnvironment(env)
  const repos = new Map<string, RepoState>([[`${state.owner}/${state.repo}`.toLowerCase(), state]])
  const org = new OrgState(state.owner)
  let nextRepoId = state.repoId + 1

  const tokens = new Map<string, TokenInfo>()
  const addToken = (name: string, caps: TokenCapabilities, prefix = 'github_pat_'): string => {
    const value = tokenValue(prefix)
    const { login, repositories, ...rest } = caps
    tokens.set(value, {
      name,
      login: login ?? name,
      caps: {
        metadata: true,
        push: true,
        orgSecrets: false,
        orgVariables: false,
        environments: false,
        ...rest
      },
      repositories: repositories?.map(r => r.toLowerCase())
    })
    return value
  }
  // GITHUB_TOKEN: issues and actions yes, secrets and variables never.
  const github = addToken(
    'github',
    { issues: true, actions: true, secrets: false, variables: false, login: 'github-actions[bot]' },
    'ghs_'
  )
  const adminLogin = `${state.owner}-admin`
  const admin = addToken('admin', {
    issues: true,
    actions: true,
    secrets: true,
    variables: true,
    orgSecrets: true,
    orgVariables: true,
    environments: true,
    login: adminLogin
  })
  state.user('github-actions[bot]', 'Bot')
  state.user(adminLogin)
  state.permissions.set(adminLogin.toLowerCase(), 'admin')

  const faults: ActiveFault[] = []
  const log: RequestLogEntry[] = []
  const hanging = new Set<ServerResponse>()
  const sockets = new Set<Socket>()
  let baseUrl = ''
  const renderers = new Map<RepoState, Renderer>()
  const renderFor = (repo: RepoState): Renderer => {
    let renderer = renderers.get(repo)
    if (!renderer) renderers.set(repo, (renderer = new Renderer(repo, baseUrl)))
    return renderer
  }
  const render = (): Renderer => renderFor(state)

  const handle = createPipeline({
    state,
    repos,
    org,
    render: renderFor,
    api,
    baseUrl: () => baseUrl,
    tokens,
    faults,
    log,
    hanging
  })
  // While set, every request waits for the gate, which may drop it unanswered and unapplied.
  let gate: (() => Promise<boolean>) | undefined
  const server = createServer((req, res) => {
    const admitted = gate ? gate() : Promise.resolve(true)
    admitted
      .then(proceed => (proceed ? handle(req, res) : void res.destroy()))
      .catch(error => {
        process.stderr.write(`github emulator: ${String(error)}\n`)
        if (!res.headersSent) res.writeHead(500).end()
      })
  })
  server.on('connection', trackSockets(sockets))
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const publicComment = (c: CommentRecord): Comment => ({
    id: c.id,
    body: c.body,
    user: { login: c.user, type: state.user(c.user).type },
    created_at: c.created_at,
    html_url: render().commentHtml(c)
  })
  const publicIssue = (i: IssueRecord): Issue => ({
    number: i.number,
    title: i.title,
    body: i.body ?? '',
    state: i.state,
    state_reason: i.state_reason,
    labels: [...i.labels],
    assignees: [...i.assignees],
    user: { login: i.user },
    comments: i.commentIds.flatMap(id => {
      const c = state.comments.get(id)
      return c ? [publicComment(c)] : []
    }),
    ...(i.pull_request ? { pull_request: true } : {}),
    html_url: render().issueHtml(i),
    created_at: i.created_at,
    closed_at: i.closed_at
  })
  const existingIssue = (issueNumber: number): IssueRecord => {
    const issue = state.issues.get(issueNumber)
    if (!issue) throw new Error(`no issue #${issueNumber}`)
    return issue
  }

  const repositoryByName = (fullName: string): RepoState => {
    const repo = repos.get(fullName.toLowerCase())
    if (!repo) throw new Error(`no repository ${fullName}; addRepository first`)
    return repo
  }
  const main = repositoryHandle(state)

  return {
    url: baseUrl,
    owner: state.owner,
    repo: state.repo,
    tokens: { github, admin },
    addToken: (name, caps) => addToken(name, caps),
    addRepository(fullName, options = {}) {
      const [owner, name] = fullName.split('/')
      if (!owner || !name || repos.has(fullName.toLowerCase())) {
        throw new Error(`cannot add repository ${fullName}`)
      }
      const repo = new RepoState(owner, name, nextRepoId++, options.visibility)
      for (const env of options.environments ?? []) repo.createEnvironment(env)
      repos.set(fullName.toLowerCase(), repo)
      return repositoryHandle(repo)
    },
    repository: fullName => repositoryHandle(repositoryByName(fullName)),
    org: organizationHandle(org, {
      repoId: fullName => repositoryByName(fullName).repoId,
      repositories: () => [...repos.values()]
    }),
    setPermission(login, permission) {
      state.user(login)
      state.permissions.set(login.toLowerCase(), permission)
      state.customRoles.delete(login.toLowerCase())
    },
    setCustomRole(login, roleName, baseRole) {
      state.user(login)
      state.permissions.set(login.toLowerCase(), baseRole)
      state.customRoles.set(login.toLowerCase(), { name: roleName, base: baseRole })
    },
    createLabel: name => void state.label(name),
    labelIssue(issueNumber, label, user) {
      const issue = existingIssue(issueNumber)
      state.user(user)
      issue.labels = uniqueLabels([...issue.labels, state.label(label).name])
      issue.updated_at = stamp()
    },
    setIssueState(issueNumber, to, user) {
      const issue = existingIssue(issueNumber)
      if (issue.state === to) return
      issue.state = to
      issue.state_reason = to === 'closed' ? 'completed' : 'reopened'
      issue.closed_at = to === 'closed' ? stamp() : null
      issue.closed_by = to === 'closed' ? state.user(user).login : issue.closed_by
      issue.updated_at = stamp()
    },
    editIssue(issueNumber, change, user) {
      const issue = existingIssue(issueNumber)
      state.user(user)
      if (change.title !== undefined) issue.title = change.title
      if (change.body !== undefined) issue.body = change.body
      issue.updated_at = stamp()
    },
    createEnvironment: name => state.createEnvironment(name),
    secret: main.secret,
    secrets: main.secrets,
    variable: main.variable,
    variables: main.variables,
    setSecret: main.setSecret,
    setVariable: main.setVariable,
    issues: () => [...state.issues.values()].map(publicIssue),
    issue(number) {
      const issue = state.issues.get(number)
      return issue ? publicIssue(issue) : undefined
    },
    createIssue(o) {
      const issue = state.addIssue({
        title: o.title,
        body: o.body ?? null,
        labels: o.labels ?? [],
        assignees: [],
        user: o.user ?? adminLogin,
        pullRequest: o.pullRequest === true
      })
      return publicIssue(issue)
    },
    transferIssue(issueNumber, toRepository) {
      const issue = existingIssue(issueNumber)
      const target = repositoryByName(toRepository)
      const moved = target.addIssue({
        title: issue.title,
        body: issue.body,
        labels: issue.labels,
        assignees: issue.assignees,
        user: issue.user,
        pullRequest: false
      })
      for (const id of issue.commentIds) {
        const comment = state.comments.get(id)
        if (comment) target.addComment(moved, comment.body, comment.user)
        state.comments.delete(id)
      }
      state.issues.delete(issueNumber)
      state.movedIssues.set(issueNumber, {
        repository: `${target.owner}/${target.repo}`,
        number: moved.number
      })
      return moved.number
    },
    addComment(issueNumber, body, user) {
      const issue = state.issues.get(issueNumber)
      if (!issue) throw new Error(`no issue #${issueNumber}`)
      return publicComment(state.addComment(issue, body, user))
    },
    issueCommentEvent(issueNumber, commentId) {
      const issue = state.issues.get(issueNumber)
      const comment = state.comments.get(commentId)
      if (!issue || !comment || comment.issueNumber !== issueNumber) {
        throw new Error(`no comment ${commentId} on issue #${issueNumber}`)
      }
      // A webhook's repository carries no `permissions` (that is the caller's view in the API).
      const repository = render().repository({})
      delete repository.permissions
      return {
        action: 'created',
        issue: render().issue(issue),
        comment: render().comment(comment),
        repository,
        sender: render().userByLogin(comment.user)
      }
    },
    workflows: state.workflows,
    log,
    gateRequests(next) {
      gate = next
    },
    injectFault(fault) {
      faults.push({ ...fault, remaining: fault.count ?? 1 })
    },
    save() {
      const saved: Saved = {
        repos: new Map([...repos].map(([name, repo]) => [name, saveFields(repo)])),
        org: saveFields(org),
        lists: saveFields({ tokens, log }),
        nextRepoId
      }
      return { github: saved }
    },
    restore({ github: saved }) {
      const {
        repos: savedRepos,
        org: savedOrg,
        lists,
        nextRepoId: savedNextRepoId
      } = saved as Saved
      if (gate || hanging.size > 0) throw new Error('restore() only between steps')
      for (const name of repos.keys()) if (!savedRepos.has(name)) repos.delete(name)
      for (const [name, fields] of savedRepos) {
        const repo = repos.get(name)
        if (!repo) throw new Error(`cannot restore ${name}: the repository is gone`)
        restoreFields(repo, fields)
      }
      restoreFields(org, savedOrg)
      restoreFields({ tokens, log, faults }, { ...lists, faults: [] })
      nextRepoId = savedNextRepoId
    },
    async close() {
      for (const res of hanging) res.destroy()
      hanging.clear()
      for (const socket of sockets) socket.destroy()
      await new Promise<void>(resolve => server.close(() => resolve()))
    }
  }
}

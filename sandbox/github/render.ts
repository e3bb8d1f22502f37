// The JSON GitHub would serve for each record. The tests validate these against the response
// schemas in openapi-subset.json, so a field a client reads here is a field GitHub has.
import type { CommentRecord, IssueRecord, LabelRecord, RepoState, UserRecord } from './state.js'
import type { Permission } from './types.js'

const WEB = 'https://github.com'

export class Renderer {
  constructor(
    private readonly state: RepoState,
    /** The emulator's own base URL: the `url` fields point back at it, as on GHES. */
    private readonly api: string
  ) {}

  private get repoApi(): string {
    return `${this.api}/repos/${this.state.owner}/${this.state.repo}`
  }

  private get repoWeb(): string {
    return `${WEB}/${this.state.owner}/${this.state.repo}`
  }

  user(record: UserRecord): Record<string, unknown> {
    // GitHub percent-encodes bot logins in URLs (github-actions%5Bbot%5D); a raw '[' is not a
    // valid URI and the schema's format: uri says so.
    const url = `${this.api}/users/${encodeURIComponent(record.login)}`
    const html = record.login.endsWith('[bot]')
      ? `${WEB}/apps/${record.login.slice(0, -'[bot]'.length)}`
      : `${WEB}/${record.login}`
    return {
      login: record.login,
      id: record.id,
      node_id: nodeId(record.type === 'Organization' ? 'O' : 'U', record.id),
      avatar_url: `https://avatars.githubusercontent.com/u/${record.id}?v=4`,
      gravatar_id: '',
      url,
      html_url: html,
      followers_url: `${url}/followers`,
      following_url: `${url}/following{/other_user}`,
      gists_url: `${url}/gists{/gist_id}`,
      starred_url: `${url}/starred{/owner}{/repo}`,
      subscriptions_url: `${url}/subscriptions`,
      organizations_url: `${url}/orgs`,
      repos_url: `${url}/repos`,
      events_url: `${url}/events{/privacy}`,
      received_events_url: `${url}/received_events`,
      type: record.type,
      user_view_type: 'public',
      site_admin: false
    }
  }

  userByLogin(login: string): Record<string, unknown> {
    return this.user(this.state.user(login))
  }

  label(record: LabelRecord): Record<string, unknown> {
    return {
      id: record.id,
      node_id: nodeId('LA', record.id),
      url: `${this.repoApi}/labels/${encodeURIComponent(record.name)}`,
      name: record.name,
      color: record.color,
      default: false,
      description: record.description
    }
  }

  issue(issue: IssueRecord): Record<string, unknown> {
    const url = `${this.repoApi}/issues/${issue.number}`
    const assignees = issue.assignees.map(a => this.userByLogin(a))
    const json: Record<string, unknown> = {
      url,
      repository_url: this.repoApi,
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: this.issueHtml(issue),
      id: issue.id,
      node_id: nodeId(issue.pull_request ? 'PR' : 'I', issue.id),
      number: issue.number,
      title: issue.title,
      user: this.userByLogin(issue.user),
      labels: issue.labels.map(name => this.label(this.state.label(name))),
      state: issue.state,
      locked: false,
      assignee: assignees[0] ?? null,
      assignees,
      milestone: null,
      comments: issue.commentIds.length,
      created_at: issue.created_at,
      updated_at: issue.updated_at,
      closed_at: issue.closed_at,
      author_association: this.association(issue.user),
      active_lock_reason: null,
      body: issue.body,
      closed_by: issue.closed_by === null ? null : this.userByLogin(issue.closed_by),
      reactions: this.reactions(url),
      timeline_url: `${url}/timeline`,
      performed_via_github_app: null,
      state_reason: issue.state_reason
    }
    // GitHub marks a pull request in the issues API by this key alone; clients tell the two
    // apart by its presence, so an issue must not have it at all.
    if (issue.pull_request) {
      const pull = `${this.repoApi}/pulls/${issue.number}`
      json.draft = false
      json.pull_request = {
        url: pull,
        html_url: this.issueHtml(issue),
        diff_url: `${this.issueHtml(issue)}.diff`,
        patch_url: `${this.issueHtml(issue)}.patch`,
        merged_at: null
      }
    }
    return json
  }

  issueHtml(issue: IssueRecord): string {
    return `${this.repoWeb}/${issue.pull_request ? 'pull' : 'issues'}/${issue.number}`
  }

  comment(comment: CommentRecord): Record<string, unknown> {
    const url = `${this.repoApi}/issues/comments/${comment.id}`
    return {
      url,
      html_url: this.commentHtml(comment),
      issue_url: `${this.repoApi}/issues/${comment.issueNumber}`,
      id: comment.id,
      node_id: nodeId('IC', comment.id),
      user: this.userByLogin(comment.user),
      created_at: comment.created_at,
      updated_at: comment.updated_at,
      author_association: this.association(comment.user),
      body: comment.body,
      reactions: this.reactions(url),
      performed_via_github_app: null
    }
  }

  commentHtml(comment: CommentRecord): string {
    const issue = this.state.issues.get(comment.issueNumber)
    const page = issue?.pull_request ? 'pull' : 'issues'
    return `${this.repoWeb}/${page}/${comment.issueNumber}#issuecomment-${comment.id}`
  }

  /** The collaborator permission answer. `permission` is GitHub's legacy base role (maintain
   * reads as write, triage as read); `role_name` is the role itself, or a custom role's name. */
  permission(login: string): Record<string, unknown> {
    const role: Permission = this.state.permission(login)
    const legacy = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role
    // A custom role is named as created; `permission` still gives its base role's legacy form.
    const roleName = this.state.customRoles.get(login.toLowerCase())?.name ?? role
    const user = {
      ...this.userByLogin(login),
      permissions: {
        admin: role === 'admin',
        maintain: role === 'admin' || role === 'maintain',
        push: legacy === 'admin' || legacy === 'write',
        triage: role !== 'read' && role !== 'none',
        pull: role !== 'none'
      },
      role_name: roleName
    }
    return { permission: legacy, role_name: roleName, user }
  }

  workflow(w: { id: number; path: string; name: string; state: string }): Record<string, unknown> {
    return {
      id: w.id,
      node_id: nodeId('W', w.id),
      name: w.name,
      path: w.path,
      state: w.state,
      created_at: this.state.createdAt,
      updated_at: this.state.createdAt,
      url: `${this.repoApi}/actions/workflows/${w.id}`,
      html_url: `${this.repoWeb}/blob/main/${w.path}`,
      badge_url: `${this.repoWeb}/workflows/${encodeURIComponent(w.name)}/badge.svg`
    }
  }

  /** GET /repos/{owner}/{repo}: a private organization repository. */
  repository(permissions: Record<string, boolean>): Record<string, unknown> {
    const { owner, repo } = this.state
    const a = this.repoApi
    const ownerJson = this.user(this.state.user(owner, 'Organization'))
    return {
      id: this.state.repoId,
      node_id: nodeId('R', this.state.repoId),
      name: repo,
      full_name: `${owner}/${repo}`,
      private: this.state.visibility !== 'public',
      visibility: this.state.visibility,
      owner: ownerJson,
      organization: ownerJson,
      html_url: this.repoWeb,
      description: 'NetSuite integration (sandbox)',
      fork: false,
      url: a,
      ...Object.fromEntries(URL_TEMPLATES.map(([key, suffix]) => [key, `${a}${suffix}`])),
      git_url: `git://github.com/${owner}/${repo}.git`,
      ssh_url: `git@github.com:${owner}/${repo}.git`,
      clone_url: `${this.repoWeb}.git`,
      svn_url: this.repoWeb,
      mirror_url: null,
      homepage: null,
      language: 'TypeScript',
      forks: 0,
      forks_count: 0,
      stargazers_count: 0,
      watchers: 0,
      watchers_count: 0,
      subscribers_count: 1,
      network_count: 0,
      size: 512,
      default_branch: 'main',
      open_issues: this.openIssues(),
      open_issues_count: this.openIssues(),
      is_template: false,
      topics: [],
      has_issues: true,
      has_projects: false,
      has_wiki: false,
      has_pages: false,
      has_downloads: true,
      has_discussions: false,
      archived: false,
      disabled: false,
      license: null,
      pushed_at: this.state.createdAt,
      created_at: this.state.createdAt,
      updated_at: this.state.createdAt,
      permissions
    }
  }

  private openIssues(): number {
    return [...this.state.issues.values()].filter(i => i.state === 'open').length
  }

  private association(login: string): string {
    if (login.toLowerCase() === this.state.owner.toLowerCase()) return 'OWNER'
    return this.state.permission(login) === 'none' ? 'NONE' : 'COLLABORATOR'
  }

  private reactions(url: string): Record<string, unknown> {
    const zero = {
      '+1': 0,
      '-1': 0,
      laugh: 0,
      hooray: 0,
      confused: 0,
      heart: 0,
      rocket: 0,
      eyes: 0
    }
    return { url: `${url}/reactions`, total_count: 0, ...zero }
  }
}

/** GitHub's node IDs are opaque; these only need to be stable and distinct. */
function nodeId(prefix: string, id: number): string {
  return `${prefix}_kw${Buffer.from(String(id)).toString('base64url')}`
}

const URL_TEMPLATES: [string, string][] = [
  ['archive_url', '/{archive_format}{/ref}'],
  ['assignees_url', '/assignees{/user}'],
  ['blobs_url', '/git/blobs{/sha}'],
  ['branches_url', '/branches{/branch}'],
  ['collaborators_url', '/collaborators{/collaborator}'],
  ['comments_url', '/comments{/number}'],
  ['commits_url', '/commits{/sha}'],
  ['compare_url', '/compare/{base}...{head}'],
  ['contents_url', '/contents/{+path}'],
  ['contributors_url', '/contributors'],
  ['deployments_url', '/deployments'],
  ['downloads_url', '/downloads'],
  ['events_url', '/events'],
  ['forks_url', '/forks'],
  ['git_commits_url', '/git/commits{/sha}'],
  ['git_refs_url', '/git/refs{/sha}'],
  ['git_tags_url', '/git/tags{/sha}'],
  ['hooks_url', '/hooks'],
  ['issue_comment_url', '/issues/comments{/number}'],
  ['issue_events_url', '/issues/events{/number}'],
  ['issues_url', '/issues{/number}'],
  ['keys_url', '/keys{/key_id}'],
  ['labels_url', '/labels{/name}'],
  ['languages_url', '/languages'],
  ['merges_url', '/merges'],
  ['milestones_url', '/milestones{/number}'],
  ['notifications_url', '/notifications{?since,all,participating}'],
  ['pulls_url', '/pulls{/number}'],
  ['releases_url', '/releases{/id}'],
  ['stargazers_url', '/stargazers'],
  ['statuses_url', '/statuses/{sha}'],
  ['subscribers_url', '/subscribers'],
  ['subscription_url', '/subscription'],
  ['tags_url', '/tags'],
  ['teams_url', '/teams'],
  ['trees_url', '/git/trees{/sha}']
]

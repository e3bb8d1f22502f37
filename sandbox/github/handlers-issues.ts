// Issues (pull requests included, as the issues API returns them), comments, labels, the
// collaborator permission check and the repository itself.
// https://docs.github.com/rest/issues, /rest/collaborators/collaborators, /rest/repos/repos
import {
  bodyOf,
  textOf,
  errorReply,
  isRecord,
  notFound,
  paginate,
  type Ctx,
  type Handler,
  type Reply
} from './context.js'
import { now, uniqueLabels, type IssueRecord } from './state.js'

function issueOf(ctx: Ctx): IssueRecord | undefined {
  return ctx.state.issues.get(Number(ctx.params.issue_number))
}

/** No issue under this number: 301 to where it was transferred, else 404. */
function missingIssue(ctx: Ctx): Reply {
  const moved = ctx.state.movedIssues.get(Number(ctx.params.issue_number))
  if (!moved) return notFound(ctx)
  const rest = ctx.url.pathname.replace(/^\/repos\/[^/]+\/[^/]+\/issues\/\d+/, '')
  const url = `${ctx.url.origin}/repos/${moved.repository}/issues/${moved.number}${rest}`
  return {
    status: 301,
    body: { message: 'Moved Permanently', url, documentation_url: ctx.operation.docs },
    headers: { location: url }
  }
}

/** GitHub's 422 for a semantic problem: "Validation Failed" with a list of errors. */
function validationFailed(
  ctx: Ctx,
  resource: string,
  field: string,
  code = 'missing_field'
): Reply {
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ resource, code, field }],
      documentation_url: ctx.operation.docs,
      status: '422'
    }
  }
}

/** Label names from `["a", {name: "b"}]`, the two forms GitHub accepts. */
function labelNames(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  return value
    .map(l => (typeof l === 'string' ? l : isRecord(l) && typeof l.name === 'string' ? l.name : ''))
    .filter(l => l.trim() !== '')
}

/** Logins from `["a", {login: "b"}]`. */
function loginsOf(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  return value
    .map(a => (typeof a === 'string' ? a : isRecord(a) ? textOf(a.login) : ''))
    .filter(l => l !== '')
}

/** Assignees GitHub would keep on an update: people who can be assigned; others are dropped
 * silently. */
function assigneeLogins(ctx: Ctx, value: unknown): string[] {
  const kept = loginsOf(value)
    .filter(l => ctx.state.assignable(l))
    .map(l => ctx.state.user(l).login)
  return [...new Set(kept)]
}

const listIssues: Handler = ctx => {
  const q = ctx.query
  const state = q.get('state') ?? 'open'
  const wanted = (q.get('labels') ?? '')
    .split(',')
    .map(l => l.trim().toLowerCase())
    .filter(Boolean)
  const creator = q.get('creator')?.toLowerCase()
  const assignee = q.get('assignee')
  const milestone = q.get('milestone')
  const since = q.get('since')
  let items = [...ctx.state.issues.values()].filter(
    i =>
      (state === 'all' || i.state === state) &&
      wanted.every(w => i.labels.some(l => l.toLowerCase() === w)) &&
      (creator === undefined || i.user.toLowerCase() === creator) &&
      (assignee === null ||
        (assignee === 'none'
          ? i.assignees.length === 0
          : assignee === '*'
            ? i.assignees.length > 0
            : i.assignees.some(a => a.toLowerCase() === assignee.toLowerCase()))) &&
      // No issue here has a milestone.
      (milestone === null || milestone === 'none') &&
      (since === null || i.updated_at >= since)
  )
  const sort = q.get('sort') ?? 'created'
  const sign = (q.get('direction') ?? 'desc') === 'asc' ? 1 : -1
  const key = (i: IssueRecord): string | number =>
    sort === 'updated' ? i.updated_at : sort === 'comments' ? i.commentIds.length : i.created_at
  items = items.sort((a, b) => {
    const [ka, kb] = [key(a), key(b)]
    return sign * (ka < kb ? -1 : ka > kb ? 1 : a.number - b.number)
  })
  const page = paginate(ctx, items, { perPage: 30, max: 100 })
  return { status: 200, body: page.items.map(i => ctx.render.issue(i)), headers: page.headers }
}

/** Creating an issue: labels and assignees count only for a token with push access (GitHub
 * drops them silently for anyone else); with push access, an assignee who cannot be assigned
 * makes the whole request fail with 422 `{field: assignees, code: invalid}`. */
const createIssue: Handler = ctx => {
  const body = bodyOf(ctx)
  const title = textOf(body.title)
  if (title.trim() === '') return validationFailed(ctx, 'Issue', 'title')
  const push = ctx.token.caps.push
  const requested = push
    ? loginsOf([
        ...(Array.isArray(body.assignees) ? (body.assignees as unknown[]) : []),
        ...(typeof body.assignee === 'string' ? [body.assignee] : [])
      ])
    : []
  const refused = requested.filter(l => !ctx.state.assignable(l))
  if (refused.length > 0) {
    return {
      status: 422,
      body: {
        message: 'Validation Failed',
        errors: refused.map(value => ({
          value,
          resource: 'Issue',
          field: 'assignees',
          code: 'invalid'
        })),
        documentation_url: ctx.operation.docs,
        status: '422'
      }
    }
  }
  // Labels that do not exist yet are created (GitHub does the same for anyone with push access).
  const issue = ctx.state.addIssue({
    title,
    body: typeof body.body === 'string' ? body.body : null,
    labels: push ? labelNames(body.labels) : [],
    assignees: [...new Set(requested.map(l => ctx.state.user(l).login))],
    user: ctx.token.login,
    pullRequest: false
  })
  const json = ctx.render.issue(issue)
  return { status: 201, body: json, headers: { location: String(json.url) } }
}

const getIssue: Handler = ctx => {
  const issue = issueOf(ctx)
  return issue ? { status: 200, body: ctx.render.issue(issue) } : missingIssue(ctx)
}

const updateIssue: Handler = ctx => {
  const issue = issueOf(ctx)
  if (!issue) return missingIssue(ctx)
  const body = bodyOf(ctx)
  if (body.title !== undefined && body.title !== null) {
    if (textOf(body.title).trim() === '') return validationFailed(ctx, 'Issue', 'title')
    issue.title = textOf(body.title)
  }
  if (body.body !== undefined) issue.body = typeof body.body === 'string' ? body.body : null
  if (body.labels !== undefined) {
    issue.labels = uniqueLabels(labelNames(body.labels).map(l => ctx.state.label(l).name))
  }
  if (body.assignees !== undefined) issue.assignees = assigneeLogins(ctx, body.assignees)
  else if (body.assignee !== undefined)
    issue.assignees = assigneeLogins(ctx, body.assignee === null ? [] : [body.assignee])
  if (body.state === 'closed' && issue.state === 'open') {
    issue.state = 'closed'
    issue.state_reason = typeof body.state_reason === 'string' ? body.state_reason : 'completed'
    issue.closed_at = now()
    issue.closed_by = ctx.token.login
  } else if (body.state === 'open' && issue.state === 'closed') {
    issue.state = 'open'
    issue.state_reason = 'reopened'
    issue.closed_at = null
  } else if (issue.state === 'closed' && typeof body.state_reason === 'string') {
    issue.state_reason = body.state_reason
  }
  issue.updated_at = now()
  return { status: 200, body: ctx.render.issue(issue) }
}

const listComments: Handler = ctx => {
  const issue = issueOf(ctx)
  if (!issue) return missingIssue(ctx)
  const since = ctx.query.get('since')
  const all = issue.commentIds
    .map(id => ctx.state.comments.get(id))
    .filter(c => c !== undefined)
    .filter(c => since === null || c.updated_at >= since)
  const page = paginate(ctx, all, { perPage: 30, max: 100 })
  return { status: 200, body: page.items.map(c => ctx.render.comment(c)), headers: page.headers }
}

const createComment: Handler = ctx => {
  const issue = issueOf(ctx)
  if (!issue) return missingIssue(ctx)
  const text = textOf(bodyOf(ctx).body)
  if (text.trim() === '') return validationFailed(ctx, 'IssueComment', 'body')
  const comment = ctx.state.addComment(issue, text, ctx.token.login)
  const json = ctx.render.comment(comment)
  return { status: 201, body: json, headers: { location: String(json.url) } }
}

const getComment: Handler = ctx => {
  const comment = ctx.state.comments.get(Number(ctx.params.comment_id))
  return comment ? { status: 200, body: ctx.render.comment(comment) } : notFound(ctx)
}

const addLabels: Handler = ctx => {
  const issue = issueOf(ctx)
  if (!issue) return missingIssue(ctx)
  const names = labelNames(bodyOf(ctx).labels).map(l => ctx.state.label(l).name)
  issue.labels = uniqueLabels([...issue.labels, ...names])
  issue.updated_at = now()
  return { status: 200, body: issue.labels.map(l => ctx.render.label(ctx.state.label(l))) }
}

/** A login nobody has mentioned is taken not to exist (GitHub: 404 "<login> is not a user").
 * A user who exists but has no role gets 200 with permission "none" (the repository is
 * private, so nobody outside has even read). */
const collaboratorPermission: Handler = ctx => {
  const login = String(ctx.params.username)
  if (!ctx.state.knownUser(login)) {
    return errorReply(404, `${login} is not a user`, ctx.operation.docs)
  }
  return { status: 200, body: ctx.render.permission(login) }
}

/** The token's own view of the repository; `permissions` follows what the token may do. */
const getRepo: Handler = ctx => {
  const caps = ctx.token.caps
  const admin = caps.secrets || caps.variables
  const permissions = {
    admin,
    maintain: admin,
    push: admin || caps.issues || caps.actions,
    triage: admin || caps.issues,
    pull: true
  }
  return { status: 200, body: ctx.render.repository(permissions) }
}

export const issuesHandlers: Record<string, Handler> = {
  'issues/list-for-repo': listIssues,
  'issues/create': createIssue,
  'issues/get': getIssue,
  'issues/update': updateIssue,
  'issues/list-comments': listComments,
  'issues/create-comment': createComment,
  'issues/get-comment': getComment,
  'issues/add-labels': addLabels,
  'repos/get-collaborator-permission-level': collaboratorPermission,
  'repos/get': getRepo
}

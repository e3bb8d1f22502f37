// The organization's Actions secrets and variables: one public key, a visibility per entry
// (`all`, `private`, `selected`) with the selected repositories, `visibility` required when an
// entry is written whole (PUT secret, POST variable), 409 for a variable that exists.
// https://docs.github.com/rest/actions/secrets, /rest/actions/variables (organization)
import {
  isReply,
  secretWrite,
  stamped,
  variableChange,
  variableCreate,
  writeReply,
  type EntryWrite
} from './actions-entries.js'
import {
  bodyOf,
  invalid,
  notFound,
  paginate,
  type Ctx,
  type Handler,
  type Reply
} from './context.js'
import type { OrgEntry } from './org-state.js'
import { now, type RepoState } from './state.js'
import type { OrgVisibility } from './types.js'

const VISIBILITIES: OrgVisibility[] = ['all', 'private', 'selected']

function repoById(ctx: Ctx, id: number): RepoState | undefined {
  return [...ctx.repos.values()].find(r => r.repoId === id)
}

/** The selection a request asks for: IDs of repositories of this organization. Returns the
 * refusal when one is not. */
function selection(ctx: Ctx, value: unknown): Set<number> | string {
  const ids = (Array.isArray(value) ? value : []).map(v => Number(v))
  for (const id of ids) {
    const repo = repoById(ctx, id)
    if (!Number.isInteger(id) || !repo || repo.owner.toLowerCase() !== ctx.org.login.toLowerCase())
      return `Repository ${String(id)} is not a repository of ${ctx.org.login}.`
  }
  return new Set(ids)
}

function entryJson(ctx: Ctx, kind: 'secrets' | 'variables', entry: OrgEntry): Reply['body'] {
  const base = `${ctx.url.origin}/orgs/${ctx.org.login}/actions/${kind}/${entry.name}`
  return {
    name: entry.name,
    ...(kind === 'variables' ? { value: entry.value } : {}),
    created_at: entry.created_at,
    updated_at: entry.updated_at,
    visibility: entry.visibility,
    ...(entry.visibility === 'selected'
      ? { selected_repositories_url: `${base}/repositories` }
      : {})
  }
}

/** The selected repositories; 409 without a body (as documented for variables) when the
 * entry is not `selected`. The list holds only the repositories the token can see, while
 * `total_count` counts every selected one: a token limited to some repositories reads a
 * shorter list than the selection it would overwrite. */
function selectedRepos(ctx: Ctx, entry: OrgEntry): Reply {
  if (entry.visibility !== 'selected') return { status: 409 }
  const selected = [...entry.selected]
    .sort((a, b) => a - b)
    .map(id => repoById(ctx, id))
    .filter(r => r !== undefined)
  const seen = ctx.token.repositories
  const repos = selected.filter(r => !seen || seen.includes(`${r.owner}/${r.repo}`.toLowerCase()))
  const page = paginate(ctx, repos, { perPage: 30, max: 100 })
  return {
    status: 200,
    body: {
      total_count: selected.length,
      repositories: page.items.map(r => ctx.renderFor(r).repository({}))
    },
    headers: page.headers
  }
}

/** An entry as a PUT secret or a POST variable writes it whole: the `visibility` the body
 * names (its schema requires one) with the selection, or the refusal of a foreign repository. */
function wholeEntry(ctx: Ctx, write: EntryWrite, existing?: OrgEntry): OrgEntry | Reply {
  const body = bodyOf(ctx)
  const visibility = body.visibility as OrgVisibility
  const selected = selection(ctx, body.selected_repository_ids)
  if (typeof selected === 'string') return invalid(ctx, selected)
  return {
    name: write.key,
    value: write.value,
    visibility,
    selected: visibility === 'selected' ? selected : new Set(),
    ...stamped(existing)
  }
}

const publicKey: Handler = ctx => ({
  status: 200,
  body: { key_id: ctx.org.key.keyId, key: ctx.org.key.key }
})

const secretOf = (ctx: Ctx): OrgEntry | undefined =>
  ctx.org.secrets.get(String(ctx.params.secret_name).toUpperCase())

const getSecret: Handler = ctx => {
  const secret = secretOf(ctx)
  return secret ? { status: 200, body: entryJson(ctx, 'secrets', secret) } : notFound(ctx)
}

/** PUT writes the whole secret: `visibility` always (the schema requires it), the sealed value
 * to create one (an existing one may change only its visibility). */
const putSecret: Handler = ctx => {
  const existing = secretOf(ctx)
  const write = secretWrite(ctx, ctx.org.key, existing?.value)
  const entry = isReply(write) ? write : wholeEntry(ctx, write, existing)
  if (isReply(entry)) return entry
  ctx.org.secrets.set(entry.name, entry)
  return writeReply(existing)
}

const secretRepos: Handler = ctx => {
  const secret = secretOf(ctx)
  return secret ? selectedRepos(ctx, secret) : notFound(ctx)
}

const variableOf = (ctx: Ctx): OrgEntry | undefined =>
  ctx.org.variables.get(String(ctx.params.name).toUpperCase())

const getVariable: Handler = ctx => {
  const variable = variableOf(ctx)
  return variable ? { status: 200, body: entryJson(ctx, 'variables', variable) } : notFound(ctx)
}

const createVariable: Handler = ctx => {
  const write = variableCreate(ctx, ctx.org.variables)
  const entry = isReply(write) ? write : wholeEntry(ctx, write)
  if (isReply(entry)) return entry
  ctx.org.variables.set(entry.name, entry)
  return writeReply(undefined)
}

/** PATCH changes only what it names: a value alone keeps the visibility and the selection. */
const updateVariable: Handler = ctx => {
  const existing = variableOf(ctx)
  if (!existing) return notFound(ctx)
  const write = variableChange(ctx, existing, ctx.org.variables)
  if (isReply(write)) return write
  const body = bodyOf(ctx)
  const visibility = VISIBILITIES.includes(body.visibility as OrgVisibility)
    ? (body.visibility as OrgVisibility)
    : existing.visibility
  let selected = existing.selected
  if (body.selected_repository_ids !== undefined) {
    const asked = selection(ctx, body.selected_repository_ids)
    if (typeof asked === 'string') return invalid(ctx, asked)
    selected = asked
  }
  ctx.org.variables.delete(existing.name)
  ctx.org.variables.set(write.key, {
    ...existing,
    name: write.key,
    value: write.value,
    visibility,
    selected: visibility === 'selected' ? selected : new Set(),
    updated_at: now()
  })
  return { status: 204 }
}

const variableRepos: Handler = ctx => {
  const variable = variableOf(ctx)
  return variable ? selectedRepos(ctx, variable) : notFound(ctx)
}

export const handlersOrg: Record<string, Handler> = {
  'actions/get-org-public-key': publicKey,
  'actions/get-org-secret': getSecret,
  'actions/create-or-update-org-secret': putSecret,
  'actions/list-selected-repos-for-org-secret': secretRepos,
  'actions/get-org-variable': getVariable,
  'actions/create-org-variable': createVariable,
  'actions/update-org-variable': updateVariable,
  'actions/list-selected-repos-for-org-variable': variableRepos
}

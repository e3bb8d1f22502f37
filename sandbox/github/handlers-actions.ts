// Actions secrets, variables and workflows, for a repository and for its environments.
// https://docs.github.com/rest/actions/secrets, /rest/actions/variables, /rest/actions/workflows
import {
  isReply,
  secretWrite,
  stamped,
  variableChange,
  variableCreate,
  writeReply
} from './actions-entries.js'
import { notFound, paginate, type Ctx, type Handler, type Reply } from './context.js'
import { now, type Scope } from './state.js'

/** The repository's scope, or the environment's; undefined (answer 404) for an environment
 * that does not exist, which GitHub reports as plain Not Found. */
function scopeOf(ctx: Ctx): Scope | undefined {
  const env = ctx.params.environment_name
  if (env === undefined) return ctx.state.repoScope
  return ctx.state.environment(String(env))?.scope
}

function withScope(handler: (ctx: Ctx, scope: Scope) => Reply): Handler {
  return ctx => {
    const scope = scopeOf(ctx)
    return scope ? handler(ctx, scope) : notFound(ctx)
  }
}

const byName = (a: { name: string }, b: { name: string }): number => a.name.localeCompare(b.name)

const publicKey = withScope((_ctx, scope) => ({
  status: 200,
  body: { key_id: scope.key.keyId, key: scope.key.key }
}))

const listSecrets = withScope((ctx, scope) => {
  const all = [...scope.secrets.values()].sort(byName)
  const page = paginate(ctx, all, { perPage: 30, max: 100 })
  const secrets = page.items.map(s => ({
    name: s.name,
    created_at: s.created_at,
    updated_at: s.updated_at
  }))
  return { status: 200, body: { total_count: all.length, secrets }, headers: page.headers }
})

const getSecret = withScope((ctx, scope) => {
  const secret = scope.secrets.get(String(ctx.params.secret_name).toUpperCase())
  if (!secret) return notFound(ctx)
  // Never the value: GitHub has no way to read a secret back.
  return {
    status: 200,
    body: { name: secret.name, created_at: secret.created_at, updated_at: secret.updated_at }
  }
})

const putSecret = withScope((ctx, scope) => {
  const write = secretWrite(ctx, scope.key)
  if (isReply(write)) return write
  const existing = scope.secrets.get(write.key)
  scope.secrets.set(write.key, { name: write.key, value: write.value, ...stamped(existing) })
  return writeReply(existing)
})

const deleteSecret = withScope((ctx, scope) => {
  const key = String(ctx.params.secret_name).toUpperCase()
  return scope.secrets.delete(key) ? { status: 204 } : notFound(ctx)
})

const listVariables = withScope((ctx, scope) => {
  const all = [...scope.variables.values()].sort(byName)
  // Variables page 10 at a time, at most 30 (GitHub's documented per_page for variables).
  const page = paginate(ctx, all, { perPage: 10, max: 30 })
  return {
    status: 200,
    body: { total_count: all.length, variables: page.items },
    headers: page.headers
  }
})

const getVariable = withScope((ctx, scope) => {
  const variable = scope.variables.get(String(ctx.params.name).toUpperCase())
  return variable ? { status: 200, body: { ...variable } } : notFound(ctx)
})

const createVariable = withScope((ctx, scope) => {
  const write = variableCreate(ctx, scope.variables)
  if (isReply(write)) return write
  scope.variables.set(write.key, { name: write.key, value: write.value, ...stamped() })
  return writeReply(undefined)
})

const updateVariable = withScope((ctx, scope) => {
  const existing = scope.variables.get(String(ctx.params.name).toUpperCase())
  if (!existing) return notFound(ctx)
  const write = variableChange(ctx, existing, scope.variables)
  if (isReply(write)) return write
  scope.variables.delete(existing.name)
  scope.variables.set(write.key, {
    ...existing,
    name: write.key,
    value: write.value,
    updated_at: now()
  })
  return { status: 204 }
})

const deleteVariable = withScope((ctx, scope) => {
  const key = String(ctx.params.name).toUpperCase()
  return scope.variables.delete(key) ? { status: 204 } : notFound(ctx)
})

/** A workflow by numeric ID or by file name (`ci.yml`), as the API accepts both. */
function findWorkflow(ctx: Ctx): Ctx['state']['workflows'][number] | undefined {
  const id = ctx.params.workflow_id
  return ctx.state.workflows.find(w =>
    typeof id === 'number' ? w.id === id : w.path.split('/').pop() === id
  )
}

const listWorkflows: Handler = ctx => {
  const page = paginate(ctx, ctx.state.workflows, { perPage: 30, max: 100 })
  const workflows = page.items.map(w => ctx.render.workflow(w))
  return {
    status: 200,
    body: { total_count: ctx.state.workflows.length, workflows },
    headers: page.headers
  }
}

const getWorkflow: Handler = ctx => {
  const workflow = findWorkflow(ctx)
  return workflow ? { status: 200, body: ctx.render.workflow(workflow) } : notFound(ctx)
}

/** Re-enabling is how a keepalive stops GitHub disabling a scheduled workflow after 60 days
 * without repository activity. */
const enableWorkflow: Handler = ctx => {
  const workflow = findWorkflow(ctx)
  if (!workflow) return notFound(ctx)
  workflow.state = 'active'
  return { status: 204 }
}

export const actionsHandlers: Record<string, Handler> = {
  'actions/get-repo-public-key': publicKey,
  'actions/get-environment-public-key': publicKey,
  'actions/list-repo-secrets': listSecrets,
  'actions/list-environment-secrets': listSecrets,
  'actions/get-repo-secret': getSecret,
  'actions/get-environment-secret': getSecret,
  'actions/create-or-update-repo-secret': putSecret,
  'actions/create-or-update-environment-secret': putSecret,
  'actions/delete-repo-secret': deleteSecret,
  'actions/delete-environment-secret': deleteSecret,
  'actions/list-repo-variables': listVariables,
  'actions/list-environment-variables': listVariables,
  'actions/get-repo-variable': getVariable,
  'actions/get-environment-variable': getVariable,
  'actions/create-repo-variable': createVariable,
  'actions/create-environment-variable': createVariable,
  'actions/update-repo-variable': updateVariable,
  'actions/update-environment-variable': updateVariable,
  'actions/delete-repo-variable': deleteVariable,
  'actions/delete-environment-variable': deleteVariable,
  'actions/list-repo-workflows': listWorkflows,
  'actions/get-workflow': getWorkflow,
  'actions/enable-workflow': enableWorkflow
}

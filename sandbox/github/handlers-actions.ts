// Actions secrets, variables and workflows, for a repository and for its environments.
// https://docs.github.com/rest/actions/secrets, /rest/actions/variables, /rest/actions/workflows
import {
  bodyOf,
  errorReply,
  invalid,
  notFound,
  paginate,
  type Ctx,
  type Handler,
  type Reply
} from './context.js'
import { openSealedBox, type SealKeyPair } from './sealed-box.js'
import { MAX_VALUE_BYTES, nameProblem, now, variableProblem, type Scope } from './state.js'

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

/** The plaintext of a PUT's sealed box for this public key, or GitHub's refusal: a stale
 * `key_id`, a box that does not open, a value over 48 KB. */
export function sealedValue(ctx: Ctx, key: SealKeyPair): string | Reply {
  const body = bodyOf(ctx)
  if (body.key_id !== key.keyId) {
    return invalid(
      ctx,
      `key_id ${JSON.stringify(body.key_id)} does not match the current public key.`
    )
  }
  const value = openSealedBox(key, String(body.encrypted_value))
  if (value === undefined) {
    return invalid(ctx, 'encrypted_value could not be decrypted with the public key for key_id.')
  }
  if (Buffer.byteLength(value) > MAX_VALUE_BYTES) {
    return invalid(ctx, 'Secret value is too large (maximum 48 KB).')
  }
  return value
}

const putSecret = withScope((ctx, scope) => {
  const name = String(ctx.params.secret_name)
  const problem = nameProblem('Secret', name)
  if (problem) return invalid(ctx, problem)
  const value = sealedValue(ctx, scope.key)
  if (typeof value !== 'string') return value
  const key = name.toUpperCase()
  const existing = scope.secrets.get(key)
  const at = now()
  scope.secrets.set(key, {
    name: key,
    value,
    created_at: existing?.created_at ?? at,
    updated_at: at
  })
  // 201 with an empty object on create, 204 on update, as documented.
  return existing ? { status: 204 } : { status: 201, body: {} }
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
  const body = bodyOf(ctx)
  const name = String(body.name)
  const value = String(body.value)
  const problem = variableProblem(name, value)
  if (problem) return invalid(ctx, problem)
  const key = name.toUpperCase()
  if (scope.variables.has(key)) {
    return errorReply(409, 'Already exists - Variable already exists', ctx.operation.docs)
  }
  const at = now()
  scope.variables.set(key, { name: key, value, created_at: at, updated_at: at })
  return { status: 201, body: {} }
})

const updateVariable = withScope((ctx, scope) => {
  const key = String(ctx.params.name).toUpperCase()
  const existing = scope.variables.get(key)
  if (!existing) return notFound(ctx)
  const body = bodyOf(ctx)
  const name = typeof body.name === 'string' ? body.name : existing.name
  const value = typeof body.value === 'string' ? body.value : existing.value
  const problem = variableProblem(name, value)
  if (problem) return invalid(ctx, problem)
  const newKey = name.toUpperCase()
  if (newKey !== key && scope.variables.has(newKey)) {
    return errorReply(409, 'Already exists - Variable already exists', ctx.operation.docs)
  }
  scope.variables.delete(key)
  scope.variables.set(newKey, { ...existing, name: newKey, value, updated_at: now() })
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

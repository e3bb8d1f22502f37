/**
 * Actions secrets and variables anywhere admin-token may write them: a repository, one of
 * its environments, or the organization. Fan-out copies the current credentials through
 * here. Sealing, dry-run and the record of writes are the gateway's; what is added is the
 * scope in every path, one public-key read per scope per run, and the organization's rule
 * that every secret PUT names a visibility (an existing secret keeps its own).
 */
import { explainTargetError, statusOf, type TargetPlace } from './errors.js'
import type { Octokit } from './octokit.js'
import { sealSecret } from './seal.js'
import { scopeLabel, type ActionsScope } from './actions-scope.js'

export { scopeLabel, type ActionsScope }

function place(scope: ActionsScope): TargetPlace {
  return {
    label: scopeLabel(scope),
    kind: scope.kind,
    ...(scope.kind === 'environment' ? { environment: scope.environment } : {})
  }
}

/** The API path of the scope's secrets or variables (environment names may hold `/`). */
export function base(scope: ActionsScope, kind: 'secrets' | 'variables'): string {
  const e = encodeURIComponent
  if (scope.kind === 'organization') return `/orgs/${e(scope.org)}/actions/${kind}`
  const repo = `/repos/${e(scope.owner)}/${e(scope.repo)}`
  return scope.kind === 'environment'
    ? `${repo}/environments/${e(scope.environment)}/${kind}`
    : `${repo}/actions/${kind}`
}

type Explain = (error: unknown) => Error

/** What the gateway lends: its admin-token client with its error handling and dry-run. */
export interface ScopePorts {
  write(
    step: string,
    request: (octokit: Octokit) => Promise<unknown>,
    explain: Explain
  ): Promise<boolean>
}

interface PublicKey {
  key_id: string
  key: string
}

type OrgAccess = { visibility: string; selected_repository_ids?: number[] }

export class ScopeWriter {
  private readonly keys = new Map<string, PublicKey>()

  constructor(private readonly ports: ScopePorts) {}

  /** Seals and stores a secret; returns the step as listed (dry-run: not sent). */
  async putSecret(scope: ActionsScope, name: string, value: string): Promise<string> {
    const step = `write secret ${name} (${scopeLabel(scope)})`
    const explain: Explain = error => explainTargetError(error, step, place(scope), 'secrets')
    await this.ports.write(
      step,
      async octokit => {
        const key = await this.publicKey(octokit, scope)
        const access =
          scope.kind === 'organization' ? await orgSecretAccess(octokit, scope, name) : {}
        await octokit.request(`PUT ${base(scope, 'secrets')}/{name}`, {
          name,
          encrypted_value: await sealSecret(key.key, value),
          key_id: key.key_id,
          ...access
        })
      },
      explain
    )
    return step
  }

  /** Updates the variable, creating it when it does not exist: in the organization a new one
   * is `private`, and an update names only the value, so visibility and selection stay. */
  async setVariable(scope: ActionsScope, name: string, value: string): Promise<string> {
    const step = `write variable ${name} (${scopeLabel(scope)})`
    const explain: Explain = error => explainTargetError(error, step, place(scope), 'variables')
    const path = base(scope, 'variables')
    await this.ports.write(
      step,
      async octokit => {
        const update = (): Promise<unknown> =>
          octokit.request(`PATCH ${path}/{name}`, { name, value })
        try {
          await update()
          return
        } catch (error) {
          if (statusOf(error) !== 404) throw error
        }
        const visibility = scope.kind === 'organization' ? { visibility: 'private' } : {}
        try {
          await octokit.request(`POST ${path}`, { name, value, ...visibility })
        } catch (error) {
          // Created meanwhile by someone else: update it once.
          if (statusOf(error) !== 409) throw error
          await update()
        }
      },
      explain
    )
    return step
  }

  /** The scope's public key, read once per run. */
  private async publicKey(octokit: Octokit, scope: ActionsScope): Promise<PublicKey> {
    const id = scopeLabel(scope).toLowerCase()
    let key = this.keys.get(id)
    if (!key) {
      const { data } = await octokit.request(`GET ${base(scope, 'secrets')}/public-key`)
      key = data as PublicKey
      this.keys.set(id, key)
    }
    return key
  }
}

/** An existing organization secret keeps its visibility and selected repositories (a PUT must
 * name them, so they are read first); a new one is `private`. */
async function orgSecretAccess(
  octokit: Octokit,
  scope: ActionsScope,
  name: string
): Promise<OrgAccess> {
  const path = `${base(scope, 'secrets')}/{name}`
  let visibility: string
  try {
    const { data } = await octokit.request(`GET ${path}`, { name })
    visibility = (data as { visibility: string }).visibility
  } catch (error) {
    if (statusOf(error) === 404) return { visibility: 'private' }
    throw error
  }
  if (visibility !== 'selected') return { visibility }
  const repositories = (await octokit.paginate(`GET ${path}/repositories`, {
    name,
    per_page: 100
  })) as { id: number }[]
  return { visibility, selected_repository_ids: repositories.map(r => r.id) }
}

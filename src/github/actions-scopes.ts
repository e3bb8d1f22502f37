/**
 * Actions secrets and variables anywhere admin-token may keep them: the run's own repository
 * (or its environment), another repository, one of its environments, or the organization.
 * Every read and write of them goes through here, whoever asks: one path builder, one public
 * key per scope per run, one variable upsert, one delete, one explanation of a failure. The
 * gateway lends its admin-token client, its dry-run and record of writes; the organization's
 * rules of who may read an entry are `org-access.ts`'s.
 */
import { explainScopeError, statusOf, type ScopeFailure } from './errors.js'
import { requestAnswer, type Octokit } from './octokit.js'
import {
  chooseRepositoriesAdvice,
  orgSecretAccess,
  orgVariableAccess,
  type OrgAccess,
  type OrgEntryKind
} from './org-access.js'
import { sealSecret } from './seal.js'
import { scopeLabel, type ActionsScope } from './actions-scope.js'
import { Variables } from './variables.js'

export { scopeLabel, type ActionsScope }

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
type Request<T> = (octokit: Octokit) => Promise<T>

/** What the gateway lends: its admin-token client with its error handling, dry-run and record
 * of writes, and its log for what an admin should know about an organization target. */
export interface ScopePorts {
  /** Runs a read; a failure is thrown as `explain` says. */
  read<T>(step: string, request: Request<T>, explain: Explain): Promise<T>
  /** Runs a write, or in dry-run only records it; true when it was sent. */
  write(step: string, request: Request<unknown>, explain: Explain): Promise<boolean>
  warn(message: string): void
}

interface PublicKey {
  key_id: string
  key: string
}

/** One scope however it is spelled: GitHub compares names without regard to case. */
const idOf = (scope: ActionsScope): string => scopeLabel(scope).toLowerCase()

export class ScopeWriter {
  private readonly keys = new Map<string, PublicKey>()
  /** What this run already told, so a warning is given once however many copies it makes. */
  private readonly told = new Set<string>()

  /** `home` is the run's own repository or environment: its steps name it `repository` or
   * `environment NAME`, and its failures are not a fan-out target's. */
  constructor(
    private readonly ports: ScopePorts,
    private readonly home?: ActionsScope
  ) {}

  /** Seals and stores a secret; returns the step as listed (dry-run: not sent). */
  async putSecret(scope: ActionsScope, name: string, value: string): Promise<string> {
    return this.change(`write secret ${name}`, scope, 'secrets', async octokit => {
      const key = await this.publicKey(octokit, scope)
      const access =
        scope.kind === 'organization'
          ? await orgSecretAccess(octokit, base(scope, 'secrets'), scope.org, name)
          : undefined
      await octokit.request(`PUT ${base(scope, 'secrets')}/{name}`, {
        name,
        encrypted_value: await sealSecret(key.key, value),
        key_id: key.key_id,
        ...access?.body
      })
      if (access && scope.kind === 'organization') this.tell(scope.org, name, 'secret', access)
    })
  }

  /** Updates the variable, creating it when it does not exist (`exists`, when the caller knows,
   * saves the request that finds out); in the organization a new one is readable by no
   * repository, and an update names only the value, so visibility and selection stay. */
  async setVariable(
    scope: ActionsScope,
    name: string,
    value: string,
    exists?: boolean
  ): Promise<string> {
    const path = base(scope, 'variables')
    return this.change(`write variable ${name}`, scope, 'variables', async octokit => {
      if (scope.kind !== 'organization')
        return upsertVariable(octokit, path, { name, value }, { exists })
      const access = await orgVariableAccess(octokit, path, scope.org, name)
      const create = access.created ? access.body : undefined
      await upsertVariable(octokit, path, { name, value }, { create })
      this.tell(scope.org, name, 'variable', access)
    })
  }

  async deleteSecret(scope: ActionsScope, name: string): Promise<string> {
    return this.remove(scope, 'secrets', name)
  }

  async deleteVariable(scope: ActionsScope, name: string): Promise<string> {
    return this.remove(scope, 'variables', name)
  }

  /** The variable's value; undefined when there is none by that name. */
  async getVariable(scope: ActionsScope, name: string): Promise<string | undefined> {
    const step = `read variable ${name} (${this.where(scope)})`
    const path = `GET ${base(scope, 'variables')}/{name}`
    return this.ports.read(
      step,
      async octokit => {
        try {
          const { data } = await requestAnswer(octokit, path, { name })
          return (data as { value: string }).value
        } catch (error) {
          if (statusOf(error) === 404) return undefined
          throw error
        }
      },
      this.explainer(scope, 'variables', step)
    )
  }

  /** Every variable of the scope by name: one request for all stages. */
  async listVariables(scope: ActionsScope): Promise<Variables> {
    const step = `read variables (${this.where(scope)})`
    return this.ports.read(
      step,
      async octokit => {
        const all = await octokit.paginate<{ name: string; value: string }>(
          `GET ${base(scope, 'variables')}`,
          { per_page: 30 }
        )
        return new Variables(all.map(variable => [variable.name, variable.value]))
      },
      this.explainer(scope, 'variables', step)
    )
  }

  /** How steps name the scope: the home scope `repository` or `environment NAME` (the run's
   * own), any other by its target label. */
  where(scope: ActionsScope): string {
    if (!this.isHome(scope)) return scopeLabel(scope)
    return scope.kind === 'environment' ? `environment ${scope.environment}` : 'repository'
  }

  private isHome(scope: ActionsScope): boolean {
    return this.home !== undefined && idOf(this.home) === idOf(scope)
  }

  private explainer(scope: ActionsScope, what: ScopeFailure['what'], step: string): Explain {
    const failure: ScopeFailure = { scope, what, target: !this.isHome(scope) }
    return error => explainScopeError(error, step, failure)
  }

  /** One write of the scope's secrets or variables; returns the step as listed. */
  private async change(
    action: string,
    scope: ActionsScope,
    what: ScopeFailure['what'],
    request: Request<unknown>
  ): Promise<string> {
    const step = `${action} (${this.where(scope)})`
    await this.ports.write(step, request, this.explainer(scope, what, step))
    return step
  }

  private async remove(
    scope: ActionsScope,
    what: ScopeFailure['what'],
    name: string
  ): Promise<string> {
    const noun = what === 'secrets' ? 'secret' : 'variable'
    return this.change(`delete ${noun} ${name}`, scope, what, async octokit => {
      try {
        await octokit.request(`DELETE ${base(scope, what)}/{name}`, { name })
      } catch (error) {
        if (statusOf(error) !== 404) throw error // already gone: a rerun after a partial run
      }
    })
  }

  /** Once per run: how to choose the repositories of new organization entries; once per
   * entry: that an existing one is read more widely than a selection. */
  private tell(org: string, name: string, kind: OrgEntryKind, access: OrgAccess): void {
    const once = (key: string, message: string): void => {
      if (this.told.has(key)) return
      this.told.add(key)
      this.ports.warn(message)
    }
    if (access.created) once(`new ${org}`.toLowerCase(), chooseRepositoriesAdvice(org, name, kind))
    if (access.wide) once(`wide ${org} ${kind} ${name}`.toLowerCase(), access.wide)
  }

  /** The scope's public key, read once per run. */
  private async publicKey(octokit: Octokit, scope: ActionsScope): Promise<PublicKey> {
    const id = idOf(scope)
    let key = this.keys.get(id)
    if (!key) {
      const { data } = await requestAnswer(octokit, `GET ${base(scope, 'secrets')}/public-key`)
      key = data as PublicKey
      this.keys.set(id, key)
    }
    return key
  }
}

/** PATCH the variable's value, POST it (with `create`'s fields) when GitHub says it does not
 * exist (404); first POST when the caller knows it does not (`exists: false`), then PATCH
 * when GitHub says it does (409: created meanwhile, or the caller's knowledge was old). */
async function upsertVariable(
  octokit: Octokit,
  path: string,
  variable: { name: string; value: string },
  options: { exists?: boolean; create?: OrgAccess['body'] }
): Promise<void> {
  const update = (): Promise<unknown> => octokit.request(`PATCH ${path}/{name}`, variable)
  if (options.exists !== false) {
    try {
      await update()
      return
    } catch (error) {
      if (statusOf(error) !== 404) throw error
    }
  }
  try {
    await octokit.request(`POST ${path}`, { ...variable, ...options.create })
  } catch (error) {
    if (statusOf(error) !== 409) throw error
    await update()
  }
}

/**
 * Actions secrets and variables anywhere admin-token may write them: a repository, one of
 * its environments, or the organization. Fan-out copies the current credentials through
 * here. Sealing, dry-run and the record of writes are the gateway's; what is added is the
 * scope in every path, one public-key read per scope per run, and the organization's rules
 * of who may read an entry (`org-access.ts`).
 */
import { explainTargetError, statusOf, type TargetPlace } from './errors.js'
import type { Octokit } from './octokit.js'
import {
  chooseRepositoriesAdvice,
  orgSecretAccess,
  orgVariableAccess,
  type OrgAccess,
  type OrgEntryKind
} from './org-access.js'
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
function base(scope: ActionsScope, kind: 'secrets' | 'variables'): string {
  const e = encodeURIComponent
  if (scope.kind === 'organization') return `/orgs/${e(scope.org)}/actions/${kind}`
  const repo = `/repos/${e(scope.owner)}/${e(scope.repo)}`
  return scope.kind === 'environment'
    ? `${repo}/environments/${e(scope.environment)}/${kind}`
    : `${repo}/actions/${kind}`
}

type Explain = (error: unknown) => Error

/** What the gateway lends: its admin-token client with its error handling and dry-run, and
 * its log for what an admin should know about an organization target. */
export interface ScopePorts {
  write(
    step: string,
    request: (octokit: Octokit) => Promise<unknown>,
    explain: Explain
  ): Promise<boolean>
  warn(message: string): void
}

interface PublicKey {
  key_id: string
  key: string
}

export class ScopeWriter {
  private readonly keys = new Map<string, PublicKey>()
  /** What this run already told, so a warning is given once however many copies it makes. */
  private readonly told = new Set<string>()

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
      },
      explain
    )
    return step
  }

  /** Updates the variable, creating it when it does not exist; in the organization a new one
   * is readable by no repository, and an update names only the value, so visibility and
   * selection stay. */
  async setVariable(scope: ActionsScope, name: string, value: string): Promise<string> {
    const step = `write variable ${name} (${scopeLabel(scope)})`
    const explain: Explain = error => explainTargetError(error, step, place(scope), 'variables')
    const path = base(scope, 'variables')
    await this.ports.write(
      step,
      async octokit => {
        if (scope.kind !== 'organization') return upsertVariable(octokit, path, name, value)
        const access = await orgVariableAccess(octokit, path, scope.org, name)
        await upsertVariable(octokit, path, name, value, access.created ? access.body : undefined)
        this.tell(scope.org, name, 'variable', access)
      },
      explain
    )
    return step
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

/** PATCH the variable's value; POST it (with `create`'s fields) when it does not exist. */
async function upsertVariable(
  octokit: Octokit,
  path: string,
  name: string,
  value: string,
  create: OrgAccess['body'] = {}
): Promise<void> {
  const update = (): Promise<unknown> => octokit.request(`PATCH ${path}/{name}`, { name, value })
  try {
    await update()
    return
  } catch (error) {
    if (statusOf(error) !== 404) throw error
  }
  try {
    await octokit.request(`POST ${path}`, { name, value, ...create })
  } catch (error) {
    // Created meanwhile by someone else: update it once.
    if (statusOf(error) !== 409) throw error
    await update()
  }
}

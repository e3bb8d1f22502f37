// The test-facing handles on a repository's and the organization's Actions secrets and
// variables: read what the action stored (decrypted), seed what a test starts from. They go
// through the same state the API serves, so seeded values are exactly what the API returns.
import { publicEntry, type OrgEntry, type OrgState } from './org-state.js'
import { now, type RepoState } from './state.js'
import type {
  OrgAccess,
  OrganizationHandle,
  RepositoryHandle,
  StoredSecret,
  StoredVariable
} from './types.js'

const upper = (name: string): string => name.toUpperCase()

function copy<T extends StoredSecret | StoredVariable>(value: T | undefined): T | undefined {
  return value === undefined ? undefined : { ...value }
}

export function repositoryHandle(repo: RepoState): RepositoryHandle {
  const store = (entries: Map<string, StoredSecret>, name: string, value: string): void => {
    const created = entries.get(upper(name))?.created_at ?? now()
    entries.set(upper(name), { name: upper(name), value, created_at: created, updated_at: now() })
  }
  return {
    id: repo.repoId,
    fullName: `${repo.owner}/${repo.repo}`,
    createEnvironment: name => repo.createEnvironment(name),
    secret: (name, env) => copy(repo.scope(env).secrets.get(upper(name))),
    secrets: env => [...repo.scope(env).secrets.values()].map(s => ({ ...s })),
    variable: (name, env) => copy(repo.scope(env).variables.get(upper(name))),
    variables: env => [...repo.scope(env).variables.values()].map(v => ({ ...v })),
    setSecret: (name, value, env) => store(repo.scope(env).secrets, name, value),
    setVariable: (name, value, env) => store(repo.scope(env).variables, name, value)
  }
}

/** Which repositories of the organization can read an entry of this visibility and selection. */
export function readersOf(entry: OrgEntry, org: string, repositories: RepoState[]): string[] {
  const ofOrg = repositories.filter(r => r.owner.toLowerCase() === org.toLowerCase())
  const reads = (r: RepoState): boolean => {
    if (entry.visibility === 'all') return true
    if (entry.visibility === 'private') return r.visibility !== 'public'
    return entry.selected.has(r.repoId)
  }
  return ofOrg
    .filter(reads)
    .map(r => `${r.owner}/${r.repo}`)
    .sort()
}

/** `repoId` turns an `owner/repo` of `OrgAccess.repositories` into the ID GitHub selects by;
 * `repositories` lists every repository the emulator holds. */
export function organizationHandle(
  org: OrgState,
  repos: { repoId: (fullName: string) => number; repositories: () => RepoState[] }
): OrganizationHandle {
  const { repoId } = repos
  const store = (
    entries: OrgState['secrets'],
    name: string,
    value: string,
    access: OrgAccess = { visibility: 'private' }
  ): void => {
    const selected = new Set((access.repositories ?? []).map(repoId))
    const existing = entries.get(upper(name))
    entries.set(upper(name), {
      name: upper(name),
      value,
      visibility: access.visibility,
      selected: access.visibility === 'selected' ? selected : new Set(),
      created_at: existing?.created_at ?? now(),
      updated_at: now()
    })
  }
  return {
    login: org.login,
    secret: name => publicEntry(org.secrets.get(upper(name))),
    variable: name => publicEntry(org.variables.get(upper(name))),
    setSecret: (name, value, access) => store(org.secrets, name, value, access),
    setVariable: (name, value, access) => store(org.variables, name, value, access),
    readers(kind, name) {
      const entry = (kind === 'secret' ? org.secrets : org.variables).get(upper(name))
      return entry && readersOf(entry, org.login, repos.repositories())
    }
  }
}

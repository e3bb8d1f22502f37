// The organization's Actions secrets and variables: one public key for the organization, and
// for each entry a visibility (all, private, selected) with the repositories selected.
// https://docs.github.com/rest/actions/secrets#create-or-update-an-organization-secret
import { newKeyPair, type SealKeyPair } from './sealed-box.js'
import type { OrgVisibility, StoredOrgEntry } from './types.js'

export interface OrgEntry {
  name: string
  value: string
  visibility: OrgVisibility
  selected: Set<number>
  created_at: string
  updated_at: string
}

export class OrgState {
  readonly key: SealKeyPair = newKeyPair()
  /** Keyed by upper-cased name, as for repositories. */
  readonly secrets = new Map<string, OrgEntry>()
  readonly variables = new Map<string, OrgEntry>()

  constructor(readonly login: string) {}
}

export function publicEntry(entry: OrgEntry | undefined): StoredOrgEntry | undefined {
  if (!entry) return undefined
  const { selected, ...rest } = entry
  return { ...rest, selectedRepositoryIds: [...selected].sort((a, b) => a - b) }
}

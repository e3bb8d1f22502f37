/**
 * Where Actions secrets and variables live: a repository, one of its environments, or the
 * organization. Kept apart from the writer (which seals with libsodium) so that parsing the
 * `targets` input loads nothing heavy on the verify path.
 */
export type ActionsScope =
  | { kind: 'repository'; owner: string; repo: string }
  | { kind: 'environment'; owner: string; repo: string; environment: string }
  | { kind: 'organization'; org: string }

/** `owner/repo`, `owner/repo@environment` or `org:ORG`: how a target is written and named. */
export function scopeLabel(scope: ActionsScope): string {
  if (scope.kind === 'organization') return `org:${scope.org}`
  const repo = `${scope.owner}/${scope.repo}`
  return scope.kind === 'environment' ? `${repo}@${scope.environment}` : repo
}

/** Shared moves of the fan-out scenarios. */
import type { World } from '../../sandbox/world.js'

/** An admin-token for every repository (Secrets, Variables, Environments) that lacks the
 * organization permissions: what a fine-grained token made for repositories' settings is. */
export function repositoryOnlyToken(world: World): string {
  return world.github.addToken('repo-only', {
    issues: true,
    secrets: true,
    variables: true,
    environments: true,
    actions: true
  })
}

/** The names the current stage is copied under: key secret, certificate and ID variables. */
export const STAGE_NAMES = [
  'NETSUITE_PRIVATE_KEY',
  'NETSUITE_CERTIFICATE',
  'NETSUITE_CERTIFICATE_ID'
]

/** The world's three targets, as its `targets` input lists them. */
export const TARGETS = ['acme/billing', 'acme/etl@production', 'org:acme']

/** What a target holds under STAGE_NAMES: key, certificate, ID (undefined where missing). */
export function held(world: World, target: string): (string | undefined)[] {
  const [key, certificate, id] = STAGE_NAMES
  if (target === 'org:acme') {
    const org = world.github.org
    return [org.secret(key)?.value, org.variable(certificate)?.value, org.variable(id)?.value]
  }
  const [name, environment] = target.split('@')
  const repo = world.repositories[name]
  return [
    repo.secret(key, environment)?.value,
    repo.variable(certificate, environment)?.value,
    repo.variable(id, environment)?.value
  ]
}

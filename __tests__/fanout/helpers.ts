/** Shared moves of the fan-out scenarios. */
import type { World } from '../../sandbox/world.js'

/** An admin-token for every repository that lacks the organization permissions (Secrets,
 * Variables): what a fine-grained token made for one repository's settings usually is. */
export function repositoryOnlyToken(world: World): string {
  return world.github.addToken('repo-only', {
    issues: true,
    secrets: true,
    variables: true,
    actions: true
  })
}

/**
 * A public repository is never a target for the key. Its workflow runs and their logs are
 * public, so one step that prints the secret shows it to everyone; and everyone can see
 * which secrets it holds. The check runs before the command writes anything: a target list
 * that names a public repository is bad input, refused with nothing written anywhere.
 */
import { InputError } from '../core/errors.js'
import { scopeLabel, type ActionsScope } from '../github/actions-scope.js'
import type { GitHub } from '../github/gateway.js'

/** Throws InputError naming every repository or environment target GitHub says is public.
 * A repository admin-token cannot see is left to the fan-out, which names the permission. */
export async function refusePublicTargets(
  github: Pick<GitHub, 'repositoryVisibility'>,
  targets: ActionsScope[]
): Promise<void> {
  const visibility = new Map<string, Promise<string | undefined>>()
  const refused: string[] = []
  for (const target of targets) {
    if (target.kind === 'organization') continue
    const repo = `${target.owner}/${target.repo}`
    const key = repo.toLowerCase()
    if (!visibility.has(key)) {
      visibility.set(key, github.repositoryVisibility(target.owner, target.repo))
    }
    if ((await visibility.get(key)) === 'public') refused.push(scopeLabel(target))
  }
  if (refused.length === 0) return
  const which =
    refused.length === 1
      ? `${refused[0]} is a public repository`
      : `${refused.join(', ')} are public repositories`
  throw new InputError(
    `targets: ${which}: the private key is never copied to a public repository (its workflow runs and logs are public, so one step that prints the secret shows it to everyone). Remove ${refused.length === 1 ? 'it' : 'them'} from targets, or make the repository private, then run again; nothing was written.`
  )
}

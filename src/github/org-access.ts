/**
 * Who may read an organization secret or variable. GitHub's visibility decides it: `all` is
 * every repository of the organization, `private` every private and internal one, `selected`
 * only the listed ones, and `selected` with an empty list none. A new entry is therefore made
 * `selected` with no repository (an admin then chooses which may read the key); an existing one
 * keeps what an admin chose, and the run warns when that is wider than a selection. A PUT of a
 * secret must name its visibility and selection again, so a `selected` one is read first, and
 * the write is refused when admin-token could not list the whole selection: sending back the
 * shorter list would silently take the key away from the repositories it cannot see.
 * https://docs.github.com/rest/actions/secrets#create-or-update-an-organization-secret
 */
import { GitHubError } from '../core/errors.js'
import { statusOf } from './errors.js'
import { requestAnswer, type Octokit } from './octokit.js'

export type OrgEntryKind = 'secret' | 'variable'

/** What a write of an organization entry sends besides its value, and what to tell people. */
export interface OrgAccess {
  /** Fields of the PUT (secret) or POST (variable) body; empty for a variable's PATCH. */
  body: { visibility?: string; selected_repository_ids?: number[] }
  /** The entry did not exist: it is created readable by no repository. */
  created: boolean
  /** A warning when the existing entry is readable more widely than a selection. */
  wide?: string
}

const NOBODY = { visibility: 'selected', selected_repository_ids: [] as number[] }

/** Who a visibility lets read an entry of `org`, in words. */
function readersInWords(visibility: string, org: string): string | undefined {
  if (visibility === 'all') return `every repository of ${org}, public ones included`
  if (visibility === 'private') return `every private and internal repository of ${org}`
  return undefined
}

function wideWarning(kind: OrgEntryKind, org: string, name: string, visibility: string): string {
  const who = readersInWords(visibility, org) ?? visibility
  const risk =
    kind === 'secret'
      ? `: any member who can push a workflow to one of them can read the private key`
      : ' (it holds no secret)'
  return (
    `org:${org}: the organization ${kind} ${name} keeps the visibility "${visibility}" an admin gave it, so ${who} can read it${risk}. ` +
    `To limit it, choose "Selected repositories" under Settings > Secrets and variables > Actions > ${name} > Repository access.`
  )
}

/** The one message a run gives when it creates organization entries readable by nobody. */
export function chooseRepositoriesAdvice(org: string, name: string, kind: OrgEntryKind): string {
  const plural = kind === 'secret' ? 'secrets' : 'variables'
  return (
    `org:${org}: the organization ${kind} ${name} (and any other the run creates there) was created with visibility "selected" and no repository selected, ` +
    `so no repository can read it until an admin chooses which may: Settings > Secrets and variables > Actions > ${name} > Repository access, ` +
    `or, without sending the value again, \`gh api --method PUT /orgs/${org}/actions/${plural}/${name}/repositories/REPOSITORY_ID\` for each repository ` +
    `(\`gh secret set ${name} --org ${org} --repos REPO1,REPO2\` works too, but asks for the value again).`
  )
}

/** The visibility and selection a PUT of the organization secret must send. */
export async function orgSecretAccess(
  octokit: Octokit,
  path: string,
  org: string,
  name: string
): Promise<OrgAccess> {
  let visibility: string
  try {
    const { data } = await requestAnswer(octokit, `GET ${path}/{name}`, { name })
    visibility = (data as { visibility: string }).visibility
  } catch (error) {
    if (statusOf(error) === 404) return { body: NOBODY, created: true }
    throw error
  }
  if (visibility !== 'selected') {
    return {
      body: { visibility },
      created: false,
      wide: wideWarning('secret', org, name, visibility)
    }
  }
  const ids = await wholeSelection(octokit, path, org, name)
  return { body: { visibility, selected_repository_ids: ids }, created: false }
}

/** Every selected repository's ID, or a refusal when admin-token can list only some of them. */
async function wholeSelection(
  octokit: Octokit,
  path: string,
  org: string,
  name: string
): Promise<number[]> {
  const repositories: { id: number }[] = []
  let total = 0
  for (let page = 1; page <= 100; page++) {
    const { data } = await requestAnswer(octokit, `GET ${path}/{name}/repositories`, {
      name,
      per_page: 100,
      page
    })
    const answer = data as { total_count: number; repositories: { id: number }[] }
    total = answer.total_count
    repositories.push(...answer.repositories)
    if (answer.repositories.length < 100) break
  }
  if (total > repositories.length) {
    throw new GitHubError(
      `org:${org}: the organization secret ${name} is selected for ${total} repositories, but admin-token can see only ${repositories.length} of them; ` +
        `writing it would take the key away from the others. Give admin-token access to all repositories of ${org} (or write the secret by hand), then rerun.`,
      undefined,
      false
    )
  }
  return repositories.map(r => r.id)
}

/** Whether the organization variable exists and how widely it is read: a variable is updated
 * with its value alone (visibility and selection stay), and created readable by nobody. */
export async function orgVariableAccess(
  octokit: Octokit,
  path: string,
  org: string,
  name: string
): Promise<OrgAccess> {
  try {
    const { data } = await requestAnswer(octokit, `GET ${path}/{name}`, { name })
    const { visibility } = data as { visibility: string }
    const wide = readersInWords(visibility, org)
      ? wideWarning('variable', org, name, visibility)
      : undefined
    return { body: {}, created: false, wide }
  } catch (error) {
    if (statusOf(error) === 404) return { body: NOBODY, created: true }
    throw error
  }
}

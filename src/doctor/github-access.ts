/**
 * Can admin-token keep the credentials where the action writes them: the source
 * repository (or its environment) and every fan-out target? Judged from GitHub's answers
 * to reads only (the secrets' public key, the variables, the repository itself). GitHub
 * shows a fine-grained or App token's write permission to nobody but its owner, so what
 * reads cannot prove is said, not assumed.
 */
import type { AccessProbe, ProbeAnswer } from '../github/access-probe.js'
import { scopeLabel, type ActionsScope } from '../github/actions-scope.js'
import type { Finding } from '../run/doctor-report.js'

const UNPROVEN =
  'read access proven; write access cannot be proven without writing (fine-grained and App tokens do not show their permissions), so make sure it is read and write'

export interface AccessCheck {
  probe: AccessProbe
  /** Where the rotation's own secrets and variables live. */
  source: ActionsScope
  targets: ActionsScope[]
  /** A variable name to ask the organization for (it lists none here). */
  variableName: string
}

export async function githubAccessFindings(check: AccessCheck): Promise<Finding[]> {
  const findings: Finding[] = []
  findings.push(await scopeFinding(check, check.source, 'admin-token'))
  for (const target of check.targets) {
    findings.push(await scopeFinding(check, target, `admin-token: target ${scopeLabel(target)}`))
  }
  return findings
}

/** The permission a fine-grained token or GitHub App needs for this scope's secrets and variables. */
function permissionFor(scope: ActionsScope): string {
  if (scope.kind === 'organization')
    return `the organization permissions Secrets and Variables (read and write) on ${scope.org} (GitHub App: organization_secrets and organization_actions_variables: write)`
  const repo = `${scope.owner}/${scope.repo}`
  return scope.kind === 'environment'
    ? `Environments, Secrets and Variables (read and write) on ${repo}`
    : `Secrets and Variables (read and write) on ${repo}`
}

async function scopeFinding(
  check: AccessCheck,
  scope: ActionsScope,
  name: string
): Promise<Finding> {
  const where = scopeLabel(scope)
  const fail = (
    detail: string,
    fix = `give admin-token ${permissionFor(scope)} (README#tokens)`
  ): Finding => ({
    check: name,
    level: 'failure',
    detail,
    fix
  })
  if (scope.kind !== 'organization') {
    const repository = await check.probe.repository(scope.owner, scope.repo)
    if (repository.status === 401)
      return fail(
        refusedToken(repository),
        'set admin-token to a fine-grained token or GitHub App token (README#tokens)'
      )
    if (repository.status === 404)
      return fail(
        `GitHub answered 404 for ${scope.owner}/${scope.repo}: it does not exist or admin-token cannot see it`
      )
    if (repository.visibility === 'public' && scope !== check.source) {
      return fail(
        `${where} is a public repository: the action never copies a private key there`,
        'remove it from targets, or make the repository private'
      )
    }
  }
  const secrets = await check.probe.secrets(scope)
  if (secrets.status !== 200) return fail(refusal(secrets, 'secrets', scope))
  const variables = await check.probe.variables(scope, check.variableName)
  if (variables.status !== 200) return fail(refusal(variables, 'variables', scope))
  return {
    check: name,
    level: 'ok',
    detail: `${where}: Actions secrets and variables readable; ${UNPROVEN}`
  }
}

function refusedToken(answer: ProbeAnswer): string {
  return answer.status === 401
    ? 'admin-token is not set, or GitHub refused it (401 Bad credentials: expired or revoked)'
    : `GitHub answered ${answer.status}`
}

function refusal(answer: ProbeAnswer, what: 'secrets' | 'variables', scope: ActionsScope): string {
  const where = scopeLabel(scope)
  if (answer.status === 401) return refusedToken(answer)
  if (answer.status === 404) {
    return scope.kind === 'environment'
      ? `GitHub answered 404 for the ${what} of ${where}: the environment "${scope.environment}" does not exist (create it under Settings > Environments) or admin-token cannot see it`
      : `GitHub answered 404 for the ${what} of ${where}: it does not exist or admin-token cannot see it`
  }
  const wants = answer.wants ? ` (GitHub asks for ${answer.wants})` : ''
  return `admin-token may not read the Actions ${what} of ${where}: GitHub answered ${answer.status}${wants}`
}

/**
 * The `targets` input: where the current credentials are copied after each promotion and
 * rollback. One target per line:
 *
 *   owner/repo               that repository's Actions secrets and variables
 *   owner/repo@environment   that environment's (names may contain `/`)
 *   org:ORG                  the organization's
 *
 * Blank lines and lines starting with `#` are skipped (a YAML block keeps both); anything
 * else must be a target, or the whole input is refused naming the line, before anything is
 * written.
 */
import { scopeLabel, type ActionsScope } from '../github/actions-scope.js'
import { InputError } from '../core/errors.js'
import { ENVIRONMENT, LOGIN, REPOSITORY } from '../github/names.js'

const CONTROL = /[\p{Cc}\p{Zl}\p{Zp}]/u

const FORMS = 'owner/repo, owner/repo@environment or org:ORG'

/** The repository (and environment) the action stores the credentials in itself. */
export interface TargetSource {
  owner: string
  repo: string
  environment?: string
}

function parseLine(line: string, where: string): ActionsScope {
  const shown = JSON.stringify(line)
  const refuse = (why: string): never => {
    throw new InputError(`targets ${where}: ${shown} ${why}`)
  }
  if (/^org:/i.test(line)) {
    const org = line.slice('org:'.length).trim()
    if (!LOGIN.test(org)) refuse('does not name an organization: write org:ORG, e.g. org:acme')
    return { kind: 'organization', org }
  }
  if (/^https?:\/\//i.test(line) || line.startsWith('git@')) {
    refuse(`is a URL: write the repository as owner/repo (${FORMS})`)
  }
  const at = line.indexOf('@')
  const repoPart = at === -1 ? line : line.slice(0, at)
  const parts = repoPart.split('/')
  if (parts.length !== 2) refuse(`is not ${FORMS}`)
  const [owner, repo] = parts
  if (!LOGIN.test(owner)) refuse(`names the owner "${owner}", which is not a GitHub login`)
  if (!REPOSITORY.test(repo)) {
    refuse(`names the repository "${repo}", which is not a GitHub repository name`)
  }
  if (at === -1) return { kind: 'repository', owner, repo }
  const environment = line.slice(at + 1)
  if (environment.trim() !== environment || !ENVIRONMENT.test(environment)) {
    refuse('names an environment that is empty, longer than 255 characters or padded with spaces')
  }
  return { kind: 'environment', owner, repo, environment }
}

/** Parses `targets`; refuses duplicates (compared without regard to case, as GitHub does) and
 * the source itself, which the action writes anyway. */
export function parseTargets(raw: string | undefined, source?: TargetSource): ActionsScope[] {
  const targets: ActionsScope[] = []
  const seen = new Map<string, number>()
  const lines = (raw ?? '').split('\n')
  lines.forEach((rawLine, index) => {
    const where = `line ${index + 1}`
    const line = rawLine.replace(/\r$/, '').trim()
    if (line === '' || line.startsWith('#')) return
    if (CONTROL.test(line)) {
      throw new InputError(
        `targets ${where} contains a control character; write one target per line`
      )
    }
    const target = parseLine(line, where)
    const key = scopeLabel(target).toLowerCase()
    const earlier = seen.get(key)
    if (earlier !== undefined) {
      throw new InputError(`targets ${where}: ${scopeLabel(target)} is already on line ${earlier}`)
    }
    if (source && key === sourceLabel(source).toLowerCase()) {
      throw new InputError(
        `targets ${where}: ${scopeLabel(target)} is where the credentials are stored already; list only the other places that use them`
      )
    }
    seen.set(key, index + 1)
    targets.push(target)
  })
  return targets
}

function sourceLabel(source: TargetSource): string {
  return source.environment === undefined
    ? scopeLabel({ kind: 'repository', owner: source.owner, repo: source.repo })
    : scopeLabel({ kind: 'environment', ...source, environment: source.environment })
}

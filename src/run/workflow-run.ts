/**
 * What the runner says about this run (repository, event, run ID), read from
 * its environment. Facts, not inputs: every command may read them.
 */
import { InputError } from '../core/errors.js'

export interface Repository {
  owner: string
  repo: string
}

export interface WorkflowRun {
  repository: Repository
  apiUrl: string
  serverUrl: string
  eventName: string
  event: Record<string, unknown>
  runId: string
  workflowRef?: string
  /** Who started the run (`GITHUB_ACTOR`): `dependabot[bot]` runs get no Actions secrets. */
  actor?: string
}

export interface Environment {
  GITHUB_REPOSITORY?: string
  GITHUB_API_URL?: string
  GITHUB_SERVER_URL?: string
  GITHUB_EVENT_NAME?: string
  GITHUB_RUN_ID?: string
  GITHUB_WORKFLOW_REF?: string
  GITHUB_ACTOR?: string
}

export function readWorkflowRun(env: Environment, event: Record<string, unknown>): WorkflowRun {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  if (!owner || !repo) {
    throw new InputError(
      'GITHUB_REPOSITORY is not set: run this action inside a GitHub Actions workflow'
    )
  }
  return {
    repository: { owner, repo },
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    eventName: env.GITHUB_EVENT_NAME ?? '',
    event,
    runId: env.GITHUB_RUN_ID ?? '',
    workflowRef: env.GITHUB_WORKFLOW_REF,
    actor: env.GITHUB_ACTOR || undefined
  }
}

/**
 * Why this run reads every Actions secret as empty, when GitHub withholds them:
 * Dependabot's runs get Dependabot secrets instead, and a pull request from a
 * fork gets none. Undefined when the run may read them.
 */
export function secretsWithheld(run: WorkflowRun): string | undefined {
  if (run.actor === 'dependabot[bot]') {
    return "this run was started by dependabot[bot], and Dependabot's runs get Dependabot secrets, not Actions secrets: keep them out of the job with `if: github.actor != 'dependabot[bot]'`"
  }
  const pr = run.event.pull_request as { head?: { repo?: { full_name?: unknown } } } | undefined
  const head = pr?.head?.repo?.full_name
  const repository = `${run.repository.owner}/${run.repository.repo}`
  if (typeof head === 'string' && head.toLowerCase() !== repository.toLowerCase()) {
    return `this run is for a pull request from a fork (${head}), and such runs get no secrets: keep them out of the job with \`if: github.event.pull_request.head.repo.full_name == github.repository\``
  }
  return undefined
}

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
}

export interface Environment {
  GITHUB_REPOSITORY?: string
  GITHUB_API_URL?: string
  GITHUB_SERVER_URL?: string
  GITHUB_EVENT_NAME?: string
  GITHUB_RUN_ID?: string
  GITHUB_WORKFLOW_REF?: string
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
    workflowRef: env.GITHUB_WORKFLOW_REF
  }
}

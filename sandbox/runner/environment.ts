// The folders and environment the runner gives a node action. Layout and names follow a
// GitHub-hosted runner (_work/_temp, _temp/_runner_file_commands/<prefix><guid>,
// _temp/_github_workflow/event.json, _work/<repo>/<repo>); variables follow
// src/Runner.Worker/GitHubContext.cs (the GITHUB_* allowlist) and the runner context (RUNNER_*).

import { randomUUID } from 'node:crypto'
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RequestedFiles } from './types.js'

export interface RunnerLayout {
  /** Everything of this run lives below here; removed afterwards. */
  root: string
  temp: string
  toolCache: string
  runnerWorkspace: string
  workspace: string
  home: string
  eventPath: string
  files: RequestedFiles
}

/** Folders the runner itself owns inside RUNNER_TEMP (not the action's leftovers). */
export const RUNNER_OWNED = ['_runner_file_commands', '_github_workflow']

export function createLayout(repository: string, payload: Record<string, unknown>): RunnerLayout {
  const root = mkdtempSync(join(tmpdir(), 'gha-runner-'))
  const work = join(root, '_work')
  const temp = join(work, '_temp')
  const repoName = repository.split('/')[1] ?? repository
  const runnerWorkspace = join(work, repoName)
  const workspace = join(runnerWorkspace, repoName)
  const toolCache = join(root, '_tool')
  const home = join(root, 'home')
  for (const dir of [temp, workspace, toolCache, home]) mkdirSync(dir, { recursive: true })
  chmodSync(temp, 0o700)

  const commands = join(temp, '_runner_file_commands')
  const workflow = join(temp, '_github_workflow')
  mkdirSync(commands)
  mkdirSync(workflow)
  // FileCommandManager.InitializeFiles: one empty file per command, named <prefix><guid>.
  const suffix = randomUUID()
  const files: RequestedFiles = {
    output: join(commands, `set_output_${suffix}`),
    summary: join(commands, `step_summary_${suffix}`),
    state: join(commands, `save_state_${suffix}`),
    env: join(commands, `set_env_${suffix}`),
    path: join(commands, `add_path_${suffix}`)
  }
  for (const f of Object.values(files) as string[]) writeFileSync(f, '')
  const eventPath = join(workflow, 'event.json')
  writeFileSync(eventPath, JSON.stringify(payload, null, 2))
  return { root, temp, toolCache, runnerWorkspace, workspace, home, eventPath, files }
}

export interface ContextOptions {
  repository: string
  eventName: string
  payload: Record<string, unknown>
  token: string
  actionDir: string
  apiUrl: string
  serverUrl: string
  graphqlUrl: string
  debug: boolean
  actor?: string
}

// Fixed, plausible values: tests stay reproducible and nothing looks like a real run's ID.
const SHA = '8f1b0c3d5e7a9b2c4d6e8f0a1b3c5d7e9f1a2b3c'

function refOf(eventName: string, payload: Record<string, unknown>): Record<string, string> {
  const pr = payload.pull_request
  if (eventName.startsWith('pull_request') && typeof pr === 'object' && pr !== null) {
    const get = (side: string): string => {
      const part = (pr as Record<string, unknown>)[side]
      const ref =
        typeof part === 'object' && part !== null ? (part as Record<string, unknown>).ref : ''
      return typeof ref === 'string' ? ref : ''
    }
    const number = (pr as Record<string, unknown>).number ?? payload.number
    const n = typeof number === 'number' || typeof number === 'string' ? String(number) : '1'
    return {
      ref: `refs/pull/${n}/merge`,
      ref_name: `${n}/merge`,
      head_ref: get('head'),
      base_ref: get('base')
    }
  }
  return { ref: 'refs/heads/main', ref_name: 'main', head_ref: '', base_ref: '' }
}

/** The `github` and `runner` expression contexts of this step. */
export function contexts(
  layout: RunnerLayout,
  o: ContextOptions
): { github: Record<string, string>; runner: Record<string, string> } {
  const owner = o.repository.split('/')[0] ?? o.repository
  const github: Record<string, string> = {
    action: '__self',
    action_path: o.actionDir,
    actor: o.actor ?? 'octocat',
    actor_id: '583231',
    api_url: o.apiUrl,
    event_name: o.eventName,
    event_path: layout.eventPath,
    graphql_url: o.graphqlUrl,
    job: 'run',
    output: layout.files.output,
    path: layout.files.path,
    env: layout.files.env,
    state: layout.files.state,
    step_summary: layout.files.summary,
    ref_protected: 'false',
    ref_type: 'branch',
    ...refOf(o.eventName, o.payload),
    repository: o.repository,
    repository_id: '700000001',
    repository_owner: owner,
    repository_owner_id: '700000002',
    retention_days: '90',
    run_attempt: '1',
    run_id: '9000000001',
    run_number: '1',
    server_url: o.serverUrl,
    sha: SHA,
    triggering_actor: o.actor ?? 'octocat',
    workflow: 'sandbox',
    workflow_ref: `${o.repository}/.github/workflows/sandbox.yml@refs/heads/main`,
    workflow_sha: SHA,
    workspace: layout.workspace,
    // Not exported as GITHUB_TOKEN (not on the allowlist); only reachable through expressions.
    token: o.token
  }
  const runner: Record<string, string> = {
    os: 'Linux',
    arch: 'X64',
    name: 'GitHub Actions 1',
    environment: 'github-hosted',
    temp: layout.temp,
    tool_cache: layout.toolCache,
    workspace: layout.runnerWorkspace,
    ...(o.debug ? { debug: '1' } : {})
  }
  return { github, runner }
}

/** GitHubContext.GetRuntimeEnvironmentVariables + the runner context, on a minimal base. */
export function buildEnv(
  layout: RunnerLayout,
  ctx: { github: Record<string, string>; runner: Record<string, string> },
  inputs: Array<[string, string]>,
  extra: { debug: boolean; env: Record<string, string>; inputEnvName: (n: string) => string }
): Record<string, string> {
  // Never the host's environment: its secrets must not reach the action, and runs must not
  // depend on who runs the tests. PATH is kept so the action can find system tools, minus the
  // node_modules/.bin folders npx/npm prepend (a runner has no devDependencies on its PATH).
  const path = (process.env.PATH ?? '/usr/bin:/bin')
    .split(':')
    .filter(p => p !== '' && !/node_modules[\\/](\.bin|npm[\\/])|node-gyp-bin/.test(p))
    .join(':')
  const env: Record<string, string> = { PATH: path, HOME: layout.home }
  for (const [name, value] of inputs) env[extra.inputEnvName(name)] = value
  for (const [key, value] of Object.entries(ctx.github)) {
    if (key !== 'token') env[`GITHUB_${key.toUpperCase()}`] = value
  }
  for (const [key, value] of Object.entries(ctx.runner)) env[`RUNNER_${key.toUpperCase()}`] = value
  env.CI = 'true'
  env.GITHUB_ACTIONS = 'true'
  if (extra.debug) env.ACTIONS_STEP_DEBUG = 'true'
  return { ...env, ...extra.env }
}

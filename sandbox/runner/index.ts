// A local stand-in for the GitHub Actions runner: runs a checkout's node action (action.yml
// `runs.main`) with the inputs, environment, event payload and file commands the real runner
// (actions/runner, NodeScriptActionHandler) would give it, and reads back outputs, summary,
// masks and annotations the way the runner and github.com's log would. See README.md.

import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { appendFileSync, readdirSync, rmSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { StepContext } from './commands.js'
import { RUNNER_OWNED, buildEnv, contexts, createLayout } from './environment.js'
import { processFileCommands } from './file-commands.js'
import { inputEnvName, loadManifest, resolveInputs } from './manifest.js'
import type { RunActionOptions, RunResult } from './types.js'

export type {
  Annotation,
  AnnotationLevel,
  RequestedFiles,
  RunActionOptions,
  RunResult
} from './types.js'
export { inputEnvName } from './manifest.js'
export { parseWorkflowCommand } from './commands.js'
export { parseKeyValueFile } from './file-commands.js'
export { SecretMasker } from './masker.js'

const HERE = dirname(fileURLToPath(import.meta.url))
/** The repository root: this file lives in sandbox/runner/. */
export const REPO_ROOT = resolve(HERE, '..', '..')
const FAKE_CLOCK = join(HERE, 'fake-clock.mjs')

/** A GITHUB_TOKEN look-alike (`ghs_` + 36 base62 characters), fresh per run. */
function fakeInstallationToken(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
  return 'ghs_' + [...randomBytes(36)].map(b => alphabet[b % alphabet.length]).join('')
}

/**
 * Splits a stream into lines the way .NET's process reader does: "\n", "\r\n" and a lone "\r"
 * each end a line. Keeps the terminator so the masked log keeps the original layout.
 */
class LineSplitter {
  private buffer = ''
  push(chunk: string): Array<[string, string]> {
    this.buffer += chunk
    const lines: Array<[string, string]> = []
    const re = /\r\n|\n|\r/g
    let from = 0
    for (let m = re.exec(this.buffer); m; m = re.exec(this.buffer)) {
      // A trailing "\r" may be the first half of "\r\n": wait for the next chunk.
      if (m[0] === '\r' && m.index === this.buffer.length - 1) break
      lines.push([this.buffer.slice(from, m.index), m[0]])
      from = m.index + m[0].length
    }
    this.buffer = this.buffer.slice(from)
    return lines
  }
  flush(): Array<[string, string]> {
    const rest = this.buffer
    this.buffer = ''
    if (rest === '') return []
    return rest.endsWith('\r') ? [[rest.slice(0, -1), '\r']] : [[rest, '']]
  }
}

/** Everything below RUNNER_TEMP except the runner's own folders; directories end in '/'. */
function listLeftovers(temp: string): string[] {
  const out: string[] = []
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name)
      const rel = relative(temp, full)
      if (dir === temp && RUNNER_OWNED.includes(entry.name)) continue
      if (entry.isDirectory()) {
        out.push(rel + '/')
        walk(full)
      } else {
        out.push(rel)
      }
    }
  }
  walk(temp)
  return out.sort()
}

/**
 * The Node binary that runs the action: the option, else SANDBOX_NODE (so a whole suite can run
 * the bundle on another Node version, e.g. the node24 that action.yml declares, while Jest itself
 * stays on the installed one), else the Node running the tests.
 */
export function nodeBinary(opts: Pick<RunActionOptions, 'node'> = {}): string {
  return opts.node ?? (process.env.SANDBOX_NODE || process.execPath)
}

/**
 * `node` arguments that load the fake clock when the run asks for one: `now`, `timeScale` and
 * `zeroDelayAsImmediate` travel in the preload's URL so the action's environment stays untouched. A compressed clock
 * is anchored at `calledAt`, the real instant at which the action's clock reads `now`.
 */
function clockArgs(opts: RunActionOptions, calledAt: number): string[] {
  const scale = opts.timeScale ?? 1
  if (!(Number.isFinite(scale) && scale > 0)) {
    throw new Error(`timeScale must be a positive number, got ${scale}`)
  }
  if (!opts.now && scale === 1 && !opts.zeroDelayAsImmediate) return []
  const url = pathToFileURL(FAKE_CLOCK)
  url.searchParams.set('now', String(opts.now?.getTime() ?? calledAt))
  if (scale !== 1) {
    url.searchParams.set('at', String(calledAt))
    url.searchParams.set('scale', String(scale))
  }
  if (opts.zeroDelayAsImmediate) url.searchParams.set('zero', 'immediate')
  return ['--import', url.href]
}

export async function runAction(opts: RunActionOptions = {}): Promise<RunResult> {
  const calledAt = Date.now()
  const actionDir = resolve(opts.actionDir ?? REPO_ROOT)
  const manifest = loadManifest(actionDir)
  const repository = opts.repository ?? 'acme/erp-sync'
  const event = opts.event ?? { name: 'workflow_dispatch', payload: {} }
  const payload = event.payload ?? {}
  const token = opts.githubToken ?? fakeInstallationToken()
  const extraEnv = opts.env ?? {}
  const serverUrl = extraEnv.GITHUB_SERVER_URL ?? 'https://github.com'
  const apiUrl = extraEnv.GITHUB_API_URL ?? 'https://api.github.com'
  const graphqlUrl = extraEnv.GITHUB_GRAPHQL_URL ?? 'https://api.github.com/graphql'

  const layout = createLayout(repository, payload)
  try {
    const ctx = contexts(layout, {
      repository,
      eventName: event.name,
      payload,
      token,
      actionDir,
      apiUrl,
      serverUrl,
      graphqlUrl,
      debug: opts.debug === true,
      actor: opts.actor
    })
    const step = new StepContext({
      workspace: layout.workspace,
      repository,
      allowUnsecureCommands: extraEnv.ACTIONS_ALLOW_UNSECURE_COMMANDS === 'true'
    })
    // Job secrets are registered before any step runs: trimmed, whole and line by line.
    for (const secret of [token, ...(opts.secretValues ?? [])])
      step.masker.addMultiline(secret.trim())

    if (manifest.pre !== undefined) {
      // ActionRunner: a local (`uses: ./`) action never gets its pre step.
      const path = './' + relative(REPO_ROOT, actionDir)
      step.addIssue('warning', `\`pre\` execution is not supported for local action from '${path}'`)
    }
    // runs.post would run as a separate post-job step (with STATE_* from GITHUB_STATE); not
    // emulated: this project's action has none. result.state holds what it would receive.

    const inputs = resolveInputs(manifest, opts.inputs ?? {}, {
      github: ctx.github,
      runner: ctx.runner,
      env: extraEnv
    })
    for (const warning of inputs.warnings) step.addIssue('warning', warning)
    const env = buildEnv(layout, ctx, inputs.values, {
      debug: opts.debug === true,
      env: extraEnv,
      inputEnvName
    })

    const args = [...clockArgs(opts, calledAt), resolve(actionDir, manifest.main)]

    const startedAt = Date.now()
    const run = await execute(nodeBinary(opts), args, {
      cwd: layout.workspace,
      env,
      step,
      timeoutMs: opts.timeoutMs ?? 60_000,
      killWhen: opts.killWhen
    })
    logRun(env.INPUT_COMMAND ?? '', Date.now() - startedAt)

    // The runner processes file commands in a `finally`, so even a killed step has them.
    const { summary, rawSummary } = processFileCommands(layout.files, step)
    const leftoverFiles = listLeftovers(layout.temp)
    return {
      ...run,
      conclusion: run.exitCode === 0 && !run.killed && !step.failed ? 'success' : 'failure',
      outputs: step.outputs,
      summary,
      rawSummary,
      state: step.state,
      exportedEnv: step.exportedEnv,
      addedPath: step.addedPath,
      masks: step.masks,
      annotations: step.annotations,
      env,
      runnerTemp: layout.temp,
      leftoverFiles,
      requestedFiles: layout.files
    }
  } finally {
    if (!opts.keepTemp) rmSync(layout.root, { recursive: true, force: true })
  }
}

/**
 * With SANDBOX_RUN_LOG set (to a file), one line per action run: the test file (under Jest),
 * the command and the milliseconds it took. How CONTRIBUTING.md finds the suites that run the
 * action most, which are what `npm test`'s time is made of.
 */
function logRun(command: string, ms: number): void {
  const file = process.env.SANDBOX_RUN_LOG
  if (!file) return
  const jest = (globalThis as { expect?: { getState?: () => { testPath?: string } } }).expect
  const where = jest?.getState?.().testPath ?? process.argv[1] ?? ''
  appendFileSync(file, `${relative(REPO_ROOT, where)}\t${command}\t${ms}\n`)
}

interface ExecuteOptions {
  cwd: string
  env: Record<string, string>
  step: StepContext
  timeoutMs: number
  killWhen?: (line: string) => boolean
}

type ProcessResult = Pick<
  RunResult,
  'exitCode' | 'signal' | 'killed' | 'timedOut' | 'stdout' | 'stderr' | 'rawStdout' | 'rawStderr'
>

/** Runs the process; both streams go through the command processor, as the runner's OutputManagers do. */
function execute(node: string, args: string[], o: ExecuteOptions): Promise<ProcessResult> {
  return new Promise((resolvePromise, reject) => {
    // Own process group, so a kill also takes down anything the action spawned.
    const child = spawn(node, args, {
      cwd: o.cwd,
      env: o.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true
    })
    const state = { killed: false, timedOut: false }
    const kill = (): void => {
      if (state.killed) return
      state.killed = true
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
      } catch {
        child.kill('SIGKILL')
      }
    }
    const timer = setTimeout(() => {
      state.timedOut = true
      kill()
    }, o.timeoutMs)

    const raw = { stdout: '', stderr: '' }
    const masked = { stdout: '', stderr: '' }
    const handle = (stream: 'stdout' | 'stderr', lines: Array<[string, string]>): void => {
      for (const [line, eol] of lines) {
        o.step.processLine(line)
        // Masked with what is registered now: a secret printed before its ::add-mask:: stays
        // visible on github.com too, and so it does here.
        masked[stream] += o.step.masker.mask(line) + eol
        if (stream === 'stdout' && o.killWhen && !state.killed && o.killWhen(line)) kill()
      }
    }
    for (const stream of ['stdout', 'stderr'] as const) {
      const splitter = new LineSplitter()
      const source = child[stream]
      source.setEncoding('utf8')
      source.on('data', (chunk: string) => {
        raw[stream] += chunk
        handle(stream, splitter.push(chunk))
      })
      source.on('end', () => handle(stream, splitter.flush()))
    }
    child.on('error', err => {
      clearTimeout(timer)
      reject(err)
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolvePromise({
        exitCode: code,
        signal,
        killed: state.killed,
        timedOut: state.timedOut,
        stdout: masked.stdout,
        stderr: masked.stderr,
        rawStdout: raw.stdout,
        rawStderr: raw.stderr
      })
    })
  })
}

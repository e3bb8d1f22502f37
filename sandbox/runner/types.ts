// Public shapes of the local Actions runner (see README.md in this folder).

export interface RunActionOptions {
  /** Folder holding action.yml; default: the repository root. */
  actionDir?: string
  /** The step's `with:` values; `undefined` means "not given" (the action.yml default applies). */
  inputs?: Record<string, string | number | boolean | undefined>
  /**
   * Extra environment, applied last. A test hook: on github.com the runner's own GITHUB_* values
   * win over a workflow's `env:`, here these win so a test can point GITHUB_API_URL at an emulator.
   */
  env?: Record<string, string>
  /** Values GitHub would mask because they came from `${{ secrets.* }}`. */
  secretValues?: string[]
  /** GITHUB_EVENT_NAME and the payload written to GITHUB_EVENT_PATH. */
  event?: { name: string; payload?: Record<string, unknown> }
  /** Who started the run (`github.actor`, GITHUB_ACTOR), default 'octocat'. */
  actor?: string
  /** GITHUB_REPOSITORY, default 'acme/erp-sync'. */
  repository?: string
  /** What `${{ github.token }}` expands to; default: a random `ghs_` value. Always masked. */
  githubToken?: string
  /** Fake wall clock for the action process: `Date` starts at this instant and advances in real time. */
  now?: Date
  /**
   * Compressed time for the action process, e.g. 0.01: every timer it sets (setTimeout,
   * setInterval, node:timers/promises, AbortSignal.timeout) fires after `ms * timeScale` real
   * milliseconds, and its `Date` runs 1/timeScale times as fast, from `now` (default: the real
   * time) at the moment runAction is called. Request timeouts, retry backoffs and deliberate
   * pauses then take a fraction of their real time while the action's clock still sees them
   * take their full length. Off (1) by default.
   */
  timeScale?: number
  /**
   * Timers the action sets for no delay (setTimeout(fn), setTimeout(fn, 0)) run as immediates,
   * at the next turn of the event loop, instead of after the 1 ms Node rounds them up to.
   * Bottleneck (in Octokit's throttling plugin) yields so about sixteen times per request; with
   * loopback emulators those roundings were most of each GitHub request's time. Off by default;
   * `world.step` turns it on.
   */
  zeroDelayAsImmediate?: boolean
  /** SIGKILL the action after this many ms (default 60000); the result then has timedOut: true. */
  timeoutMs?: number
  /** SIGKILL the action as soon as a stdout line satisfies this (simulates a cancelled/crashed run). */
  killWhen?: (line: string) => boolean
  /** Step debug logging: RUNNER_DEBUG=1 and ACTIONS_STEP_DEBUG=true. */
  debug?: boolean
  /** Node binary; default: the SANDBOX_NODE environment variable, else process.execPath. */
  node?: string
  /** Keep the temporary runner folders (RUNNER_TEMP, workspace) for inspection. */
  keepTemp?: boolean
}

export type AnnotationLevel = 'error' | 'warning' | 'notice' | 'debug'

export interface Annotation {
  level: AnnotationLevel
  /** Decoded and masked like the runner masks issue messages. */
  message: string
  /** Decoded command properties (file, line, col, endLine, endColumn, title, and `repo`). */
  properties: Record<string, string>
}

export interface RequestedFiles {
  output: string
  summary: string
  state: string
  env: string
  path: string
}

export interface RunResult {
  exitCode: number | null
  signal: string | null
  /** True when the runner killed the process (killWhen or timeout). */
  killed: boolean
  timedOut: boolean
  /**
   * What the step would show on github.com: 'failure' for a non-zero exit, a kill, or a
   * workflow/file command the runner could not process; ::error:: alone does not fail a step.
   */
  conclusion: 'success' | 'failure'
  /** Output with secrets replaced by *** the way GitHub's log shows it (masks apply from the line after ::add-mask::). */
  stdout: string
  stderr: string
  /** Untouched output, for leak scanning. */
  rawStdout: string
  rawStderr: string
  /** From GITHUB_OUTPUT (both forms) and legacy ::set-output; the file wins, as the runner reads it last. */
  outputs: Record<string, string>
  /** GITHUB_STEP_SUMMARY as GitHub renders it: every line masked. */
  summary: string
  rawSummary: string
  /** From GITHUB_STATE and ::save-state (what a post step would get as STATE_*). */
  state: Record<string, string>
  /** From GITHUB_ENV (what later steps would see). */
  exportedEnv: Record<string, string>
  /** From GITHUB_PATH. */
  addedPath: string[]
  /** Values from ::add-mask:: lines, in order. */
  masks: string[]
  annotations: Annotation[]
  /** The environment the action process got. */
  env: Record<string, string>
  /** RUNNER_TEMP of this run (removed afterwards unless keepTemp). */
  runnerTemp: string
  /** Paths relative to RUNNER_TEMP the action left behind (directories end in '/'); runner-owned files excluded. */
  leftoverFiles: string[]
  requestedFiles: RequestedFiles
}

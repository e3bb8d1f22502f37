// Workflow commands (`::name k=v,k2=v2::data` and the legacy `##[name k=v;k2=v2]data`) parsed
// and applied the way actions/runner does it: src/Runner.Common/ActionCommand.cs (parsing,
// unescaping) and src/Runner.Worker/ActionCommandManager.cs (what each command does).

import type { Annotation, AnnotationLevel } from './types.js'
import { SecretMasker } from './masker.js'

export interface WorkflowCommand {
  /** Lower-cased command name (the runner matches names case-insensitively). */
  command: string
  properties: Record<string, string>
  data: string
}

const REGISTERED = [
  'stop-commands',
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'debug',
  'warning',
  'error',
  'notice',
  'group',
  'endgroup',
  'echo'
]

const unescapeAll = (s: string, pairs: Array<[string, string]>): string =>
  pairs.reduce((acc, [escaped, plain]) => acc.split(escaped).join(plain), s)

// Order matters: %25 last, so "%253A" decodes to "%3A" and not ":".
const DATA_ESCAPES: Array<[string, string]> = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%25', '%']
]
const PROPERTY_ESCAPES: Array<[string, string]> = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%3A', ':'],
  ['%2C', ','],
  ['%25', '%']
]
const V1_ESCAPES: Array<[string, string]> = [
  ['%3B', ';'],
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%5D', ']'],
  ['%25', '%']
]

function setProperty(props: Record<string, string>, key: string, value: string): void {
  // The runner's property dictionary is case-insensitive; keep the first spelling of a key.
  const existing = Object.keys(props).find(k => k.toLowerCase() === key.toLowerCase())
  props[existing ?? key] = value
}

function parseProperties(
  text: string,
  separator: string,
  escapes: Array<[string, string]>
): Record<string, string> {
  const props: Record<string, string> = {}
  for (const part of text.split(separator)) {
    const eq = part.indexOf('=')
    if (eq <= 0 || eq === part.length - 1) continue // `pair.Length == 2` after RemoveEmptyEntries
    setProperty(props, part.slice(0, eq), unescapeAll(part.slice(eq + 1), escapes))
  }
  return props
}

/** ActionCommand.TryParseV2, then TryParse (v1), against the registered command names. */
export function parseWorkflowCommand(
  line: string,
  registered: readonly string[] = REGISTERED
): WorkflowCommand | undefined {
  const known = (name: string): boolean => registered.includes(name.toLowerCase())
  const message = line.trimStart()
  if (message.startsWith('::')) {
    const end = message.indexOf('::', 2)
    if (end >= 0) {
      const info = message.slice(2, end)
      const space = info.indexOf(' ')
      const name = space < 0 ? info : info.slice(0, space)
      if (known(name)) {
        return {
          command: name.toLowerCase(),
          properties:
            space > 0 ? parseProperties(info.slice(space + 1).trim(), ',', PROPERTY_ESCAPES) : {},
          data: unescapeAll(message.slice(end + 2), DATA_ESCAPES)
        }
      }
    }
  }
  const prefix = line.indexOf('##[')
  if (prefix < 0) return undefined
  const rb = line.indexOf(']', prefix)
  if (rb < 0) return undefined
  const info = line.slice(prefix + 3, rb)
  const space = info.indexOf(' ')
  const name = space < 0 ? info : info.slice(0, space)
  if (!known(name)) return undefined
  return {
    command: name.toLowerCase(),
    properties: space > 0 ? parseProperties(info.slice(space + 1), ';', V1_ESCAPES) : {},
    data: unescapeAll(line.slice(rb + 1), V1_ESCAPES)
  }
}

/** IOUtil.MakeRelative: `path` relative to `folder`, or `path` unchanged when outside it. */
function makeRelative(path: string, folder: string): string {
  if (!path.startsWith(folder)) return path
  if (path.length === folder.length) return ''
  if (folder.endsWith('/')) return path.slice(folder.length)
  return path[folder.length] === '/' ? path.slice(folder.length + 1) : path
}

const UNSECURE_DISABLED = (name: string): string =>
  `The \`${name}\` command is disabled. Please upgrade to using Environment Files or opt into ` +
  'unsecure command execution by setting the `ACTIONS_ALLOW_UNSECURE_COMMANDS` environment ' +
  'variable to `true`. For more information see: ' +
  'https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/'

const DEPRECATED = (name: string): string =>
  `The \`${name}\` command is deprecated and will be disabled soon. Please upgrade to using ` +
  'Environment Files. For more information see: ' +
  'https://github.blog/changelog/2022-10-11-github-actions-deprecating-save-state-and-set-output-commands/'

// Commands whose line the runner does not echo, so a failure names only the command.
const OMIT_ECHO = new Set(['add-mask', 'debug', 'warning', 'error', 'notice'])

export interface StepContextOptions {
  workspace: string
  repository: string
  allowUnsecureCommands: boolean
}

/** What the runner's execution context collects for one step while its output streams in. */
export class StepContext {
  readonly masker = new SecretMasker()
  readonly masks: string[] = []
  readonly annotations: Annotation[] = []
  readonly outputs: Record<string, string> = {}
  readonly state: Record<string, string> = {}
  readonly exportedEnv: Record<string, string> = {}
  readonly addedPath: string[] = []
  /** CommandResult = Failed: a command or file command could not be processed. */
  failed = false
  /** Set by `::stop-commands::<token>`; an empty token stops command processing for good. */
  private stopToken: string | undefined

  constructor(private readonly opts: StepContextOptions) {}

  /** ExecutionContext.AddIssue: the message is masked, properties are kept as given. */
  addIssue(level: AnnotationLevel, message: string, properties: Record<string, string> = {}): void {
    this.annotations.push({ level, message: this.masker.mask(message), properties })
  }

  /** Handle one line of child output; returns true when it was a workflow command. */
  processLine(line: string): boolean {
    const stopped = this.stopToken !== undefined
    const registered = stopped ? [(this.stopToken ?? '').toLowerCase()] : REGISTERED
    const cmd = line === '' ? undefined : parseWorkflowCommand(line, registered)
    if (!cmd) return false
    if (stopped) {
      // Only `::<token>::` resumes processing after `::stop-commands::<token>`.
      if (this.stopToken === '') return false
      this.stopToken = undefined
      return true
    }
    try {
      this.apply(cmd)
    } catch (err) {
      const info = OMIT_ECHO.has(cmd.command) ? cmd.command : line
      this.addIssue('error', `Unable to process command '${info}' successfully.`)
      this.addIssue('error', err instanceof Error ? err.message : String(err))
      this.failed = true
    }
    return true
  }

  private requireName(cmd: WorkflowCommand): string {
    const key = Object.keys(cmd.properties).find(k => k.toLowerCase() === 'name')
    const name = key ? cmd.properties[key] : undefined
    if (!name) throw new Error(`Required field 'name' is missing in ##[${cmd.command}] command.`)
    return name
  }

  private apply(cmd: WorkflowCommand): void {
    switch (cmd.command) {
      case 'stop-commands':
        this.stopToken = cmd.data
        return
      case 'add-mask':
        if (cmd.data.trim() === '') {
          this.addIssue(
            'warning',
            "Can't add secret mask for empty string in ##[add-mask] command."
          )
          return
        }
        this.masks.push(cmd.data)
        this.masker.addMultiline(cmd.data)
        return
      case 'set-output':
        this.addIssue('warning', DEPRECATED('set-output'))
        this.outputs[this.requireName(cmd)] = cmd.data
        return
      case 'save-state':
        this.addIssue('warning', DEPRECATED('save-state'))
        this.state[this.requireName(cmd)] = cmd.data
        return
      case 'set-env': {
        if (!this.opts.allowUnsecureCommands) throw new Error(UNSECURE_DISABLED('set-env'))
        const name = this.requireName(cmd)
        if (name.toUpperCase() === 'NODE_OPTIONS') {
          this.addIssue(
            'error',
            "Can't update NODE_OPTIONS environment variable using ::set-env:: command."
          )
          return
        }
        this.exportedEnv[name] = cmd.data
        return
      }
      case 'add-path':
        if (!this.opts.allowUnsecureCommands) throw new Error(UNSECURE_DISABLED('add-path'))
        if (!cmd.data) throw new Error('path')
        this.addedPath.push(cmd.data)
        return
      case 'echo':
        if (!['ON', 'OFF'].includes(cmd.data.trim().toUpperCase())) {
          throw new Error(
            `Invalid echo command value. Possible values can be: 'on', 'off'. Current value is: '${cmd.data}'.`
          )
        }
        return
      case 'debug':
        this.addIssue('debug', cmd.data)
        return
      case 'error':
      case 'warning':
      case 'notice':
        this.addIssue(cmd.command, cmd.data, this.issueProperties(cmd.properties))
        return
      default:
        // group/endgroup only fold the log; problem matchers are not emulated.
        return
    }
  }

  /** IssueCommandExtension: an absolute `file` inside the workspace becomes repo-relative. */
  private issueProperties(props: Record<string, string>): Record<string, string> {
    const out = { ...props }
    const fileKey = Object.keys(out).find(k => k.toLowerCase() === 'file')
    const file = fileKey ? out[fileKey] : undefined
    if (fileKey && file) {
      const relative = makeRelative(file, this.opts.workspace)
      if (relative !== file) {
        if (this.opts.repository) out['repo'] = this.opts.repository
        if (relative) out[fileKey] = relative
      }
    }
    return out
  }
}

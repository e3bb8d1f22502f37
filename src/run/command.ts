/**
 * What a command is: the inputs it needs, the inputs it uses, the checks
 * between them, and its run. A command is handed an object holding exactly the
 * fields it declared (plus the common ones), typed so that a needed field is
 * never undefined; it cannot read an input it did not declare. Adding a
 * command is one file that exports `defineCommand({...})` and one line in
 * src/commands/registry.ts.
 */
import { GitHubError, InputError, withRerunVerdict } from '../core/errors.js'
import type { Context, Result } from './context.js'
import { missingInput } from './missing-input.js'
import {
  COMMON_FIELDS,
  type CommonInputs,
  type FieldName,
  type InputValues,
  type NeedableField,
  type Needs,
  type Uses,
  type UsesAll
} from '../inputs/fields.js'

/** Every command, by the name the `command` input gives (src/commands/registry.ts loads each). */
export const COMMAND_NAMES = ['check', 'rotate', 'promote', 'verify', 'rollback', 'doctor'] as const
export type CommandName = (typeof COMMAND_NAMES)[number]

/** The inputs a command declared: the needed ones never undefined. */
export type Declared<N extends NeedableField, U extends FieldName> = Needs<N> & Uses<U>

/** Stops the run, naming the missing input and the line of YAML that supplies it. */
export type Need = (field: NeedableField) => void

export interface CommandSpec<N extends NeedableField, U extends FieldName> {
  /** Inputs it cannot run without: a missing one stops the run before anything is written. */
  needs: readonly N[]
  /** Inputs it reads when they are given. */
  uses: readonly U[]
  /** It writes Actions secrets or variables, so it needs admin-token (except in dry-run). */
  writesSecrets: boolean
  /** It writes nothing anywhere, so nothing follows it (no fan-out, no notification). */
  readOnly?: boolean
  /** Rules between its inputs, checked before anything is written. */
  check?: (inputs: CommonInputs & Declared<N, U>, need: Need) => void
  run: (ctx: Context<Declared<N, U>>) => Promise<Result>
}

/** Everything a command runs with except its inputs: filled in by the shell. */
export type RunContext = Omit<Context, 'inputs'>

/** A command with its input types sealed inside, so one registry can hold them all. */
export interface Command {
  readonly needs: readonly NeedableField[]
  readonly uses: readonly FieldName[]
  readonly writesSecrets: boolean
  readonly readOnly: boolean
  /**
   * Picks and checks this command's inputs (throwing `InputError` before
   * anything is written) and returns its run, ready to start.
   */
  prepare(values: InputValues, context: RunContext): () => Promise<Result>
}

/** The fields named, and the common ones, out of every parsed input. */
export function pickInputs<const F extends readonly FieldName[]>(
  values: InputValues,
  fields: F
): CommonInputs & UsesAll<F> {
  const picked: Partial<InputValues> = {}
  for (const field of [...COMMON_FIELDS, ...fields])
    Object.assign(picked, { [field]: values[field] })
  return picked as CommonInputs & UsesAll<F>
}

/** The error for a run that must write secrets or variables without admin-token. */
/** Whether running the same step again is expected to get past `error`: GitHub says so for
 * its own errors; NetSuite's server errors and network failures pass. */
function rerunRepairs(error: Error): boolean {
  if (error instanceof GitHubError) return error.rerunRepairs
  const status = (error as { status?: unknown }).status
  return error.name === 'NetSuiteError' && (status === undefined || Number(status) >= 500)
}

export function adminTokenNeeded(command: string, why: string): InputError {
  return new InputError(
    `${command} needs admin-token ${why}, and it is empty: GITHUB_TOKEN never can; use a fine-grained token or GitHub App token with Secrets and Variables: read and write, and Environments: read and write when environment is set (README#tokens). If the step passes it from a secret, that secret arrived empty: it does not exist, or the run may not read it (runs started by Dependabot, pull requests from forks)`
  )
}

export function needFrom(context: Pick<RunContext, 'command' | 'run'>, values: InputValues): Need {
  return field => {
    if (values[field] === undefined)
      throw missingInput(context.command, field, values.names, context.run)
  }
}

export function defineCommand<
  const N extends NeedableField = never,
  const U extends FieldName = never
>(spec: CommandSpec<N, U>): Command {
  return {
    needs: spec.needs,
    uses: spec.uses,
    writesSecrets: spec.writesSecrets,
    readOnly: spec.readOnly ?? false,
    prepare(values, context) {
      const need = needFrom(context, values)
      for (const field of spec.needs) need(field)
      if (spec.writesSecrets && values.adminToken === undefined && !values.dryRun)
        throw adminTokenNeeded(context.command, 'to write Actions secrets and variables')
      // The one place a command's type is asserted: every field in `needs` was checked above.
      const inputs = pickInputs(values, [...spec.needs, ...spec.uses]) as CommonInputs &
        Declared<N, U>
      spec.check?.(inputs, need)
      return async () => {
        try {
          const result = await spec.run({ ...context, inputs })
          return result.failure ? { ...result, failure: withRerunVerdict(result.failure) } : result
        } catch (error) {
          // Bad input names its fix already; anything else says whether a rerun repairs it.
          if (error instanceof Error && !(error instanceof InputError))
            error.message = withRerunVerdict(error.message, rerunRepairs(error))
          throw error
        }
      }
    }
  }
}

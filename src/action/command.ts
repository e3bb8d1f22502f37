/**
 * What a command is: the inputs it needs, the inputs it uses, the checks
 * between them, and its run. A command is handed an object holding exactly the
 * fields it declared (plus the common ones), typed so that a needed field is
 * never undefined; it cannot read an input it did not declare. Adding a
 * command is one file that exports `defineCommand({...})` and one line in
 * src/commands/registry.ts.
 */
import { InputError } from '../core/errors.js'
import type { Context, Result } from './context.js'
import type { StageNames } from './names.js'
import {
  COMMON_FIELDS,
  FIELD_INPUTS,
  NEEDABLE,
  type CommonInputs,
  type FieldName,
  type InputValues,
  type NeedableField,
  type Needs,
  type Uses,
  type UsesAll
} from './input-fields.js'

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

/** The error for a needed input that is missing, naming the line of workflow YAML that supplies it. */
export function missingInput(command: string, field: NeedableField, names: StageNames): InputError {
  const input = FIELD_INPUTS[field][0]
  return new InputError(
    `${command} needs ${input}: pass \`${input}: \${{ ${NEEDABLE[field](names)} }}\``
  )
}

/** The error for a run that must write secrets or variables without admin-token. */
export function adminTokenNeeded(command: string, why: string): InputError {
  return new InputError(
    `${command} needs admin-token ${why}: GITHUB_TOKEN never can; use a fine-grained token or GitHub App token with Secrets and Variables: read and write, and Environments: read and write when environment is set (README#tokens)`
  )
}

export function needFrom(command: string, values: InputValues): Need {
  return field => {
    if (values[field] === undefined) throw missingInput(command, field, values.names)
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
    prepare(values, context) {
      const need = needFrom(context.command, values)
      for (const field of spec.needs) need(field)
      if (spec.writesSecrets && values.adminToken === undefined && !values.dryRun)
        throw adminTokenNeeded(context.command, 'to write Actions secrets and variables')
      // The one place a command's type is asserted: every field in `needs` was checked above.
      const inputs = pickInputs(values, [...spec.needs, ...spec.uses]) as CommonInputs &
        Declared<N, U>
      spec.check?.(inputs, need)
      return () => spec.run({ ...context, inputs })
    }
  }
}

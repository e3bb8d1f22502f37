/**
 * The error for an input a command needs that arrived empty. An empty input
 * is most often not a missing line of YAML: a `${{ secrets.X }}` that does not
 * exist, or that the run may not read (Dependabot's runs, pull requests from
 * forks), expands to an empty string, and before the first promotion there is
 * no current key or certificate at all. The error says which of these it can
 * tell, and the line of YAML only as one of the possibilities.
 */
import { InputError } from '../core/errors.js'
import { FIELD_INPUTS, NEEDABLE, type NeedableField } from '../inputs/fields.js'
import type { StageNames } from '../inputs/names.js'
import { secretsWithheld, type WorkflowRun } from './workflow-run.js'

/** The current stage: empty until the first rotation has been promoted. */
const CURRENT: readonly NeedableField[] = ['privateKey', 'certificate', 'certificateId']

export function missingInput(
  command: string,
  field: NeedableField,
  names: StageNames,
  run?: WorkflowRun
): InputError {
  const input = FIELD_INPUTS[field][0]
  const source = NEEDABLE[field](names)
  const [kind, name] = source.split('.') as [string, string]
  const isSecret = kind === 'secrets'
  const withheld = isSecret && run ? secretsWithheld(run) : undefined
  const parts = [
    `${command} needs ${input}, and it is empty.`,
    `If the step does not pass it, add \`${input}: \${{ ${source} }}\`.`,
    isSecret
      ? `If it does, the secret ${name} arrived empty: a secret that does not exist (in the repository, or in the environment the job names) or that the run may not read is an empty input, and runs started by Dependabot or for pull requests from forks may read no Actions secrets.`
      : `If it does, the variable ${name} is empty or does not exist (in the repository, or in the environment the job names).`
  ]
  if (withheld) parts.push(`Here ${withheld}.`)
  if (CURRENT.includes(field)) {
    parts.push(
      `Until the first rotation is promoted there is no current key, certificate or certificate ID: run a job that needs them only once \`vars.${names.certificateId} != ''\`.`
    )
  }
  return new InputError(parts.join(' '))
}

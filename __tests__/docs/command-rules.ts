/**
 * Rules about how a workflow calls this action: which commands a step can run,
 * and that each gets the inputs it cannot work without.
 */
import { actionSteps, expressions, record, type ActionStep, type Node } from './workflow-rules.js'

export const COMMANDS = ['check', 'rotate', 'promote', 'verify', 'rollback', 'doctor'] as const

/**
 * What each command needs to do its job in a real workflow: what it declares
 * in `needs` (plus admin-token where it writes secrets; a test holds the two
 * lists together), plus what a real run cannot do without although the parser
 * lets it through: promote's pending-private-key (a rerun of a finished
 * promotion has none), and what `check` uses when it checks registration
 * health and when it starts a rotation (each input's description in
 * action.yml says which commands use it), and what doctor judges (it declares
 * no needs: a missing input is one of its findings).
 */
export const COMMAND_NEEDS: Record<(typeof COMMANDS)[number], string[]> = {
  check: ['client-id', 'private-key', 'certificate', 'certificate-id', 'admin-token'],
  rotate: ['admin-token'],
  promote: ['client-id', 'pending-private-key', 'admin-token'],
  verify: ['client-id', 'private-key', 'certificate-id'],
  rollback: ['client-id', 'private-key', 'previous-private-key', 'admin-token'],
  doctor: ['client-id', 'private-key', 'certificate', 'certificate-id', 'admin-token']
}

function dispatchCommandChoices(workflow: Node): string[] {
  const on = record(workflow.on)
  const command = record(record(record(on.workflow_dispatch).inputs).command)
  const options = Array.isArray(command.options) ? command.options.map(String) : []
  return typeof command.default === 'string' ? [...options, command.default] : options
}

/**
 * The commands a step can run: a literal, or the values an expression can take
 * (quoted fallbacks plus the workflow_dispatch choices it reads). Anything the
 * rule cannot resolve counts as every command, so it errs towards complaining.
 */
export function commandsOf(workflow: Node, step: ActionStep): string[] {
  const raw = step.with.command
  if (raw === undefined || raw === null) return ['check']
  const text = typeof raw === 'string' ? raw : JSON.stringify(raw)
  const found = new Set<string>()
  const exprs = expressions(text)
  if (exprs.length === 0) found.add(text.trim())
  for (const expression of exprs) {
    for (const m of expression.matchAll(/'([^']*)'/g)) found.add(m[1])
    if (/\b(github\.event\.)?inputs\.command\b/.test(expression)) {
      for (const choice of dispatchCommandChoices(workflow)) found.add(choice)
    }
  }
  const known = [...found].filter(c => (COMMANDS as readonly string[]).includes(c))
  return known.length > 0 && known.length === found.size ? known : [...COMMANDS]
}

export function commandNeedProblems(workflow: Node): string[] {
  const problems: string[] = []
  for (const step of actionSteps(workflow)) {
    for (const command of commandsOf(workflow, step)) {
      for (const input of COMMAND_NEEDS[command as (typeof COMMANDS)[number]]) {
        if (!(input in step.with)) problems.push(`${step.where}: ${command} needs input "${input}"`)
      }
    }
  }
  return problems
}

/**
 * A job bound to a GitHub environment reads that environment's secrets, so the
 * action must write new ones there too (`environment` input), or a rotation
 * would leave its key in the repository's secrets where the job never sees it.
 */
export function environmentProblems(workflow: Node): string[] {
  const problems: string[] = []
  for (const step of actionSteps(workflow)) {
    const env = step.job.environment
    const jobEnvironment = typeof env === 'string' ? env : record(env).name
    if (jobEnvironment === undefined) continue
    if (step.with.environment !== jobEnvironment) {
      problems.push(
        `${step.where}: job runs in environment ${JSON.stringify(jobEnvironment)} but the environment input is ${JSON.stringify(step.with.environment)}`
      )
    }
  }
  return problems
}

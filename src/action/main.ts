/**
 * The action's run(): read every input once, hand the command the ones it
 * declared with its collaborators, publish outputs and the job summary, and
 * turn anything thrown into one `::error::` that says how to fix it.
 */
import * as core from '@actions/core'
import { readFileSync } from 'node:fs'
import { Writes } from '../core/dry-run.js'
import { describeError, InputError } from '../core/errors.js'
import { NetSuiteGateway } from '../netsuite/gateway.js'
import { parseInputs, SECRET_INPUTS } from './inputs.js'
import { GATEWAY_FIELDS, type InputValues } from '../inputs/fields.js'
import type { Logger, Result } from '../run/context.js'
import { pickInputs, type RunContext } from '../run/command.js'
import { renderSummary, type SummarizedRun } from './summary.js'
import { readWorkflowRun, type WorkflowRun } from '../run/workflow-run.js'
import type { GitHub } from '../github/gateway.js'
import { maskFollowUpInputs } from '../inputs/follow-up.js'
import { FOLLOW_UP_FIELDS } from '../follow-up/context.js'
import { commandName, loadCommand } from '../commands/registry.js'

const logger: Logger = {
  info: message => core.info(message),
  notice: message => core.notice(message),
  warning: message => core.warning(message),
  error: message => core.error(message),
  debug: message => core.debug(message),
  setSecret: value => {
    if (value.trim() === '') return
    core.setSecret(value)
    // Multi-line values are masked line by line too, so no fragment of a PEM can surface.
    for (const line of value.split(/\r?\n/))
      if (line.trim().length > 8 && !line.startsWith('-----')) core.setSecret(line.trim())
  }
}

function readEvent(): Record<string, unknown> {
  const path = process.env.GITHUB_EVENT_PATH
  if (!path) return {}
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'))
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

export async function publish(run: SummarizedRun, now: Date): Promise<void> {
  const { result } = run
  if (result.outputs['access-token']) core.setSecret(result.outputs['access-token'])
  core.setOutput('status', result.status)
  for (const [name, value] of Object.entries(result.outputs))
    if (value !== undefined) core.setOutput(name, value)
  await writeSummary(renderSummary(run, now))
}

/**
 * The summary is a report, not the work: runners without GITHUB_STEP_SUMMARY
 * (other CI systems, older GitHub Enterprise Server) still get the result.
 */
async function writeSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown).write()
  } catch (error) {
    core.summary.emptyBuffer()
    core.warning(
      `The job summary could not be written (${describeError(error)}); the outputs and this log carry the result. GitHub-hosted runners set GITHUB_STEP_SUMMARY; a runner that does not (another CI system, an older GitHub Enterprise Server) gets no summary.`
    )
  }
}

/**
 * Runs the command the inputs name. Whatever fails, anywhere (reading inputs,
 * the command, writing outputs or the job summary), ends in exactly one
 * `::error::` and a non-zero exit.
 */
export async function run(): Promise<void> {
  try {
    await runCommand()
  } catch (error) {
    core.setFailed(describeError(error))
  }
}

/**
 * The run's collaborators: the two gateways (GitHub's loaded only when a command asks for
 * it) and the run's one list of writes they share, which the summary shows.
 */
function runContext(
  command: string,
  workflowRun: WorkflowRun,
  values: InputValues
): { context: RunContext; writes: Writes } {
  const gateways = pickInputs(values, GATEWAY_FIELDS)
  const writes = new Writes(gateways.dryRun, logger)
  let github: Promise<GitHub> | undefined
  const context: RunContext = {
    command,
    run: workflowRun,
    log: logger,
    now: () => new Date(),
    github: () =>
      (github ??= import('../github/gateway.js').then(
        ({ GitHubGateway }) =>
          new GitHubGateway({
            owner: workflowRun.repository.owner,
            repo: workflowRun.repository.repo,
            apiUrl: workflowRun.apiUrl,
            githubToken: gateways.githubToken,
            adminToken: gateways.adminToken,
            environment: gateways.environment,
            writes,
            log: logger
          })
      )),
    netsuite: new NetSuiteGateway(gateways.tokenUrl, gateways.scopes, logger, writes)
  }
  return { context, writes }
}

async function runCommand(): Promise<void> {
  const read = (name: string): string => core.getInput(name)
  for (const name of SECRET_INPUTS) logger.setSecret(read(name))
  maskFollowUpInputs(read, secret => logger.setSecret(secret))
  const workflowRun = readWorkflowRun(process.env, readEvent())
  // The command first: a mistyped name is the first thing to fix.
  const name = commandName(read('command'))
  const repaired: string[] = []
  const values = parseInputs(read, workflowRun.repository, {
    readUntrimmed: name => core.getInput(name, { trimWhitespace: false }),
    warn: warning => repaired.push(warning)
  })
  const { context, writes } = runContext(name, workflowRun, values)
  // Every input is checked before the command starts: bad input writes nothing.
  const { command } = await loadCommand(name)
  const start = command.prepare(values, context)
  // A read-only command (doctor) is followed by nothing: no fan-out, no notification.
  const followsUp =
    !command.readOnly && (values.targets.length > 0 || values.notifyUrl !== undefined)
  const followUpModule = followsUp ? import('../follow-up/index.js') : undefined
  const followUpContext = { ...context, inputs: pickInputs(values, FOLLOW_UP_FIELDS) }
  if (followUpModule) await (await followUpModule).beforeCommand(followUpContext)
  for (const warning of repaired) logger.warning(warning)
  let result: Result
  try {
    result = await start()
  } catch (error) {
    // Bad input is reported before anything is written: no outputs, no summary.
    if (error instanceof InputError) throw error
    result = {
      status: 'failed',
      outputs: {},
      failure: describeError(error),
      stages: [],
      nextStep: 'See the error above.'
    }
  }
  if (result.dryRunStoppedBefore) writes.stoppedBefore(result.dryRunStoppedBefore)
  // Fan-out and notifications, once the source repository is complete (loaded only when asked for).
  if (followUpModule) result = await (await followUpModule).followUp(followUpContext, result)
  try {
    await publish({ command: name, inputs: values, result, writes: writes.steps }, context.now())
  } catch (error) {
    const problem = `the job summary could not be written: ${describeError(error)}`
    throw new Error(result.failure ? `${result.failure} (and ${problem})` : problem)
  }
  if (result.failure) core.setFailed(result.failure)
}

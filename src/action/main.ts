/**
 * The action's run(): read every input once into a typed config, hand it with
 * its collaborators to the command, publish outputs and the job summary, and
 * turn anything thrown into one `::error::` that says how to fix it.
 */
import * as core from '@actions/core'
import { readFileSync } from 'node:fs'
import { describeError, InputError } from '../core/errors.js'
import { NetSuiteGateway } from '../netsuite/gateway.js'
import { parseConfig, SECRET_INPUTS, type Command, type Config } from './config.js'
import type { Context, Logger, Result } from './context.js'
import { checkCommandNeeds } from './requirements.js'
import { renderSummary } from './summary.js'
import type { GitHub } from '../github/gateway.js'
import { maskFollowUpInputs } from '../follow-up/inputs.js'

type CommandFunction = (ctx: Context) => Promise<Result>

// Loaded on demand: verify, the CI gate, never loads libsodium or Octokit.
const COMMANDS: Record<Command, () => Promise<CommandFunction>> = {
  check: async () => (await import('../commands/check.js')).check,
  rotate: async () => (await import('../commands/rotate.js')).rotate,
  promote: async () => (await import('../commands/promote.js')).promote,
  verify: async () => (await import('../commands/verify.js')).verify,
  rollback: async () => (await import('../commands/rollback.js')).rollback
}

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

export async function publish(config: Config, result: Result, now: Date): Promise<void> {
  if (result.outputs['access-token']) core.setSecret(result.outputs['access-token'])
  core.setOutput('status', result.status)
  for (const [name, value] of Object.entries(result.outputs))
    if (value !== undefined) core.setOutput(name, value)
  await writeSummary(renderSummary(config, result, now))
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

async function runCommand(): Promise<void> {
  for (const name of SECRET_INPUTS) logger.setSecret(core.getInput(name))
  maskFollowUpInputs(name => core.getInput(name), logger.setSecret)
  const config = parseConfig(name => core.getInput(name), process.env, readEvent())
  checkCommandNeeds(config)
  const now = (): Date => new Date()
  let github: Promise<GitHub> | undefined
  const ctx: Context = {
    config,
    log: logger,
    now,
    github: () =>
      (github ??= import('../github/gateway.js').then(
        ({ GitHubGateway }) =>
          new GitHubGateway({
            owner: config.repository.owner,
            repo: config.repository.repo,
            apiUrl: config.apiUrl,
            githubToken: config.githubToken,
            adminToken: config.adminToken,
            environment: config.environment,
            dryRun: config.dryRun,
            log: logger
          })
      )),
    netsuite: new NetSuiteGateway(config.tokenUrl, config.scopes, logger, config.dryRun)
  }
  let result: Result
  try {
    const command = await COMMANDS[config.command]()
    result = await command(ctx)
  } catch (error) {
    // Bad input is reported before anything is written: no outputs, no summary.
    if (error instanceof InputError) throw error
    result = {
      status: 'failed',
      outputs: {},
      failure: describeError(error),
      stages: [],
      nextStep: 'See the error above.',
      writes: []
    }
  }
  // Fan-out and notifications, once the source repository is complete (loaded only when asked for).
  if (config.followUp.targets.length > 0 || config.followUp.notifyUrl)
    result = await (await import('../follow-up/index.js')).followUp(ctx, result)
  try {
    await publish(config, result, now())
  } catch (error) {
    const problem = `the job summary could not be written: ${describeError(error)}`
    throw new Error(result.failure ? `${result.failure} (and ${problem})` : problem)
  }
  if (result.failure) core.setFailed(result.failure)
}

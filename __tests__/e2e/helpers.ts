/**
 * Shared steps and state readers for the end-to-end scenarios. Every scenario
 * runs the shipped dist/index.js through sandbox/world.ts; these helpers only
 * shorten the usual moves (bootstrap, admin uploads and replies) and read the
 * emulators' state in a shape that is easy to compare before/after.
 */
import { afterAll, beforeAll, expect } from '@jest/globals'
import { loadOpenApi } from '../../sandbox/github/index.js'
import type { Issue, RequestLogEntry } from '../../sandbox/github/index.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import {
  startWorld,
  type SavedWorld,
  type StepOptions,
  type World,
  type WorldOptions
} from '../../sandbox/world.js'
import { consumerLogsIn, type LoginAnswer } from '../../sandbox/consumer.js'

export const DAY_MS = 86_400_000
export const ADMIN = 'admin-alice'
export const LABEL = 'netsuite-certificate'
/** Fast key generation where the key type does not matter (RSA-4096 takes seconds). */
export const EC = { 'key-type': 'ec-p256' } as const

export const WRITE_METHODS = ['PUT', 'POST', 'PATCH', 'DELETE']

/** Every secret (decrypted) and variable of the repository, or of one environment. */
export function snapshot(
  world: World,
  environment?: string
): { secrets: Record<string, string>; variables: Record<string, string> } {
  return {
    secrets: Object.fromEntries(world.github.secrets(environment).map(s => [s.name, s.value])),
    variables: Object.fromEntries(world.github.variables(environment).map(v => [v.name, v.value]))
  }
}

/** The credentials' stages only: every secret and variable but the rotation record, which a
 * refused promotion may add to (it remembers the ID replied with). */
export function withoutRecord(all: ReturnType<typeof snapshot>): ReturnType<typeof snapshot> {
  const variables = { ...all.variables }
  delete variables.NETSUITE_CERTIFICATE_ID_STATE
  return { secrets: all.secrets, variables }
}

export function openRotationIssues(world: World): Issue[] {
  return world.github
    .issues()
    .filter(issue => issue.state === 'open' && issue.labels.includes(LABEL) && !issue.pull_request)
}

/** The one open rotation issue; fails the test when there is not exactly one. */
export function theOpenIssue(world: World): Issue {
  const open = openRotationIssues(world)
  expect(open).toHaveLength(1)
  return open[0]
}

/** Exit code, status output, annotations and stderr tail: what to read when a step surprised a test. */
export function describeRun(result: RunResult): string {
  const annotations = result.annotations.map(a => `  ${a.level}: ${a.message}`).join('\n')
  return `exit ${result.exitCode}, status ${result.outputs.status}\n${annotations}\n${result.stderr.slice(-2000)}`
}

/** Fails the test, with the step's annotations in the message, unless it exited 0 with this status. */
export function expectSucceeded(result: RunResult, status: string): void {
  if (result.exitCode !== 0 || result.outputs.status !== status) {
    throw new Error(`expected the step to exit 0 with status ${status}; got ${describeRun(result)}`)
  }
}

/** Runs a step and insists it succeeded with the given status; returns the result. */
export async function stepExpecting(
  world: World,
  command: string,
  status: string,
  options: StepOptions = {}
): Promise<RunResult> {
  const result = await world.step(command, options)
  expectSucceeded(result, status)
  return result
}

/** First rotation: `check` with nothing stored opens the rotation issue. */
export async function bootstrap(
  world: World,
  options: StepOptions = {}
): Promise<{ result: RunResult; issue: Issue }> {
  const result = await stepExpecting(world, 'check', 'rotation-started', {
    ...options,
    inputs: { ...EC, ...options.inputs }
  })
  const issue = world.github.issue(Number(result.outputs['issue-number']))
  if (!issue)
    throw new Error(`check reported issue ${result.outputs['issue-number']}, which does not exist`)
  return { result, issue }
}

/** An admin uploads the pending certificate in NetSuite and replies on the issue; promote runs on that comment. */
export async function uploadAndReply(
  world: World,
  options: {
    issueNumber?: number
    user?: string
    environment?: string
    runId?: string
    actionDir?: string
  } = {}
): Promise<{ result: RunResult; certificateId: string }> {
  const certificateId = world.adminUploadsPending(options.environment)
  const issueNumber = options.issueNumber ?? theOpenIssue(world).number
  const event = world.comment(
    issueNumber,
    `/certificate-id ${certificateId}`,
    options.user ?? ADMIN
  )
  const result = await world.step('promote', {
    event,
    environment: options.environment,
    runId: options.runId,
    actionDir: options.actionDir
  })
  return { result, certificateId }
}

/** Bootstrap and a successful promotion: the state every later scenario starts from. */
export async function firstGeneration(
  world: World,
  options: StepOptions = {}
): Promise<Generation> {
  await bootstrap(world, options)
  const { result, certificateId } = await uploadAndReply(world, {
    environment: options.environment
  })
  expectSucceeded(result, 'promoted')
  return { ...currentGeneration(world, options.environment), certificateId }
}

/** Starts a world and promotes its first generation through the issue: where most scenarios begin. */
export async function startPromotedWorld(
  options: WorldOptions = {}
): Promise<{ world: World; first: Generation }> {
  const world = await startWorld(options)
  return { world, first: await firstGeneration(world) }
}

/**
 * Makes a starting point once per file (say, a promotion through the action) and returns a
 * function that puts the world back to it (world.restore: state, request logs, clock) and
 * hands over what making it returned, so each block starts as in a world that had just made
 * that state itself. Call it at the top of a file: it registers beforeAll and afterAll there.
 */
export function prepareOnce<T extends { world: World }>(
  make: () => Promise<T>,
  timeoutMs = 90_000
): () => T {
  let made: T | undefined
  let saved: SavedWorld | undefined
  beforeAll(async () => {
    made = await make()
    saved = made.world.save()
  }, timeoutMs)
  afterAll(async () => {
    await made?.world.close()
  })
  return () => {
    if (!made || !saved) throw new Error('the prepared world was not made: its beforeAll failed')
    made.world.restore(saved)
    return made
  }
}

/** The pending pair the rotation stored, as its secret and variable hold it. */
export function pendingPair(
  world: World,
  environment?: string
): { key: string; certificate: string } {
  const state = snapshot(world, environment)
  return {
    key: state.secrets.NETSUITE_PRIVATE_KEY_PENDING,
    certificate: state.variables.NETSUITE_CERTIFICATE_PENDING
  }
}

/** The current stage as its secret and variables hold it. */
export function currentGeneration(world: World, environment?: string): Generation {
  const state = snapshot(world, environment)
  return {
    certificateId: state.variables.NETSUITE_CERTIFICATE_ID,
    key: state.secrets.NETSUITE_PRIVATE_KEY,
    certificate: state.variables.NETSUITE_CERTIFICATE
  }
}

/** Moves the simulated clock so the current certificate has `days` left (minus an hour, so a threshold of `days` counts as crossed). */
export function advanceToDaysBeforeExpiry(world: World, notAfter: Date, days: number): void {
  const target = notAfter.getTime() - days * DAY_MS + 3_600_000
  world.advanceDays((target - world.now().getTime()) / DAY_MS)
}

export function writesIn(log: RequestLogEntry[]): RequestLogEntry[] {
  return log.filter(entry => WRITE_METHODS.includes(entry.method))
}

const api = loadOpenApi()

/** `METHOD /templated/{path}` of each request, as GitHub's REST description names it. */
export function requestNames(log: RequestLogEntry[]): string[] {
  return log.map(
    entry =>
      `${entry.method} ${api.match(entry.method, entry.path)?.operation.template ?? entry.path}`
  )
}

/** Every text a person can read in the issues: bodies, titles and comments. */
export function issueTexts(world: World): string[] {
  return world.github
    .issues()
    .flatMap(issue => [issue.title, issue.body, ...issue.comments.map(c => c.body)])
}

/** The base64 lines of a PEM (no BEGIN/END lines). */
export function pemLines(pem: string): string[] {
  return pem
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line.length > 8 && !line.startsWith('-----'))
}

/**
 * Whether an integration holding this generation's key and certificate ID (say, the previous
 * stage, for a rollback) can log in now: signs its own assertion, no action run. Like
 * `world.consumerLogsIn()`, which reads the stored current stage, it adds one token request
 * to `world.netsuite.log`.
 */
export function generationLogsIn(world: World, generation: Generation): Promise<LoginAnswer> {
  return consumerLogsIn({
    tokenUrl: world.netsuite.tokenUrl,
    clientId: world.clientId,
    certificateId: generation.certificateId,
    privateKey: generation.key,
    nowMs: world.now().getTime()
  })
}

export interface Generation {
  certificateId: string
  key: string
  certificate: string
}

/**
 * Two promotions ~680 days apart: the first generation ends up as previous,
 * the second as current. The second rotation is started by `check` once the
 * first certificate is inside renew-before-days.
 */
export async function twoGenerations(
  world: World
): Promise<{ first: Generation; second: Generation; check: RunResult; promote: RunResult }> {
  const first = await firstGeneration(world)
  world.advanceDays(680)
  const check = await stepExpecting(world, 'check', 'rotation-started', { inputs: EC })
  const { result: promote, certificateId } = await uploadAndReply(world)
  expectSucceeded(promote, 'promoted')
  return { first, second: { ...currentGeneration(world), certificateId }, check, promote }
}

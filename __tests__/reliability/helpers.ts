/**
 * Shared moves for the reliability, security and bad-input suites: seed a
 * working "current" generation without running the action, arm GitHub faults
 * that target one write by its body (the emulator's faults match paths only,
 * and every variable create is `POST .../variables`), and reduce a world's
 * state to a shape that two worlds with different key material can compare.
 */
import { afterAll, beforeAll, beforeEach, expect } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash, createPrivateKey, createPublicKey, X509Certificate } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { LoginAnswer } from '../../sandbox/consumer.js'
import type { RequestLogEntry } from '../../sandbox/github/index.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { startWorld, type SavedWorld, type StepOptions, type World } from '../../sandbox/world.js'
import {
  ADMIN,
  describeRun,
  EC,
  LABEL,
  pemLines,
  WRITE_METHODS,
  writesIn,
  type Generation
} from '../e2e/helpers.js'

// The scenario helpers both suites share live with the e2e ones.
export { ADMIN, describeRun, EC, LABEL, pemLines, WRITE_METHODS, writesIn, type Generation }

const REPO = '/repos/acme/erp-sync'

export function errors(result: RunResult): string[] {
  return result.annotations.filter(a => a.level === 'error').map(a => a.message)
}

/** Runs a step and insists on exit 0 with this status. */
export async function stepOk(
  world: World,
  command: string,
  status: string,
  options: StepOptions = {}
): Promise<RunResult> {
  const result = await world.step(command, options)
  expectClean(result, status)
  return result
}

/** Exit 0, this status and no ::error::, compared as one object so a failure shows all three. */
export function expectClean(result: RunResult, status: string): void {
  expect({
    status: result.outputs.status,
    exitCode: result.exitCode,
    errors: errors(result)
  }).toEqual({
    status,
    exitCode: 0,
    errors: []
  })
}

/**
 * Runs `steps` in a world of its own and closes it, however they end: how a suite
 * records the clean run that every faulted or interrupted run must converge to.
 */
export async function inFreshWorld(steps: (world: World) => Promise<void>): Promise<void> {
  const world = await startWorld()
  try {
    await steps(world)
  } finally {
    await world.close()
  }
}

/** A self-signed EC P-256 key pair made by openssl (independent of the code under test). */
export function opensslCertificate(options: { days?: number; notAfter?: string } = {}): {
  key: string
  certificate: string
} {
  const dir = mkdtempSync(join(tmpdir(), 'nsm2m-seed-'))
  try {
    const keyFile = join(dir, 'key.pem')
    const certFile = join(dir, 'cert.pem')
    execFileSync(
      'openssl',
      ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', keyFile],
      { stdio: 'pipe' }
    )
    const validity = options.notAfter
      ? ['-not_before', '20200101000000Z', '-not_after', options.notAfter]
      : ['-days', String(options.days ?? 730)]
    execFileSync(
      'openssl',
      ['req', '-x509', '-new', '-key', keyFile, '-out', certFile, '-subj', '/CN=seed', ...validity],
      { stdio: 'pipe' }
    )
    return { key: readFileSync(keyFile, 'utf8'), certificate: readFileSync(certFile, 'utf8') }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A current generation as a first promotion leaves it: uploaded in NetSuite, key secret, certificate and ID variables. */
export function seedCurrent(world: World, environment?: string): Generation {
  const { key, certificate } = opensslCertificate()
  const { certificateId } = world.netsuite.uploadCertificate({
    clientId: world.clientId,
    pem: certificate,
    roleId: world.roleId,
    entityId: world.entityId
  })
  world.github.setSecret('NETSUITE_PRIVATE_KEY', key, environment)
  world.github.setVariable('NETSUITE_CERTIFICATE', certificate, environment)
  world.github.setVariable('NETSUITE_CERTIFICATE_ID', certificateId, environment)
  return { key, certificate, certificateId }
}

/** SHA-256 of the public key a private key or certificate carries: how keys are told apart without showing them. */
export function keyId(pem: string): string {
  const spki = pem.includes('CERTIFICATE')
    ? new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'der' })
    : createPublicKey(createPrivateKey(pem)).export({ type: 'spki', format: 'der' })
  return createHash('sha256').update(spki).digest('hex')
}

export interface ArmedFault {
  disarm(): void
  /** How many requests the fault hit. */
  hits(): number
}

/**
 * Fails the requests `match` selects, up to `times` of them, while armed. The
 * emulator logs a request before it looks for a fault, so injecting a one-shot
 * fault for the exact path at log time hits exactly that request.
 */
export function armFault(
  world: World,
  match: (entry: RequestLogEntry) => boolean,
  fault: { status?: number; drop?: boolean },
  times: number
): ArmedFault {
  const log = world.github.log
  const push = Array.prototype.push
  let armed = true
  let hits = 0
  log.push = (...entries: RequestLogEntry[]): number => {
    for (const entry of entries) {
      if (armed && hits < times && match(entry)) {
        hits += 1
        world.github.injectFault({ method: entry.method, path: entry.path, count: 1, ...fault })
      }
    }
    return push.apply(log, entries)
  }
  return {
    disarm: () => {
      armed = false
    },
    hits: () => hits
  }
}

function bodyName(entry: RequestLogEntry): string | undefined {
  const body = entry.body
  return body && typeof body === 'object' && 'name' in body ? String(body.name) : undefined
}

/** Matchers for each write the action makes, by what it writes. */
export const writes = {
  putSecret: (name: string) => (e: RequestLogEntry) =>
    e.method === 'PUT' && e.path === `${REPO}/actions/secrets/${name}`,
  deleteSecret: (name: string) => (e: RequestLogEntry) =>
    e.method === 'DELETE' && e.path === `${REPO}/actions/secrets/${name}`,
  setVariable: (name: string) => (e: RequestLogEntry) =>
    (e.method === 'POST' && e.path === `${REPO}/actions/variables` && bodyName(e) === name) ||
    (e.method === 'PATCH' && e.path === `${REPO}/actions/variables/${name}`),
  deleteVariable: (name: string) => (e: RequestLogEntry) =>
    e.method === 'DELETE' && e.path === `${REPO}/actions/variables/${name}`,
  openIssue: () => (e: RequestLogEntry) => e.method === 'POST' && e.path === `${REPO}/issues`,
  comment: () => (e: RequestLogEntry) =>
    e.method === 'POST' && /\/issues\/\d+\/comments$/.test(e.path),
  closeIssue: () => (e: RequestLogEntry) =>
    e.method === 'PATCH' &&
    /\/issues\/\d+$/.test(e.path) &&
    (e.body as { state?: string } | undefined)?.state === 'closed'
}

/**
 * The state of a world with key material replaced by labels: `labels` maps a
 * keyId or a certificate ID to a name ('A' for the seeded generation, 'B' for
 * the one being promoted). Dates, fingerprints and PEM blocks in issue text
 * are normalised too, so a clean run in another world compares equal.
 */
export function canonical(
  world: World,
  labels: Map<string, string>,
  environment?: string
): unknown {
  const label = (value: string): string => {
    if (value.includes('-----BEGIN')) return `key:${labels.get(keyId(value)) ?? '?'}`
    return labels.has(value) ? `id:${labels.get(value)}` : value
  }
  const ids = [...labels.keys()].filter(k => !/^[0-9a-f]{64}$/.test(k))
  const text = (value: string): string => {
    let out = value.replace(/```pem\n[\s\S]*?```/g, '<pem>')
    for (const id of ids) out = out.split(id).join(`<id:${labels.get(id)}>`)
    return out
      .replace(/[0-9A-F]{2}(:[0-9A-F]{2}){5,}…?/g, '<fingerprint>')
      .replace(/\d{4}-\d\d-\d\d[T ][0-9:.]+(Z| UTC)?/g, '<time>')
      .replace(/\d{4}-\d\d-\d\d/g, '<date>')
  }
  const variables = Object.fromEntries(
    world.github.variables(environment).map(v => {
      if (v.name.endsWith('_STATE')) {
        // The rotation record: times differ between worlds, keys and IDs are named.
        const shown = (value: unknown, key = ''): unknown => {
          if (typeof value === 'string')
            return key === 'at' || /At$/.test(key) ? '<time>' : text(label(value))
          if (Array.isArray(value)) return value.map(item => shown(item))
          if (value && typeof value === 'object')
            return Object.fromEntries(Object.entries(value).map(([k, val]) => [k, shown(val, k)]))
          return value
        }
        return [v.name, shown(JSON.parse(v.value))]
      }
      return [v.name, label(v.value)]
    })
  )
  return {
    secrets: Object.fromEntries(
      world.github.secrets(environment).map(s => [s.name, label(s.value)])
    ),
    variables,
    issues: world.github.issues().map(issue => ({
      number: issue.number,
      title: issue.title,
      state: issue.state,
      state_reason: issue.state_reason ?? null,
      labels: issue.labels,
      body: text(issue.body),
      comments: issue.comments.map(c => `${c.user.login}: ${text(c.body)}`)
    }))
  }
}

/** Labels for a world whose seeded generation is A and whose pending generation is B. */
export function labelsFor(
  a: Generation,
  b: { key: string; certificateId?: string }
): Map<string, string> {
  const labels = new Map<string, string>([
    [keyId(a.key), 'A'],
    [a.certificateId, 'A'],
    [keyId(b.key), 'B']
  ])
  if (b.certificateId) labels.set(b.certificateId, 'B')
  return labels
}

/** verify's default fail-before-days: a certificate this close to its end fails the gate. */
const FAIL_BEFORE_DAYS = 7

/**
 * Whether the current credentials pass what `verify` checks, answered from what is stored
 * instead of running it (a whole process): the stored certificate, when there is one, belongs
 * to the stored key and is more than fail-before-days from its end, and an integration logs in
 * with the stored key and certificate ID (world.consumerLogsIn: its own assertion, no code of
 * the action, one token request in the NetSuite log, as verify makes).
 */
export async function currentWorks(world: World): Promise<LoginAnswer> {
  const given = world.workflowInputs('verify')
  const key = given['private-key'] ?? ''
  const certificate = given.certificate ?? ''
  if (certificate && key) {
    if (keyId(certificate) !== keyId(key))
      return { ok: false, reason: 'the stored key does not belong to the stored certificate' }
    const left = Date.parse(new X509Certificate(certificate).validTo) - world.now().getTime()
    if (left <= FAIL_BEFORE_DAYS * 86_400_000)
      return { ok: false, reason: `the stored certificate ends within ${FAIL_BEFORE_DAYS} days` }
  }
  return world.consumerLogsIn()
}

/**
 * The invariant after any fault: the current key and certificate ID verify
 * against NetSuite (currentWorks), or the run that left them failed loudly.
 * Returns which held, so a test can say so.
 */
export async function invariantHolds(
  world: World,
  last: RunResult
): Promise<'verified' | 'failed-loudly' | 'violated'> {
  if ((await currentWorks(world)).ok) return 'verified'
  if (last.exitCode !== 0 && errors(last).length > 0) return 'failed-loudly'
  return 'violated'
}

/**
 * Runs `command` to its end and saves the world as it stood right after each `<line>: done`
 * log line in `lines`: exactly what a kill at that line leaves. With a `killWhen`, world.step
 * holds every GitHub request until the runner has read what the process printed before it,
 * so when the line is read the next write has not reached the emulator; a kill would drop it,
 * here it goes on after the save. One run instead of one killed run per line; the saves are
 * keyed by line, and a line never printed has none.
 */
export async function stepSavingAfter(
  world: World,
  command: string,
  lines: readonly string[],
  options: StepOptions = {}
): Promise<{ result: RunResult; after: Map<string, SavedWorld> }> {
  const after = new Map<string, SavedWorld>()
  if (lines.length === 0) return { result: await world.step(command, options), after }
  const result = await world.step(command, {
    ...options,
    killWhen: printed => {
      const line = lines.find(l => printed.trim() === `${l}: done`)
      if (line !== undefined && !after.has(line)) after.set(line, world.save())
      return false
    }
  })
  return { result, after }
}

/** The one open rotation issue's number. */
export function openRotationIssues(world: World): number[] {
  return world.github
    .issues()
    .filter(issue => issue.state === 'open' && issue.labels.includes(LABEL) && !issue.pull_request)
    .map(issue => issue.number)
}

export interface Staged {
  a: Generation
  b: Generation
  event: NonNullable<Parameters<World['step']>[1]>['event']
}

/** A current (seeded), a rotation to B, B uploaded in NetSuite and the admin's reply posted. */
export async function stagedPromotion(world: World): Promise<Staged> {
  const a = seedCurrent(world)
  await stepOk(world, 'rotate', 'rotation-started', { inputs: { ...EC } })
  const key = world.github.secret('NETSUITE_PRIVATE_KEY_PENDING')?.value ?? ''
  const certificate = world.github.variable('NETSUITE_CERTIFICATE_PENDING')?.value ?? ''
  const certificateId = world.adminUploadsPending()
  const event = world.comment(1, `/certificate-id ${certificateId}`, ADMIN)
  return { a, b: { key, certificate, certificateId }, event }
}

/** The save stepSavingAfter() made at `line`: what a kill right after that line leaves. */
export function killedAt(saves: Map<string, SavedWorld>, line: string): SavedWorld {
  const saved = saves.get(line)
  if (!saved) throw new Error(`the clean run never printed "${line}: done"`)
  return saved
}

/** What every case of a second-promotion suite starts from, and what a clean one ends in. */
export interface StagedSuite {
  world: World
  staged: Staged
  /** The canonical state after the promotion ran once without any fault. */
  reference: unknown
  /** The world as that clean promotion left it right after each line asked for (stepSavingAfter). */
  savedAfter: Map<string, SavedWorld>
}

/**
 * Registers the hooks of a suite whose cases each start from B staged for promotion over A:
 * made once through the action, saved, promoted once cleanly for the reference (saving the
 * world after each of `saveAfter`'s log lines on the way), and restored before each case.
 * Read the fields inside hooks and tests (they are set by the first hook).
 */
export function withStagedPromotion(saveAfter: readonly string[] = []): StagedSuite {
  const suite = {} as StagedSuite
  let bPending: SavedWorld
  beforeAll(async () => {
    suite.world = await startWorld()
    suite.staged = await stagedPromotion(suite.world)
    bPending = suite.world.save()
    const { result, after } = await stepSavingAfter(suite.world, 'promote', saveAfter, {
      event: suite.staged.event
    })
    expectClean(result, 'promoted')
    suite.savedAfter = after
    suite.reference = canonical(suite.world, labelsFor(suite.staged.a, suite.staged.b))
  })
  afterAll(async () => {
    await suite.world.close()
  })
  beforeEach(() => {
    suite.world.restore(bPending)
  })
  return suite
}

/** _PREVIOUS must never hold the credentials being promoted. */
export function expectPreviousIsNotB(world: World, b: Generation): void {
  const previousKey = world.github.secret('NETSUITE_PRIVATE_KEY_PREVIOUS')?.value
  const previousCertificate = world.github.variable('NETSUITE_CERTIFICATE_PREVIOUS')?.value
  if (previousKey) expect(keyId(previousKey)).not.toBe(keyId(b.key))
  if (previousCertificate) expect(keyId(previousCertificate)).not.toBe(keyId(b.key))
  expect(world.github.variable('NETSUITE_CERTIFICATE_ID_PREVIOUS')?.value).not.toBe(b.certificateId)
}

/** A current (B) and previous (A) generation made by a real rotation and promotion. */
export async function promoted(world: World): Promise<{ a: Generation; b: Generation }> {
  const { a, b, event } = await stagedPromotion(world)
  await stepOk(world, 'promote', 'promoted', { event })
  return { a, b }
}

/**
 * canonical() plus the rollback record in the state variable, whose values
 * ("<fingerprint> <certificate ID>", and any PEM a later version keeps there)
 * canonical() leaves as they are, and which differ between worlds.
 */
export function canonicalRollback(world: World, a: Generation, b: Generation): unknown {
  const generations = [
    { generation: a, name: 'A' },
    { generation: b, name: 'B' }
  ]
  const relabel = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(relabel)
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, relabel(v)]))
    if (typeof value !== 'string') return value
    if (value.includes('-----BEGIN')) {
      const owner = generations.find(g => keyId(g.generation.key) === keyId(value))
      return `pem:${owner?.name ?? '?'}`
    }
    let out = value
    for (const { generation, name } of generations) {
      out = out
        .split(new X509Certificate(generation.certificate).fingerprint256)
        .join(`fp:${name}`)
        .split(generation.certificateId)
        .join(`id:${name}`)
    }
    return out
  }
  return relabel(canonical(world, labelsFor(a, b)))
}

/** What every case of a rollback suite starts from, and what a clean rollback ends in. */
export interface RollbackSuite {
  world: World
  /** A, the previous generation, and B, the current one a second promotion made. */
  a: Generation
  b: Generation
  /** canonicalRollback() after the rollback ran once without any fault. */
  reference: unknown
  /** The world as that clean rollback left it. */
  rolledBack: SavedWorld
  /** The world as that clean rollback left it right after each line asked for (stepSavingAfter). */
  savedAfter: Map<string, SavedWorld>
}

/**
 * Registers the hooks of a suite whose cases each start from B current and A previous: made
 * once through the action (a rotation and a promotion), saved, rolled back once cleanly with
 * run ID `runId` for the reference (saving the world after each of `saveAfter`'s log lines
 * on the way), and restored before each case. Read the fields inside hooks and tests.
 */
export function withPromotedB(runId: string, saveAfter: readonly string[] = []): RollbackSuite {
  const suite = {} as RollbackSuite
  let promotedB: SavedWorld
  beforeAll(async () => {
    suite.world = await startWorld()
    ;({ a: suite.a, b: suite.b } = await promoted(suite.world))
    promotedB = suite.world.save()
    const { result, after } = await stepSavingAfter(suite.world, 'rollback', saveAfter, { runId })
    expectClean(result, 'rolled-back')
    suite.savedAfter = after
    suite.rolledBack = suite.world.save()
    suite.reference = canonicalRollback(suite.world, suite.a, suite.b)
  })
  afterAll(async () => {
    await suite.world.close()
  })
  beforeEach(() => {
    suite.world.restore(promotedB)
  })
  return suite
}

/**
 * Moves and readers shared by the zero-touch scenarios. The
 * first rotation always needs a person; these helpers get a world past it and
 * read NetSuite's and GitHub's state in shapes that are easy to compare.
 */
import { X509Certificate, createPrivateKey, createPublicKey } from 'node:crypto'
import { startWorld, type World, type WorldOptions } from '../../sandbox/world.js'
import { seedCurrent } from '../reliability/helpers.js'
import type { Issue, RequestLogEntry } from '../../sandbox/github/index.js'
import type { CertificateRecord, LogEntry } from '../../sandbox/netsuite/index.js'
import {
  EC,
  currentGeneration,
  snapshot,
  startPromotedWorld,
  stepExpecting,
  type Generation
} from '../e2e/helpers.js'

export { EC }
export const STATE_VARIABLE = 'NETSUITE_CERTIFICATE_ID_STATE'
/** 680 days after the first promotion the 730-day certificate is inside the 60-day renew window. */
export const INTO_RENEW_WINDOW_DAYS = 680

/** A zero-touch world whose first generation an admin already promoted. */
export async function promotedWorld(
  options: WorldOptions = {}
): Promise<{ world: World; first: Generation; lastIssue: number }> {
  const { world, first } = await startPromotedWorld({ zeroTouch: true, ...options })
  return { world, first, lastIssue: lastIssueNumber(world) }
}

/**
 * A zero-touch world whose current stage holds a pair made by openssl and registered in
 * NetSuite, as a first promotion leaves the stages, without running the action
 * (promotedWorld() runs it twice). Only for scenarios that look at what comes after and
 * never at what that promotion leaves besides the stages: the record, its issue, comments,
 * request logs or notifications.
 */
export async function seededWorld(
  options: WorldOptions = {}
): Promise<{ world: World; first: Generation; lastIssue: number }> {
  const world = await startWorld({ zeroTouch: true, ...options })
  return { world, first: seedCurrent(world), lastIssue: lastIssueNumber(world) }
}

/** seededWorld() one automatic rotation further: rotatedWorld() without the first promotion's runs. */
export async function seededRotatedWorld(
  inputs: Record<string, string> = {},
  options: WorldOptions = {}
): Promise<{ world: World; first: Generation; second: Generation }> {
  const { world, first } = await seededWorld(options)
  return { world, first, second: await rotateAutomatically(world, inputs) }
}

/**
 * A zero-touch world one automatic rotation further: check promoted a second
 * generation in the renew window, so the first is the previous stage, still
 * registered in NetSuite. `inputs` go to that check on top of EC; `options` to the world.
 */
export async function rotatedWorld(
  inputs: Record<string, string> = {},
  options: WorldOptions = {}
): Promise<{ world: World; first: Generation; second: Generation }> {
  const { world, first } = await promotedWorld(options)
  return { world, first, second: await rotateAutomatically(world, inputs) }
}

/**
 * The scheduled check in the renew window rotates without a person: from a promoted world
 * (say, one restored to a saved promotion), what rotatedWorld() does after promotedWorld().
 * Returns the second generation, now current.
 */
export async function rotateAutomatically(
  world: World,
  inputs: Record<string, string> = {}
): Promise<Generation> {
  world.advanceDays(INTO_RENEW_WINDOW_DAYS)
  await stepExpecting(world, 'check', 'promoted', { inputs: { ...EC, ...inputs } })
  return currentGeneration(world)
}

/** The highest issue number so far (0 when there is none). */
export function lastIssueNumber(world: World): number {
  return Math.max(0, ...world.github.issues().map(issue => issue.number))
}

/** SHA-256 fingerprint as the action prints it (upper-case hex pairs joined by ':'), computed by node:crypto. */
export function fingerprintOf(pem: string): string {
  return new X509Certificate(pem).fingerprint256
}

/** Whether the private key PEM belongs to the certificate PEM, checked with node:crypto. */
export function keyMatchesCertificate(keyPem: string, certificatePem: string): boolean {
  const fromKey = createPublicKey(createPrivateKey(keyPem)).export({ type: 'spki', format: 'der' })
  const fromCertificate = new X509Certificate(certificatePem).publicKey.export({
    type: 'spki',
    format: 'der'
  })
  return fromKey.equals(fromCertificate)
}

/** NetSuite's certificates of the world's integration record. */
export function netsuiteCertificates(world: World): CertificateRecord[] {
  return world.netsuite.certificates(world.clientId)
}

/** What NetSuite counts against its cap of five: not revoked and not expired. */
export function activeCertificates(world: World): CertificateRecord[] {
  const now = world.now().getTime()
  return netsuiteCertificates(world).filter(c => !c.revoked && c.notAfter.getTime() > now)
}

export function certificateById(world: World, id: string): CertificateRecord | undefined {
  return netsuiteCertificates(world).find(c => c.certificateId === id)
}

const CERTIFICATES_PATH = /\/clients\/[^/]+\/certificates\/?$/
const REVOKE_PATH = /\/clients\/[^/]+\/certificates\/[^/]+\/revoke\/?$/

/** The repository's state and both emulators' request logs as they stand at one moment. */
export interface Mark {
  state: ReturnType<typeof snapshot>
  /** What NetSuite logged after the mark. */
  netsuite(): LogEntry[]
  /** What GitHub logged after the mark. */
  github(): RequestLogEntry[]
}

/** Marks the state and the request logs now, before the step a scenario looks at. */
export function mark(world: World): Mark {
  const state = snapshot(world)
  const netsuiteAt = world.netsuite.log.length
  const githubAt = world.github.log.length
  return {
    state,
    netsuite: () => world.netsuite.log.slice(netsuiteAt),
    github: () => world.github.log.slice(githubAt)
  }
}

/** Accepted uploads through the certificate endpoint (POST .../certificates). */
export function uploadsIn(log: LogEntry[]): LogEntry[] {
  return log.filter(
    e => e.method === 'POST' && CERTIFICATES_PATH.test(e.path) && e.verdict === 'accepted'
  )
}

/** Every revocation request through the certificate endpoint, whatever its answer. */
export function revocationsIn(log: LogEntry[]): LogEntry[] {
  return log.filter(e => e.method === 'POST' && REVOKE_PATH.test(e.path))
}

/** Issues opened after issue number `after` (numbers only grow). */
export function issuesAfter(world: World, after: number): Issue[] {
  return world.github.issues().filter(issue => issue.number > after)
}

/** Body and every comment of an issue, joined: what an admin reads. */
export function issueText(issue: Issue): string {
  return [issue.title, issue.body, ...issue.comments.map(c => c.body)].join('\n')
}

/** The rotation record the action keeps (open rotation, uploads, promotion, rollback), parsed. */
export function rotationState(world: World): Record<string, unknown> {
  const raw = world.github.variable(STATE_VARIABLE)?.value
  return raw ? (JSON.parse(raw) as Record<string, unknown>) : {}
}

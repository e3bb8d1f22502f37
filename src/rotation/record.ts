/**
 * The rotation record: the one place the action keeps a rotation's state, as
 * versioned JSON in the variable `<certificate-id-variable>_STATE`. Only
 * admin-token can write a variable, so only people with write access to the
 * repository's settings can change it; issues, labels and comments (which
 * outsiders and triagers can change) are only views of it.
 *
 * The record is validated on read: a value this release cannot read stops the
 * run with a message naming the variable and the fix, never silently ignored.
 * The unversioned bookkeeping of earlier releases is migrated on read.
 */
import { InputError } from '../core/errors.js'

export const RECORD_VERSION = 1
/** How many finished rollback runs are remembered, so a rerun of one is recognised. */
const ROLLBACK_RUNS_KEPT = 20

/** One stage of a swap: which certificate, under which ID. The PEM is public. */
export interface StageRef {
  fingerprint: string
  certificateId: string
  pem: string
}

/** The rotation waiting for a person (or a rerun) to finish it. */
export interface OpenRotation {
  /** The fingerprint of the pending certificate (the variable `<certificate-variable>_PENDING`). */
  fingerprint: string
  /** The issue announcing it; absent until the issue is opened. */
  issue?: number
  /** Who opened that issue (the token's login): a reply counts only on an issue it opened. */
  openedBy?: string
  /** What the issue says in its "Why" section. */
  reason: string
  /** The pending pair is the current credentials, to be registered again (NetSuite forgot them). */
  reregister: boolean
  /** The current key is compromised: keep no _PREVIOUS once the new one is promoted. */
  emergency: boolean
  /** Reminder thresholds (days before expiry) already commented. */
  remindersSent: number[]
  startedAt: string
  /** Certificate IDs writers replied with that could not be proven: if the rotation is dropped,
   * a person is asked to revoke them (they may be this rotation's certificate in NetSuite). */
  repliedIds?: string[]
}

export interface Promotion {
  at: string
  certificateId?: string
  fingerprint?: string
  /** The certificate replaced by this promotion, due for revocation after the grace period. */
  previousCertificateId?: string
  /** When that previous certificate was revoked in NetSuite. */
  previousRevokedAt?: string
  /** The issue the promotion closed (a rerun finishes its summary there). */
  issue?: number
  openedBy?: string
}

/** A rollback being written: the run doing it and the stages it swaps. */
export interface RollbackInFlight {
  runId: string
  /** The current stage before the swap (it becomes previous). */
  from: StageRef
  /** The previous stage before the swap (it becomes current). */
  to: StageRef
}

/** A finished rollback: its run and the certificate it made current. */
export interface FinishedRollback {
  runId: string
  fingerprint: string
}

/**
 * A certificate that left service: the ledger that keeps every certificate's end. It is
 * written before the stages change, so a run stopped half way leaves it for the next run,
 * which revokes what is due (or names it for a person to revoke).
 */
export interface RetiredCertificate {
  certificateId: string
  /** Which certificate it was, as a sentence names it ("the replaced certificate"). */
  what: string
  /** Why it left service, in a few words ("its key is treated as compromised"). */
  reason: string
  /** Revoke from then on (at once for a compromised or dropped key). */
  dueAt: string
  /** When the action revoked it, or found it gone from NetSuite. */
  revokedAt?: string
}

export interface TargetReceived {
  fingerprint: string
  certificateId: string
  at: string
}

export interface RotationRecord {
  version: typeof RECORD_VERSION
  rotation?: OpenRotation
  /** Certificates uploaded through NetSuite's endpoint: fingerprint -> the ID NetSuite gave. */
  uploads: Record<string, string>
  promotion?: Promotion
  rollback?: RollbackInFlight
  /** Finished rollbacks, newest last: a rerun of one changes nothing. */
  rollbackRuns: FinishedRollback[]
  /** Notifications already sent: event key -> when. */
  notifications: Record<string, string>
  /** What each fan-out target last received. */
  targets: Record<string, TargetReceived>
  /** Certificates that left service, revoked or due to be. */
  retired: RetiredCertificate[]
  /** Runs that restarted a rotation: a rerun of one restarts nothing again. */
  restartRuns: string[]
}

export function emptyRecord(): RotationRecord {
  return {
    version: RECORD_VERSION,
    uploads: {},
    rollbackRuns: [],
    notifications: {},
    targets: {},
    retired: [],
    restartRuns: []
  }
}

/** Keys only the versioned record has: a value holding one of them but no `version` was
 * edited by hand, not written by an earlier release. */
const VERSIONED_KEYS = [
  'rotation',
  'uploads',
  'promotion',
  'rollback',
  'rollbackRuns',
  'notifications',
  'targets',
  'retired',
  'restartRuns'
]

class Shape {
  constructor(
    private readonly problems: string[],
    private readonly path: string
  ) {}

  fail(field: string, expected: string): undefined {
    this.problems.push(`${this.path}${field} must be ${expected}`)
    return undefined
  }

  string(value: unknown, field: string, optional = false): string | undefined {
    if (value === undefined && optional) return undefined
    return typeof value === 'string' ? value : this.fail(field, 'a string')
  }

  number(value: unknown, field: string, optional = false): number | undefined {
    if (value === undefined && optional) return undefined
    return typeof value === 'number' && Number.isInteger(value) && value > 0
      ? value
      : this.fail(field, 'a positive whole number')
  }

  boolean(value: unknown, field: string): boolean {
    if (value === undefined) return false
    return typeof value === 'boolean' ? value : (this.fail(field, 'true or false') ?? false)
  }

  object(value: unknown, field: string): Record<string, unknown> | undefined {
    if (value === undefined) return undefined
    return isObject(value) ? value : this.fail(field, 'an object')
  }

  strings(value: unknown, field: string): Record<string, string> {
    const object = this.object(value, field) ?? {}
    const out: Record<string, string> = {}
    for (const [key, entry] of Object.entries(object)) {
      const text = this.string(entry, `${field}.${key}`)
      if (text !== undefined) out[key] = text
    }
    return out
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function stage(shape: Shape, value: unknown, field: string): StageRef | undefined {
  if (!isObject(value)) {
    return shape.fail(field, 'an object')
  }
  const fingerprint = shape.string(value.fingerprint, `${field}.fingerprint`)
  const certificateId = shape.string(value.certificateId, `${field}.certificateId`)
  const pem = shape.string(value.pem, `${field}.pem`)
  return fingerprint !== undefined && certificateId !== undefined && pem !== undefined
    ? { fingerprint, certificateId, pem }
    : undefined
}

/** The record as read, section by section; every field that breaks the schema is a problem. */
function validate(raw: Record<string, unknown>, problems: string[]): RotationRecord {
  const shape = new Shape(problems, '')
  const record = emptyRecord()
  const rotation = shape.object(raw.rotation, 'rotation')
  if (rotation) record.rotation = openRotation(rotation, problems)
  record.uploads = shape.strings(raw.uploads, 'uploads')
  const promotion = shape.object(raw.promotion, 'promotion')
  if (promotion) record.promotion = lastPromotion(promotion, problems)
  const rollback = shape.object(raw.rollback, 'rollback')
  if (rollback) {
    const inFlight = rollbackInFlight(shape, rollback)
    if (inFlight) record.rollback = inFlight
  }
  if (raw.rollbackRuns !== undefined)
    record.rollbackRuns = finishedRollbacks(raw.rollbackRuns, problems)
  record.notifications = shape.strings(raw.notifications, 'notifications')
  record.retired = retiredList(raw.retired, problems)
  record.restartRuns = runIds(raw.restartRuns, problems)
  record.targets = targetsReceived(shape.object(raw.targets, 'targets') ?? {}, problems)
  return record
}

function openRotation(rotation: Record<string, unknown>, problems: string[]): OpenRotation {
  const at = new Shape(problems, 'rotation.')
  const sent = Array.isArray(rotation.remindersSent) ? rotation.remindersSent : []
  return {
    fingerprint: at.string(rotation.fingerprint, 'fingerprint') ?? '',
    issue: at.number(rotation.issue, 'issue', true),
    openedBy: at.string(rotation.openedBy, 'openedBy', true),
    reason: at.string(rotation.reason, 'reason', true) ?? '',
    reregister: at.boolean(rotation.reregister, 'reregister'),
    emergency: at.boolean(rotation.emergency, 'emergency'),
    remindersSent: sent.filter((n): n is number => typeof n === 'number'),
    startedAt: at.string(rotation.startedAt, 'startedAt', true) ?? '',
    repliedIds: Array.isArray(rotation.repliedIds)
      ? rotation.repliedIds.filter((id): id is string => typeof id === 'string')
      : undefined
  }
}

function lastPromotion(promotion: Record<string, unknown>, problems: string[]): Promotion {
  const at = new Shape(problems, 'promotion.')
  return {
    at: at.string(promotion.at, 'at') ?? '',
    certificateId: at.string(promotion.certificateId, 'certificateId', true),
    fingerprint: at.string(promotion.fingerprint, 'fingerprint', true),
    previousCertificateId: at.string(
      promotion.previousCertificateId,
      'previousCertificateId',
      true
    ),
    previousRevokedAt: at.string(promotion.previousRevokedAt, 'previousRevokedAt', true),
    issue: at.number(promotion.issue, 'issue', true),
    openedBy: at.string(promotion.openedBy, 'openedBy', true)
  }
}

function rollbackInFlight(
  shape: Shape,
  rollback: Record<string, unknown>
): RollbackInFlight | undefined {
  const runId = shape.string(rollback.runId, 'rollback.runId')
  const from = stage(shape, rollback.from, 'rollback.from')
  const to = stage(shape, rollback.to, 'rollback.to')
  return runId !== undefined && from && to ? { runId, from, to } : undefined
}

function finishedRollbacks(value: unknown, problems: string[]): FinishedRollback[] {
  const runs = Array.isArray(value) ? value : []
  const valid = runs.filter(
    (run): run is FinishedRollback =>
      isObject(run) && typeof run.runId === 'string' && typeof run.fingerprint === 'string'
  )
  if (!Array.isArray(value) || valid.length !== runs.length)
    problems.push('rollbackRuns must be a list of {runId, fingerprint}')
  return valid.map(run => ({ runId: run.runId, fingerprint: run.fingerprint }))
}

function targetsReceived(
  targets: Record<string, unknown>,
  problems: string[]
): Record<string, TargetReceived> {
  const out: Record<string, TargetReceived> = {}
  for (const [target, value] of Object.entries(targets)) {
    const at = new Shape(problems, `targets.${target}.`)
    const entry = at.object(value, '') ?? {}
    const fingerprint = at.string(entry.fingerprint, 'fingerprint')
    const certificateId = at.string(entry.certificateId, 'certificateId')
    const when = at.string(entry.at, 'at')
    if (fingerprint !== undefined && certificateId !== undefined && when !== undefined)
      out[target] = { fingerprint, certificateId, at: when }
  }
  return out
}

function retiredList(value: unknown, problems: string[]): RetiredCertificate[] {
  if (value === undefined) return []
  const list = Array.isArray(value) ? value : []
  const out: RetiredCertificate[] = []
  for (const [index, entry] of list.entries()) {
    const at = new Shape(problems, `retired[${index}].`)
    const item = at.object(entry, '') ?? {}
    const certificateId = at.string(item.certificateId, 'certificateId')
    const what = at.string(item.what, 'what')
    const reason = at.string(item.reason, 'reason')
    const dueAt = at.string(item.dueAt, 'dueAt')
    const revokedAt = at.string(item.revokedAt, 'revokedAt', true)
    if (certificateId && what && reason !== undefined && dueAt)
      out.push({ certificateId, what, reason, dueAt, ...(revokedAt ? { revokedAt } : {}) })
  }
  if (!Array.isArray(value)) problems.push('retired must be a list')
  return out
}

function runIds(value: unknown, problems: string[]): string[] {
  if (value === undefined) return []
  if (!Array.isArray(value) || value.some(id => typeof id !== 'string')) {
    problems.push('restartRuns must be a list of run IDs')
    return []
  }
  return value as string[]
}

/** The bookkeeping of releases before the record had a version. */
function migrate(raw: Record<string, unknown>): RotationRecord {
  const record = emptyRecord()
  const text = (value: unknown): string | undefined =>
    typeof value === 'string' ? value : undefined
  const promotedAt = text(raw.promotedAt)
  if (promotedAt) {
    record.promotion = {
      at: promotedAt,
      previousCertificateId: text(raw.previousCertificateId),
      previousRevokedAt: text(raw.revokedAt)
    }
  }
  const upload = isObject(raw.pendingUpload) ? raw.pendingUpload : undefined
  const fingerprint = text(upload?.fingerprint)
  const certificateId = text(upload?.certificateId)
  if (fingerprint && certificateId) record.uploads[fingerprint] = certificateId
  const runId = text(raw.rollbackRunId)
  const target = isObject(raw.rollbackTarget) ? raw.rollbackTarget : undefined
  if (runId && target) {
    const split = (value: unknown, pem: unknown): StageRef | undefined => {
      const [fp, id] = (text(value) ?? '').split(' ')
      const body = text(pem)
      return fp && id && body ? { fingerprint: fp, certificateId: id, pem: body } : undefined
    }
    const to = split(target.current, target.currentPem)
    const from = split(target.previous, target.previousPem)
    // Finished or not, its rerun finishes it only while the variables hold one side of it.
    if (to && from) record.rollback = { runId, from, to }
  }
  return record
}

/**
 * Reads the record from the variable's value; an absent or empty variable is an
 * empty record. Throws an error naming the variable and the fix otherwise.
 */
export function parseRecord(value: string | undefined, variable: string): RotationRecord {
  if (value === undefined || value.trim() === '') return emptyRecord()
  // GitHub keeps no history of a variable's values: the fix is to correct it or start afresh.
  const fix = `correct it by hand (the README's "The rotation record" describes every field), or delete the variable to start the record afresh (a stored pending rotation is then adopted, and certificates it listed as due for revocation must then be revoked by hand)`
  let raw: unknown
  try {
    raw = JSON.parse(value)
  } catch {
    throw new InputError(
      `variable ${variable} is not valid JSON, so the rotation record cannot be read: ${fix}`
    )
  }
  if (!isObject(raw)) {
    throw new InputError(
      `variable ${variable} does not hold a rotation record (a JSON object): ${fix}`
    )
  }
  if (raw.version === undefined) {
    const edited = VERSIONED_KEYS.filter(key => key in raw)
    if (edited.length > 0) {
      throw new InputError(
        `variable ${variable} holds a rotation record without "version" (it has ${edited.join(', ')}), so it was edited by hand and cannot be trusted: ${fix}; a record this release writes starts with "version": ${RECORD_VERSION}`
      )
    }
    return migrate(raw)
  }
  if (raw.version !== RECORD_VERSION) {
    throw new InputError(
      `variable ${variable} holds a rotation record of version ${JSON.stringify(raw.version)}, which this release does not know (it reads version ${RECORD_VERSION}): use the release that wrote it, or ${fix}`
    )
  }
  const problems: string[] = []
  const record = validate(raw, problems)
  if (problems.length > 0) {
    throw new InputError(
      `variable ${variable} holds a damaged rotation record (${problems.slice(0, 3).join('; ')}): ${fix}`
    )
  }
  return record
}

/** Keys in a fixed order, so an unchanged record serialises to the same text and is not rewritten. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (!isObject(value)) return value
  return Object.fromEntries(
    Object.keys(value)
      .filter(key => value[key] !== undefined)
      .sort()
      .map(key => [key, canonical(value[key])])
  )
}

export function serialiseRecord(record: RotationRecord): string {
  return JSON.stringify(canonical(record))
}

/** Remembers a run that restarted a rotation, keeping the newest few. */
export function withRestartRun(runs: string[], runId: string): string[] {
  return [...runs.filter(run => run !== runId), runId].slice(-ROLLBACK_RUNS_KEPT)
}

/** Remembers a finished rollback run, keeping the newest few. */
export function withRollbackRun(
  runs: FinishedRollback[],
  finished: FinishedRollback
): FinishedRollback[] {
  return [...runs.filter(run => run.runId !== finished.runId), finished].slice(-ROLLBACK_RUNS_KEPT)
}

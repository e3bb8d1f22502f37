/**
 * The four promises every run keeps, whatever the order of events (docs/how-it-works.md,
 * "Every certificate has an end"), as one check over what a person could see
 * before and after a run: the stage secrets and variables, the rotation record,
 * the issues, and NetSuite's certificate list. The unit walks (in-memory fakes)
 * and the end-to-end walks (the emulators) each describe their world as a
 * `View`; the checks are the same.
 *
 * 1. Never again: a key whose certificate was revoked is never stored as
 *    pending, never made current, and never shown in an open issue as the
 *    certificate to upload.
 * 2. Truth: verify, a promote that promoted, a rollback that rolled back and a
 *    check given the current credentials exit 0 only while the current pair
 *    verifies at NetSuite.
 * 3. No orphans: every active certificate (all of them are this action's keys)
 *    is the current, previous or pending one, or was revoked. Where the action
 *    may revoke, one it dropped is kept in the record and gone after the next
 *    successful check; where it may not, an issue or comment names its ID in a
 *    line that asks to revoke it (a run that fails half way may leave that to
 *    its rerun, keeping the ID in the record).
 * 4. Loud: a non-zero exit carries an error that says what failed and whether a
 *    rerun repairs it; a failing status never exits 0.
 */
import { createPublicKey, X509Certificate } from 'node:crypto'

export interface Stage {
  key?: string
  certificate?: string
  id?: string
}

export interface IssueView {
  number: number
  open: boolean
  /** Title, body and the action's own comments. */
  actionTexts: string[]
  /** The body as the action wrote it (what an admin uploads from). */
  body: string
  byAction: boolean
}

export interface CertificateView {
  id: string
  pem: string
  revoked: boolean
  /** What NetSuite counts: not revoked, not expired. */
  active: boolean
}

export interface View {
  current: Stage
  previous: Stage
  pending: Stage
  /** The rotation record variable as stored (raw text), '' when there is none. */
  record: string
  issues: IssueView[]
  certificates: CertificateView[]
}

export interface RunOutcome {
  command: string
  exitCode: number
  status?: string
  /** The `::error::` text (or what was thrown), '' when there was none. */
  error: string
  /** Bad input: refused before anything was written, with the fix named. */
  badInput: boolean
  /** The step was handed the current private key and certificate ID. */
  hadCurrentCredentials: boolean
}

export type Mode = 'api' | 'issue'

/** What the walk remembers between runs. */
export interface Memory {
  /** Public keys (SPKI, base64) of every certificate ever seen revoked, with that certificate's PEM. */
  revokedKeys: Map<string, string>
  /** Certificate IDs active but in no stage after a run, with the index of that run. */
  orphans: Map<string, number>
  runs: number
}

export function newMemory(): Memory {
  return { revokedKeys: new Map(), orphans: new Map(), runs: 0 }
}

export const FAILING_STATUSES = ['expired', 'registration-missing', 'revoked', 'failed']
/** "What failed and whether a rerun repairs it": the second half in any of its usual words. */
export const SAYS_WHETHER_A_RERUN_REPAIRS = /re-?run|run (it |this |the [\w-]+ )?again|retry/i

export function publicKeyOf(pem: string | undefined): string | undefined {
  if (!pem || pem.trim() === '') return undefined
  try {
    const key = pem.includes('CERTIFICATE')
      ? new X509Certificate(pem).publicKey
      : createPublicKey(pem)
    return key.export({ type: 'spki', format: 'der' }).toString('base64')
  } catch {
    return undefined
  }
}

/** The longest base64 line of a PEM: present in a text exactly when the PEM is. */
export function pemMark(pem: string): string {
  return pem
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => !line.startsWith('-----'))
    .sort((a, b) => b.length - a.length)[0]
}

/** Remembers every key seen revoked (call before and after each run). */
export function noteRevoked(memory: Memory, view: View): void {
  for (const cert of view.certificates) {
    const key = publicKeyOf(cert.pem)
    if (cert.revoked && key) memory.revokedKeys.set(key, cert.pem)
  }
}

function neverAgain(before: View, after: View, memory: Memory): string[] {
  const found: string[] = []
  const pendingKey = publicKeyOf(after.pending.certificate) ?? publicKeyOf(after.pending.key)
  if (pendingKey && memory.revokedKeys.has(pendingKey))
    found.push('never again: a revoked key is stored as the pending key')
  const currentKey = publicKeyOf(after.current.key)
  if (
    currentKey &&
    memory.revokedKeys.has(currentKey) &&
    currentKey !== publicKeyOf(before.current.key)
  )
    found.push('never again: a revoked key was made current')
  for (const issue of after.issues.filter(i => i.open && i.byAction))
    for (const pem of memory.revokedKeys.values())
      if (issue.body.includes(pemMark(pem)))
        found.push(
          `never again: open issue #${issue.number} shows a revoked certificate as the one to upload`
        )
  return found
}

function currentVerifies(view: View): boolean {
  const cert = view.certificates.find(c => c.id === view.current.id)
  return (
    cert !== undefined && cert.active && publicKeyOf(cert.pem) === publicKeyOf(view.current.key)
  )
}

function truth(after: View, run: RunOutcome): string[] {
  if (run.exitCode !== 0) return []
  const claims =
    run.command === 'verify' ||
    (run.command === 'promote' && run.status === 'promoted') ||
    (run.command === 'rollback' && run.status === 'rolled-back') ||
    (run.command === 'check' && run.hadCurrentCredentials)
  return claims && !currentVerifies(after)
    ? [
        `truth: ${run.command} exited 0 (status ${run.status}) while the current pair does not verify at NetSuite`
      ]
    : []
}

function staged(view: View, cert: CertificateView): boolean {
  if (cert.id === view.current.id || cert.id === view.previous.id) return true
  const pending = view.pending.certificate
  return pending !== undefined && pending !== '' && pemMark(pending) === pemMark(cert.pem)
}

function noOrphans(after: View, run: RunOutcome, memory: Memory, mode: Mode): string[] {
  const found: string[] = []
  const orphans = after.certificates.filter(c => c.active && !staged(after, c))
  const seen = new Map<string, number>()
  for (const cert of orphans) {
    const since = memory.orphans.get(cert.id) ?? memory.runs
    seen.set(cert.id, since)
    if (mode === 'issue') {
      const named = after.issues.some(i =>
        i.actionTexts.some(t =>
          t.split('\n').some(line => line.includes(cert.id) && /revoke/i.test(line))
        )
      )
      // A run that failed half way may leave it in the record (as due) for its rerun to name.
      const dueForTheRerun = run.exitCode !== 0 && after.record.includes(cert.id)
      if (!named && !dueForTheRerun)
        found.push(
          `no orphans: certificate ${cert.id} is active in NetSuite, in no stage, and no issue or comment names it to revoke`
        )
      continue
    }
    if (!after.record.includes(cert.id))
      found.push(
        `no orphans: certificate ${cert.id} is active in NetSuite, in no stage, neither revoked nor kept in the record as due`
      )
    else if (since < memory.runs && run.command === 'check' && run.exitCode === 0)
      found.push(
        `no orphans: certificate ${cert.id}, dropped by an earlier run, is still active after a successful check`
      )
  }
  memory.orphans = seen
  return found
}

function loud(run: RunOutcome): string[] {
  const found: string[] = []
  if (run.status && FAILING_STATUSES.includes(run.status) && run.exitCode === 0)
    found.push(`loud: ${run.command} reported status ${run.status} and exited 0`)
  if (run.exitCode === 0) return found
  if (run.error.trim() === '')
    found.push(`loud: ${run.command} exited ${run.exitCode} without an ::error::`)
  else if (!run.badInput && !SAYS_WHETHER_A_RERUN_REPAIRS.test(run.error))
    found.push(
      `loud: ${run.command} failed without saying whether a rerun repairs it: ${run.error.slice(0, 300)}`
    )
  return found
}

export type PromiseName = 'never-again' | 'truth' | 'no-orphans' | 'loud'
export const PROMISES: PromiseName[] = ['never-again', 'truth', 'no-orphans', 'loud']

/** Every broken promise after one run, as sentences; empty when all four hold. */
export function brokenPromises(
  before: View,
  after: View,
  run: RunOutcome,
  memory: Memory,
  mode: Mode,
  which: PromiseName[] = PROMISES
): string[] {
  noteRevoked(memory, before)
  noteRevoked(memory, after)
  memory.runs++
  const orphanFindings = noOrphans(after, run, memory, mode)
  return [
    ...(which.includes('never-again') ? neverAgain(before, after, memory) : []),
    ...(which.includes('truth') ? truth(after, run) : []),
    ...(which.includes('no-orphans') ? orphanFindings : []),
    ...(which.includes('loud') ? loud(run) : [])
  ]
}

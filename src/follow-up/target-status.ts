/**
 * Fan-out bookkeeping the commands need around a copy: which targets are behind the current
 * credentials (what `check` rewrites, so a failed fan-out converges without a person), what
 * each target holds after a copy, and the one error a run fails with when targets are left
 * behind. The record that stores `received` is the commands' business; this only reads and
 * returns plain maps keyed by the target's label.
 */
import { scopeLabel, type ActionsScope } from '../github/actions-scope.js'
import type { TargetOutcome } from './copy.js'

/** What a target was last given: the certificate's fingerprint and ID. */
export interface Received {
  fingerprint: string
  certificateId: string
}

/** Labels compared without regard to case, as GitHub compares owners, repositories and
 * environment names. */
function find<T>(map: Record<string, T>, label: string): T | undefined {
  const key = Object.keys(map).find(k => k.toLowerCase() === label.toLowerCase())
  return key === undefined ? undefined : map[key]
}

/** Targets never written, or holding other credentials than `current`. */
export function targetsBehind(
  targets: ActionsScope[],
  received: Record<string, Received>,
  current: Received
): ActionsScope[] {
  return targets.filter(target => {
    const last = find(received, scopeLabel(target))
    return last?.fingerprint !== current.fingerprint || last.certificateId !== current.certificateId
  })
}

/** `received` after a copy: every target written completely now holds `current`; the others
 * keep what they had. Not for dry-run, which wrote nothing. */
export function receivedAfter<T extends Received>(
  outcomes: TargetOutcome[],
  received: Record<string, T>,
  current: T
): Record<string, T> {
  const next = { ...received }
  for (const outcome of outcomes) {
    if (outcome.error !== undefined) continue
    for (const key of Object.keys(next)) {
      if (key.toLowerCase() === outcome.target.toLowerCase()) delete next[key]
    }
    next[outcome.target] = { ...current }
  }
  return next
}

/** The error a run fails with when targets could not be written, each named with the
 * permission admin-token lacks there; undefined when every target was written. */
export function fanOutError(outcomes: TargetOutcome[]): string | undefined {
  const failed = outcomes.filter(o => o.error !== undefined)
  if (failed.length === 0) return undefined
  const verb = failed.length === 1 ? 'was' : 'were'
  return `fan-out: ${failed.length} of ${outcomes.length} targets ${verb} not written (the source is complete; every check retries targets that are behind): ${failed.map(o => o.error).join(' | ')}`
}

/** One line per target for dry-run and the job summary: what was (or would be) written. */
export function outcomeLines(outcomes: TargetOutcome[]): string[] {
  return outcomes.map(o =>
    o.error === undefined
      ? `${o.target}: ${o.writes.length === 0 ? 'nothing to write' : o.writes.join(', ')}`
      : `${o.target}: failed after ${o.writes.length} of 3 writes`
  )
}

/**
 * Fan-out after a command: the current stage (key, certificate, certificate ID) is copied to
 * every target after a promotion or rollback, and to every target that is behind after any
 * other run, so a target that failed once converges on the next scheduled check without a
 * person. The source repository is complete before any target is written; a target that
 * cannot be written fails the run afterwards, naming the target and the permission missing.
 */
import type { CurrentCredentials, Result } from '../run/context.js'
import { keyMatchesCertificate } from '../core/inspect.js'
import { copyStageToTargets, type TargetOutcome } from './copy.js'
import { fanOutError, receivedAfter, targetsBehind } from './target-status.js'
import { scopeLabel, type ActionsScope } from '../github/actions-scopes.js'
import type { GitHub } from '../github/gateway.js'
import type { TargetReceived } from '../rotation/record.js'
import { privateKeyPem } from '../rotation/credentials.js'
import type { HeldStage, RecordStore } from '../rotation/record-store.js'
import type { FollowUpContext } from './context.js'

/** Statuses after which the current stage may be copied: never a revoked or expired key. */
const CONVERGE_AFTER = new Set<Result['status']>([
  'ok',
  'rotation-started',
  'rotation-pending',
  'promoted',
  'rolled-back'
])

export async function fanOut(
  ctx: FollowUpContext,
  github: GitHub,
  store: RecordStore | undefined,
  result: Result
): Promise<Result> {
  const { targets } = ctx.inputs
  // verify is the CI gate: it holds no admin-token and changes nothing.
  if (targets.length === 0 || ctx.command === 'verify') return result
  if (!store) {
    return {
      ...result,
      skipped: [
        ...(result.skipped ?? []),
        `fan-out to ${targets.length} target(s) (admin-token is not set, so targets cannot be read or written)`
      ]
    }
  }
  const received = store.record.targets
  const made = result.madeCurrent
  // check converges every target; a rerun of a finished promotion or rollback (which has no
  // new credentials at hand) finishes its own fan-out. Nothing else writes targets: a comment
  // refused on the issue, say, changes nothing anywhere.
  const converges =
    ctx.command === 'check'
      ? CONVERGE_AFTER.has(result.status)
      : result.status === 'promoted' || result.status === 'rolled-back'
  const stage = made ?? (converges ? sourceStage(ctx, store) : undefined)
  if (!stage) return notCopied(ctx, result, received, converges)
  const current = { fingerprint: stage.certificate.fingerprint, certificateId: stage.certificateId }
  // After a promotion or rollback every target is written; otherwise only those behind.
  const due = made ? targets : targetsBehind(targets, received, current)
  if (due.length === 0) {
    return { ...result, targets: stateLines(ctx, received) }
  }
  const outcomes = await copyAndRecord(ctx, github, store, { stage, due })
  const error = fanOutError(outcomes)
  return {
    ...result,
    failure: error ? (result.failure ? `${result.failure} Also, ${error}` : error) : result.failure,
    targets: stateLines(ctx, ctx.inputs.dryRun ? received : store.record.targets, outcomes)
  }
}

/** No credentials to copy: the targets' state, and (where fan-out was due, or after check)
 * why nothing was copied. */
function notCopied(
  ctx: FollowUpContext,
  result: Result,
  received: Record<string, TargetReceived>,
  converges: boolean
): Result {
  const targetsNow = stateLines(ctx, received, 'not compared')
  if (!converges && ctx.command !== 'check') return { ...result, targets: targetsNow }
  const reason = converges
    ? 'private-key was not given or does not belong to the current certificate, so targets that are behind cannot be written'
    : `the run ended ${result.status}, so the current credentials are not copied`
  return {
    ...result,
    targets: targetsNow,
    skipped: [...(result.skipped ?? []), `fan-out: ${reason}`]
  }
}

/** Copies the stage to the targets due, and (unless in dry-run) records what each received. */
async function copyAndRecord(
  ctx: FollowUpContext,
  github: GitHub,
  store: RecordStore,
  copy: { stage: CurrentCredentials; due: ActionsScope[] }
): Promise<TargetOutcome[]> {
  const { stage, due } = copy
  const names = ctx.inputs.names
  const outcomes = await copyStageToTargets(
    github.scopeWriter(),
    due,
    {
      privateKey: privateKeyPem(stage.key),
      certificate: stage.certificate.pem,
      certificateId: stage.certificateId
    },
    {
      secret: names.key,
      certificateVariable: names.certificate,
      certificateIdVariable: names.certificateId
    }
  )
  const received = {
    fingerprint: stage.certificate.fingerprint,
    certificateId: stage.certificateId,
    at: ctx.now().toISOString()
  }
  if (!ctx.inputs.dryRun) {
    await store.save(record => ({
      ...record,
      targets: receivedAfter(outcomes, record.targets, received)
    }))
  }
  return outcomes
}

/** The current stage as the source repository holds it, when the key at hand belongs to it. */
function sourceStage(ctx: FollowUpContext, store: RecordStore): CurrentCredentials | undefined {
  const key = ctx.inputs.privateKey
  if (!key) return undefined
  let held: HeldStage
  try {
    // Only what the source repository holds is copied: nothing the step was given.
    held = store.held(ctx.inputs.names, 'current')
  } catch {
    // A damaged variable is the command's to report; fan-out only copies what it can trust.
    return undefined
  }
  const { certificate, certificateId } = held
  return certificate && certificateId && keyMatchesCertificate(key.keyObject, certificate)
    ? { key, certificate, certificateId }
    : undefined
}

/** One line per target for the job summary: what it holds, and what this run did there. */
function stateLines(
  ctx: FollowUpContext,
  received: Record<string, TargetReceived>,
  /** What this run wrote, or that it did not compare the targets at all. */
  outcomes: TargetOutcome[] | 'not compared' = []
): string[] {
  const held = (label: string): string => {
    const holds = Object.entries(received).find(
      ([k]) => k.toLowerCase() === label.toLowerCase()
    )?.[1]
    return holds
      ? `holds ${holds.certificateId} (${holds.fingerprint.slice(0, 11)}…) since ${holds.at}`
      : 'never written'
  }
  return ctx.inputs.targets.map(target => {
    const label = scopeLabel(target)
    if (outcomes === 'not compared') return `${label}: not compared this run; ${held(label)}`
    const outcome = outcomes.find(o => o.target.toLowerCase() === label.toLowerCase())
    if (!outcome) return `${label}: up to date, ${held(label)}`
    if (outcome.error !== undefined) return `${label}: FAILED (${outcome.error}); ${held(label)}`
    return ctx.inputs.dryRun
      ? `${label}: would ${outcome.writes.join(', ')}`
      : `${label}: written now, ${held(label)}`
  })
}

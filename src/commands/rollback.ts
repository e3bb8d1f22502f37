/**
 * rollback: prove the _PREVIOUS credentials against NetSuite and, only when
 * they still work, swap them with the current ones, so a second rollback
 * undoes the first. The swap is recorded first (with the run ID), so a rerun of
 * the same run finishes the same swap instead of swapping back, and only while
 * the variables still hold one side of it; a rerun of a finished rollback
 * changes nothing.
 */
import { defineCommand } from '../run/command.js'
import { describeError, InputError } from '../core/errors.js'
import {
  keyMatchesCertificate,
  parseCertificate,
  type CertificateInfo,
  type PrivateKeyInfo
} from '../core/inspect.js'
import type { Context, Result } from '../run/context.js'
import type { Needs, UsesAll } from '../inputs/fields.js'
import { where } from '../rotation/issue-text.js'
import { withRollbackRun, type RollbackInFlight, type StageRef } from '../rotation/record.js'
import { RecordStore } from '../rotation/record-store.js'
import { CREDENTIAL_FIELDS, credentials, privateKeyPem } from '../rotation/credentials.js'
import { certificateOutputs, stageRow } from '../rotation/results.js'

interface Stage {
  certificate: CertificateInfo
  certificateId: string
}

/** What a rollback makes current and previous. */
interface Swap {
  current: Stage
  previous: Stage
}

function stageRef(stage: Stage): StageRef {
  return {
    fingerprint: stage.certificate.fingerprint,
    certificateId: stage.certificateId,
    pem: stage.certificate.pem
  }
}

const ROLLBACK_FIELDS = [...CREDENTIAL_FIELDS, 'certificateId'] as const
type RollbackContext = Context<
  Needs<'clientId' | 'privateKey' | 'previousPrivateKey'> & UsesAll<typeof ROLLBACK_FIELDS>
>

export default defineCommand({
  needs: ['clientId', 'privateKey', 'previousPrivateKey'],
  uses: ROLLBACK_FIELDS,
  writesSecrets: true,
  run: async (ctx): Promise<Result> => {
    const store = await RecordStore.open(await ctx.github(), ctx.inputs.names.state)
    const held = heldStages(ctx, store)
    const record = store.record
    const inFlight = record.rollback?.runId === ctx.run.runId ? record.rollback : undefined
    const finished = inFlight
      ? undefined
      : record.rollbackRuns.find(run => ctx.run.runId !== '' && run.runId === ctx.run.runId)
    if (finished) return alreadyRolledBack(ctx, held, finished.fingerprint)
    const target = inFlight ? interruptedSwap(ctx, held, inFlight) : newSwap(ctx, held)
    const keys = [ctx.inputs.privateKey, ctx.inputs.previousPrivateKey]
    const newCurrentKey = keyFor(keys, target.current.certificate)
    if (!newCurrentKey) {
      throw new InputError(
        `previous-private-key does not belong to the previous certificate (${target.current.certificate.fingerprint}): pass secrets.${ctx.inputs.names.keyPrevious}`
      )
    }
    const now = ctx.now()
    let token
    try {
      token = await ctx.netsuite.prove(
        credentials(ctx, newCurrentKey, target.current.certificateId)
      )
    } catch (error) {
      return refusedResult(target.current, error, now)
    }
    if (!inFlight) await recordSwapStarted(ctx, store, target)
    await writeSwap(ctx, store, target, {
      newCurrentKey,
      newPreviousKey: keyFor(keys, target.previous.certificate)
    })
    await recordSwapFinished(ctx, store, target, now)
    return rolledBackResult(target, { key: newCurrentKey, accessToken: token.accessToken, now })
  }
})

/** What the current and previous stages hold (the variables, else what the step was given). */
interface HeldStages {
  current?: CertificateInfo
  currentId?: string
  previous?: CertificateInfo
  previousId?: string
}

function heldStages(ctx: RollbackContext, store: RecordStore): HeldStages {
  const n = ctx.inputs.names
  const current = store.held(n, 'current', { certificateId: ctx.inputs.certificateId })
  const previous = store.held(n, 'previous')
  return {
    current: current.certificate,
    currentId: current.certificateId,
    previous: previous.certificate,
    previousId: previous.certificateId
  }
}

function keyFor(
  keys: (PrivateKeyInfo | undefined)[],
  certificate: CertificateInfo
): PrivateKeyInfo | undefined {
  return keys.find(key => key !== undefined && keyMatchesCertificate(key.keyObject, certificate))
}

/** A rerun of a finished rollback never swaps again: done if its result still stands. */
function alreadyRolledBack(ctx: RollbackContext, held: HeldStages, fingerprint: string): Result {
  const { current, currentId } = held
  if (current && current.fingerprint === fingerprint && currentId) {
    ctx.log.info(`This run already rolled back to ${currentId}; nothing to do.`)
    return {
      status: 'rolled-back',
      outputs: { ...certificateOutputs(current, ctx.now()), 'certificate-id': currentId },
      stages: [],
      nextStep: 'Nothing to do: this rollback was already done.'
    }
  }
  throw new InputError(
    `this run (${ctx.run.runId}) already finished its rollback, and the stages have changed since (${ctx.inputs.names.certificate}${where(ctx.inputs)} holds another certificate); a rerun does not swap again. Nothing was changed; to roll back now, start a new run of the rollback workflow`
  )
}

/** Finish the swap this run started, only while the current variable still holds one side of it. */
function interruptedSwap(ctx: RollbackContext, held: HeldStages, inFlight: RollbackInFlight): Swap {
  const n = ctx.inputs.names
  const sides = [inFlight.from.fingerprint, inFlight.to.fingerprint]
  if (!held.current || !sides.includes(held.current.fingerprint)) {
    throw new InputError(
      `the interrupted rollback of run ${ctx.run.runId} can no longer be finished: ${n.certificate}${where(ctx.inputs)} holds neither side of it any more (something changed the stages since). Nothing was changed; to roll back now, start a new run of the rollback workflow`
    )
  }
  const known = [held.current, held.previous]
  const fromRecord = (stage: StageRef): Stage => ({
    certificate:
      known.find(c => c?.fingerprint === stage.fingerprint) ??
      parseCertificate(stage.pem, `${n.state} (rollback)`),
    certificateId: stage.certificateId
  })
  ctx.log.info('Finishing the rollback this run started before it was interrupted.')
  return { current: fromRecord(inFlight.to), previous: fromRecord(inFlight.from) }
}

/** The previous stage becomes current and the current one previous, when both are whole and differ. */
function newSwap(ctx: RollbackContext, held: HeldStages): Swap {
  const n = ctx.inputs.names
  const { current, currentId, previous, previousId } = held
  if (!previous || !previousId) {
    throw new InputError(
      `nothing to roll back to: the variables ${n.certificatePrevious} and ${n.certificateIdPrevious}${where(ctx.inputs)} are empty`
    )
  }
  if (!current || !currentId) {
    throw new InputError(
      `rollback needs the current certificate and ID in ${n.certificate} and ${n.certificateId}${where(ctx.inputs)}`
    )
  }
  if (previous.fingerprint === current.fingerprint || previousId === currentId) {
    throw new InputError(
      `nothing to roll back to: ${n.certificatePrevious} and ${n.certificate}${where(ctx.inputs)} hold the same certificate`
    )
  }
  return {
    current: { certificate: previous, certificateId: previousId },
    previous: { certificate: current, certificateId: currentId }
  }
}

function refusedResult(stage: Stage, error: unknown, now: Date): Result {
  return {
    status: 'failed',
    outputs: {
      ...certificateOutputs(stage.certificate, now),
      'certificate-id': stage.certificateId
    },
    failure: `rollback refused: the previous credentials no longer work in NetSuite, so nothing was changed. ${describeError(error)}`,
    stages: [stageRow('previous', stage.certificate, stage.certificateId, 'refused by NetSuite')],
    nextStep: 'The previous certificate was revoked or expired; rotate instead.'
  }
}

/** The swap is recorded first (with the run ID), so a rerun of this run finishes it. */
async function recordSwapStarted(
  ctx: RollbackContext,
  store: RecordStore,
  target: Swap
): Promise<void> {
  await store.save(next => ({
    ...next,
    rollback: {
      runId: ctx.run.runId,
      from: stageRef(target.previous),
      to: stageRef(target.current)
    }
  }))
}

/** Current first: it is proven, and consumers read it. */
async function writeSwap(
  ctx: RollbackContext,
  store: RecordStore,
  target: Swap,
  keys: { newCurrentKey: PrivateKeyInfo; newPreviousKey?: PrivateKeyInfo }
): Promise<void> {
  const n = ctx.inputs.names
  await store.putSecret(n.key, privateKeyPem(keys.newCurrentKey))
  await store.setVariable(n.certificateId, target.current.certificateId)
  await store.setVariable(n.certificate, target.current.certificate.pem)
  if (keys.newPreviousKey) {
    await store.putSecret(n.keyPrevious, privateKeyPem(keys.newPreviousKey))
  } else {
    // What it held is now the current key: never left beside a certificate it does not fit.
    await store.deleteSecret(n.keyPrevious)
    ctx.log.warning(
      `The replaced key was not among the inputs, so ${n.keyPrevious} could not be updated (the key it held, now current, was removed from it); a second rollback will not be possible`
    )
  }
  await store.setVariable(n.certificateIdPrevious, target.previous.certificateId)
  await store.setVariable(n.certificatePrevious, target.previous.certificate.pem)
}

/** Done: the run is remembered (a rerun changes nothing), and the certificate now in
 * _PREVIOUS is the one a later check may revoke. */
async function recordSwapFinished(
  ctx: RollbackContext,
  store: RecordStore,
  target: Swap,
  now: Date
): Promise<void> {
  await store.save(next => ({
    ...next,
    rollback: undefined,
    rollbackRuns:
      ctx.run.runId === ''
        ? next.rollbackRuns
        : withRollbackRun(next.rollbackRuns, {
            runId: ctx.run.runId,
            fingerprint: target.current.certificate.fingerprint
          }),
    promotion: {
      at: now.toISOString(),
      certificateId: target.current.certificateId,
      fingerprint: target.current.certificate.fingerprint,
      previousCertificateId: target.previous.certificateId
    }
  }))
}

function rolledBackResult(
  target: Swap,
  made: { key: PrivateKeyInfo; accessToken: string; now: Date }
): Result {
  const { current, previous } = target
  return {
    status: 'rolled-back',
    outputs: {
      ...certificateOutputs(current.certificate, made.now),
      'certificate-id': current.certificateId,
      'access-token': made.accessToken
    },
    stages: [
      stageRow('current', current.certificate, current.certificateId, 'rolled back, verified'),
      stageRow(
        'previous',
        previous.certificate,
        previous.certificateId,
        'kept; rollback again to return to it'
      )
    ],
    nextStep: 'Consumers now use the previous certificate again. Rotate when the cause is fixed.',
    madeCurrent: {
      key: made.key,
      certificate: current.certificate,
      certificateId: current.certificateId
    }
  }
}

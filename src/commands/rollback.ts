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
import type { Result } from '../run/context.js'
import { where } from '../rotation/issue-text.js'
import { withRollbackRun, type StageRef } from '../rotation/record.js'
import { RecordStore } from '../rotation/record-store.js'
import {
  certificateFromVariable,
  CREDENTIAL_FIELDS,
  credentials,
  privateKeyPem
} from '../rotation/credentials.js'
import { certificateOutputs } from '../rotation/results.js'

interface Stage {
  certificate: CertificateInfo
  certificateId: string
}

function stageRef(stage: Stage): StageRef {
  return {
    fingerprint: stage.certificate.fingerprint,
    certificateId: stage.certificateId,
    pem: stage.certificate.pem
  }
}

export default defineCommand({
  needs: ['clientId', 'privateKey', 'previousPrivateKey'],
  uses: [...CREDENTIAL_FIELDS, 'certificateId'],
  writesSecrets: true,
  run: async (ctx): Promise<Result> => {
    const { inputs } = ctx
    const n = inputs.names
    const github = await ctx.github()
    const store = await RecordStore.open(github, n.state)
    const variables = store.variables
    const record = store.record
    const current = certificateFromVariable(variables.get(n.certificate), n.certificate)
    const previous = certificateFromVariable(
      variables.get(n.certificatePrevious),
      n.certificatePrevious
    )
    const currentId = inputs.certificateId ?? variables.get(n.certificateId)
    const previousId = variables.get(n.certificateIdPrevious)
    const keys = [inputs.privateKey, inputs.previousPrivateKey].filter(
      (k): k is PrivateKeyInfo => k !== undefined
    )
    const byFingerprint = new Map(
      [current, previous].filter((c): c is CertificateInfo => !!c).map(c => [c.fingerprint, c])
    )

    const inFlight = record.rollback?.runId === ctx.run.runId ? record.rollback : undefined
    const finished = inFlight
      ? undefined
      : record.rollbackRuns.find(run => ctx.run.runId !== '' && run.runId === ctx.run.runId)
    if (finished) {
      // A rerun of a finished rollback never swaps again: done if its result still stands.
      if (current && current.fingerprint === finished.fingerprint && currentId) {
        ctx.log.info(`This run already rolled back to ${currentId}; nothing to do.`)
        return {
          status: 'rolled-back',
          outputs: { ...certificateOutputs(current, ctx.now()), 'certificate-id': currentId },
          stages: [],
          nextStep: 'Nothing to do: this rollback was already done.'
        }
      }
      throw new InputError(
        `this run (${ctx.run.runId}) already finished its rollback, and the stages have changed since (${n.certificate}${where(inputs)} holds another certificate); a rerun does not swap again. Nothing was changed; to roll back now, start a new run of the rollback workflow`
      )
    }
    let target: { current: Stage; previous: Stage }
    if (inFlight) {
      // Finish the swap this run started, only while the current variable still holds one side of it.
      const sides = [inFlight.from.fingerprint, inFlight.to.fingerprint]
      if (!current || !sides.includes(current.fingerprint)) {
        throw new InputError(
          `the interrupted rollback of run ${ctx.run.runId} can no longer be finished: ${n.certificate}${where(inputs)} holds neither side of it any more (something changed the stages since). Nothing was changed; to roll back now, start a new run of the rollback workflow`
        )
      }
      const fromRecord = (stage: StageRef): Stage => ({
        certificate:
          byFingerprint.get(stage.fingerprint) ??
          parseCertificate(stage.pem, `${n.state} (rollback)`),
        certificateId: stage.certificateId
      })
      target = { current: fromRecord(inFlight.to), previous: fromRecord(inFlight.from) }
      ctx.log.info('Finishing the rollback this run started before it was interrupted.')
    } else {
      if (!previous || !previousId) {
        throw new InputError(
          `nothing to roll back to: the variables ${n.certificatePrevious} and ${n.certificateIdPrevious}${where(inputs)} are empty`
        )
      }
      if (!current || !currentId) {
        throw new InputError(
          `rollback needs the current certificate and ID in ${n.certificate} and ${n.certificateId}${where(inputs)}`
        )
      }
      if (previous.fingerprint === current.fingerprint || previousId === currentId) {
        throw new InputError(
          `nothing to roll back to: ${n.certificatePrevious} and ${n.certificate}${where(inputs)} hold the same certificate`
        )
      }
      target = {
        current: { certificate: previous, certificateId: previousId },
        previous: { certificate: current, certificateId: currentId }
      }
    }

    const keyFor = (certificate: CertificateInfo): PrivateKeyInfo | undefined =>
      keys.find(key => keyMatchesCertificate(key.keyObject, certificate))
    const newCurrentKey = keyFor(target.current.certificate)
    if (!newCurrentKey) {
      throw new InputError(
        `previous-private-key does not belong to the previous certificate (${target.current.certificate.fingerprint}): pass secrets.${n.keyPrevious}`
      )
    }
    const now = ctx.now()
    let token
    try {
      token = await ctx.netsuite.prove(
        credentials(ctx, newCurrentKey, target.current.certificateId)
      )
    } catch (error) {
      return {
        status: 'failed',
        outputs: {
          ...certificateOutputs(target.current.certificate, now),
          'certificate-id': target.current.certificateId
        },
        failure: `rollback refused: the previous credentials no longer work in NetSuite, so nothing was changed. ${describeError(error)}`,
        stages: [
          {
            stage: 'previous',
            certificateId: target.current.certificateId,
            fingerprint: target.current.certificate.fingerprint,
            notAfter: target.current.certificate.notAfter,
            state: 'refused by NetSuite'
          }
        ],
        nextStep: 'The previous certificate was revoked or expired; rotate instead.'
      }
    }

    if (!inFlight) {
      await store.save(next => ({
        ...next,
        rollback: {
          runId: ctx.run.runId,
          from: stageRef(target.previous),
          to: stageRef(target.current)
        }
      }))
    }
    // Current first: it is proven, and consumers read it.
    await store.putSecret(n.key, privateKeyPem(newCurrentKey))
    await store.setVariable(n.certificateId, target.current.certificateId)
    await store.setVariable(n.certificate, target.current.certificate.pem)
    const newPreviousKey = keyFor(target.previous.certificate)
    if (newPreviousKey) {
      await store.putSecret(n.keyPrevious, privateKeyPem(newPreviousKey))
    } else {
      ctx.log.warning(
        `The replaced key was not among the inputs, so ${n.keyPrevious} could not be updated; a second rollback will not be possible`
      )
    }
    await store.setVariable(n.certificateIdPrevious, target.previous.certificateId)
    await store.setVariable(n.certificatePrevious, target.previous.certificate.pem)
    // Done: the run is remembered (a rerun changes nothing), and the certificate now in _PREVIOUS
    // is the one a later check may revoke.
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

    return {
      status: 'rolled-back',
      outputs: {
        ...certificateOutputs(target.current.certificate, now),
        'certificate-id': target.current.certificateId,
        'access-token': token.accessToken
      },
      stages: [
        {
          stage: 'current',
          certificateId: target.current.certificateId,
          fingerprint: target.current.certificate.fingerprint,
          notAfter: target.current.certificate.notAfter,
          state: 'rolled back, verified'
        },
        {
          stage: 'previous',
          certificateId: target.previous.certificateId,
          fingerprint: target.previous.certificate.fingerprint,
          notAfter: target.previous.certificate.notAfter,
          state: 'kept; rollback again to return to it'
        }
      ],
      nextStep: 'Consumers now use the previous certificate again. Rotate when the cause is fixed.',
      madeCurrent: {
        key: newCurrentKey,
        certificate: target.current.certificate,
        certificateId: target.current.certificateId
      }
    }
  }
})

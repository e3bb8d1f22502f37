/**
 * rollback: prove the _PREVIOUS credentials against NetSuite and, only when
 * they still work, swap them with the current ones, so a second rollback
 * undoes the first. The swap's target is recorded first (with the run ID), so a
 * rerun of the same run finishes the same swap instead of swapping back.
 */
import { InputError } from '../core/errors.js'
import type { CertificateInfo, PrivateKeyInfo } from '../core/inspect.js'
import type { Context, Result } from '../action/context.js'
import { where } from '../action/issue-text.js'
import { readState, writeState } from './state.js'
import {
  certificateFromVariable,
  certificateOutputs,
  credentials,
  privateKeyPem,
  sameKey
} from './shared.js'

interface Stage {
  certificate: CertificateInfo
  certificateId: string
}

export async function rollback(ctx: Context): Promise<Result> {
  const { config } = ctx
  const n = config.names
  const github = await ctx.github()
  const variables = await github.listVariables()
  const state = readState(variables, n.state)
  const current = certificateFromVariable(variables.get(n.certificate), n.certificate)
  const previous = certificateFromVariable(
    variables.get(n.certificatePrevious),
    n.certificatePrevious
  )
  const currentId = config.certificateId ?? variables.get(n.certificateId)
  const previousId = variables.get(n.certificateIdPrevious)
  const keys = [config.privateKey, config.previousPrivateKey].filter(
    (k): k is PrivateKeyInfo => k !== undefined
  )
  const byFingerprint = new Map(
    [current, previous].filter((c): c is CertificateInfo => !!c).map(c => [c.fingerprint, c])
  )

  const rerun =
    state.rollbackRunId !== undefined &&
    state.rollbackRunId === config.runId &&
    state.rollbackTarget
  let target: { current: Stage; previous: Stage }
  if (rerun && state.rollbackTarget) {
    const [curFp, curId] = state.rollbackTarget.current.split(' ')
    const [prevFp, prevId] = state.rollbackTarget.previous.split(' ')
    const fromState = (pem: string | undefined): CertificateInfo | undefined =>
      certificateFromVariable(pem, `${n.state} (rollback record)`)
    const cur = byFingerprint.get(curFp) ?? fromState(state.rollbackTarget.currentPem)
    const prev = byFingerprint.get(prevFp) ?? fromState(state.rollbackTarget.previousPem)
    if (!cur || !prev)
      throw new InputError(
        'the interrupted rollback cannot be finished: its certificates are no longer in the variables; set them by hand (README#rollback)'
      )
    target = {
      current: { certificate: cur, certificateId: curId },
      previous: { certificate: prev, certificateId: prevId }
    }
    ctx.log.info('Finishing the rollback this run started before it was interrupted.')
  } else {
    if (!previous || !previousId) {
      throw new InputError(
        `nothing to roll back to: the variables ${n.certificatePrevious} and ${n.certificateIdPrevious}${where(config)} are empty`
      )
    }
    if (!current || !currentId) {
      throw new InputError(
        `rollback needs the current certificate and ID in ${n.certificate} and ${n.certificateId}${where(config)}`
      )
    }
    if (previous.fingerprint === current.fingerprint || previousId === currentId) {
      throw new InputError(
        `nothing to roll back to: ${n.certificatePrevious} and ${n.certificate}${where(config)} hold the same certificate`
      )
    }
    target = {
      current: { certificate: previous, certificateId: previousId },
      previous: { certificate: current, certificateId: currentId }
    }
  }

  const keyFor = (certificate: CertificateInfo): PrivateKeyInfo | undefined =>
    keys.find(key => sameKey(key.keyObject, certificate.x509.publicKey))
  const newCurrentKey = keyFor(target.current.certificate)
  if (!newCurrentKey) {
    throw new InputError(
      `previous-private-key does not belong to the previous certificate (${target.current.certificate.fingerprint}): pass secrets.${n.keyPrevious}`
    )
  }
  const now = ctx.now()
  let token
  try {
    token = await ctx.netsuite.prove(credentials(ctx, newCurrentKey, target.current.certificateId))
  } catch (error) {
    return {
      status: 'failed',
      outputs: {
        ...certificateOutputs(target.current.certificate, now),
        'certificate-id': target.current.certificateId
      },
      failure: `rollback refused: the previous credentials no longer work in NetSuite, so nothing was changed. ${error instanceof Error ? error.message : String(error)}`,
      stages: [
        {
          stage: 'previous',
          certificateId: target.current.certificateId,
          fingerprint: target.current.certificate.fingerprint,
          notAfter: target.current.certificate.notAfter,
          state: 'refused by NetSuite'
        }
      ],
      nextStep: 'The previous certificate was revoked or expired; rotate instead.',
      writes: github.writes
    }
  }

  if (!rerun) {
    await writeState(ctx, github, variables, {
      ...state,
      rollbackRunId: config.runId,
      rollbackTarget: {
        current: `${target.current.certificate.fingerprint} ${target.current.certificateId}`,
        previous: `${target.previous.certificate.fingerprint} ${target.previous.certificateId}`,
        currentPem: target.current.certificate.pem,
        previousPem: target.previous.certificate.pem
      },
      // The certificate now in _PREVIOUS is the one a later check may revoke.
      previousCertificateId: target.previous.certificateId,
      promotedAt: now.toISOString()
    })
  }
  // Current first: it is proven, and consumers read it.
  await github.putSecret(n.key, privateKeyPem(newCurrentKey))
  await github.setVariable(n.certificateId, target.current.certificateId, true)
  await github.setVariable(n.certificate, target.current.certificate.pem, true)
  const newPreviousKey = keyFor(target.previous.certificate)
  if (newPreviousKey) {
    await github.putSecret(n.keyPrevious, privateKeyPem(newPreviousKey))
  } else {
    ctx.log.warning(
      `The replaced key was not among the inputs, so ${n.keyPrevious} could not be updated; a second rollback will not be possible`
    )
  }
  await github.setVariable(n.certificateIdPrevious, target.previous.certificateId, true)
  await github.setVariable(n.certificatePrevious, target.previous.certificate.pem, true)

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
    writes: github.writes
  }
}

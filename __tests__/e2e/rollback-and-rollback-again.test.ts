// rollback swaps previous and current after proving the previous credentials;
// a second rollback (a new run) swaps them back.
// The two generations come from a current pair seeded by openssl and one rotation promoted
// through the action over it (reliability's promoted()): what is looked at here is the
// second promotion and what follows, not how the first generation was promoted.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { snapshot, stepExpecting, type Generation } from './helpers.js'
import { promoted } from '../reliability/helpers.js'

function stages(world: World): Record<string, string | undefined> {
  const state = snapshot(world)
  return {
    key: state.secrets.NETSUITE_PRIVATE_KEY,
    certificate: state.variables.NETSUITE_CERTIFICATE,
    id: state.variables.NETSUITE_CERTIFICATE_ID,
    previousKey: state.secrets.NETSUITE_PRIVATE_KEY_PREVIOUS,
    previousCertificate: state.variables.NETSUITE_CERTIFICATE_PREVIOUS,
    previousId: state.variables.NETSUITE_CERTIFICATE_ID_PREVIOUS
  }
}

const expected = (current: Generation, previous: Generation): Record<string, string> => ({
  key: current.key,
  certificate: current.certificate,
  id: current.certificateId,
  previousKey: previous.key,
  previousCertificate: previous.certificate,
  previousId: previous.certificateId
})

describe('rollback, then rollback again', () => {
  let world: World
  let first: Generation
  let second: Generation
  let firstRollback: RunResult
  let afterFirst: Record<string, string | undefined>
  let verifyAfterFirst: RunResult
  let secondRollback: RunResult

  beforeAll(async () => {
    world = await startWorld()
    ;({ a: first, b: second } = await promoted(world))
    firstRollback = await stepExpecting(world, 'rollback', 'rolled-back', { runId: '7000000001' })
    afterFirst = stages(world)
    verifyAfterFirst = await world.step('verify')
    secondRollback = await stepExpecting(world, 'rollback', 'rolled-back', { runId: '7000000002' })
  })
  afterAll(async () => {
    await world.close()
  })

  it('first rollback: the first generation is current again, the second is previous', () => {
    expect(afterFirst).toEqual(expected(first, second))
    expect(firstRollback.outputs['certificate-id']).toBe(first.certificateId)
  })

  it('proved the previous credentials with NetSuite and outputs that token masked', () => {
    const token = firstRollback.outputs['access-token']
    const issued = world.netsuite.issuedTokens.find(t => t.accessToken === token)
    expect(issued?.certificateId).toBe(first.certificateId)
    expect(firstRollback.masks).toContain(token)
  })

  it('verify passes after the first rollback with the first generation', () => {
    expect(verifyAfterFirst.exitCode).toBe(0)
    expect(verifyAfterFirst.outputs.status).toBe('verified')
    expect(verifyAfterFirst.outputs['certificate-id']).toBe(first.certificateId)
  })

  it('second rollback: back to the second generation as current', () => {
    expect(stages(world)).toEqual(expected(second, first))
    expect(secondRollback.outputs['certificate-id']).toBe(second.certificateId)
  })

  it('verify passes after the second rollback with the second generation', async () => {
    const result = await stepExpecting(world, 'verify', 'verified')
    expect(result.outputs['certificate-id']).toBe(second.certificateId)
  })
})

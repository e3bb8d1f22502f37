// Two years on: check starts the second rotation inside renew-before-days, and
// its promotion keeps the first generation as _PREVIOUS, still usable.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { snapshot, stepExpecting, twoGenerations, type Generation } from './helpers.js'

describe('a second rotation after a first promotion', () => {
  let world: World
  let first: Generation
  let second: Generation
  let check: RunResult

  beforeAll(async () => {
    world = await startWorld()
    ;({ first, second, check } = await twoGenerations(world))
  })
  afterAll(async () => {
    await world.close()
  })

  it('is started by check inside renew-before-days, reporting the current certificate', () => {
    expect(check.outputs.status).toBe('rotation-started')
    const days = Number(check.outputs['days-remaining'])
    expect(days).toBeLessThan(60)
    expect(days).toBeGreaterThanOrEqual(48)
    expect(check.outputs['certificate-id']).toBe(first.certificateId)
  })

  it('produces a new generation', () => {
    expect(second.certificateId).not.toBe(first.certificateId)
    expect(second.key).not.toBe(first.key)
    expect(second.certificate).not.toBe(first.certificate)
  })

  it('keeps the first generation as previous and the second as current', () => {
    const state = snapshot(world)
    expect(state.secrets.NETSUITE_PRIVATE_KEY_PREVIOUS).toBe(first.key)
    expect(state.variables.NETSUITE_CERTIFICATE_PREVIOUS).toBe(first.certificate)
    expect(state.variables.NETSUITE_CERTIFICATE_ID_PREVIOUS).toBe(first.certificateId)
    expect(state.secrets.NETSUITE_PRIVATE_KEY).toBe(second.key)
    expect(state.variables.NETSUITE_CERTIFICATE).toBe(second.certificate)
    expect(state.variables.NETSUITE_CERTIFICATE_ID).toBe(second.certificateId)
    expect(state.secrets.NETSUITE_PRIVATE_KEY_PENDING).toBeUndefined()
    expect(state.variables.NETSUITE_CERTIFICATE_PENDING).toBeUndefined()
  })

  it('verifies with the current credentials', async () => {
    const result = await stepExpecting(world, 'verify', 'verified')
    expect(result.outputs['certificate-id']).toBe(second.certificateId)
  })

  it('verifies with the previous credentials too', async () => {
    const result = await stepExpecting(world, 'verify', 'verified', {
      inputs: {
        'private-key': first.key,
        'certificate-id': first.certificateId,
        certificate: first.certificate
      }
    })
    expect(result.outputs['certificate-id']).toBe(first.certificateId)
    expect(world.netsuite.issuedTokens[world.netsuite.issuedTokens.length - 1].certificateId).toBe(
      first.certificateId
    )
  })
})

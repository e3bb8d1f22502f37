// The check workflow hands the current and the previous key to the same job, so
// a leak usually reaches both. `rotate` with `emergency: true` and an API upload
// replaces the current key and revokes both certificates in the same run; it
// keeps no _PREVIOUS, and nothing stays scheduled for a key it deleted.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { expectSucceeded, snapshot, stepExpecting, type Generation } from '../e2e/helpers.js'
import { EC, certificateById, rotatedWorld, rotationState } from '../zero-touch/helpers.js'
import { orphans } from './helpers.js'

describe('rotate with emergency: true while the previous certificate is still active', () => {
  let world: World
  let first: Generation
  let second: Generation
  let result: RunResult

  beforeAll(async () => {
    ;({ world, first, second } = await rotatedWorld())
    world.advanceDays(2)
    expect(certificateById(world, first.certificateId)?.revoked).toBe(false)
    result = await world.step('rotate', { inputs: { ...EC, emergency: 'true' } })
  }, 90_000)
  afterAll(async () => {
    await world.close()
  })

  it('promotes a new key and keeps no _PREVIOUS', () => {
    expectSucceeded(result, 'promoted')
    const state = snapshot(world)
    expect(state.secrets.NETSUITE_PRIVATE_KEY).not.toBe(second.key)
    const names = [...Object.keys(state.secrets), ...Object.keys(state.variables)]
    expect(names.filter(name => /PREVIOUS/.test(name))).toEqual([])
  })

  it('revokes the replaced current certificate', () => {
    expect(certificateById(world, second.certificateId)?.revoked).toBe(true)
  })

  it('revokes the previous certificate too, in the same run', () => {
    expect(certificateById(world, first.certificateId)?.revoked).toBe(true)
  })

  it('leaves no active certificate outside the stages', () => {
    expect(orphans(world).map(c => c.certificateId)).toEqual([])
  })

  it('keeps no scheduled revocation of an unrevoked key it deleted', () => {
    const record = JSON.stringify(rotationState(world))
    for (const id of [first.certificateId, second.certificateId])
      if (record.includes(id)) expect(certificateById(world, id)?.revoked).toBe(true)
  })

  it('the next scheduled check after the grace period leaves nothing behind either', async () => {
    world.advanceDays(20)
    await stepExpecting(world, 'check', 'ok', { inputs: EC })
    expect(orphans(world).map(c => c.certificateId)).toEqual([])
    expect(await world.consumerLogsIn()).toEqual({ ok: true })
  })
})

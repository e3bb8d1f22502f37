// Once the current certificate has expired, the scheduled check fails the step
// (the integration cannot log in), whether or not a rotation is pending; with
// none pending it still starts one, so the way out is ready.
import { describe, it, expect, beforeAll } from '@jest/globals'
import { X509Certificate } from 'node:crypto'
import type { World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import {
  advanceToDaysBeforeExpiry,
  EC,
  openRotationIssues,
  prepareOnce,
  snapshot,
  startPromotedWorld,
  stepExpecting
} from './helpers.js'

// Both cases start from the same first promotion: made once, restored per case.
const promoted = prepareOnce(() => startPromotedWorld())

const errors = (result: RunResult): string[] =>
  result.annotations.filter(a => a.level === 'error').map(a => a.message)

describe('check after expiry with a rotation pending', () => {
  let world: World
  let result: RunResult
  let pendingBefore: string | undefined
  let issueNumber: number

  beforeAll(async () => {
    const start = promoted()
    world = start.world
    const { certificate } = start.first
    const notAfter = new Date(new X509Certificate(certificate).validTo)
    advanceToDaysBeforeExpiry(world, notAfter, 30)
    issueNumber = Number(
      (await stepExpecting(world, 'check', 'rotation-started', { inputs: EC })).outputs[
        'issue-number'
      ]
    )
    pendingBefore = snapshot(world).secrets.NETSUITE_PRIVATE_KEY_PENDING
    advanceToDaysBeforeExpiry(world, notAfter, -2)
    result = await world.step('check', { inputs: EC })
  })

  it('reports expired and fails the step with an error annotation', () => {
    expect(result.outputs.status).toBe('expired')
    expect(result.exitCode).not.toBe(0)
    expect(result.exitCode).not.toBeNull()
    expect(errors(result).join('\n')).toMatch(/expired/)
    expect(Number(result.outputs['days-remaining'])).toBeLessThan(0)
  })

  it('keeps the one pending rotation as it was', () => {
    expect(openRotationIssues(world).map(i => i.number)).toEqual([issueNumber])
    expect(snapshot(world).secrets.NETSUITE_PRIVATE_KEY_PENDING).toBe(pendingBefore)
    expect(result.outputs['issue-number']).toBe(String(issueNumber))
  })
})

describe('check after expiry with no rotation pending', () => {
  let world: World
  let result: RunResult

  beforeAll(async () => {
    const start = promoted()
    world = start.world
    const { certificate } = start.first
    advanceToDaysBeforeExpiry(world, new Date(new X509Certificate(certificate).validTo), -1)
    result = await world.step('check', { inputs: EC })
  })

  it('starts a rotation: pending key and certificate stored, one issue opened', () => {
    const state = snapshot(world)
    expect(state.secrets.NETSUITE_PRIVATE_KEY_PENDING).toMatch(/PRIVATE KEY/)
    expect(state.variables.NETSUITE_CERTIFICATE_PENDING).toMatch(/CERTIFICATE/)
    const open = openRotationIssues(world)
    expect(open).toHaveLength(1)
    expect(result.outputs['issue-number']).toBe(String(open[0].number))
  })

  it('still reports expired and fails the step with an error annotation', () => {
    expect(result.outputs.status).toBe('expired')
    expect(result.exitCode).not.toBe(0)
    expect(result.exitCode).not.toBeNull()
    expect(errors(result).join('\n')).toMatch(/expired/)
  })
})

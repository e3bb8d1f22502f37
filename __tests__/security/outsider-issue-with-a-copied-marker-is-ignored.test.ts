// An outsider opens an issue that copies a finished rotation issue (hidden
// marker and all) with their own certificate in the `pem` block, and someone
// with triage labels it. When the next rotation is due, check must start a real
// rotation of its own: a new key, a new issue announcing it, and the outsider's
// issue left exactly as it was (never rewritten, closed or counted).
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { EC, LABEL, startPromotedWorld } from '../e2e/helpers.js'
import { opensslCertificate } from '../reliability/helpers.js'
import {
  actionComments,
  fingerprintOf,
  frozen,
  OUTSIDER,
  pendingCertificate,
  TRIAGE
} from './helpers.js'

describe('a labelled outsider issue with a copied marker', () => {
  let world: World
  let forged: number
  let attacker: string
  let forgedBefore: unknown
  let result: RunResult

  beforeAll(async () => {
    ;({ world } = await startPromotedWorld())
    const real = world.github.issue(1)?.body ?? ''
    attacker = opensslCertificate().certificate
    const body = real.replace(/```pem\n[\s\S]*?```/, '```pem\n' + attacker.trim() + '\n```')
    forged = world.github.createIssue({
      title: 'NetSuite: upload the new M2M certificate',
      body,
      user: OUTSIDER
    }).number
    world.github.labelIssue(forged, LABEL, TRIAGE)
    forgedBefore = frozen(world, forged)
    world.advanceDays(680)
    result = await world.step('check', { inputs: EC })
  })
  afterAll(async () => {
    await world.close()
  })

  it('starts a rotation of its own on a new issue', () => {
    expect({ exit: result.exitCode, status: result.outputs.status }).toEqual({
      exit: 0,
      status: 'rotation-started'
    })
    expect(Number(result.outputs['issue-number'])).toBeGreaterThan(forged)
  })

  it('stores and announces its own certificate, never the attacker’s', () => {
    const pending = pendingCertificate(world)
    expect(pending).not.toBe('')
    expect(fingerprintOf(pending)).not.toBe(fingerprintOf(attacker))
    const announced = world.github.issue(Number(result.outputs['issue-number']))?.body ?? ''
    expect(announced).toContain(fingerprintOf(pending))
    expect(announced).not.toContain(fingerprintOf(attacker))
  })

  it('leaves the outsider’s issue exactly as it was', () => {
    expect(frozen(world, forged)).toEqual(forgedBefore)
    expect(actionComments(world.github.issue(forged))).toEqual([])
  })
})

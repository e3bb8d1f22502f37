// Someone with triage reopens the finished rotation issue. It is not a pending
// rotation: when the next rotation is due, check starts one (new key, new
// issue) and does not touch the reopened issue.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { EC, startPromotedWorld } from '../e2e/helpers.js'
import { fingerprintOf, frozen, pendingCertificate, pendingKey, TRIAGE } from './helpers.js'

describe('a finished rotation issue reopened by triage', () => {
  let world: World
  let reopenedBefore: unknown
  let result: RunResult

  beforeAll(async () => {
    ;({ world } = await startPromotedWorld())
    expect(world.github.issue(1)?.state).toBe('closed')
    world.github.setIssueState(1, 'open', TRIAGE)
    reopenedBefore = frozen(world, 1)
    world.advanceDays(680)
    result = await world.step('check', { inputs: EC })
  })
  afterAll(async () => {
    await world.close()
  })

  it('starts the due rotation on a new issue', () => {
    expect({ exit: result.exitCode, status: result.outputs.status }).toEqual({
      exit: 0,
      status: 'rotation-started'
    })
    expect(result.outputs['issue-number']).toBe('2')
    expect(pendingKey(world)).not.toBe('')
    expect(world.github.issue(2)?.body).toContain(fingerprintOf(pendingCertificate(world)))
  })

  it('leaves the reopened issue as triage left it', () => {
    expect(frozen(world, 1)).toEqual(reopenedBefore)
  })
})

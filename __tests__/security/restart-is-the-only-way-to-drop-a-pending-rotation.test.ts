// A pending rotation is never replaced by a rerun or a second `rotate`; only
// `rotate` with `restart: true` drops it: the pending pair is replaced, the old
// issue is closed with a note, and a new issue announces the new certificate.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { EC, expectSucceeded, uploadAndReply, startPromotedWorld } from '../e2e/helpers.js'
import { actionComments, fingerprintOf, pendingCertificate, pendingKey } from './helpers.js'

describe('rotate with and without restart while a rotation is pending', () => {
  let world: World
  let firstKey: string
  let plain: RunResult
  let keyAfterPlain: string
  let restarted: RunResult

  beforeAll(async () => {
    ;({ world } = await startPromotedWorld())
    const started = await world.step('rotate', { inputs: EC })
    expectSucceeded(started, 'rotation-started')
    firstKey = pendingKey(world)
    plain = await world.step('rotate', { inputs: EC })
    keyAfterPlain = pendingKey(world)
    restarted = await world.step('rotate', { inputs: { ...EC, restart: 'true' } })
  })
  afterAll(async () => {
    await world.close()
  })

  it('a plain rotate leaves the pending rotation as it is', () => {
    expectSucceeded(plain, 'rotation-pending')
    expect(plain.outputs['issue-number']).toBe('2')
    expect(keyAfterPlain).toBe(firstKey)
  })

  it('restart replaces the pending pair and starts a new rotation on a new issue', () => {
    expectSucceeded(restarted, 'rotation-started')
    expect(pendingKey(world)).not.toBe(firstKey)
    expect(restarted.outputs['issue-number']).toBe('3')
    expect(world.github.issue(3)?.body).toContain(fingerprintOf(pendingCertificate(world)))
  })

  it('closes the abandoned issue with a note', () => {
    const old = world.github.issue(2)
    expect(old?.state).toBe('closed')
    expect(actionComments(old).join('\n')).toMatch(/restart/i)
  })

  it('the new rotation promotes', async () => {
    const { result } = await uploadAndReply(world, { issueNumber: 3 })
    expectSucceeded(result, 'promoted')
  })
})

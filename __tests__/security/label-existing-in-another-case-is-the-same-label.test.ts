// The repository already has the label spelled `NetSuite-Certificate`; GitHub
// labels the rotation issue with that spelling. Labels compare without regard to
// case, so a second check finds the rotation pending instead of opening another
// issue and overwriting the pending key.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { bootstrap, EC, expectSucceeded, uploadAndReply } from '../e2e/helpers.js'
import { pendingKey } from './helpers.js'

describe('a rotation label that exists in another case', () => {
  let world: World
  let keyAfterFirst: string
  let second: RunResult

  beforeAll(async () => {
    world = await startWorld()
    world.github.createLabel('NetSuite-Certificate')
    await bootstrap(world, { inputs: EC })
    keyAfterFirst = pendingKey(world)
    second = await world.step('check', { inputs: EC })
  })
  afterAll(async () => {
    await world.close()
  })

  it('the first issue carries the existing spelling', () => {
    expect(world.github.issue(1)?.labels).toEqual(['NetSuite-Certificate'])
  })

  it('a second check finds the rotation pending on the same issue', () => {
    expectSucceeded(second, 'rotation-pending')
    expect(second.outputs['issue-number']).toBe('1')
    expect(world.github.issues()).toHaveLength(1)
    expect(pendingKey(world)).toBe(keyAfterFirst)
  })

  it('the reply promotes', async () => {
    const { result } = await uploadAndReply(world, { issueNumber: 1 })
    expectSucceeded(result, 'promoted')
  })
})

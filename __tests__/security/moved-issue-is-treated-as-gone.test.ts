// Someone transfers the rotation issue to another repository. GitHub answers its old number
// with 301 Moved Permanently, and a client that follows it reaches the issue in the other
// repository. That issue is no longer the rotation's: the action treats it as gone, opens a
// new one here, and never comments on, edits or closes the moved one.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { bootstrap, EC } from '../e2e/helpers.js'

describe('a rotation issue transferred to another repository', () => {
  let world: World
  let check: RunResult
  let from: number
  let pendingBefore: string | undefined

  beforeAll(async () => {
    world = await startWorld()
    world.github.addRepository('acme/support')
    const { issue } = await bootstrap(world)
    world.github.transferIssue(issue.number, 'acme/support')
    pendingBefore = world.github.variable('NETSUITE_CERTIFICATE_PENDING')?.value
    from = world.github.log.length
    check = await world.step('check', { inputs: EC })
  }, 60_000)
  afterAll(async () => {
    await world.close()
  })

  it('opens a new rotation issue in this repository, announcing the same pending certificate', () => {
    expect(check.exitCode).toBe(0)
    expect(world.github.variable('NETSUITE_CERTIFICATE_PENDING')?.value).toBe(pendingBefore)
    const open = world.github.issues().filter(i => i.state === 'open')
    expect(open).toHaveLength(1)
    expect(check.outputs['issue-number']).toBe(String(open[0].number))
  })

  it('never writes to the moved issue', () => {
    const writes = world.github.log
      .slice(from)
      .filter(e => e.method !== 'GET')
      .map(e => `${e.method} ${e.path}`)
    expect(writes.filter(w => w.includes('/repos/acme/support/'))).toEqual([])
    expect(writes.filter(w => /\/issues\/1(\/|$)/.test(w))).toEqual([])
  })
})

// A custom repository role based on read (`permission: read`, `role_name` the
// custom name) may not promote: the reply is refused with a comment and nothing
// changes.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { bootstrap, EC, snapshot, uploadAndReply } from '../e2e/helpers.js'
import { actionComments } from './helpers.js'

describe('/certificate-id from a custom role based on read', () => {
  let world: World
  let before: ReturnType<typeof snapshot>
  let result: RunResult

  beforeAll(async () => {
    world = await startWorld()
    world.github.setCustomRole('auditor-abe', 'auditor', 'read')
    await bootstrap(world, { inputs: EC })
    before = snapshot(world)
    ;({ result } = await uploadAndReply(world, { user: 'auditor-abe' }))
  })
  afterAll(async () => {
    await world.close()
  })

  it('exits 0 without promoting', () => {
    expect({ exit: result.exitCode, status: result.outputs.status }).toEqual({
      exit: 0,
      status: 'rotation-pending'
    })
    expect(snapshot(world)).toEqual(before)
    expect(world.netsuite.issuedTokens).toHaveLength(0)
  })

  it('replies that the permission is not enough', () => {
    const reply = actionComments(world.github.issue(1)).at(-1) ?? ''
    expect(reply).toContain('@auditor-abe')
    expect(reply).toMatch(/write, maintain or admin/)
    expect(world.github.issue(1)?.state).toBe('open')
  })
})

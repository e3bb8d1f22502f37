// GitHub lets anyone with write re-run a finished workflow run for 30 days, with
// the secrets and variables as they are now. Re-running an old rollback after a
// newer promotion must not repeat its swap (that would lose the newest key): the
// run finishes a swap only while the variables still hold one side of it.
// The two generations come from a current pair seeded by openssl and one rotation promoted
// through the action over it (reliability's promoted()): what is looked at here is the
// second promotion and what follows, not how the first generation was promoted.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { EC, snapshot, stepExpecting, uploadAndReply, expectSucceeded } from '../e2e/helpers.js'
import { promoted } from '../reliability/helpers.js'

describe('re-running an old rollback after a newer promotion', () => {
  let world: World
  let before: ReturnType<typeof snapshot>
  let rerun: RunResult

  beforeAll(async () => {
    world = await startWorld()
    await promoted(world)
    await stepExpecting(world, 'rollback', 'rolled-back', { runId: '7001' })
    await stepExpecting(world, 'rotate', 'rotation-started', { inputs: EC })
    const { result } = await uploadAndReply(world)
    expectSucceeded(result, 'promoted')
    before = snapshot(world)
    rerun = await world.step('rollback', { runId: '7001' })
  })
  afterAll(async () => {
    await world.close()
  })

  it('changes no secret or variable', () => {
    expect(snapshot(world)).toEqual(before)
  })

  it('fails, saying the run already finished its rollback', () => {
    expect(rerun.exitCode).not.toBe(0)
    const errors = rerun.annotations.filter(a => a.level === 'error').map(a => a.message)
    expect(errors.join('\n')).toMatch(/already/)
  })

  it('the newest credentials still log in', async () => {
    expect(await world.consumerLogsIn()).toEqual({ ok: true })
  })
})

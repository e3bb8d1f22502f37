// The chat service is down (500), then hangs: the rotation goes on, the step succeeds with a
// warning that never shows the URL, and because nothing was delivered nothing is recorded,
// so the announcement is sent again once the webhook answers.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { bootstrap, EC, snapshot, stepExpecting } from '../e2e/helpers.js'
import { eventsSince } from './sent.js'

describe('a webhook that fails only warns', () => {
  let world: World
  let started: RunResult
  let afterOutage: RunResult

  beforeAll(async () => {
    world = await startWorld({ webhook: true })
    world.webhook!.behave({ kind: 'fail', status: 500 })
    started = (await bootstrap(world)).result
    world.webhook!.behave({ kind: 'slack' })
    afterOutage = await stepExpecting(world, 'check', 'rotation-pending', { inputs: EC })
  }, 60_000)
  afterAll(async () => {
    await world.close()
  })

  it('starts the rotation and exits 0 with a warning', () => {
    expect(started.exitCode).toBe(0)
    expect(snapshot(world).variables.NETSUITE_CERTIFICATE_PENDING).toContain('CERTIFICATE')
    const warnings = started.annotations.filter(a => a.level === 'warning').map(a => a.message)
    expect(warnings.join('\n')).toMatch(
      /Notification "rotation-started" was not delivered: the webhook answered HTTP 500/
    )
  })

  it('never shows the webhook URL, which is masked', () => {
    for (const run of [started, afterOutage]) {
      expect(run.stdout).not.toContain(world.webhook!.token)
      expect(run.summary).not.toContain(world.webhook!.token)
      expect(run.masks.some(mask => mask.includes(world.webhook!.token))).toBe(true)
    }
  })

  it('sends the announcement again on the next run, once the webhook answers', () => {
    // Two requests: the one refused, then the same announcement accepted.
    expect(world.webhook!.requests.map(r => r.status)).toEqual([500, 200])
    expect(eventsSince(world)).toEqual(['rotation-started', 'rotation-started'])
  })
})

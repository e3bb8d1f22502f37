// NetSuite issues a token but a proxy loses the answer (502). The retry must sign a
// new assertion: re-posting the same one repeats its jti, which a server that
// refuses replays answers with invalid_grant, and verify would fail for nothing.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import { seedCurrent } from '../reliability/helpers.js'
import type { RunResult } from '../../sandbox/runner/index.js'

let world: World
let verify: RunResult
let attempts: { status: number; jti: unknown; verdict: string }[]

beforeAll(async () => {
  // verify reads only the current stage: a pair made by openssl and registered in NetSuite
  // stands in for a promotion (no action run before the one under test).
  world = await startWorld()
  seedCurrent(world)
  const from = world.netsuite.log.length
  world.netsuite.injectFault({ path: '/token', status: 502, afterHandling: true })
  verify = await world.step('verify')
  attempts = world.netsuite.log
    .slice(from)
    .filter(entry => entry.path.endsWith('/token'))
    .map(entry => ({ status: entry.status, jti: entry.claims?.jti, verdict: entry.verdict }))
})

afterAll(async () => {
  await world.close()
})

describe('verify when the first token answer is lost', () => {
  it('retries with a freshly signed assertion and verifies', () => {
    expect(attempts.map(a => [a.status, a.verdict])).toEqual([
      [502, 'fault'],
      [200, 'accepted']
    ])
    expect(typeof attempts[0].jti).toBe('string')
    expect(attempts[1].jti).not.toBe(attempts[0].jti)
    expect({ exit: verify.exitCode, status: verify.outputs.status }).toEqual({
      exit: 0,
      status: 'verified'
    })
  })
})

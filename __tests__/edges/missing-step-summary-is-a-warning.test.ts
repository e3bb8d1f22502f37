// A runner without GITHUB_STEP_SUMMARY (another CI system, an older GitHub Enterprise
// Server): the command's result stands, and the missing summary is one warning.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import { seedCurrent } from '../reliability/helpers.js'
import type { RunResult } from '../../sandbox/runner/index.js'

let world: World
let verify: RunResult

beforeAll(async () => {
  // verify reads only the current stage: a pair made by openssl and registered in NetSuite
  // stands in for a promotion (no action run before the one under test).
  world = await startWorld()
  seedCurrent(world)
  verify = await world.step('verify', { env: { GITHUB_STEP_SUMMARY: '' } })
})

afterAll(async () => {
  await world.close()
})

describe('verify on a runner without a job summary', () => {
  it('verifies and exits 0', () => {
    expect({ exit: verify.exitCode, status: verify.outputs.status }).toEqual({
      exit: 0,
      status: 'verified'
    })
    expect(verify.outputs['access-token']).toBeTruthy()
  })

  it('warns once that the summary could not be written, with no stack trace', () => {
    expect(verify.annotations.map(a => [a.level, a.message.slice(0, 36)])).toEqual([
      ['warning', 'The job summary could not be written']
    ])
    expect(verify.rawStderr).toBe('')
    expect(verify.rawStdout).not.toMatch(/\n\s+at /)
  })
})

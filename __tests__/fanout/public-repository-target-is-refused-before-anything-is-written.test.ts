// A public repository among the targets would receive the private key; its workflow runs and
// logs are public. The run refuses it before anything is written anywhere (no secret, no
// variable, no issue, no NetSuite upload), naming the target and the fix; without it, the
// same run starts the rotation.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { EC, expectSucceeded, writesIn } from '../e2e/helpers.js'

describe('a public repository as a target', () => {
  let world: World
  let refused: RunResult
  let dryRun: RunResult
  let writesBefore: number

  beforeAll(async () => {
    world = await startWorld({ fanOut: true })
    world.github.addRepository('acme/website', {
      visibility: 'public',
      environments: ['production']
    })
    const targets = `${world.targets}\nacme/website@production`
    refused = await world.step('check', { inputs: { ...EC, targets } })
    dryRun = await world.step('check', { inputs: { ...EC, targets, 'dry-run': 'true' } })
    writesBefore = writesIn(world.github.log).length
  }, 60_000)
  afterAll(async () => {
    await world.close()
  })

  it('fails the run with an error naming the target and the fix', () => {
    for (const result of [refused, dryRun]) {
      expect(result.exitCode).not.toBe(0)
      const errors = result.annotations.filter(a => a.level === 'error').map(a => a.message)
      expect(errors).toHaveLength(1)
      expect(errors[0]).toContain('acme/website@production is a public repository')
      expect(errors[0]).toContain('Remove it from targets, or make the repository private')
      expect(errors[0]).not.toContain('acme/billing')
    }
  })

  it('writes nothing anywhere', () => {
    expect(writesBefore).toBe(0)
    expect(world.github.issues()).toEqual([])
    expect(world.github.secrets()).toEqual([])
    expect(world.github.variables()).toEqual([])
    expect(world.netsuite.certificates()).toEqual([])
    expect(refused.outputs.status).toBeUndefined()
  })

  it('the private repositories alone are accepted', async () => {
    expectSucceeded(await world.step('check', { inputs: EC }), 'rotation-started')
  }, 30_000)
})

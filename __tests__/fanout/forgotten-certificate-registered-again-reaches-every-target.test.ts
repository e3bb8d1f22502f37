// NetSuite forgot the current certificate (deleted, not revoked) in an integration
// whose credentials three other places use. check registers the same certificate
// again under a new ID; the targets hold the old ID, which no longer logs in, so
// the same run copies the new ID to every target, with the same key and certificate.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { EC, expectSucceeded, snapshot, type Generation } from '../e2e/helpers.js'
import { rotatedWorld } from '../zero-touch/helpers.js'
import { TARGETS, held } from './helpers.js'

describe('a forgotten certificate registered again reaches every target', () => {
  let world: World
  let second: Generation
  let beforeForgetting: Record<string, (string | undefined)[]>
  let result: RunResult

  beforeAll(async () => {
    ;({ world, second } = await rotatedWorld({}, { fanOut: true }))
    beforeForgetting = Object.fromEntries(TARGETS.map(t => [t, held(world, t)]))
    world.advanceDays(3)
    world.netsuiteForgetsCurrent()
    result = await world.step('check', { inputs: EC })
  })
  afterAll(async () => {
    await world.close()
  })

  it('the automatic rotation had given every target the second generation', () => {
    for (const target of TARGETS) {
      expect(beforeForgetting[target]).toEqual([
        second.key,
        second.certificate,
        second.certificateId
      ])
    }
  })

  it('reports ok and copies the new certificate ID, with the same key and certificate', () => {
    expectSucceeded(result, 'ok')
    const newId = snapshot(world).variables.NETSUITE_CERTIFICATE_ID
    expect(newId).not.toBe(second.certificateId)
    for (const target of TARGETS) {
      expect(held(world, target)).toEqual([second.key, second.certificate, newId])
    }
  })
})

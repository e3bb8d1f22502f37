// dry-run of a promotion with targets: the log and the job summary list, per target, the
// secret and variables it would write; no target and nothing in the source is written.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { ADMIN, bootstrap, theOpenIssue, WRITE_METHODS } from '../e2e/helpers.js'

describe('dry-run with targets', () => {
  let world: World
  let result: RunResult
  let mark: number

  beforeAll(async () => {
    world = await startWorld({ fanOut: true })
    await bootstrap(world)
    const certificateId = world.adminUploadsPending()
    const event = world.comment(
      theOpenIssue(world).number,
      `/certificate-id ${certificateId}`,
      ADMIN
    )
    mark = world.github.log.length
    result = await world.step('promote', { event, inputs: { 'dry-run': 'true' } })
  }, 60_000)
  afterAll(async () => {
    await world.close()
  })

  it('writes nothing anywhere', () => {
    expect(result.exitCode).toBe(0)
    expect(world.github.log.slice(mark).filter(e => WRITE_METHODS.includes(e.method))).toEqual([])
    expect(world.repositories['acme/billing'].secrets()).toEqual([])
    expect(world.github.org.variable('NETSUITE_CERTIFICATE_ID')).toBeUndefined()
  })

  it('lists the writes it would make per target', () => {
    for (const target of ['acme/billing', 'acme/etl@production', 'org:acme']) {
      expect(result.summary).toContain(
        `${target}: would write secret NETSUITE_PRIVATE_KEY (${target}), write variable NETSUITE_CERTIFICATE (${target}), write variable NETSUITE_CERTIFICATE_ID (${target})`
      )
      expect(result.stdout).toContain(
        `dry-run: would write secret NETSUITE_PRIVATE_KEY (${target})`
      )
    }
  })
})

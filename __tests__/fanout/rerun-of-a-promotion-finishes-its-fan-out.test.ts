// A promotion whose fan-out failed at the organization (admin-token lacked the organization
// permissions) is re-run with GitHub's "Re-run jobs" once the token is fixed: the rerun
// recognises the finished promotion, changes nothing in the source repository, and writes
// the target that is behind.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { ADMIN, bootstrap, snapshot, theOpenIssue } from '../e2e/helpers.js'
import { repositoryOnlyToken } from './helpers.js'

describe('a rerun of a promotion finishes its fan-out', () => {
  let world: World
  let first: RunResult
  let rerun: RunResult
  let sourceAfterFirst: ReturnType<typeof snapshot>
  let rerunStart: number

  beforeAll(async () => {
    world = await startWorld({ fanOut: true })
    const limited = repositoryOnlyToken(world)
    await bootstrap(world, { adminToken: limited })
    const id = world.adminUploadsPending()
    const event = world.comment(theOpenIssue(world).number, `/certificate-id ${id}`, ADMIN)
    first = await world.step('promote', { event, adminToken: limited, runId: '77' })
    sourceAfterFirst = snapshot(world)
    rerunStart = world.github.log.length
    rerun = await world.step('promote', { event, runId: '77' })
  }, 60_000)
  afterAll(async () => {
    await world.close()
  })

  it('the first run fails on the organization only', () => {
    expect(first.exitCode).not.toBe(0)
    expect(world.repositories['acme/billing'].secret('NETSUITE_PRIVATE_KEY')?.value).toBe(
      sourceAfterFirst.secrets.NETSUITE_PRIVATE_KEY
    )
  })

  it('the rerun succeeds, writes the organization, and leaves the source as it was', () => {
    expect(rerun.exitCode).toBe(0)
    expect(rerun.outputs.status).toBe('promoted')
    expect(world.github.org.secret('NETSUITE_PRIVATE_KEY')?.value).toBe(
      sourceAfterFirst.secrets.NETSUITE_PRIVATE_KEY
    )
    const source = snapshot(world)
    expect(source.secrets).toEqual(sourceAfterFirst.secrets)
    // Every variable but the record (which now also holds what the organization received).
    const withoutRecord = (v: Record<string, string>): Record<string, string> =>
      Object.fromEntries(Object.entries(v).filter(([name]) => !name.endsWith('_STATE')))
    expect(withoutRecord(source.variables)).toEqual(withoutRecord(sourceAfterFirst.variables))
    const repoWrites = world.github.log
      .slice(rerunStart)
      .filter(e => e.method !== 'GET' && /\/repos\/acme\/(billing|etl)\//.test(e.path))
    expect(repoWrites).toEqual([])
  })
})

// The README: every command reads `admin-token` "where it writes (not in
// dry-run)". So `rotate` and `promote` with `dry-run: true` and no admin-token
// report what they would do and exit 0, instead of failing with "admin-token
// cannot write Actions secrets/variables".
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { EC, snapshot, stepExpecting, theOpenIssue, writesIn } from '../e2e/helpers.js'
import { errorsOf } from './helpers.js'
import { seedCurrent } from '../reliability/helpers.js'

const DRY = { ...EC, 'dry-run': 'true' }

describe('rotate and promote in dry-run without admin-token', () => {
  let world: World
  let before: ReturnType<typeof snapshot>
  const results: Record<string, RunResult> = {}
  const writes: Record<string, number> = {}

  beforeAll(async () => {
    // A current pair seeded by openssl: what is looked at is the dry runs after it.
    world = await startWorld()
    seedCurrent(world)
    world.advanceDays(30)
    let mark = world.github.log.length
    results.rotate = await world.step('rotate', { inputs: DRY, adminToken: '' })
    writes.rotate = writesIn(world.github.log.slice(mark)).length
    await stepExpecting(world, 'rotate', 'rotation-started', { inputs: EC })
    const id = world.adminUploadsPending()
    const event = world.comment(theOpenIssue(world).number, `/certificate-id ${id}`, 'admin-alice')
    before = snapshot(world)
    mark = world.github.log.length
    results.promote = await world.step('promote', { event, inputs: DRY, adminToken: '' })
    writes.promote = writesIn(world.github.log.slice(mark)).length
  }, 90_000)
  afterAll(async () => {
    await world.close()
  })

  it.each(['rotate', 'promote'])('%s exits 0 without an error', command => {
    expect({ exit: results[command].exitCode, errors: errorsOf(results[command]) }).toEqual({
      exit: 0,
      errors: ''
    })
    expect(errorsOf(results[command])).not.toMatch(/admin-token cannot write/)
  })

  it.each(['rotate', 'promote'])('%s writes nothing', command => {
    expect(writes[command]).toBe(0)
  })

  it('promote reports what it would do and changes nothing', () => {
    expect(results.promote.outputs.status).toMatch(/promoted|rotation-pending/)
    expect(results.promote.summary).toMatch(/dry-run/i)
    expect(snapshot(world)).toEqual(before)
  })
})

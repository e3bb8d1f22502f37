// promote killed (SIGKILL, as a cancelled or crashed job) right after each of
// its writes in a second promotion, then "Re-run jobs" with the same comment
// event: the final state equals a clean promotion's, _PREVIOUS never holds the
// credentials being promoted, and the current credentials verify.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import {
  canonical,
  expectPreviousIsNotB,
  labelsFor,
  stagedPromotion,
  stepOk,
  inFreshWorld,
  expectClean
} from './helpers.js'

const KILL_AFTER = [
  'write secret NETSUITE_PRIVATE_KEY_PREVIOUS (repository)',
  'write variable NETSUITE_CERTIFICATE_PREVIOUS (repository)',
  'write variable NETSUITE_CERTIFICATE_ID_PREVIOUS (repository)',
  'write variable NETSUITE_CERTIFICATE_ID_STATE (repository)',
  'write secret NETSUITE_PRIVATE_KEY (repository)',
  'write variable NETSUITE_CERTIFICATE_ID (repository)',
  'write variable NETSUITE_CERTIFICATE (repository)',
  'delete secret NETSUITE_PRIVATE_KEY_PENDING (repository)',
  'delete variable NETSUITE_CERTIFICATE_PENDING (repository)',
  'comment on issue #1',
  'close issue #1'
]

describe('promote killed after each write, then rerun', () => {
  let reference: unknown

  beforeAll(async () => {
    await inFreshWorld(async world => {
      const { a, b, event } = await stagedPromotion(world)
      await stepOk(world, 'promote', 'promoted', { event })
      reference = canonical(world, labelsFor(a, b))
    })
  })

  describe.each(KILL_AFTER)('killed after "%s: done"', step => {
    let world: World
    beforeAll(async () => {
      world = await startWorld()
    })
    afterAll(async () => {
      await world.close()
    })

    it('a rerun finishes the promotion exactly as a clean run would', async () => {
      const { a, b, event } = await stagedPromotion(world)
      const killed = await world.step('promote', {
        event,
        killWhen: line => line.trim() === `${step}: done`
      })
      expect(killed.killed).toBe(true)
      expectPreviousIsNotB(world, b)

      const rerun = await world.step('promote', { event })
      expectClean(rerun, 'promoted')
      expectPreviousIsNotB(world, b)
      expect(canonical(world, labelsFor(a, b))).toEqual(reference)
      await stepOk(world, 'verify', 'verified')
    })
  })
})

// promote killed (SIGKILL, as a cancelled or crashed job) right after each of
// its writes in a second promotion, then "Re-run jobs" with the same comment
// event: the final state equals a clean promotion's, _PREVIOUS never holds the
// credentials being promoted, and the current credentials verify.
//
// The rotation to B and the admin's upload and reply happen once, through the
// action; every case starts from a copy of the state they left (world.restore),
// exactly as if it had run them itself, and promotes on the same comment event.
import { describe, it, expect, beforeAll } from '@jest/globals'
import { type World } from '../../sandbox/world.js'
import {
  canonical,
  expectPreviousIsNotB,
  labelsFor,
  withStagedPromotion,
  stepOk,
  expectClean,
  type Staged
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
  let world: World
  let staged: Staged
  let reference: unknown
  const suite = withStagedPromotion()

  beforeAll(() => {
    ;({ world, staged, reference } = suite)
  })

  describe.each(KILL_AFTER)('killed after "%s: done"', step => {
    it('a rerun finishes the promotion exactly as a clean run would', async () => {
      const { a, b, event } = staged
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

// promote killed (SIGKILL, as a cancelled or crashed job) right after each of
// its writes in a second promotion, then "Re-run jobs" with the same comment
// event: the final state equals a clean promotion's, _PREVIOUS never holds the
// credentials being promoted, and the current credentials verify.
//
// The rotation to B and the admin's upload and reply happen once, through the
// action; so does one clean promotion, which saves the world right after each
// write's log line: exactly what a kill there leaves (stepSavingAfter; the last
// case kills a run to hold it to that). Every case starts from the save for its
// line (world.restore) and reruns promote on the same comment event.
import { describe, it, expect, beforeAll } from '@jest/globals'
import { type World } from '../../sandbox/world.js'
import {
  canonical,
  currentWorks,
  expectPreviousIsNotB,
  killedAt,
  labelsFor,
  withStagedPromotion,
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
  let world: World
  const suite = withStagedPromotion(KILL_AFTER)

  beforeAll(() => {
    world = suite.world
  })

  describe.each(KILL_AFTER)('killed after "%s: done"', step => {
    it('a rerun finishes the promotion exactly as a clean run would', async () => {
      const { a, b, event } = suite.staged
      world.restore(killedAt(suite.savedAfter, step))
      expectPreviousIsNotB(world, b)

      const rerun = await world.step('promote', { event })
      expectClean(rerun, 'promoted')
      expectPreviousIsNotB(world, b)
      expect(canonical(world, labelsFor(a, b))).toEqual(suite.reference)
      expect(await currentWorks(world)).toEqual({ ok: true })
    })
  })

  describe('a real kill', () => {
    it('leaves the world exactly as the clean run had it at the same line', async () => {
      const { a, b, event } = suite.staged
      const step = 'write secret NETSUITE_PRIVATE_KEY (repository)'
      const seen = (): unknown => ({
        state: canonical(world, labelsFor(a, b)),
        github: world.github.log.map(e => `${e.method} ${e.path}`),
        netsuite: world.netsuite.log.map(e => `${e.method} ${e.path}`),
        certificates: world.netsuite.certificates().map(c => [c.certificateId, c.revoked])
      })
      const killed = await world.step('promote', {
        event,
        killWhen: line => line.trim() === `${step}: done`
      })
      expect(killed.killed).toBe(true)
      const afterKill = seen()
      world.restore(killedAt(suite.savedAfter, step))
      expect(afterKill).toEqual(seen())
    })
  })
})

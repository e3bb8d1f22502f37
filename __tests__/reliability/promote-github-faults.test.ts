// promote (a SECOND promotion: A is current, B pending) against a failing
// GitHub: each of its eleven writes gets a 5xx once (retried: the run
// succeeds), a persistent 5xx (the run fails with an ::error:: naming the step
// and saying a rerun repairs it; the rerun converges to a clean promotion) and
// a dropped connection. After every run: the current credentials verify, or
// the run failed loudly; _PREVIOUS never holds B.
//
// The rotation to B and the admin's upload and reply happen once, through the
// action; every case starts from a copy of the state they left (world.restore),
// exactly as if it had run them itself, and promotes on the same comment event.
// Whether the current credentials work is asked of what is stored (invariantHolds:
// an integration logs in with them), not of a verify run.
import { describe, it, expect, beforeAll, afterEach } from '@jest/globals'
import type { RequestLogEntry } from '../../sandbox/github/index.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { type World } from '../../sandbox/world.js'
import {
  armFault,
  canonical,
  errors,
  invariantHolds,
  labelsFor,
  writes,
  expectPreviousIsNotB,
  withStagedPromotion,
  expectClean,
  type ArmedFault,
  type Staged
} from './helpers.js'

type Mode = 'once' | 'persistent' | 'drop'
const WRITES: [string, (e: RequestLogEntry) => boolean][] = [
  [
    'write secret NETSUITE_PRIVATE_KEY_PREVIOUS (repository)',
    writes.putSecret('NETSUITE_PRIVATE_KEY_PREVIOUS')
  ],
  [
    'write variable NETSUITE_CERTIFICATE_PREVIOUS (repository)',
    writes.setVariable('NETSUITE_CERTIFICATE_PREVIOUS')
  ],
  [
    'write variable NETSUITE_CERTIFICATE_ID_PREVIOUS (repository)',
    writes.setVariable('NETSUITE_CERTIFICATE_ID_PREVIOUS')
  ],
  [
    'write variable NETSUITE_CERTIFICATE_ID_STATE (repository)',
    writes.setVariable('NETSUITE_CERTIFICATE_ID_STATE')
  ],
  ['write secret NETSUITE_PRIVATE_KEY (repository)', writes.putSecret('NETSUITE_PRIVATE_KEY')],
  [
    'write variable NETSUITE_CERTIFICATE_ID (repository)',
    writes.setVariable('NETSUITE_CERTIFICATE_ID')
  ],
  ['write variable NETSUITE_CERTIFICATE (repository)', writes.setVariable('NETSUITE_CERTIFICATE')],
  [
    'delete secret NETSUITE_PRIVATE_KEY_PENDING (repository)',
    writes.deleteSecret('NETSUITE_PRIVATE_KEY_PENDING')
  ],
  [
    'delete variable NETSUITE_CERTIFICATE_PENDING (repository)',
    writes.deleteVariable('NETSUITE_CERTIFICATE_PENDING')
  ],
  ['comment on issue #1', writes.comment()],
  ['close issue #1', writes.closeIssue()]
]
const CASES = WRITES.flatMap(([step, match]) =>
  (['once', 'persistent', 'drop'] as Mode[]).map(mode => ({ step, match, mode }))
)

describe('promote: GitHub faults on each write of a second promotion', () => {
  let world: World
  let staged: Staged
  let reference: unknown
  let fault: ArmedFault | undefined
  const suite = withStagedPromotion()

  beforeAll(() => {
    ;({ world, staged, reference } = suite)
  })
  afterEach(() => {
    fault?.disarm()
  })

  describe.each(CASES)('$step, $mode', ({ step, match, mode }) => {
    it('retries or fails loudly, never breaks the invariant, and a rerun converges to a clean promotion', async () => {
      const { a, b, event } = staged
      fault = armFault(
        world,
        match,
        mode === 'drop' ? { drop: true } : { status: 503 },
        mode === 'persistent' ? Infinity : 1
      )
      const first: RunResult = await world.step('promote', { event })
      fault.disarm()
      expect(fault.hits()).toBeGreaterThanOrEqual(1)
      expectPreviousIsNotB(world, b)

      // Posting a comment is never retried (a POST GitHub applied before failing would post it
      // twice): one fault fails the step loudly, and the rerun posts it.
      if (mode === 'persistent' || step.startsWith('comment on issue')) {
        expect(first.exitCode).not.toBe(0)
        const message = errors(first).join('\n')
        expect(message).toContain(step)
        expect(message).toMatch(/rerun repairs/i)
      } else {
        expectClean(first, 'promoted')
      }
      const afterFirst = await invariantHolds(world, first)
      expect(afterFirst).not.toBe('violated')

      if (first.exitCode !== 0) {
        // GitHub's "Re-run jobs": the same comment event, inputs wired from the state as it is now.
        const rerun = await world.step('promote', { event })
        expectClean(rerun, 'promoted')
        expectPreviousIsNotB(world, b)
      }
      expect(canonical(world, labelsFor(a, b))).toEqual(reference)
      expect(await invariantHolds(world, first)).toBe('verified')
    })
  })
})

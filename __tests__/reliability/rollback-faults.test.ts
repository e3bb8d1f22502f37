// rollback (B current, A previous, as a second promotion leaves them) against a
// failing GitHub: each of its seven writes gets a 5xx once (retried: the run
// succeeds and ends exactly as a clean rollback) and a persistent 5xx (the run
// fails with an ::error:: naming the step and saying a rerun repairs it; "Re-run
// jobs" with the same run ID finishes the recorded swap, never swaps back, and
// the current pair verifies). Last, a rollback whose previous certificate
// NetSuite has revoked writes nothing at all.
//
// The rotation and promotion that make B current run once, through the action;
// every case starts from a copy of the state they left (world.restore), exactly
// as if it had run them itself. Whether the current pair works is asked of what
// is stored (currentWorks: an integration logs in with it), not of a verify run.
import { describe, it, expect, beforeAll, afterEach } from '@jest/globals'
import type { RequestLogEntry } from '../../sandbox/github/index.js'
import type { World } from '../../sandbox/world.js'
import {
  armFault,
  currentWorks,
  errors,
  stepOk,
  writes,
  writesIn,
  canonicalRollback,
  withPromotedB,
  expectClean,
  type ArmedFault,
  type Generation
} from './helpers.js'

const RUN = '7100000001'
const PREVIOUS_KEY = 'NETSUITE_PRIVATE_KEY_PREVIOUS'

/** The rollback's writes in the order it makes them (src/commands/rollback.ts). */
const WRITES: [string, (e: RequestLogEntry) => boolean][] = [
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
  [`write secret ${PREVIOUS_KEY} (repository)`, writes.putSecret(PREVIOUS_KEY)],
  [
    'write variable NETSUITE_CERTIFICATE_ID_PREVIOUS (repository)',
    writes.setVariable('NETSUITE_CERTIFICATE_ID_PREVIOUS')
  ],
  [
    'write variable NETSUITE_CERTIFICATE_PREVIOUS (repository)',
    writes.setVariable('NETSUITE_CERTIFICATE_PREVIOUS')
  ]
]

/**
 * The key B only ever lived in NETSUITE_PRIVATE_KEY: once that secret is
 * overwritten (write 2) and until _PREVIOUS is written (write 5), a rerun cannot
 * read it back (the design's documented limit).
 */
const inKeyWindow = (completedWrites: number): boolean =>
  completedWrites >= 2 && completedWrites < 5

function keyWarnings(warnings: string[]): string[] {
  return warnings.filter(message => message.includes(PREVIOUS_KEY))
}

/** The current certificate ID is `certificateId`, and an integration logs in with the current pair. */
async function expectCurrentWorks(world: World, certificateId: string): Promise<void> {
  expect({
    current: world.github.variable('NETSUITE_CERTIFICATE_ID')?.value,
    works: await currentWorks(world)
  }).toEqual({ current: certificateId, works: { ok: true } })
}

describe('rollback: GitHub faults on each write', () => {
  let world: World
  let a: Generation
  let b: Generation
  let reference: unknown
  let fault: ArmedFault | undefined
  const suite = withPromotedB(RUN)

  beforeAll(() => {
    ;({ world, a, b, reference } = suite)
  })
  afterEach(() => {
    fault?.disarm()
  })

  /** The clean rollback, except that _PREVIOUS holds no key: B's key was lost with the run,
   * and key A, now current, is not left beside certificate B. */
  const referenceWithLostKey = (): unknown => {
    const copy = structuredClone(reference) as { secrets: Record<string, string> }
    delete copy.secrets[PREVIOUS_KEY]
    return copy
  }

  describe.each(WRITES.map(([step, match]) => ({ step, match })))('$step', ({ match }) => {
    it('a 5xx once is retried: the run succeeds and ends as a clean rollback', async () => {
      fault = armFault(world, match, { status: 503 }, 1)
      const result = await world.step('rollback', { runId: RUN })
      fault.disarm()
      expect(fault.hits()).toBe(1)
      expectClean(result, 'rolled-back')
      expect(canonicalRollback(world, a, b)).toEqual(reference)
      await expectCurrentWorks(world, a.certificateId)
    })
  })

  describe.each(WRITES.map(([step, match], index) => ({ step, match, index })))(
    '$step fails persistently',
    ({ step, match, index }) => {
      it('fails loudly; a rerun of the same run finishes the swap and the current pair verifies', async () => {
        fault = armFault(world, match, { status: 503 }, Infinity)
        const logStart = world.github.log.length
        const first = await world.step('rollback', { runId: RUN })
        fault.disarm()
        expect(fault.hits()).toBeGreaterThanOrEqual(1)
        expect(first.exitCode).not.toBe(0)
        const message = errors(first).join('\n')
        expect(message).toContain(step)
        expect(message).toMatch(/rerun repairs/i)
        // The run stops at the failing write: none of the later ones was attempted.
        const later = WRITES.slice(index + 1).map(([, m]) => m)
        const attempted = writesIn(world.github.log.slice(logStart))
        expect(attempted.filter(e => later.some(m => m(e))).map(e => e.path)).toEqual([])

        const rerun = await world.step('rollback', { runId: RUN })
        expectClean(rerun, 'rolled-back')
        // Never swapped back: A is current, as the interrupted run intended, and works.
        await expectCurrentWorks(world, a.certificateId)

        const warned = keyWarnings(rerun.annotations.map(n => n.message))
        if (inKeyWindow(index)) {
          expect(warned).toHaveLength(1)
          expect(canonicalRollback(world, a, b)).toEqual(referenceWithLostKey())
        } else {
          expect(warned).toEqual([])
          expect(canonicalRollback(world, a, b)).toEqual(reference)
        }
      })
    }
  )

  describe('a finished rollback, rerun', () => {
    it('rewrites the same swap: nothing changes and A stays current', async () => {
      // The world as the suite's clean rollback (run ID RUN) left it.
      world.restore(suite.rolledBack)
      const rerun = await stepOk(world, 'rollback', 'rolled-back', { runId: RUN })
      expect(rerun.outputs['certificate-id']).toBe(a.certificateId)
      expect(canonicalRollback(world, a, b)).toEqual(reference)
    })
  })

  describe('previous credentials refused by NetSuite', () => {
    it('exits non-zero and writes nothing to GitHub', async () => {
      world.netsuite.revokeCertificate(a.certificateId)
      const before = canonicalRollback(world, a, b)
      const logStart = world.github.log.length
      const result = await world.step('rollback', { runId: RUN })
      expect(result.exitCode).not.toBe(0)
      expect(result.outputs.status).toBe('failed')
      expect(errors(result).join('\n')).toMatch(/rollback refused: the previous credentials/)
      expect(writesIn(world.github.log.slice(logStart)).map(e => `${e.method} ${e.path}`)).toEqual(
        []
      )
      expect(canonicalRollback(world, a, b)).toEqual(before)
      // B is still current and still works.
      await expectCurrentWorks(world, b.certificateId)
    })
  })
})

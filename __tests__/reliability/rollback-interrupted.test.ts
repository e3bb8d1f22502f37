// rollback (B current, A previous) killed (SIGKILL, as a cancelled or crashed
// job) right after each of its seven writes, then "Re-run jobs" with the same
// run ID. The design promises: the rerun finishes the recorded swap (A current,
// never swapped back to B) and the current pair verifies; _PREVIOUS ends as a
// clean rollback leaves it, except when the run died after overwriting
// NETSUITE_PRIVATE_KEY and before writing NETSUITE_PRIVATE_KEY_PREVIOUS: key B
// then existed only in the dead process (GitHub cannot read secrets back), so
// the rerun removes key A from _PREVIOUS (never a key beside certificate B that
// does not fit it) and warns that a second rollback will not be possible.
//
// The rotation and promotion that make B current run once, through the action;
// so does one clean rollback, which saves the world right after each write's log
// line: exactly what a kill there leaves (stepSavingAfter). Every case starts
// from the save for its line (world.restore) and reruns with the same run ID.
import { describe, it, expect, beforeAll } from '@jest/globals'
import type { World } from '../../sandbox/world.js'
import {
  currentWorks,
  errors,
  keyId,
  killedAt,
  canonicalRollback,
  withPromotedB,
  type Generation
} from './helpers.js'

const RUN = '7200000001'
const PREVIOUS_KEY = 'NETSUITE_PRIVATE_KEY_PREVIOUS'

/**
 * Each write line in the order rollback makes them, and whether _PREVIOUS can
 * still converge after a kill right after it ('window': key B was lost).
 */
const KILL_AFTER: { step: string; previous: 'converges' | 'window' }[] = [
  { step: 'write variable NETSUITE_CERTIFICATE_ID_STATE (repository)', previous: 'converges' },
  { step: 'write secret NETSUITE_PRIVATE_KEY (repository)', previous: 'window' },
  { step: 'write variable NETSUITE_CERTIFICATE_ID (repository)', previous: 'window' },
  { step: 'write variable NETSUITE_CERTIFICATE (repository)', previous: 'window' },
  { step: `write secret ${PREVIOUS_KEY} (repository)`, previous: 'converges' },
  { step: 'write variable NETSUITE_CERTIFICATE_ID_PREVIOUS (repository)', previous: 'converges' },
  { step: 'write variable NETSUITE_CERTIFICATE_PREVIOUS (repository)', previous: 'converges' }
]

const keyIdOf = (pem: string | undefined): string => (pem ? keyId(pem) : 'missing')

/** Whether the _PREVIOUS key secret belongs to the _PREVIOUS certificate variable ('no key'
 * when there is none). */
function previousConsistent(world: World): boolean | 'no key' {
  const key = world.github.secret(PREVIOUS_KEY)?.value
  const certificate = world.github.variable('NETSUITE_CERTIFICATE_PREVIOUS')?.value
  if (!key) return 'no key'
  return !!certificate && keyId(key) === keyId(certificate)
}

describe('rollback killed after each write, then rerun with the same run ID', () => {
  let world: World
  let a: Generation
  let b: Generation
  let reference: unknown
  const suite = withPromotedB(
    RUN,
    KILL_AFTER.map(k => k.step)
  )

  beforeAll(() => {
    ;({ world, a, b, reference } = suite)
    world.restore(suite.rolledBack)
    expect(previousConsistent(world)).toBe(true)
  })

  describe.each(KILL_AFTER)('killed after "$step: done"', ({ step, previous }) => {
    it(`finishes the swap; the current pair verifies; _PREVIOUS ${previous}`, async () => {
      world.restore(killedAt(suite.savedAfter, step))

      const rerun = await world.step('rollback', { runId: RUN })
      expect({
        exitCode: rerun.exitCode,
        status: rerun.outputs.status,
        certificateId: rerun.outputs['certificate-id'],
        errors: errors(rerun)
      }).toEqual({
        exitCode: 0,
        status: 'rolled-back',
        certificateId: a.certificateId,
        errors: []
      })
      // Never swapped back: A, which the killed run was making current, verifies.
      expect(world.github.variable('NETSUITE_CERTIFICATE_ID')?.value).toBe(a.certificateId)
      expect(await currentWorks(world)).toEqual({ ok: true })

      const warned = rerun.annotations
        .filter(n => n.level === 'warning')
        .filter(n => n.message.includes(PREVIOUS_KEY))
      if (previous === 'window') {
        expect(warned).toHaveLength(1)
        expect(previousConsistent(world)).toBe('no key')
        const expected = structuredClone(reference) as { secrets: Record<string, string> }
        delete expected.secrets[PREVIOUS_KEY]
        expect(canonicalRollback(world, a, b)).toEqual(expected)
      } else {
        expect(warned).toEqual([])
        expect(previousConsistent(world)).toBe(true)
        expect(canonicalRollback(world, a, b)).toEqual(reference)
      }
    })
  })

  // A run killed after the _PREVIOUS key secret leaves both certificate variables
  // holding A while the _PREVIOUS key secret holds the only copy of key B. A new
  // rollback run (not a rerun) then has nothing to roll back to and must say so,
  // rather than "swap" A with A and overwrite key B with key A.
  describe('a new rollback when current and previous are the same certificate', () => {
    it('refuses and keeps the _PREVIOUS key secret', async () => {
      world.restore(killedAt(suite.savedAfter, `write secret ${PREVIOUS_KEY} (repository)`))
      const variables = ['NETSUITE_CERTIFICATE', 'NETSUITE_CERTIFICATE_PREVIOUS'].map(name =>
        keyIdOf(world.github.variable(name)?.value)
      )
      expect(variables).toEqual([keyId(a.key), keyId(a.key)])
      expect(keyIdOf(world.github.secret(PREVIOUS_KEY)?.value)).toBe(keyId(b.key))

      const again = await world.step('rollback', { runId: '7200000002' })
      expect(again.exitCode).not.toBe(0)
      expect(errors(again).join('\n')).toMatch(/roll back/i)
      expect(keyIdOf(world.github.secret(PREVIOUS_KEY)?.value)).toBe(keyId(b.key))
    })
  })
})

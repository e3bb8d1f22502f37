// rotate against a failing GitHub: each of its three writes (pending secret,
// pending variable, issue) gets a 5xx once (retried, run succeeds), a
// persistent 5xx (run fails loudly, a rerun converges) and a dropped
// connection. Current credentials must keep verifying throughout.
//
// The current generation is seeded once; every case (and the clean reference)
// starts from a copy of that world (world.restore), with its clock, as if it
// had just been seeded itself. Whether the current credentials work is asked of
// what is stored (invariantHolds: an integration logs in with them), not of a
// verify run.
import { describe, it, expect, beforeAll, beforeEach, afterAll, afterEach } from '@jest/globals'
import type { RequestLogEntry } from '../../sandbox/github/index.js'
import { startWorld, type SavedWorld, type World } from '../../sandbox/world.js'
import {
  armFault,
  canonical,
  EC,
  errors,
  invariantHolds,
  keyId,
  labelsFor,
  openRotationIssues,
  seedCurrent,
  stepOk,
  writes,
  type ArmedFault,
  type Generation,
  expectClean
} from './helpers.js'

type Mode = 'once' | 'persistent' | 'drop'
const WRITES: [string, (e: RequestLogEntry) => boolean, string][] = [
  [
    'pending secret PUT',
    writes.putSecret('NETSUITE_PRIVATE_KEY_PENDING'),
    'NETSUITE_PRIVATE_KEY_PENDING'
  ],
  [
    'pending variable POST',
    writes.setVariable('NETSUITE_CERTIFICATE_PENDING'),
    'NETSUITE_CERTIFICATE_PENDING'
  ],
  ['issue POST', writes.openIssue(), 'issue']
]
const CASES = WRITES.flatMap(([what, match, named]) =>
  (['once', 'persistent', 'drop'] as Mode[]).map(mode => ({ what, match, named, mode }))
)

/** A world with a working current generation, rotated once; its canonical state. */
async function rotatedState(world: World, a: Generation): Promise<unknown> {
  const pendingKey = world.github.secret('NETSUITE_PRIVATE_KEY_PENDING')?.value ?? ''
  return canonical(world, labelsFor(a, { key: pendingKey }))
}

describe('rotate: GitHub faults on each write', () => {
  let world: World
  let a: Generation
  let seeded: SavedWorld
  let reference: unknown
  let fault: ArmedFault | undefined

  beforeAll(async () => {
    world = await startWorld()
    a = seedCurrent(world)
    seeded = world.save()
    await stepOk(world, 'rotate', 'rotation-started', { inputs: { ...EC } })
    reference = await rotatedState(world, a)
  })
  afterAll(async () => {
    await world.close()
  })
  beforeEach(() => {
    world.restore(seeded)
  })
  afterEach(() => {
    fault?.disarm()
  })

  describe.each(CASES)('$what, $mode', ({ what, match, named, mode }) => {
    it('keeps the current credentials working, fails loudly or retries, and a rerun converges to a clean rotation', async () => {
      fault = armFault(
        world,
        match,
        mode === 'drop' ? { drop: true } : { status: 502 },
        mode === 'persistent' ? Infinity : 1
      )
      const first = await world.step('rotate', { inputs: { ...EC } })
      fault.disarm()
      expect(fault.hits()).toBeGreaterThanOrEqual(1)

      // Opening an issue is never retried (a POST GitHub applied before failing would open a
      // second issue): one fault fails the step, and the rerun opens the issue.
      const retried = what !== 'issue POST'
      if (mode === 'persistent' || !retried) {
        // Retried by @octokit/plugin-retry, then given up: the error names the step and the remedy.
        if (retried) expect(fault.hits()).toBeGreaterThan(1)
        else expect(fault.hits()).toBe(1)
        expect(first.exitCode).not.toBe(0)
        const message = errors(first).join('\n')
        expect(message).toContain(named)
        expect(message).toMatch(/rerun repairs/i)
      } else {
        expectClean(first, 'rotation-started')
      }
      expect(await invariantHolds(world, first)).toBe('verified')

      const rerun = first.exitCode !== 0
      if (rerun) {
        // "Re-run jobs": same inputs, secrets and variables as they are now.
        await stepOk(world, 'rotate', 'rotation-started', { inputs: { ...EC } })
      }
      expect(openRotationIssues(world)).toHaveLength(1)
      expect(await rotatedState(world, a)).toEqual(reference)
      // The issue announces the certificate whose key is the pending secret.
      const pendingKey = world.github.secret('NETSUITE_PRIVATE_KEY_PENDING')?.value ?? ''
      const pendingCertificate = world.github.variable('NETSUITE_CERTIFICATE_PENDING')?.value ?? ''
      const announced =
        /```pem\n([\s\S]*?)```/.exec(
          world.github.issue(openRotationIssues(world)[0])?.body ?? ''
        )?.[1] ?? ''
      expect(keyId(pendingCertificate)).toBe(keyId(pendingKey))
      expect(keyId(announced)).toBe(keyId(pendingKey))
      expect(await invariantHolds(world, first)).toBe('verified')
    })
  })
})

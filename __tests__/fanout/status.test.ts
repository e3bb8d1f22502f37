// Fan-out bookkeeping: targets behind the current credentials, what they hold after a copy,
// and the one error a run fails with when targets are left behind.
import { describe, it, expect } from '@jest/globals'
import type { TargetOutcome } from '../../src/follow-up/copy.js'
import {
  fanOutError,
  outcomeLines,
  receivedAfter,
  targetsBehind
} from '../../src/follow-up/target-status.js'
import { parseTargets } from '../../src/inputs/targets.js'

const TARGETS = parseTargets('acme/billing\nacme/etl@prod\norg:acme')
const CURRENT = { fingerprint: 'AA:BB', certificateId: 'ID-2' }
const OLD = { fingerprint: '00:11', certificateId: 'ID-1' }

describe('targetsBehind', () => {
  it('lists targets never written or holding other credentials, matching labels without case', () => {
    const behind = targetsBehind(
      TARGETS,
      { 'ACME/Billing': CURRENT, 'acme/etl@prod': OLD },
      CURRENT
    )
    expect(behind).toEqual([
      { kind: 'environment', owner: 'acme', repo: 'etl', environment: 'prod' },
      { kind: 'organization', org: 'acme' }
    ])
  })

  it('a target with the same fingerprint but another ID is behind (a re-registration)', () => {
    const behind = targetsBehind(
      parseTargets('org:acme'),
      { 'org:acme': { ...CURRENT, certificateId: 'ID-OLD' } },
      CURRENT
    )
    expect(behind).toHaveLength(1)
  })

  it('none when all hold the current credentials', () => {
    const all = { 'acme/billing': CURRENT, 'acme/etl@prod': CURRENT, 'org:acme': CURRENT }
    expect(targetsBehind(TARGETS, all, CURRENT)).toEqual([])
  })
})

const outcomes: TargetOutcome[] = [
  { target: 'acme/billing', writes: ['a', 'b', 'c'] },
  {
    target: 'org:acme',
    writes: [],
    error: 'write secret K (org:acme) failed: fan-out target org:acme: admin-token lacks …'
  }
]

describe('receivedAfter', () => {
  it('records the current credentials for targets written, keeps the rest', () => {
    expect(receivedAfter(outcomes, { 'ACME/billing': OLD, 'org:acme': OLD }, CURRENT)).toEqual({
      'acme/billing': CURRENT,
      'org:acme': OLD
    })
  })
})

describe('fanOutError', () => {
  it('is undefined when every target was written', () => {
    expect(fanOutError([outcomes[0]])).toBeUndefined()
  })

  it('counts and names each failed target, saying the source is complete', () => {
    const message = fanOutError(outcomes)
    expect(message).toMatch(/^fan-out: 1 of 2 targets was not written \(the source is complete/)
    expect(message).toContain('fan-out target org:acme: admin-token lacks')
  })
})

describe('outcomeLines', () => {
  it('one line per target', () => {
    expect(outcomeLines(outcomes)).toEqual([
      'acme/billing: a, b, c',
      'org:acme: failed after 0 of 3 writes'
    ])
  })
})

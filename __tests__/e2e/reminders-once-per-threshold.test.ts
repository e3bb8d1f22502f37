// While a rotation stays pending, the scheduled check reminds on the issue once
// as each of 14, 7, 3 and 1 days before expiry is crossed, never twice. The current pair
// is seeded by openssl (no action run): only the rotation started after it is looked at.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { X509Certificate } from 'node:crypto'
import { startWorld, type World } from '../../sandbox/world.js'
import { advanceToDaysBeforeExpiry, EC, stepExpecting, theOpenIssue } from './helpers.js'
import { seedCurrent } from '../reliability/helpers.js'

// Days before expiry at which the schedule runs, in order; 7 twice (a rerun the same day).
const RUNS = [15, 14, 13, 7, 7, 3, 1]

describe('reminders on a pending rotation', () => {
  let world: World
  let issueNumber: number
  /** New comments on the rotation issue after each run in RUNS. */
  const added: string[][] = []

  beforeAll(async () => {
    world = await startWorld()
    const { certificate } = seedCurrent(world)
    const notAfter = new Date(new X509Certificate(certificate).validTo)
    advanceToDaysBeforeExpiry(world, notAfter, 50)
    const started = await stepExpecting(world, 'check', 'rotation-started', { inputs: EC })
    issueNumber = Number(started.outputs['issue-number'])
    for (const days of RUNS) {
      advanceToDaysBeforeExpiry(world, notAfter, days)
      const before = world.github.issue(issueNumber)?.comments.length ?? 0
      await stepExpecting(world, 'check', 'rotation-pending', { inputs: EC })
      added.push((world.github.issue(issueNumber)?.comments ?? []).slice(before).map(c => c.body))
    }
  })
  afterAll(async () => {
    await world.close()
  })

  it('comments exactly once at 14, 7, 3 and 1 days and never at 15, 13 or on a repeated 7', () => {
    expect(added.map(comments => comments.length)).toEqual([0, 1, 0, 1, 0, 1, 1])
  })

  it('has four reminders in total on the one open issue', () => {
    const issue = theOpenIssue(world)
    expect(issue.number).toBe(issueNumber)
    expect(issue.comments.filter(c => /reminder/i.test(c.body))).toHaveLength(4)
    expect(issue.comments).toHaveLength(4)
  })

  it('says in each reminder how many days are left', () => {
    // Each run is an hour past the threshold, so the whole days left are one less;
    // under a day it says so instead of "in 0 days".
    expect(added.flat().map(body => /in (\d+ days?|less than a day)/.exec(body)?.[1])).toEqual([
      '13 days',
      '6 days',
      '2 days',
      'less than a day'
    ])
  })
})

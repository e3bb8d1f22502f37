// The current key leaked and no API upload is possible (no role and entity IDs, and a role
// without the certificate permission). rotate with `emergency: true` opens an urgent issue;
// the record remembers the emergency, so the promote that follows the admin's reply (the
// promote workflow passes no `emergency` input) keeps no _PREVIOUS and, unable to revoke
// the old certificate itself, names its ID in the closing comment.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import {
  EC,
  expectSucceeded,
  snapshot,
  stepExpecting,
  theOpenIssue,
  uploadAndReply,
  type Generation,
  startPromotedWorld
} from '../e2e/helpers.js'
import type { Issue } from '../../sandbox/github/index.js'

describe('rotate with emergency: true through the issue', () => {
  let world: World
  let first: Generation
  let issue: Issue
  let promote: RunResult

  beforeAll(async () => {
    ;({ world, first } = await startPromotedWorld())
    world.advanceDays(30)
    await stepExpecting(world, 'rotate', 'rotation-started', {
      inputs: { ...EC, emergency: 'true' }
    })
    issue = theOpenIssue(world)
    ;({ result: promote } = await uploadAndReply(world))
  }, 60_000)
  afterAll(async () => {
    await world.close()
  })

  it('marks the issue urgent', () => {
    expect(issue.title).toMatch(/^URGENT: NetSuite 1234567_SB1/)
    expect(issue.body).toContain('**Urgent.**')
  })

  it('promotes without an emergency input and keeps no _PREVIOUS', () => {
    expectSucceeded(promote, 'promoted')
    const state = snapshot(world)
    const names = [...Object.keys(state.secrets), ...Object.keys(state.variables)]
    expect(names.filter(name => /PREVIOUS|PENDING/.test(name))).toEqual([])
    expect(state.secrets.NETSUITE_PRIVATE_KEY).not.toBe(first.key)
  })

  it('names the old certificate ID for revocation in the closing comment', () => {
    const closed = world.github.issue(issue.number)
    expect(closed?.state).toBe('closed')
    const last = closed!.comments.at(-1)!.body
    expect(last).toContain(
      `Revoke the replaced certificate \`${first.certificateId}\` in NetSuite now`
    )
    // It could not revoke it itself: the old certificate is still active in NetSuite.
    expect(
      world.netsuite.certificates().find(c => c.certificateId === first.certificateId)?.revoked
    ).toBe(false)
  })
})

// The current key leaked; rotate with `emergency: true` goes through the issue (no role and
// entity IDs for an API upload), but the integration's role may manage certificates. The
// promotion that follows the admin's reply revokes the replaced certificate itself, with the
// new credentials, and says so in its closing comment.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import {
  EC,
  expectSucceeded,
  snapshot,
  stepExpecting,
  uploadAndReply,
  type Generation,
  startPromotedWorld
} from '../e2e/helpers.js'

describe('the promotion after an urgent issue revokes the old certificate itself', () => {
  let world: World
  let first: Generation
  let promote: RunResult
  let issueNumber: number

  beforeAll(async () => {
    ;({ world, first } = await startPromotedWorld({ canManageCertificates: true }))
    world.advanceDays(30)
    const rotate = await stepExpecting(world, 'rotate', 'rotation-started', {
      inputs: { ...EC, emergency: 'true' }
    })
    issueNumber = Number(rotate.outputs['issue-number'])
    ;({ result: promote } = await uploadAndReply(world, { issueNumber }))
  }, 60_000)
  afterAll(async () => {
    await world.close()
  })

  it('promotes, keeps no _PREVIOUS and revokes the replaced certificate in NetSuite', () => {
    expectSucceeded(promote, 'promoted')
    const state = snapshot(world)
    expect(Object.keys(state.secrets).filter(name => /PREVIOUS/.test(name))).toEqual([])
    const old = world.netsuite.certificates().find(c => c.certificateId === first.certificateId)
    expect(old?.revoked).toBe(true)
  })

  it('says so in the closing comment', () => {
    const last = world.github.issue(issueNumber)!.comments.at(-1)!.body
    expect(last).toContain(
      `The replaced certificate \`${first.certificateId}\` was revoked in NetSuite`
    )
    expect(last).not.toContain('Revoke the replaced certificate')
  })
})

// GitHub lets anyone with write re-run a finished workflow run for 30 days, with
// the secrets and variables as they are now. Re-running an old `restart: true`
// rotate must not throw away what happened since: neither a rotation the admin
// already uploaded and promoted, nor a newer rotation. It changes nothing.
//
// Both scenarios start 30 days after a promotion, with a rotation just started:
// that runs once through the action and each scenario restores it (world.restore).
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { SavedWorld, World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import {
  EC,
  expectSucceeded,
  openRotationIssues,
  snapshot,
  startPromotedWorld,
  stepExpecting,
  uploadAndReply
} from '../e2e/helpers.js'
import { certificateById, netsuiteCertificates } from '../zero-touch/helpers.js'
import { errorsOf } from './helpers.js'

const RESTART = { ...EC, restart: 'true' }

function issueStates(world: World): string[] {
  return world.github.issues().map(issue => `#${issue.number} ${issue.state}`)
}

let world: World
let rotationStarted: SavedWorld

beforeAll(async () => {
  ;({ world } = await startPromotedWorld())
  world.advanceDays(30)
  await stepExpecting(world, 'rotate', 'rotation-started', { inputs: EC })
  rotationStarted = world.save()
})
afterAll(async () => {
  await world.close()
})

describe('re-running an old restart after the admin uploaded and promoted its rotation', () => {
  let before: ReturnType<typeof snapshot>
  let issuesBefore: string[]
  let rerun: RunResult

  beforeAll(async () => {
    world.restore(rotationStarted)
    await stepExpecting(world, 'rotate', 'rotation-started', { inputs: RESTART, runId: '6001' })
    const { result } = await uploadAndReply(world)
    expectSucceeded(result, 'promoted')
    world.advanceDays(3)
    before = snapshot(world)
    issuesBefore = issueStates(world)
    rerun = await world.step('rotate', { inputs: RESTART, runId: '6001' })
  }, 90_000)

  it('changes no secret or variable and opens no issue', () => {
    expect(snapshot(world)).toEqual(before)
    expect(issueStates(world)).toEqual(issuesBefore)
  })

  it('says it was a rerun of a finished restart, if it fails', () => {
    if (rerun.exitCode !== 0) expect(errorsOf(rerun)).toMatch(/already|rerun|re-run/i)
  })

  it('the promoted credentials still log in', async () => {
    expect(await world.consumerLogsIn()).toEqual({ ok: true })
  })
})

describe('re-running an old restart after a newer rotation started and was uploaded', () => {
  let before: ReturnType<typeof snapshot>
  let issuesBefore: string[]
  let uploaded: string

  beforeAll(async () => {
    world.restore(rotationStarted)
    await stepExpecting(world, 'rotate', 'rotation-started', { inputs: RESTART, runId: '6101' })
    await stepExpecting(world, 'rotate', 'rotation-started', { inputs: RESTART, runId: '6102' })
    uploaded = world.adminUploadsPending()
    before = snapshot(world)
    issuesBefore = issueStates(world)
    await world.step('rotate', { inputs: RESTART, runId: '6101' })
  }, 90_000)

  it('keeps the newer pending rotation and its open issue', () => {
    expect(snapshot(world)).toEqual(before)
    expect(issueStates(world)).toEqual(issuesBefore)
    expect(openRotationIssues(world)).toHaveLength(1)
  })

  it("the admin's reply on the newer issue still promotes what they uploaded", async () => {
    const issueNumber = openRotationIssues(world)[0]?.number
    const event = world.comment(issueNumber, `/certificate-id ${uploaded}`, 'admin-alice')
    await stepExpecting(world, 'promote', 'promoted', { event })
    expect(certificateById(world, uploaded)?.revoked).toBe(false)
    expect(netsuiteCertificates(world).length).toBeGreaterThan(1)
  })
})

// A key leaks while an ordinary rotation waits for the admin (weeks of every
// cycle). `rotate` with `emergency: true` must not be dropped: the pending
// rotation becomes an emergency (the issue is marked urgent, and its promotion
// keeps no _PREVIOUS and names the current and the previous certificate for
// revocation, since the action may not revoke here). With `restart: true` as
// well, the pending pair is thrown away and a new emergency rotation starts.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startWorld, type SavedWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import {
  EC,
  expectSucceeded,
  snapshot,
  stepExpecting,
  theOpenIssue,
  twoGenerations,
  uploadAndReply,
  type Generation
} from '../e2e/helpers.js'
import { pendingKey } from '../security/helpers.js'
import { linesNaming } from './helpers.js'

interface Pending {
  world: World
  first: Generation
  second: Generation
  issue: number
  key: string
}

/** Two generations (the first is previous), then an ordinary rotation left pending. */
async function pendingWorld(): Promise<Pending> {
  const world = await startWorld()
  const { first, second } = await twoGenerations(world)
  world.advanceDays(2)
  const started = await stepExpecting(world, 'rotate', 'rotation-started', { inputs: EC })
  return {
    world,
    first,
    second,
    issue: Number(started.outputs['issue-number']),
    key: pendingKey(world)
  }
}

// Both scenarios start from the same pending rotation: it is made once through the action,
// and each block restores it.
let pending: Pending & { saved: SavedWorld }

beforeAll(async () => {
  const made = await pendingWorld()
  pending = { ...made, saved: made.world.save() }
}, 90_000)
afterAll(async () => {
  await pending.world.close()
})

function restoredPendingWorld(): Pending {
  pending.world.restore(pending.saved)
  return pending
}

const staleStages = (world: World): string[] => {
  const state = snapshot(world)
  return [...Object.keys(state.secrets), ...Object.keys(state.variables)].filter(name =>
    /PREVIOUS/.test(name)
  )
}

describe('rotate with emergency: true while a rotation is pending', () => {
  let world: World
  let first: Generation
  let second: Generation
  let issue: number
  let emergency: RunResult
  let promote: RunResult

  beforeAll(async () => {
    ;({ world, first, second, issue } = restoredPendingWorld())
    emergency = await world.step('rotate', { inputs: { ...EC, emergency: 'true' } })
    ;({ result: promote } = await uploadAndReply(world, { issueNumber: issue }))
  }, 90_000)

  it('is not dropped: the pending rotation becomes urgent, or the step fails saying why', () => {
    const urgent = /URGENT/.test(world.github.issue(issue)?.title ?? '')
    expect({ urgent, exitCode: emergency.exitCode === 0 ? 0 : 'non-zero' }).not.toEqual({
      urgent: false,
      exitCode: 0
    })
  })

  it("marks the pending rotation's issue urgent", () => {
    expect(world.github.issue(issue)?.title).toMatch(/^URGENT/)
    expect(world.github.issue(issue)?.body).toMatch(/compromised|leak|urgent/i)
  })

  it('its promotion keeps no _PREVIOUS: rollback cannot return to a leaked key', () => {
    expectSucceeded(promote, 'promoted')
    expect(staleStages(world)).toEqual([])
  })

  it('its promotion names the current and the previous certificate for revocation', () => {
    expect(linesNaming(world, second.certificateId, issue).join('\n')).toMatch(/revoke/i)
    expect(linesNaming(world, first.certificateId, issue).join('\n')).toMatch(/revoke/i)
  })
})

describe('rotate with emergency: true and restart: true while a rotation is pending', () => {
  let world: World
  let first: Generation
  let second: Generation
  let issue: number
  let key: string
  let emergency: RunResult
  let promote: RunResult
  let newIssue: number
  let keyAfter: string

  beforeAll(async () => {
    ;({ world, first, second, issue, key } = restoredPendingWorld())
    emergency = await world.step('rotate', {
      inputs: { ...EC, emergency: 'true', restart: 'true' }
    })
    keyAfter = pendingKey(world)
    newIssue = theOpenIssue(world).number
    ;({ result: promote } = await uploadAndReply(world, { issueNumber: newIssue }))
  }, 90_000)

  it('drops the pending pair and starts a new, urgent rotation', () => {
    expectSucceeded(emergency, 'rotation-started')
    expect(newIssue).not.toBe(issue)
    expect(world.github.issue(issue)?.state).toBe('closed')
    expect(world.github.issue(newIssue)?.title).toMatch(/^URGENT/)
    expect(keyAfter).not.toBe('')
    expect(keyAfter).not.toBe(key)
  })

  it('its promotion keeps no _PREVIOUS and names the current and the previous certificate', () => {
    expectSucceeded(promote, 'promoted')
    expect(staleStages(world)).toEqual([])
    expect(linesNaming(world, second.certificateId, newIssue).join('\n')).toMatch(/revoke/i)
    expect(linesNaming(world, first.certificateId, newIssue).join('\n')).toMatch(/revoke/i)
  })
})

// Every certificate has an end. A second rotation inside the grace period, or a
// restart, moves the current certificate to _PREVIOUS and drops the key of the
// previous one while NetSuite still accepts its certificate: nobody holds that
// key any more, and it counts towards NetSuite's five active certificates.
// Where the action may revoke, it revokes that certificate in the same run or
// keeps it in the record as due and revokes it in the next run; where it may
// not, the issue names the ID a person should revoke.
//
// The two rotations with the API start from the same automatic rotation, made
// once through the action; each restores the world it left (world.restore).
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startWorld, type SavedWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import {
  EC,
  expectSucceeded,
  stepExpecting,
  twoGenerations,
  uploadAndReply,
  type Generation
} from '../e2e/helpers.js'
import { certificateById, rotatedWorld, rotationState } from '../zero-touch/helpers.js'
import { linesNaming, orphans } from './helpers.js'

describe('from one automatic rotation', () => {
  let world: World
  let first: Generation
  let second: Generation
  let rotated: SavedWorld

  beforeAll(async () => {
    ;({ world, first, second } = await rotatedWorld())
    rotated = world.save()
  }, 90_000)
  afterAll(async () => {
    await world.close()
  })

  describe.each([
    ['a second automatic rotation', {}],
    ['a restart', { restart: 'true' }]
  ])('%s inside the grace period, with the API', (_name, inputs) => {
    let rotate: RunResult

    beforeAll(async () => {
      world.restore(rotated)
      world.advanceDays(2)
      rotate = await world.step('rotate', { inputs: { ...EC, ...inputs } })
    }, 90_000)

    it('promotes a third key; the second is previous', () => {
      expectSucceeded(rotate, 'promoted')
      expect(world.github.variable('NETSUITE_CERTIFICATE_ID_PREVIOUS')?.value).toBe(
        second.certificateId
      )
    })

    it('revokes the first certificate, or keeps it in the record as due', () => {
      const revoked = certificateById(world, first.certificateId)?.revoked
      const recorded = JSON.stringify(rotationState(world)).includes(first.certificateId)
      expect({ revoked, recorded }).not.toEqual({ revoked: false, recorded: false })
    })

    it('the next scheduled check leaves no active certificate outside the stages', async () => {
      await stepExpecting(world, 'check', 'ok', { inputs: EC })
      expect(certificateById(world, first.certificateId)?.revoked).toBe(true)
      expect(orphans(world).map(c => c.certificateId)).toEqual([])
    })
  })
})

describe('a second rotation inside the grace period, through the issue, without the permission to revoke', () => {
  let world: World
  let first: Generation
  let promote: RunResult
  let issue: number

  beforeAll(async () => {
    world = await startWorld()
    ;({ first } = await twoGenerations(world))
    world.advanceDays(2)
    const rotate = await stepExpecting(world, 'rotate', 'rotation-started', { inputs: EC })
    issue = Number(rotate.outputs['issue-number'])
    ;({ result: promote } = await uploadAndReply(world, { issueNumber: issue }))
  }, 90_000)
  afterAll(async () => {
    await world.close()
  })

  it('promotes, and the first certificate is still active in NetSuite with no stage holding it', () => {
    expectSucceeded(promote, 'promoted')
    expect(orphans(world).map(c => c.certificateId)).toEqual([first.certificateId])
  })

  it('the issue names the first certificate for a person to revoke', () => {
    expect(linesNaming(world, first.certificateId, issue).join('\n')).toMatch(/revoke/i)
  })
})

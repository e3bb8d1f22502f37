// A promoted rotation issue is finished. Someone with triage reopens it, and a
// writer then replies `/certificate-id <ID>` there. Only the issue the record
// names as the open rotation's counts: the reply changes no secret, variable or
// issue state, whether a newer rotation is pending or not.
import { describe, it, expect, beforeAll } from '@jest/globals'
import type { World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import {
  EC,
  prepareOnce,
  snapshot,
  startPromotedWorld,
  stepExpecting,
  writesIn
} from '../e2e/helpers.js'
import { opensslCertificate } from '../reliability/helpers.js'
import { TRIAGE } from '../security/helpers.js'
import { rotationState } from '../zero-touch/helpers.js'
import { errorsOf } from './helpers.js'

const WRITER = 'writer-wes'
const STAGE_WRITES = /\/actions\/(secrets|variables)/

// Both cases start from the same first promotion: made once, restored per case.
const promoted = prepareOnce(() => startPromotedWorld())

describe.each([
  ['nothing is pending', false],
  ['a newer rotation is pending', true]
])('a writer replies on a promoted issue that triage reopened, while %s', (_name, pending) => {
  let world: World
  let before: ReturnType<typeof snapshot>
  let record: unknown
  let result: RunResult
  let mark: number
  let pendingIssue: number | undefined

  beforeAll(async () => {
    let id: string
    ;({ world } = promoted())
    expect(world.github.issue(1)?.state).toBe('closed')
    if (pending) {
      world.advanceDays(680)
      const check = await stepExpecting(world, 'check', 'rotation-started', { inputs: EC })
      pendingIssue = Number(check.outputs['issue-number'])
      id = world.adminUploadsPending()
    } else {
      // A certificate in NetSuite that no rotation of this repository made.
      id = world.netsuite.uploadCertificate({
        clientId: world.clientId,
        pem: opensslCertificate().certificate,
        roleId: world.roleId,
        entityId: world.entityId
      }).certificateId
    }
    world.github.setIssueState(1, 'open', TRIAGE)
    before = snapshot(world)
    record = rotationState(world)
    mark = world.github.log.length
    const event = world.comment(1, `/certificate-id ${id}`, WRITER)
    result = await world.step('promote', { event })
  }, 90_000)

  it('exits 0, as for any reply that is not on the rotation issue', () => {
    expect({ exit: result.exitCode, errors: errorsOf(result) }).toEqual({ exit: 0, errors: '' })
  })

  it('writes no secret or variable, and the record is unchanged', () => {
    const stageWrites = writesIn(world.github.log.slice(mark)).filter(e =>
      STAGE_WRITES.test(e.path)
    )
    expect(stageWrites.map(e => `${e.method} ${e.path}`)).toEqual([])
    expect(snapshot(world)).toEqual(before)
    expect(rotationState(world)).toEqual(record)
  })

  it('leaves the issues as they were: the reopened one open, a pending one open', () => {
    expect(world.github.issue(1)?.state).toBe('open')
    if (pendingIssue !== undefined) expect(world.github.issue(pendingIssue)?.state).toBe('open')
  })
})

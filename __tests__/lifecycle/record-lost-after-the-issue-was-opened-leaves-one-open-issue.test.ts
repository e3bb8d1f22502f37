// Found by the unit random walk: `rotate` opens the rotation issue, then GitHub
// fails the write of the record that names it. The rerun does not know that
// issue, adopts the pending pair and announces it on a second issue. The first
// stays open, asking for a certificate that is promoted later and may be
// revoked after that: an open issue must never show a revoked certificate as the
// one to upload, so the rerun may leave only one open rotation issue, and the
// promotion none.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import {
  EC,
  expectSucceeded,
  openRotationIssues,
  pemLines,
  startPromotedWorld,
  uploadAndReply
} from '../e2e/helpers.js'
import { persistentFault } from './helpers.js'

const RECORD = '/repos/acme/erp-sync/actions/variables/NETSUITE_CERTIFICATE_ID_STATE'

describe('rotate whose record write fails after the issue was opened, then its rerun', () => {
  let world: World
  let failed: RunResult
  let rerun: RunResult
  let openAfterFailure: number[]

  beforeAll(async () => {
    ;({ world } = await startPromotedWorld())
    world.advanceDays(30)
    const fault = persistentFault(world, 'PATCH', RECORD)
    failed = await world.step('rotate', { inputs: EC, runId: '5601' })
    openAfterFailure = openRotationIssues(world).map(issue => issue.number)
    await fault.disarm()
    rerun = await world.step('rotate', { inputs: EC, runId: '5601' })
  }, 90_000)
  afterAll(async () => {
    await world.close()
  })

  it('the first run opened an issue, failed, and closed the issue its record could not name', () => {
    expect(failed.exitCode).not.toBe(0)
    expect(openAfterFailure).toEqual([])
    const closed = world.github
      .issues()
      .filter(
        i => i.state === 'closed' && /could not be written/.test(i.comments.at(-1)?.body ?? '')
      )
    expect(closed).toHaveLength(1)
  })

  it('after the rerun exactly one rotation issue is open', () => {
    expect(rerun.exitCode).toBe(0)
    expect(openRotationIssues(world).map(issue => issue.number)).toHaveLength(1)
  })

  it('after the promotion no issue still asks for a certificate, even once it is revoked', async () => {
    const certificate = world.github.variable('NETSUITE_CERTIFICATE_PENDING')!.value
    const { result } = await uploadAndReply(world, {
      issueNumber: Number(rerun.outputs['issue-number'])
    })
    expectSucceeded(result, 'promoted')
    world.netsuite.revokeCertificate(world.github.variable('NETSUITE_CERTIFICATE_ID')!.value)
    const line = pemLines(certificate)[1]
    expect(openRotationIssues(world).filter(issue => issue.body.includes(line))).toEqual([])
  })
})

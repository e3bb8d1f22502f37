// An emergency stops after the new certificate ID was written (the runner is
// killed at that log line; nothing after it lands). The rerun ("Re-run jobs",
// secrets and variables as they are now) must finish the emergency: revoke the
// leaked certificate, leave the new one alone, and never name the new, live
// certificate as "the old certificate" on the closed issue.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import {
  EC,
  expectSucceeded,
  firstGeneration,
  stepExpecting,
  type Generation
} from '../e2e/helpers.js'
import { certificateById, promotedWorld } from '../zero-touch/helpers.js'
import { linesNaming, orphans } from './helpers.js'

const ID_WRITTEN = 'write variable NETSUITE_CERTIFICATE_ID (repository): done'

describe('an automatic emergency rotation killed after the new ID was written, then rerun', () => {
  let world: World
  let first: Generation
  let killed: RunResult
  let rerun: RunResult
  let newId: string

  beforeAll(async () => {
    ;({ world, first } = await promotedWorld())
    world.advanceDays(30)
    const inputs = { ...EC, emergency: 'true' }
    killed = await world.step('rotate', {
      inputs,
      runId: '4401',
      killWhen: line => line.trim() === ID_WRITTEN
    })
    newId = world.github.variable('NETSUITE_CERTIFICATE_ID')?.value ?? ''
    rerun = await world.step('rotate', { inputs, runId: '4401' })
  }, 90_000)
  afterAll(async () => {
    await world.close()
  })

  it('was killed with the new certificate ID already written', () => {
    expect(killed.killed).toBe(true)
    expect(newId).not.toBe(first.certificateId)
    expect(certificateById(world, newId)?.revoked).toBe(false)
  })

  it('the rerun revokes the leaked certificate', () => {
    expect(rerun.exitCode).toBe(0)
    expect(certificateById(world, first.certificateId)?.revoked).toBe(true)
  })

  it('the rerun never names the new, live certificate as the old or replaced one', () => {
    const said = [rerun.stdout, rerun.summary, ...rerun.annotations.map(a => a.message)]
      .join('\n')
      .split('\n')
      .filter(line => line.includes(newId))
    for (const line of said)
      expect(line).not.toMatch(/old certificate|replaced certificate|revoke/i)
  })

  it('the new credentials stay live and nothing is left active outside the stages', async () => {
    expect(world.github.variable('NETSUITE_CERTIFICATE_ID')?.value).toBe(newId)
    expect(certificateById(world, newId)?.revoked).toBe(false)
    expect(orphans(world).map(c => c.certificateId)).toEqual([])
    expect(await world.consumerLogsIn()).toEqual({ ok: true })
  })
})

describe.each([
  ['may revoke', true],
  ['may not revoke', false]
])(
  'an urgent issue whose promotion is killed after the new ID was written (%s), then rerun',
  (_name, canManageCertificates) => {
    let world: World
    let first: Generation
    let rerun: RunResult
    let newId: string
    let issue: number

    beforeAll(async () => {
      world = await startWorld({ canManageCertificates })
      first = await firstGeneration(world)
      world.advanceDays(30)
      const rotate = await stepExpecting(world, 'rotate', 'rotation-started', {
        inputs: { ...EC, emergency: 'true' }
      })
      issue = Number(rotate.outputs['issue-number'])
      newId = world.adminUploadsPending()
      const event = world.comment(issue, `/certificate-id ${newId}`, 'admin-alice')
      const killed = await world.step('promote', {
        event,
        runId: '4402',
        killWhen: line => line.trim() === ID_WRITTEN
      })
      expect(killed.killed).toBe(true)
      rerun = await world.step('promote', { event, runId: '4402' })
    }, 90_000)
    afterAll(async () => {
      await world.close()
    })

    it('the rerun finishes the promotion and the new certificate stays live', () => {
      expectSucceeded(rerun, 'promoted')
      expect(world.github.variable('NETSUITE_CERTIFICATE_ID')?.value).toBe(newId)
      expect(certificateById(world, newId)?.revoked).toBe(false)
    })

    it('the leaked certificate is revoked, or named for revocation', () => {
      const named = linesNaming(world, first.certificateId, issue).join('\n')
      if (canManageCertificates)
        expect(certificateById(world, first.certificateId)?.revoked).toBe(true)
      else expect(named).toMatch(/revoke/i)
    })

    it('the closed issue never names the new, live certificate as the old or replaced one', () => {
      expect(world.github.issue(issue)?.state).toBe('closed')
      for (const line of linesNaming(world, newId, issue))
        expect(line).not.toMatch(/old certificate|replaced certificate|revoke/i)
    })
  }
)

// The admin has uploaded the pending certificate in NetSuite; before they reply,
// someone with triage closes the rotation issue. The next check must not throw
// the pending key away (that would orphan the upload, which counts towards
// NetSuite's cap of five): it announces the same pending certificate again, and
// a reply there promotes exactly the uploaded certificate.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { ADMIN, EC, stepExpecting, startPromotedWorld } from '../e2e/helpers.js'
import { fingerprintOf, pendingCertificate, pendingKey, TRIAGE } from './helpers.js'

describe('the live rotation issue closed after the upload', () => {
  let world: World
  let uploadedId: string
  let key: string
  let certificate: string
  let check: RunResult
  let afterCheck: { key: string; certificate: string }
  let promote: RunResult

  beforeAll(async () => {
    ;({ world } = await startPromotedWorld())
    world.advanceDays(680)
    await stepExpecting(world, 'check', 'rotation-started', { inputs: EC })
    key = pendingKey(world)
    certificate = pendingCertificate(world)
    uploadedId = world.adminUploadsPending()
    world.github.setIssueState(2, 'closed', TRIAGE)
    check = await world.step('check', { inputs: EC })
    afterCheck = { key: pendingKey(world), certificate: pendingCertificate(world) }
    const announced = Number(check.outputs['issue-number'])
    promote = await world.step('promote', {
      event: world.comment(announced, `/certificate-id ${uploadedId}`, ADMIN)
    })
  })
  afterAll(async () => {
    await world.close()
  })

  it('check keeps the pending pair and reports the rotation as pending', () => {
    expect({ exit: check.exitCode, status: check.outputs.status }).toEqual({
      exit: 0,
      status: 'rotation-pending'
    })
    expect(afterCheck).toEqual({ key, certificate })
  })

  it('check announces the same certificate on an open issue', () => {
    const issue = world.github.issue(Number(check.outputs['issue-number']))
    expect(issue?.body).toContain(fingerprintOf(certificate))
  })

  it('the reply on the announced issue promotes the uploaded certificate', () => {
    expect({ exit: promote.exitCode, status: promote.outputs.status }).toEqual({
      exit: 0,
      status: 'promoted'
    })
    expect(world.github.variable('NETSUITE_CERTIFICATE_ID')?.value).toBe(uploadedId)
    expect(world.github.secret('NETSUITE_PRIVATE_KEY')?.value).toBe(key)
    expect(world.github.variable('NETSUITE_CERTIFICATE')?.value).toBe(certificate)
    expect(world.github.issue(Number(check.outputs['issue-number']))?.state).toBe('closed')
  })

  it('NetSuite holds no orphaned upload: the two certificates are the two generations', () => {
    expect(world.netsuite.certificates(world.clientId)).toHaveLength(2)
  })
})

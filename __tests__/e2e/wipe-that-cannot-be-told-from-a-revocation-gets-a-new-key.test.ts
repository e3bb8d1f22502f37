// A sandbox refresh wiped NetSuite's M2M setup: no credentials at hand can read
// the certificate list, so the action cannot tell a wipe from a revocation. A key
// that may have been revoked on purpose is never offered again: the issue asks for
// a NEW certificate, and uploading it restores the integration just the same.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import {
  EC,
  expectSucceeded,
  uploadAndReply,
  type Generation,
  startPromotedWorld
} from './helpers.js'

describe('check after a wipe it cannot tell from a revocation, then a new key', () => {
  let world: World
  let first: Generation
  let check: RunResult

  beforeAll(async () => {
    ;({ world, first } = await startPromotedWorld({ canManageCertificates: true }))
    world.advanceDays(30)
    world.netsuite.wipe()
    check = await world.step('check', { inputs: EC })
  })
  afterAll(async () => {
    await world.close()
  })

  it('reports registration-missing and fails the step', () => {
    expect(check.outputs.status).toBe('registration-missing')
    expect(check.exitCode).not.toBe(0)
  })

  it('the issue asks for a new certificate, never the refused one, and says why', () => {
    const issue = world.github.issue(Number(check.outputs['issue-number']))
    expect(issue?.state).toBe('open')
    expect(issue?.body).not.toContain(first.certificate.split('\n')[1])
    expect(issue?.body).toMatch(/may have been \*\*revoked\*\* on purpose/)
  })

  it('the reply promotes the new key under a new ID, keeping no previous', async () => {
    const { result, certificateId } = await uploadAndReply(world, {
      issueNumber: Number(check.outputs['issue-number'])
    })
    expectSucceeded(result, 'promoted')
    expect(certificateId).not.toBe(first.certificateId)
    expect(world.github.variable('NETSUITE_CERTIFICATE_ID')?.value).toBe(certificateId)
    expect(world.github.secret('NETSUITE_PRIVATE_KEY')?.value).not.toBe(first.key)
    expect(world.github.variable('NETSUITE_CERTIFICATE')?.value).not.toBe(first.certificate)
    expect(world.github.secret('NETSUITE_PRIVATE_KEY_PREVIOUS')).toBeUndefined()
  })
})

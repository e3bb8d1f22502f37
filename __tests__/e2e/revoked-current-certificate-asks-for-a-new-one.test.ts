// The current certificate was revoked in NetSuite on purpose, and no automatic
// upload is possible (no role and entity IDs are configured), though the
// previous credentials can still read NetSuite's certificate list. check must
// not ask for the revoked certificate again: it generates a new key, opens the
// issue saying the certificate was revoked and asking for the new one, and
// fails with status `revoked`.
// The two generations come from a current pair seeded by openssl and one rotation promoted
// through the action over it (reliability's promoted()): what is looked at here is the
// second promotion and what follows, not how the first generation was promoted.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { EC, snapshot, uploadAndReply, expectSucceeded, type Generation } from './helpers.js'
import { promoted } from '../reliability/helpers.js'
import { X509Certificate } from 'node:crypto'

describe('check after the current certificate was revoked, without automatic upload', () => {
  let world: World
  let second: Generation
  let result: RunResult

  beforeAll(async () => {
    world = await startWorld({ canManageCertificates: true })
    ;({ b: second } = await promoted(world))
    world.advanceDays(5)
    world.netsuite.revokeCertificate(second.certificateId)
    result = await world.step('check', { inputs: EC })
  })
  afterAll(async () => {
    await world.close()
  })

  it('reports revoked and fails the step', () => {
    expect(result.outputs.status).toBe('revoked')
    expect(result.exitCode).not.toBe(0)
    const errors = result.annotations.filter(a => a.level === 'error').map(a => a.message)
    expect(errors.join('\n')).toMatch(/revoked/)
  })

  it('stores a new pending key, not the revoked one', () => {
    const state = snapshot(world)
    expect(state.secrets.NETSUITE_PRIVATE_KEY_PENDING).toBeDefined()
    expect(state.secrets.NETSUITE_PRIVATE_KEY_PENDING).not.toBe(second.key)
    expect(
      new X509Certificate(state.variables.NETSUITE_CERTIFICATE_PENDING).fingerprint256
    ).not.toBe(new X509Certificate(second.certificate).fingerprint256)
  })

  it('the issue says the certificate was revoked and asks for the new one', () => {
    const issue = world.github.issue(Number(result.outputs['issue-number']))
    expect(issue?.state).toBe('open')
    expect(`${issue?.title}\n${issue?.body}`).toMatch(/revoked/i)
    const pending = world.github.variable('NETSUITE_CERTIFICATE_PENDING')?.value ?? ''
    expect(issue?.body).toContain(new X509Certificate(pending).fingerprint256)
  })

  it('the reply promotes the new key', async () => {
    const { result: promote } = await uploadAndReply(world, {
      issueNumber: Number(result.outputs['issue-number'])
    })
    expectSucceeded(promote, 'promoted')
    expect(world.github.secret('NETSUITE_PRIVATE_KEY')?.value).not.toBe(second.key)
  })
})

// Someone revoked the CURRENT certificate in NetSuite while the previous one is
// still registered (inside the grace period after a zero-touch rotation). The
// previous credentials can still get a token, so check uploads the current
// certificate again through the endpoint, proves it, stores its new ID, and
// leaves a closed record: status ok, no person needed.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { expectSucceeded, snapshot, stepExpecting, type Generation } from '../e2e/helpers.js'
import {
  EC,
  INTO_RENEW_WINDOW_DAYS,
  certificateById,
  issueText,
  issuesAfter,
  lastIssueNumber,
  promotedWorld,
  uploadsIn
} from './helpers.js'

describe('check after the current certificate was revoked, previous still registered', () => {
  let world: World
  let first: Generation
  let second: Generation
  let lastIssue: number
  let result: RunResult
  let netsuiteMark: number

  beforeAll(async () => {
    ;({ world, first } = await promotedWorld())
    world.advanceDays(INTO_RENEW_WINDOW_DAYS)
    await stepExpecting(world, 'check', 'promoted', { inputs: EC })
    const state = snapshot(world)
    second = {
      certificateId: state.variables.NETSUITE_CERTIFICATE_ID,
      key: state.secrets.NETSUITE_PRIVATE_KEY,
      certificate: state.variables.NETSUITE_CERTIFICATE
    }
    lastIssue = lastIssueNumber(world)
    world.advanceDays(3)
    world.netsuite.revokeCertificate(second.certificateId)
    netsuiteMark = world.netsuite.log.length
    result = await world.step('check', { inputs: EC })
  })
  afterAll(async () => {
    await world.close()
  })

  it('the setup is right: previous registered, current revoked', () => {
    expect(first.certificateId).not.toBe(second.certificateId)
    expect(certificateById(world, first.certificateId)?.revoked).toBe(false)
    expect(certificateById(world, second.certificateId)?.revoked).toBe(true)
  })

  it('reports ok and exits 0', () => {
    expectSucceeded(result, 'ok')
  })

  it('warns that the certificate was uploaded again', () => {
    const warnings = result.annotations.filter(a => a.level === 'warning').map(a => a.message)
    expect(warnings.some(w => /uploaded again/i.test(w))).toBe(true)
  })

  it('uploaded the same certificate once, mapped to the role and entity', () => {
    const uploads = uploadsIn(world.netsuite.log.slice(netsuiteMark))
    expect(uploads).toHaveLength(1)
    const newId = world.github.variable('NETSUITE_CERTIFICATE_ID')?.value ?? ''
    const record = certificateById(world, newId)
    expect(record?.pem).toBe(second.certificate)
    expect(record?.revoked).toBe(false)
    expect(record?.roleId).toBe(world.roleId)
    expect(record?.entityId).toBe(world.entityId)
  })

  it('stores the new ID and keeps the key, the certificate and the previous stage', () => {
    const state = snapshot(world)
    expect(state.variables.NETSUITE_CERTIFICATE_ID).not.toBe(second.certificateId)
    expect(state.variables.NETSUITE_CERTIFICATE_ID).not.toBe(first.certificateId)
    expect(result.outputs['certificate-id']).toBe(state.variables.NETSUITE_CERTIFICATE_ID)
    expect(state.secrets.NETSUITE_PRIVATE_KEY).toBe(second.key)
    expect(state.variables.NETSUITE_CERTIFICATE).toBe(second.certificate)
    expect(state.secrets.NETSUITE_PRIVATE_KEY_PREVIOUS).toBe(first.key)
    expect(state.variables.NETSUITE_CERTIFICATE_ID_PREVIOUS).toBe(first.certificateId)
    expect(state.secrets.NETSUITE_PRIVATE_KEY_PENDING).toBeUndefined()
  })

  it('leaves one closed record issue naming the old and new IDs', () => {
    const later = issuesAfter(world, lastIssue)
    expect(later).toHaveLength(1)
    expect(later[0].state).toBe('closed')
    const text = issueText(later[0])
    expect(text).toContain(second.certificateId)
    expect(text).toContain(world.github.variable('NETSUITE_CERTIFICATE_ID')?.value ?? '-')
    expect(text).not.toContain('/certificate-id <')
  })

  it('verify passes with the new ID and the unchanged key', async () => {
    const verify = await stepExpecting(world, 'verify', 'verified')
    expect(verify.outputs['certificate-id']).toBe(
      world.github.variable('NETSUITE_CERTIFICATE_ID')?.value
    )
  })

  it('the grace-period revocation later still revokes only the first generation', async () => {
    world.advanceDays(12)
    await stepExpecting(world, 'check', 'ok', { inputs: EC })
    expect(certificateById(world, first.certificateId)?.revoked).toBe(true)
    const currentId = world.github.variable('NETSUITE_CERTIFICATE_ID')?.value ?? ''
    expect(certificateById(world, currentId)?.revoked).toBe(false)
    await stepExpecting(world, 'verify', 'verified')
  })
})

// The current key leaked. rotate with `emergency: true` and an API upload possible: one run
// uploads a new certificate, proves it, promotes it, revokes the replaced certificate in
// NetSuite at once and keeps no _PREVIOUS (no rollback to a compromised key). The fan-out
// targets get the new credentials and the webhook hears of the promotion, as after any other.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { expectSucceeded, snapshot, type Generation } from '../e2e/helpers.js'
import { EC, certificateById, promotedWorld } from '../zero-touch/helpers.js'
import { eventsSince } from '../notify/sent.js'

describe('rotate with emergency: true and an API upload', () => {
  let world: World
  let first: Generation
  let result: RunResult

  beforeAll(async () => {
    ;({ world, first } = await promotedWorld({ fanOut: true, webhook: true }))
    world.advanceDays(30)
    result = await world.step('rotate', { inputs: { ...EC, emergency: 'true' } })
  }, 60_000)
  afterAll(async () => {
    await world.close()
  })

  it('promotes a new certificate in the same run', () => {
    expectSucceeded(result, 'promoted')
    const state = snapshot(world)
    expect(state.variables.NETSUITE_CERTIFICATE_ID).toBe(result.outputs['certificate-id'])
    expect(state.variables.NETSUITE_CERTIFICATE_ID).not.toBe(first.certificateId)
    expect(state.secrets.NETSUITE_PRIVATE_KEY).not.toBe(first.key)
  })

  it('revokes the replaced certificate in NetSuite at once', () => {
    expect(certificateById(world, first.certificateId)?.revoked).toBe(true)
    expect(certificateById(world, result.outputs['certificate-id'])?.revoked).toBe(false)
    const warnings = result.annotations.filter(a => a.level === 'warning').map(a => a.message)
    expect(warnings.join('\n')).toContain(`${first.certificateId} was revoked in NetSuite`)
  })

  it('keeps no _PREVIOUS and records nothing left to revoke later', () => {
    const state = snapshot(world)
    const names = [...Object.keys(state.secrets), ...Object.keys(state.variables)]
    expect(names.filter(name => /PREVIOUS|PENDING/.test(name))).toEqual([])
    const record = JSON.parse(state.variables.NETSUITE_CERTIFICATE_ID_STATE) as {
      promotion: { previousCertificateId?: string }
    }
    expect(record.promotion.previousCertificateId).toBeUndefined()
  })

  it('copies the new credentials to the targets and announces the promotion', () => {
    const state = snapshot(world)
    expect(world.repositories['acme/billing'].secret('NETSUITE_PRIVATE_KEY')?.value).toBe(
      state.secrets.NETSUITE_PRIVATE_KEY
    )
    expect(world.github.org.variable('NETSUITE_CERTIFICATE_ID')?.value).toBe(
      state.variables.NETSUITE_CERTIFICATE_ID
    )
    expect(eventsSince(world).at(-1)).toBe('promoted')
  })
})

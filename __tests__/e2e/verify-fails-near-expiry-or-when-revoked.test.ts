// The CI gate fails before it is too late (within fail-before-days) and when
// NetSuite no longer accepts the certificate (revoked by an admin). verify reads only the
// current stage, so a current pair made by openssl and registered in NetSuite stands in for
// a promotion (no action run before the verify under test).
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { X509Certificate } from 'node:crypto'
import { startWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { HINTS } from '../../src/netsuite/errors.js'
import { advanceToDaysBeforeExpiry } from './helpers.js'
import { seedCurrent } from '../reliability/helpers.js'

const errors = (result: RunResult): string =>
  result.annotations
    .filter(a => a.level === 'error')
    .map(a => a.message)
    .join('\n')

describe('verify within fail-before-days of expiry', () => {
  let world: World
  let result: RunResult
  let tokensBefore: number

  beforeAll(async () => {
    world = await startWorld()
    const { certificate } = seedCurrent(world)
    // 6 days and 23 hours left: inside the default fail-before-days of 7.
    advanceToDaysBeforeExpiry(world, new Date(new X509Certificate(certificate).validTo), 7)
    tokensBefore = world.netsuite.issuedTokens.length
    result = await world.step('verify')
  })
  afterAll(async () => {
    await world.close()
  })

  it('fails the step with an error naming fail-before-days', () => {
    expect(result.exitCode).not.toBe(0)
    expect(result.exitCode).not.toBeNull()
    expect(result.outputs.status).toBe('failed')
    expect(errors(result)).toContain('fail-before-days')
    expect(result.outputs['days-remaining']).toBe('6')
  })

  it('passes with fail-before-days 3', async () => {
    const relaxed = await world.step('verify', { inputs: { 'fail-before-days': '3' } })
    expect(relaxed.exitCode).toBe(0)
    expect(relaxed.outputs.status).toBe('verified')
    expect(world.netsuite.issuedTokens.length).toBe(tokensBefore + 1)
  })
})

describe('verify with a certificate an admin revoked', () => {
  let world: World
  let result: RunResult

  beforeAll(async () => {
    world = await startWorld()
    const { certificateId } = seedCurrent(world)
    world.netsuite.revokeCertificate(certificateId)
    result = await world.step('verify')
  })
  afterAll(async () => {
    await world.close()
  })

  it('fails the step with invalid_client and what usually causes it', () => {
    expect(result.exitCode).not.toBe(0)
    expect(result.exitCode).not.toBeNull()
    expect(result.outputs.status).toBe('failed')
    expect(errors(result)).toContain('invalid_client')
    expect(errors(result)).toContain(HINTS.invalid_client)
  })

  it('got the refusal from NetSuite itself', () => {
    const last = world.netsuite.log[world.netsuite.log.length - 1]
    expect(last).toMatchObject({ verdict: 'refused', error: 'invalid_client' })
    expect(result.outputs['access-token']).toBeUndefined()
  })
})

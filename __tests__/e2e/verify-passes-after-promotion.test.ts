// The CI gate: after a promotion, verify proves the current credentials with
// NetSuite and reports on the current certificate.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { X509Certificate } from 'node:crypto'
import type { World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { DAY_MS, firstGeneration, stepExpecting, startPromotedWorld } from './helpers.js'

describe('verify after a promotion', () => {
  let world: World
  let result: RunResult
  let generation: Awaited<ReturnType<typeof firstGeneration>>
  let tokensBefore: number
  let githubRequestsBefore: number

  beforeAll(async () => {
    ;({ world, first: generation } = await startPromotedWorld())
    world.advanceDays(100)
    tokensBefore = world.netsuite.issuedTokens.length
    githubRequestsBefore = world.github.log.length
    result = await stepExpecting(world, 'verify', 'verified')
  })
  afterAll(async () => {
    await world.close()
  })

  it('reports the current certificate: ID, fingerprint, expiry and whole days left', () => {
    const x509 = new X509Certificate(generation.certificate)
    const notAfter = new Date(x509.validTo)
    expect(result.outputs['certificate-id']).toBe(generation.certificateId)
    expect(result.outputs.fingerprint).toBe(x509.fingerprint256)
    expect(result.outputs['expires-at']).toBe(notAfter.toISOString())
    const days = Number(result.outputs['days-remaining'])
    // 730-day certificate, 100 days later: 629 or 630 whole days depending on the seconds elapsed.
    expect(days).toBe(Math.floor((notAfter.getTime() - world.now().getTime()) / DAY_MS))
    expect(days).toBeGreaterThanOrEqual(628)
    expect(days).toBeLessThanOrEqual(630)
  })

  it('exchanged one token with the current key and ID, and outputs it masked', () => {
    const issued = world.netsuite.issuedTokens.slice(tokensBefore)
    expect(issued).toHaveLength(1)
    expect(issued[0].certificateId).toBe(generation.certificateId)
    expect(result.outputs['access-token']).toBe(issued[0].accessToken)
    expect(result.masks).toContain(issued[0].accessToken)
    expect(result.stdout).not.toContain(issued[0].accessToken)
  })

  it('makes no GitHub request at all (the gate needs only its inputs and NetSuite)', () => {
    expect(world.github.log.slice(githubRequestsBefore)).toEqual([])
  })
})

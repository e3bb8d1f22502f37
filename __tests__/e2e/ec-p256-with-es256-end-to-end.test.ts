// An EC P-256 key pair end to end: generated, promoted and verified with ES256,
// which NetSuite accepts (and PS256 would not fit the key).
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { X509Certificate, createPrivateKey } from 'node:crypto'
import { startWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { firstGeneration, stepExpecting, type Generation } from './helpers.js'

describe('key-type ec-p256: bootstrap, promote, verify', () => {
  let world: World
  let generation: Generation
  let verify: RunResult

  beforeAll(async () => {
    world = await startWorld()
    generation = await firstGeneration(world, { inputs: { 'key-type': 'ec-p256' } })
    verify = await stepExpecting(world, 'verify', 'verified')
  })
  afterAll(async () => {
    await world.close()
  })

  it('generated a P-256 key and certificate', () => {
    const key = createPrivateKey(generation.key)
    expect(key.asymmetricKeyType).toBe('ec')
    expect(key.asymmetricKeyDetails?.namedCurve).toBe('prime256v1')
    expect(new X509Certificate(generation.certificate).checkPrivateKey(key)).toBe(true)
  })

  it('NetSuite registered it as ec-p256', () => {
    const record = world.netsuite
      .certificates()
      .find(c => c.certificateId === generation.certificateId)
    expect(record?.keyType).toBe('ec-p256')
  })

  it('signed every token request with ES256, and NetSuite accepted them', () => {
    const tokenRequests = world.netsuite.log.filter(e => e.path.endsWith('/token'))
    // promote and verify
    expect(tokenRequests).toHaveLength(2)
    for (const entry of tokenRequests) {
      expect(entry.header).toMatchObject({
        alg: 'ES256',
        typ: 'JWT',
        kid: generation.certificateId
      })
      expect(entry.verdict).toBe('accepted')
    }
    expect(verify.outputs['access-token']).toBe(world.netsuite.issuedTokens[1].accessToken)
  })
})

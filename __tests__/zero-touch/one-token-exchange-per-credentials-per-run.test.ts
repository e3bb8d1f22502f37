// NetSuite counts every token request, and each one puts a signed assertion on
// the wire. A check with uploads through the API proves the current pair, reads
// the certificate list for the near-limit warning, may revoke the previous
// certificate and may upload and prove a new one: one exchange per credentials
// serves all of it, and a new certificate is still proven by a real exchange.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { World } from '../../sandbox/world.js'
import { stepExpecting, type Generation } from '../e2e/helpers.js'
import { EC, INTO_RENEW_WINDOW_DAYS, certificateById, seededWorld } from './helpers.js'

/** The token requests since `mark`, counted per client ID and certificate ID. */
function exchangesSince(world: World, mark: number): Record<string, number> {
  const counted: Record<string, number> = {}
  for (const entry of world.netsuite.tokenRequests().slice(mark)) {
    const credentials = `${String(entry.claims?.iss)} ${String(entry.header?.kid)}`
    counted[credentials] = (counted[credentials] ?? 0) + 1
  }
  return counted
}

describe('one token exchange per credentials in a check run', () => {
  let world: World
  let first: Generation
  const exchanges: Record<'healthy' | 'rotation' | 'revocation', Record<string, number>> = {
    healthy: {},
    rotation: {},
    revocation: {}
  }
  let second = ''

  beforeAll(async () => {
    ;({ world, first } = await seededWorld())
    let mark = world.netsuite.tokenRequests().length
    await stepExpecting(world, 'check', 'ok', { inputs: EC })
    exchanges.healthy = exchangesSince(world, mark)

    world.advanceDays(INTO_RENEW_WINDOW_DAYS)
    mark = world.netsuite.tokenRequests().length
    const rotated = await stepExpecting(world, 'check', 'promoted', { inputs: EC })
    exchanges.rotation = exchangesSince(world, mark)
    second = rotated.outputs['certificate-id']

    world.advanceDays(15)
    mark = world.netsuite.tokenRequests().length
    await stepExpecting(world, 'check', 'ok', { inputs: EC })
    exchanges.revocation = exchangesSince(world, mark)
  })
  afterAll(async () => {
    await world.close()
  })

  it('a healthy check proves the current pair and reads the list with one exchange', () => {
    expect(exchanges.healthy).toEqual({ [`${world.clientId} ${first.certificateId}`]: 1 })
  })

  it('an automatic rotation: one exchange for the current pair, one real proof of the new', () => {
    expect(second).not.toBe(first.certificateId)
    expect(exchanges.rotation).toEqual({
      [`${world.clientId} ${first.certificateId}`]: 1,
      [`${world.clientId} ${second}`]: 1
    })
  })

  it('revoking the previous certificate needs no exchange of its own', () => {
    expect(certificateById(world, first.certificateId)?.revoked).toBe(true)
    expect(exchanges.revocation).toEqual({ [`${world.clientId} ${second}`]: 1 })
  })
})

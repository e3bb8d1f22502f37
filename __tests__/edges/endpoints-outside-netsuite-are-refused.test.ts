// token-url and certificates-url carry the signed assertion and the access token:
// https:// only (plain http only for loopback), *.netsuite.com unless
// allow-custom-endpoints. Refused as bad input: an ::error::, non-zero, nothing sent.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import { seedCurrent } from '../reliability/helpers.js'
import { writesIn } from '../e2e/helpers.js'

let world: World
let port: string

beforeAll(async () => {
  // verify reads only the current stage: a pair made by openssl and registered in NetSuite
  // stands in for a promotion (no action run before the one under test).
  world = await startWorld()
  seedCurrent(world)
  port = new URL(world.netsuite.url).port
})

afterAll(async () => {
  await world.close()
})

const TOKEN_PATH = '/services/rest/auth/oauth2/v1/token'

describe('verify with an endpoint outside the rule', () => {
  it.each([
    [
      'a plain http token-url on a host that is not loopback',
      (): Record<string, string> => ({ 'token-url': `http://0.0.0.0:${port}${TOKEN_PATH}` }),
      /token-url must be an https:\/\/ URL \(plain http:\/\/ only for 127\.0\.0\.1, localhost or \[::1\]\)/
    ],
    [
      'an https token-url on a host that is not NetSuite',
      (): Record<string, string> => ({ 'token-url': `https://0.0.0.0:${port}${TOKEN_PATH}` }),
      /token-url host 0\.0\.0\.0 is not a NetSuite host \(\*\.netsuite\.com\).*allow-custom-endpoints: true/
    ],
    [
      'a NetSuite look-alike host',
      (): Record<string, string> => ({
        'token-url': `https://1234567-sb1.suitetalk.api.netsuite.com.evil.example${TOKEN_PATH}`
      }),
      /is not a NetSuite host/
    ],
    [
      'a plain http certificates-url',
      (): Record<string, string> => ({
        'certificates-url': `http://1234567-sb1.restlets.api.netsuite.com/x/certificates`
      }),
      /certificates-url must be an https:\/\/ URL/
    ]
  ])('refuses %s', async (_name, inputs, message) => {
    const netsuiteRequests = world.netsuite.log.length
    const githubWrites = writesIn(world.github.log).length
    const result = await world.step('verify', { inputs: inputs() })
    expect(result.exitCode).not.toBe(0)
    const errors = result.annotations.filter(a => a.level === 'error').map(a => a.message)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(message)
    expect(result.outputs).toEqual({})
    expect(world.netsuite.log.length).toBe(netsuiteRequests)
    expect(writesIn(world.github.log).length).toBe(githubWrites)
  })

  it('still accepts the loopback emulator over plain http', async () => {
    const result = await world.step('verify')
    expect({ exit: result.exitCode, status: result.outputs.status }).toEqual({
      exit: 0,
      status: 'verified'
    })
  })
})

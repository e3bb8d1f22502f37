// The tokens one run holds, with its own clock: a token is handed out again with the time it
// has left, never close to its end; callers at the same moment share one exchange; a failed
// exchange is never kept.
import { describe, expect, it } from '@jest/globals'
import { generateKeyPairSync } from 'node:crypto'
import { RunTokens } from '../../src/netsuite/run-tokens.js'
import type { Credentials } from '../../src/netsuite/client.js'
import type { AccessToken } from '../../src/netsuite/token.js'

const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
const CREDENTIALS: Credentials = {
  clientId: 'c'.repeat(64),
  certificateId: 'certificate-1',
  privateKey,
  algorithm: 'ES256'
}
const SCOPES = ['restlets', 'rest_webservices']

function counting(expiresIn = 3600): { exchange: () => Promise<AccessToken>; count: () => number } {
  let count = 0
  return {
    exchange: async () => {
      count++
      return { accessToken: `token-${count}`, expiresIn, tokenType: 'Bearer' }
    },
    count: () => count
  }
}

describe('RunTokens', () => {
  it('hands a token out again with the seconds it has left', async () => {
    let now = 0
    const tokens = new RunTokens(() => now)
    const { exchange, count } = counting()
    await tokens.obtain(CREDENTIALS, SCOPES, exchange)
    now = 3_000_000
    const again = await tokens.obtain(CREDENTIALS, [...SCOPES].reverse(), exchange)
    expect(again).toEqual({ accessToken: 'token-1', expiresIn: 600, tokenType: 'Bearer' })
    expect(count()).toBe(1)
  })

  it('exchanges again when the token is about to end', async () => {
    let now = 0
    const tokens = new RunTokens(() => now)
    const { exchange, count } = counting()
    await tokens.obtain(CREDENTIALS, SCOPES, exchange)
    now = 3_500_000
    expect((await tokens.obtain(CREDENTIALS, SCOPES, exchange)).accessToken).toBe('token-2')
    expect(count()).toBe(2)
  })

  it('never keeps a token too short-lived to be used twice', async () => {
    const tokens = new RunTokens(() => 0)
    const { exchange, count } = counting(60)
    await tokens.obtain(CREDENTIALS, SCOPES, exchange)
    await tokens.obtain(CREDENTIALS, SCOPES, exchange)
    expect(count()).toBe(2)
  })

  it('callers at the same moment share one exchange', async () => {
    const tokens = new RunTokens()
    const { exchange, count } = counting()
    const both = await Promise.all([
      tokens.obtain(CREDENTIALS, SCOPES, exchange),
      tokens.obtain(CREDENTIALS, SCOPES, exchange)
    ])
    expect(both.map(t => t.accessToken)).toEqual(['token-1', 'token-1'])
    expect(count()).toBe(1)
  })

  it('does not keep a failed exchange', async () => {
    const tokens = new RunTokens()
    const { exchange, count } = counting()
    await expect(
      tokens.obtain(CREDENTIALS, SCOPES, () => Promise.reject(new Error('refused')))
    ).rejects.toThrow('refused')
    expect((await tokens.obtain(CREDENTIALS, SCOPES, exchange)).accessToken).toBe('token-1')
    expect(count()).toBe(1)
  })

  it('forgets the tokens of a revoked certificate and a refused token', async () => {
    const tokens = new RunTokens()
    const { exchange, count } = counting()
    await tokens.obtain(CREDENTIALS, SCOPES, exchange)
    tokens.forgetCertificate('certificate-1')
    const second = await tokens.obtain(CREDENTIALS, SCOPES, exchange)
    tokens.forgetToken(second.accessToken)
    await tokens.obtain(CREDENTIALS, SCOPES, exchange)
    expect(count()).toBe(3)
  })
})

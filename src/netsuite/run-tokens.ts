/**
 * The access tokens one run obtained. NetSuite counts every token request and
 * each one puts a signed assertion on the wire, so a run exchanges once for
 * each set of credentials and scopes and hands the same token to every later
 * step that asks for it. A failed exchange is never kept; a token is dropped
 * before it expires, and when its certificate is revoked (NetSuite ends the
 * token with it) or NetSuite refuses it. Lives as long as its gateway: one run.
 */
import { createHash, createPublicKey } from 'node:crypto'
import type { Credentials } from './client.js'
import type { AccessToken } from './token.js'

/** A token this close to its end is not handed out again: the step using it needs time. */
const SPARE_SECONDS = 120

interface Held {
  certificateId: string
  token: Promise<AccessToken>
  /** Set once the exchange answered: the token and when it was obtained (ms). */
  obtained?: { accessToken: string; at: number }
}

export class RunTokens {
  private readonly held = new Map<string, Held>()

  constructor(private readonly now: () => number = Date.now) {}

  /** The token already obtained for these credentials and scopes, or the one `exchange` gets. */
  async obtain(
    credentials: Credentials,
    scopes: string[],
    exchange: () => Promise<AccessToken>
  ): Promise<AccessToken> {
    const key = exchangeKey(credentials, scopes)
    const kept = this.held.get(key)
    if (kept) {
      const token = await kept.token
      const left = this.secondsLeft(token, kept)
      if (left > SPARE_SECONDS) return { ...token, expiresIn: left }
      if (this.held.get(key) === kept) this.held.delete(key)
      return this.obtain(credentials, scopes, exchange)
    }
    const entry: Held = { certificateId: credentials.certificateId, token: exchange() }
    this.held.set(key, entry)
    try {
      const token = await entry.token
      entry.obtained = { accessToken: token.accessToken, at: this.now() }
      return token
    } catch (error) {
      if (this.held.get(key) === entry) this.held.delete(key)
      throw error
    }
  }

  /** A revoked certificate's tokens are dead: the next request for it exchanges again. */
  forgetCertificate(certificateId: string): void {
    for (const [key, entry] of this.held) {
      if (entry.certificateId === certificateId) this.held.delete(key)
    }
  }

  /** A token NetSuite refused is not handed out again. */
  forgetToken(accessToken: string): void {
    for (const [key, entry] of this.held) {
      if (entry.obtained?.accessToken === accessToken) this.held.delete(key)
    }
  }

  private secondsLeft(token: AccessToken, entry: Held): number {
    // Still in flight for another caller: it has just been issued.
    if (entry.obtained === undefined) return token.expiresIn
    return token.expiresIn - Math.ceil((this.now() - entry.obtained.at) / 1000)
  }
}

/**
 * What makes two exchanges the same: client ID, certificate ID, algorithm, key
 * (by its public half) and the set of scopes. Held in memory only.
 */
function exchangeKey(credentials: Credentials, scopes: string[]): string {
  const publicKey = createPublicKey(credentials.privateKey).export({ type: 'spki', format: 'der' })
  return JSON.stringify([
    credentials.clientId,
    credentials.certificateId,
    credentials.algorithm,
    createHash('sha256').update(publicKey).digest('base64url'),
    [...new Set(scopes)].sort()
  ])
}

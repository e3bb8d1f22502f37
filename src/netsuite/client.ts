import type { KeyObject } from 'node:crypto'
import { signClientAssertion } from '../core/assertion.js'
import type { Algorithm } from '../core/key-types.js'
import { DEFAULT_RETRY, type RetryPolicy } from './http.js'
import { exchangeToken, type AccessToken } from './token.js'

export interface Credentials {
  clientId: string
  certificateId: string
  privateKey: KeyObject
  algorithm: Algorithm
}

export interface ProveOptions {
  tokenUrl: string
  scopes: string[]
  policy?: RetryPolicy
  /** Called with each assertion before it is sent, so the action can mask it. */
  onAssertion?: (assertion: string) => void
}

/** Signs a client assertion with these credentials and exchanges it: the proof that NetSuite accepts them. */
export async function proveCredentials(
  credentials: Credentials,
  options: ProveOptions
): Promise<AccessToken> {
  // One assertion per attempt: a retry after a lost answer must not repeat a spent jti.
  const sign = async (): Promise<string> => {
    const assertion = await signClientAssertion({
      privateKey: credentials.privateKey,
      algorithm: credentials.algorithm,
      certificateId: credentials.certificateId,
      clientId: credentials.clientId,
      tokenUrl: options.tokenUrl,
      scopes: options.scopes
    })
    options.onAssertion?.(assertion)
    return assertion
  }
  return exchangeToken(options.tokenUrl, sign, options.policy ?? DEFAULT_RETRY)
}

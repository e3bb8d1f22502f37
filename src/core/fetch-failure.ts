/**
 * What a rejected fetch() says about why. Node's fetch rejects with a TypeError
 * "fetch failed" whose `cause` is the socket or TLS error, carrying its system
 * `code` (ECONNREFUSED, ENOTFOUND, ECONNRESET, ...); a request stopped by
 * AbortSignal.timeout() rejects with a DOMException named TimeoutError.
 * outboundFetch (core/transport.ts) rejects the same way. The Fetch and DOM standards tell these apart by `name`, not by
 * class, so this reads the documented fields as data and never asks which
 * constructor made the error.
 */

export interface FetchFailure {
  /** The request was stopped by its timeout (or aborted), not refused. */
  timedOut: boolean
  /** The system error code under the failure, e.g. ECONNREFUSED; '' when none. */
  code: string
  /** The underlying error's own words ('' when none); it may name the host and port. */
  causeMessage: string
}

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' && key in value
    ? (value as Record<string, unknown>)[key]
    : undefined
}

export function readFetchFailure(error: unknown): FetchFailure {
  const name = field(error, 'name')
  const cause = field(error, 'cause')
  const code = field(cause, 'code') ?? field(error, 'code')
  const causeMessage = field(cause, 'message')
  return {
    timedOut: name === 'TimeoutError' || name === 'AbortError',
    code: typeof code === 'string' ? code : '',
    causeMessage: typeof causeMessage === 'string' ? causeMessage : ''
  }
}

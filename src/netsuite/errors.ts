import { M2M_SETUP_PAGE } from '../core/netsuite-pages.js'
import { clip, inlineCode, oneLine } from '../core/outside-text.js'

/**
 * What NetSuite's OAuth errors usually mean, in plain words (Oracle help
 * section_162755359851 and the Login Audit Trail detail codes).
 */
export const HINTS: Record<string, string> = {
  invalid_client: `NetSuite did not accept this certificate ID with this key: the certificate ID is unknown, revoked or expired, the private key does not belong to the uploaded certificate, or the client ID is that of another integration record. Compare the certificate ID with ${M2M_SETUP_PAGE}, and check the Login Audit Trail.`,
  invalid_grant:
    "NetSuite refused the assertion's time or audience: the runner clock may be off (iat/exp), or aud names another account's token URL; check account-id and token-url.",
  invalid_request:
    'NetSuite could not read the token request: check token-url points at /services/rest/auth/oauth2/v1/token and that nothing between the runner and NetSuite rewrites the request.',
  invalid_scope:
    'A requested scope is not enabled on the integration record: enable it there (RESTlets, REST Web Services) or narrow the scope input.',
  unauthorized_client:
    'The integration record does not allow the client credentials (M2M) grant: enable "Client Credentials (Machine to Machine) Grant" on it.',
  unsupported_grant_type:
    'NetSuite did not accept grant_type=client_credentials: enable the Client Credentials grant on the integration record.',
  server_error:
    "NetSuite answers server_error when the assertion is signed with RS256 (use PS256 or ES256) or when client-id is not the integration's client ID (the application ID is a common mix-up); otherwise it is a NetSuite outage, so retry later."
}

const PERMISSION_HINT =
  'The role behind the token may not manage certificates: give it the permission "Manage own OAuth 2.0 Client Credentials certificates", and make sure the token has the rest_webservices scope.'

export function hintFor(code: string, status?: number, operation = 'token exchange'): string {
  if (HINTS[code]) return HINTS[code]
  // The certificate endpoint answers 403 when the role lacks the permission; the token endpoint never asks for it.
  if (operation !== 'token exchange' && (status === 403 || /INSUFFICIENT_PERMISSION/i.test(code))) {
    return PERMISSION_HINT
  }
  if (status === 401 || status === 403) return HINTS.invalid_client
  if (status !== undefined && status >= 500) return 'NetSuite had a server problem; rerun later.'
  return 'See the Login Audit Trail in NetSuite (Setup > Users/Roles > View Login Audit Trail) for the detail code.'
}

/**
 * The `error` values NetSuite's answers may carry that the action shows: the
 * OAuth 2.0 codes (RFC 6749 5.2, RFC 6750 3.1), the `o:errorCode` values of
 * NetSuite's REST error shape, and the action's own codes for answers it could
 * not read. Anything else is shown as `unexpected_error`: a code is printed in
 * comments and logs, so a free-form one would be NetSuite's text unfiltered.
 */
const KNOWN_CODES = new Set([
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'invalid_scope',
  'access_denied',
  'server_error',
  'temporarily_unavailable',
  'invalid_token',
  'insufficient_scope',
  'INVALID_LOGIN',
  'INSUFFICIENT_PERMISSION',
  'INVALID_CONTENT',
  'USER_ERROR',
  'NONEXISTENT_ID',
  'METHOD_NOT_ALLOWED',
  'INVALID_ID',
  'UNEXPECTED_ERROR',
  'CONCURRENCY_LIMIT_EXCEEDED',
  // The action's own, for answers without a code of their own.
  'no_access_token',
  'unexpected_response',
  'http_error'
])

export const UNEXPECTED_CODE = 'unexpected_error'

/** NetSuite's code when it is one the action knows, else `unexpected_error`. */
export function knownCode(code: unknown): string {
  return typeof code === 'string' && KNOWN_CODES.has(code) ? code : UNEXPECTED_CODE
}

/** A run of JWT/base64url characters; matched greedily and never re-scanned, so linear. */
const TOKEN_RUN = /[A-Za-z0-9_.-]+/g

/** Three dot-separated parts of 8 or more characters in a row: a JWT (assertion or access token). */
function holdsJwt(run: string): boolean {
  let streak = 0
  for (const part of run.split('.')) {
    streak = part.length >= 8 ? streak + 1 : 0
    if (streak >= 3) return true
  }
  return false
}

/**
 * NetSuite's text made safe to show: the given secrets (assertion, client ID,
 * tokens), anything shaped like a JWT and any bearer token replaced, one line,
 * at most 300 characters. Redaction comes before the cut, so a secret cut in
 * half cannot slip through; every step is linear in the input.
 */
export function redact(text: string, secrets: string[] = []): string {
  let out = text
  for (const secret of secrets) if (secret) out = out.split(secret).join('[redacted]')
  out = out.replace(TOKEN_RUN, run => (holdsJwt(run) ? '[redacted]' : run))
  out = out.replace(/(bearer)(\s+)[^\s]+/gi, '$1$2[redacted]')
  return clip(oneLine(out), 300)
}

/**
 * A refusal from NetSuite. `code` is always a known code (see knownCode) and
 * `description` is redacted and cut; the message shows both as inline code,
 * so neither can act as Markdown or a workflow command wherever it is printed.
 */
export class NetSuiteError extends Error {
  override name = 'NetSuiteError'
  readonly hint: string
  readonly code: string
  readonly description: string | undefined
  constructor(
    readonly operation: string,
    code: string,
    readonly status: number | undefined,
    description: string | undefined,
    secrets: string[] = []
  ) {
    const known = knownCode(code)
    const shown = description === undefined ? undefined : redact(description, secrets)
    const hint = hintFor(known, status, operation)
    const what = `${inlineCode(known)}${status === undefined ? '' : ` (HTTP ${status})`}`
    super(
      `${operation} failed: NetSuite answered ${what}${shown ? `: ${inlineCode(shown)}` : ''}. ${hint}`
    )
    this.code = known
    this.description = shown
    this.hint = hint
  }
}

/**
 * What NetSuite's OAuth errors usually mean, in plain words (Oracle help
 * section_162755359851 and the Login Audit Trail detail codes).
 */
export const HINTS: Record<string, string> = {
  invalid_client:
    'NetSuite did not accept this certificate ID with this key: the certificate ID is unknown, revoked or expired, the private key does not belong to the uploaded certificate, or the client ID is that of another integration record. Compare the certificate ID with Setup > Integration > Manage Authentication > OAuth 2.0 Client Credentials (M2M) Setup, and check the Login Audit Trail.',
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

/** Cuts anything that looks like a JWT or a bearer token out of text NetSuite sent back. */
export function redact(text: string, secrets: string[] = []): string {
  let out = text
  for (const secret of secrets) if (secret) out = out.split(secret).join('[redacted]')
  return out
    .replace(/[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, '[redacted]')
    .replace(/Bearer\s+\S+/gi, 'Bearer [redacted]')
    .slice(0, 300)
}

export class NetSuiteError extends Error {
  override name = 'NetSuiteError'
  readonly hint: string
  constructor(
    readonly operation: string,
    readonly code: string,
    readonly status: number | undefined,
    readonly description: string | undefined
  ) {
    const hint = hintFor(code, status, operation)
    const what = status === undefined ? code : `${code} (HTTP ${status})`
    super(
      `${operation} failed: NetSuite answered ${what}${description ? `: ${description}` : ''}. ${hint}`
    )
    this.hint = hint
  }
}

import { NetSuiteError } from './errors.js'
import { DEFAULT_RETRY, requestWithRetry, type HttpResponse, type RetryPolicy } from './http.js'

export interface AccessToken {
  accessToken: string
  expiresIn: number
  tokenType: string
}

/**
 * POSTs a client assertion to NetSuite's token endpoint (Oracle help
 * section_162755359851). NetSuite sends expires_in as a string ("3600").
 * Given a signer, each attempt posts a newly signed assertion (its own jti).
 */
export async function exchangeToken(
  tokenUrl: string,
  assertion: string | (() => Promise<string>),
  policy: RetryPolicy = DEFAULT_RETRY
): Promise<AccessToken> {
  const sent: string[] = []
  const response = await requestWithRetry(
    tokenUrl,
    async () => {
      const current = typeof assertion === 'string' ? assertion : await assertion()
      sent.push(current)
      return tokenRequest(current)
    },
    policy
  )
  const json = jsonObject(response.text)
  const token = accessTokenIn(response.status, json)
  if (token) return token
  throw tokenRefusal(response, json, sent)
}

/** The client-credentials grant with a JWT client assertion, as a form. */
function tokenRequest(assertion: string): RequestInit {
  const body = new URLSearchParams({
    grant_type: 'client_credentials',
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: assertion
  })
  return {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: body.toString()
  }
}

function jsonObject(text: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(text)
    if (parsed && typeof parsed === 'object') return parsed as Record<string, unknown>
  } catch {
    // Not JSON: described from the status alone.
  }
  return {}
}

function accessTokenIn(status: number, json: Record<string, unknown>): AccessToken | undefined {
  if (status !== 200 || typeof json.access_token !== 'string' || json.access_token === '')
    return undefined
  const expiresIn = Number(json.expires_in ?? 3600)
  return {
    accessToken: json.access_token,
    expiresIn: Number.isFinite(expiresIn) ? expiresIn : 3600,
    tokenType: typeof json.token_type === 'string' ? json.token_type : 'Bearer'
  }
}

/** NetSuite's refusal, scrubbed of every assertion sent and the client ID inside them. */
function tokenRefusal(
  response: HttpResponse,
  json: Record<string, unknown>,
  sent: string[]
): NetSuiteError {
  const code =
    typeof json.error === 'string'
      ? json.error
      : response.status === 200
        ? 'no_access_token'
        : 'http_error'
  const rawDescription =
    typeof json.error_description === 'string'
      ? json.error_description
      : code === 'http_error'
        ? `unexpected ${response.headers.get('content-type') ?? 'answer'} body`
        : undefined
  return new NetSuiteError('token exchange', code, response.status, rawDescription, [
    ...sent,
    ...sent.flatMap(issuerOf)
  ])
}

/** The client ID (iss) inside our own assertion, so an error that echoes it can be scrubbed. */
function issuerOf(assertion: string): string[] {
  try {
    const claims: unknown = JSON.parse(
      Buffer.from(assertion.split('.')[1] ?? '', 'base64url').toString('utf8')
    )
    const iss =
      claims && typeof claims === 'object' ? (claims as Record<string, unknown>).iss : undefined
    return typeof iss === 'string' && iss !== '' ? [iss] : []
  } catch {
    return []
  }
}

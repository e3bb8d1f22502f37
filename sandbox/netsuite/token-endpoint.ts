// POST /services/rest/auth/oauth2/v1/token: the OAuth 2.0 client credentials
// grant with a JWT client assertion (RFC 7523), as NetSuite runs it
// (help topic section_162755359851).
import { randomBytes } from 'node:crypto'
import { checkAssertion } from './assertion.js'
import { mediaType, oauthError } from './http.js'
import type { Registry } from './registry.js'
import type { IssuedToken, Outcome, RequestContext } from './types.js'

export const TOKEN_PATH = '/services/rest/auth/oauth2/v1/token'
const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'
/** NetSuite access tokens live 60 minutes. */
const TOKEN_LIFETIME_S = 3600

export interface TokenDeps {
  registry: Registry
  tokenUrl: string
  now: () => number
  skewSeconds: number
  issuedTokens: IssuedToken[]
  seenJti: Map<string, number>
}

export function handleToken(req: RequestContext, deps: TokenDeps): Outcome {
  if (req.method !== 'POST') {
    const outcome = oauthError(405, 'invalid_request', `method ${req.method} not allowed`)
    return { ...outcome, headers: { ...outcome.headers, allow: 'POST' } }
  }
  const type = mediaType(req.headers['content-type'])
  if (type !== 'application/x-www-form-urlencoded') {
    return oauthError(
      400,
      'invalid_request',
      `Content-Type must be application/x-www-form-urlencoded, got ${type || 'nothing'}`
    )
  }
  const form = new URLSearchParams(req.body.toString('utf8'))
  // RFC 6749 3.2: request parameters must not be included more than once.
  for (const name of new Set(form.keys())) {
    if (form.getAll(name).length > 1) {
      return oauthError(400, 'invalid_request', `parameter ${name} repeated`)
    }
  }
  const grantType = form.get('grant_type')
  if (grantType === null) return oauthError(400, 'invalid_request', 'grant_type missing')
  if (grantType !== 'client_credentials') {
    return oauthError(400, 'unsupported_grant_type', `grant_type ${grantType} not supported`)
  }
  const assertionType = form.get('client_assertion_type')
  if (assertionType !== JWT_BEARER) {
    return oauthError(
      400,
      'invalid_request',
      `client_assertion_type must be ${JWT_BEARER}, got ${assertionType ?? 'nothing'}`
    )
  }
  const assertion = form.get('client_assertion')
  if (!assertion) return oauthError(400, 'invalid_request', 'client_assertion missing')

  const nowMs = deps.now()
  const verdict = checkAssertion(assertion, {
    registry: deps.registry,
    tokenUrl: deps.tokenUrl,
    nowMs,
    skewSeconds: deps.skewSeconds,
    seenJti: deps.seenJti
  })
  if (!verdict.ok) {
    // The description never echoes the assertion; for server_error NetSuite says nothing useful.
    const description =
      verdict.error === 'server_error' ? 'An unexpected error occurred.' : verdict.reason
    return {
      ...oauthError(verdict.status, verdict.error, verdict.reason, description),
      header: verdict.header,
      claims: verdict.claims
    }
  }

  const accessToken = 'eyJ' + randomBytes(48).toString('base64url')
  deps.issuedTokens.push({
    accessToken,
    clientId: verdict.cert.clientId,
    certificateId: verdict.cert.certificateId,
    scopes: verdict.scopes,
    roleId: verdict.cert.roleId,
    expiresAt: new Date(nowMs + TOKEN_LIFETIME_S * 1000)
  })
  return {
    status: 200,
    // expires_in is a string in NetSuite's responses.
    body: { access_token: accessToken, expires_in: String(TOKEN_LIFETIME_S), token_type: 'Bearer' },
    headers: { 'cache-control': 'no-store', pragma: 'no-cache' },
    verdict: 'accepted',
    header: verdict.header,
    claims: verdict.claims
  }
}

// The Certificate Rotation Endpoint (NetSuite help article_92130837826):
//   GET  /services/rest/auth/oauth2/v1/clients/{clientId}/certificates
//   POST /services/rest/auth/oauth2/v1/clients/{clientId}/certificates
//        JSON {"fileContent": PEM, "role": id, "entity": id}
//   POST /services/rest/auth/oauth2/v1/clients/{clientId}/certificates/{certificateId}/revoke
// NetSuite documents the requests but not the responses. The shapes below follow
// what open-source clients of the endpoint read (documented in README.md):
//   list   -> 200 application/vnd.oracle.resource+json {"items": [Item...]}
//   upload -> 200 application/vnd.oracle.resource+json Item
//   revoke -> 200 text/plain "Successfully revoked"
//   Item = {"certificate_id", "valid_from", "valid_until", "revoked", "algorithm", "created",
//           "application": {"id", "name"}, "entity": {"id", "name"}, "role": {"id", "name"}}
// Refusals use NetSuite REST's problem-details shape (see http.ts restError).
import { restError } from './http.js'
import { mediaType } from './http.js'
import type { Registry } from './registry.js'
import type { CertificateRecord, IssuedToken, Outcome, RequestContext } from './types.js'
import { UploadRefusedError } from './types.js'

export const CLIENTS_PREFIX = '/services/rest/auth/oauth2/v1/clients/'
const ROUTE =
  /^\/services\/rest\/auth\/oauth2\/v1\/clients\/([^/]+)\/certificates(?:\/([^/]+)\/(revoke))?\/?$/
export const PERMISSION = 'Manage own OAuth 2.0 Client Credentials certificates'

export interface CertificatesDeps {
  registry: Registry
  now: () => number
  issuedTokens: IssuedToken[]
}

export function matchesCertificates(path: string): boolean {
  return ROUTE.test(path)
}

export function handleCertificates(req: RequestContext, deps: CertificatesDeps): Outcome {
  const match = ROUTE.exec(req.path)
  if (!match) return restError(404, 'NONEXISTENT_ID', `no resource at ${req.path}`)
  const clientId = decodeURIComponent(match[1])
  const revokeId = match[2] === undefined ? undefined : decodeURIComponent(match[2])
  const allowed = revokeId === undefined ? ['GET', 'POST'] : ['POST']
  if (!allowed.includes(req.method)) {
    const outcome = restError(405, 'METHOD_NOT_ALLOWED', `method ${req.method} not allowed here`)
    return { ...outcome, headers: { ...outcome.headers, allow: allowed.join(', ') } }
  }
  const denied = authorize(req, clientId, deps)
  if (denied) return denied
  if (revokeId !== undefined) return revoke(clientId, revokeId, deps)
  if (req.method === 'GET') {
    const items = deps.registry.list(clientId).map(c => toItem(c, deps.registry))
    return { status: 200, body: { items }, headers: ORACLE_JSON, verdict: 'accepted' }
  }
  return upload(req, clientId, deps)
}

/** Bearer token issued by this emulator, unexpired, rest_webservices, the right permission and integration. */
function authorize(
  req: RequestContext,
  clientId: string,
  deps: CertificatesDeps
): Outcome | undefined {
  const raw = req.headers.authorization
  const header = Array.isArray(raw) ? raw[0] : raw
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')
  if (!bearer)
    return restError(401, 'INVALID_LOGIN', 'access token missing (Authorization: Bearer)')
  const token = deps.issuedTokens.find(t => t.accessToken === bearer[1])
  if (!token) return restError(401, 'INVALID_LOGIN', 'access token unknown')
  if (token.expiresAt.getTime() <= deps.now()) {
    return restError(401, 'INVALID_LOGIN', 'access token expired')
  }
  // A token dies with its mapping: a revoked certificate or a sandbox refresh ends it.
  const cert = deps.registry.certs.get(token.certificateId)
  if (!cert || cert.revoked) {
    return restError(
      401,
      'INVALID_LOGIN',
      'access token no longer valid: its certificate was revoked or removed'
    )
  }
  if (!token.scopes.includes('rest_webservices')) {
    return restError(
      403,
      'INSUFFICIENT_PERMISSION',
      'access token lacks the rest_webservices scope'
    )
  }
  const role = deps.registry.roles.get(token.roleId)
  if (!role?.canManageCertificates) {
    return restError(
      403,
      'INSUFFICIENT_PERMISSION',
      `the role ${role?.name ?? token.roleId} lacks the permission "${PERMISSION}"`
    )
  }
  if (token.clientId !== clientId) {
    return restError(
      403,
      'INSUFFICIENT_PERMISSION',
      'the access token belongs to another integration record than the one in the path'
    )
  }
  return undefined
}

function upload(req: RequestContext, clientId: string, deps: CertificatesDeps): Outcome {
  if (mediaType(req.headers['content-type']) !== 'application/json') {
    return restError(400, 'INVALID_CONTENT', 'Content-Type must be application/json')
  }
  let body: unknown
  try {
    body = JSON.parse(req.body.toString('utf8'))
  } catch {
    return restError(400, 'INVALID_CONTENT', 'the request body is not valid JSON')
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return restError(400, 'INVALID_CONTENT', 'the request body must be a JSON object')
  }
  const fields = body as Record<string, unknown>
  if (typeof fields.fileContent !== 'string' || fields.fileContent.trim() === '') {
    return restError(400, 'INVALID_CONTENT', 'fileContent (the certificate PEM) is missing')
  }
  const roleId = numericId(fields.role)
  if (roleId === undefined) return restError(400, 'INVALID_CONTENT', 'role must be a numeric ID')
  const entityId = numericId(fields.entity)
  if (entityId === undefined)
    return restError(400, 'INVALID_CONTENT', 'entity must be a numeric ID')
  try {
    const cert = deps.registry.upload({ clientId, pem: fields.fileContent, roleId, entityId })
    return {
      status: 200,
      body: toItem(cert, deps.registry),
      headers: ORACLE_JSON,
      verdict: 'accepted'
    }
  } catch (error) {
    if (error instanceof UploadRefusedError) return restError(400, 'USER_ERROR', error.message)
    throw error
  }
}

function revoke(clientId: string, certificateId: string, deps: CertificatesDeps): Outcome {
  const cert = deps.registry.certs.get(certificateId)
  if (!cert || cert.clientId !== clientId) {
    return restError(404, 'NONEXISTENT_ID', `no certificate ${certificateId} for this integration`)
  }
  // Revoking twice answers the same (uncertain in NetSuite; kept idempotent so reruns converge).
  deps.registry.revoke(certificateId)
  return {
    status: 200,
    body: 'Successfully revoked',
    headers: { 'content-type': 'text/plain; charset=utf-8' },
    verdict: 'accepted'
  }
}

function numericId(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return value
  if (typeof value === 'string' && /^[1-9]\d{0,15}$/.test(value)) return Number(value)
  return undefined
}

/** NetSuite REST answers JSON under its own media type, not application/json. */
const ORACLE_JSON = { 'content-type': 'application/vnd.oracle.resource+json; charset=utf-8' }

export function toItem(cert: CertificateRecord, registry: Registry): Record<string, unknown> {
  const integration = registry.integrations.get(cert.clientId)
  return {
    certificate_id: cert.certificateId,
    valid_from: cert.notBefore.toISOString(),
    valid_until: cert.notAfter.toISOString(),
    revoked: cert.revoked,
    algorithm: cert.keyType,
    created: cert.uploadedAt.toISOString(),
    application: { id: integration?.applicationId ?? '', name: integration?.name ?? '' },
    entity: { id: String(cert.entityId), name: registry.entities.get(cert.entityId)?.name ?? '' },
    role: { id: String(cert.roleId), name: registry.roles.get(cert.roleId)?.name ?? '' }
  }
}

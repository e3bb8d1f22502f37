// The rules NetSuite applies to an M2M client assertion (help topic
// section_162790605110), in the order a careful server would: shape first, then
// the certificate named by kid, then the signature, and only then the claims,
// which mean nothing until the signature is known good.
//
// Error codes (NetSuite documents few of them, so where it is silent this
// follows RFC 6749 5.2 / RFC 7523 3.2):
// - malformed assertion or header, missing/non-numeric claims: 400 invalid_request
// - RS256/RS384/RS512: 500 server_error (what NetSuite answers since PKCS#1 v1.5 was dropped)
// - kid unknown, revoked, outside validity, entity/role disabled, key/alg mismatch,
//   bad signature: 401 invalid_client (Login Audit Trail: InvalidSignature, EntityOrRoleDisabled)
// - iss not the certificate's integration: 500 server_error (observed NetSuite behaviour)
// - aud wrong, iat/exp/nbf out of window: 400 invalid_grant (RFC 7523 3.2 says a JWT
//   that is not valid "in all other respects" is invalid_grant)
// - unknown or missing scope: 400 invalid_request (Login Audit Trail: ScopeMismatched)
// - jti missing: 400 invalid_request; a jti already accepted within its assertion's
//   lifetime: 400 invalid_grant. Oracle's assertion table does not list jti; RFC 7523 3
//   lets a server refuse replays by it, and this emulator does, so a client that reuses
//   an assertion (or never sets jti) fails here rather than against a stricter NetSuite.
import type { CertificateRecord } from './types.js'
import type { ParsedJwt, SupportedAlg } from './jwt.js'
import { SUPPORTED_ALGS, keyMismatch, parseJwt, verifySignature } from './jwt.js'
import type { Registry } from './registry.js'

export const SCOPES = ['restlets', 'rest_webservices', 'suite_analytics'] as const
const MAX_LIFETIME_S = 3600

export interface Refusal {
  ok: false
  status: number
  error: string
  reason: string
  header?: Record<string, unknown>
  claims?: Record<string, unknown>
}

export interface Acceptance {
  ok: true
  cert: CertificateRecord
  scopes: string[]
  header: Record<string, unknown>
  claims: Record<string, unknown>
}

const STATUS: Record<string, number> = {
  invalid_request: 400,
  invalid_grant: 400,
  invalid_client: 401,
  server_error: 500
}

interface Context {
  registry: Registry
  tokenUrl: string
  nowMs: number
  skewSeconds: number
  /** jti of every accepted assertion -> when it can be forgotten (its exp plus skew), in ms. */
  seenJti: Map<string, number>
}

export function checkAssertion(assertion: string, ctx: Context): Refusal | Acceptance {
  const parsed = parseJwt(assertion)
  if ('problem' in parsed) return refuse('invalid_request', parsed.problem)
  const { header, claims } = parsed
  const no = (error: string, reason: string): Refusal => ({
    ...refuse(error, reason),
    header,
    claims
  })

  if (header.typ !== 'JWT')
    return no('invalid_request', `header typ must be "JWT", got ${show(header.typ)}`)
  const alg = header.alg
  if (typeof alg !== 'string') return no('invalid_request', 'header alg missing')
  if (/^RS(256|384|512)$/.test(alg)) {
    return no('server_error', `alg ${alg} (RSASSA-PKCS1-v1_5) is no longer accepted`)
  }
  if (!SUPPORTED_ALGS.includes(alg)) return no('invalid_request', `alg ${alg} is not supported`)

  const kid = header.kid
  if (typeof kid !== 'string' || kid === '') return no('invalid_request', 'header kid missing')
  const cert = ctx.registry.certs.get(kid)
  if (!cert) return no('invalid_client', 'kid not registered')
  if (cert.revoked) return no('invalid_client', 'certificate revoked')
  if (cert.notBefore.getTime() > ctx.nowMs + ctx.skewSeconds * 1000) {
    return no('invalid_client', 'certificate not yet valid')
  }
  if (cert.notAfter.getTime() <= ctx.nowMs) return no('invalid_client', 'certificate expired')
  const role = ctx.registry.roles.get(cert.roleId)
  const entity = ctx.registry.entities.get(cert.entityId)
  if (!entity || entity.disabled)
    return no('invalid_client', 'EntityOrRoleDisabled: entity disabled')
  if (!role || role.disabled) return no('invalid_client', 'EntityOrRoleDisabled: role disabled')

  const mismatch = keyMismatch(alg as SupportedAlg, cert.pem)
  if (mismatch)
    return no('invalid_client', `InvalidSignature: key type does not fit alg (${mismatch})`)
  if (!verifySignature(alg as SupportedAlg, cert.pem, parsed)) {
    return no('invalid_client', 'InvalidSignature: signature invalid')
  }

  const claimProblem = checkClaims(parsed, cert, ctx)
  if (claimProblem) return { ...claimProblem, header, claims }
  const scopes = parseScopes(claims.scope)
  if ('problem' in scopes) return no('invalid_request', scopes.problem)
  const replay = rememberJti(claims, ctx)
  if (replay) return { ...replay, header, claims }
  return { ok: true, cert, scopes: scopes.scopes, header, claims }
}

function checkClaims(jwt: ParsedJwt, cert: CertificateRecord, ctx: Context): Refusal | undefined {
  const { claims } = jwt
  if (claims.iss === undefined) return refuse('server_error', 'InvalidIntegration: iss missing')
  if (claims.iss !== cert.clientId) {
    return refuse('server_error', "InvalidIntegration: iss is not the certificate's client ID")
  }
  if (typeof claims.aud !== 'string') {
    return refuse('invalid_grant', `aud must be a string (the token URL), got ${show(claims.aud)}`)
  }
  if (claims.aud !== ctx.tokenUrl) return refuse('invalid_grant', `aud is not ${ctx.tokenUrl}`)

  const now = ctx.nowMs / 1000
  const { iat, exp, nbf } = claims
  if (typeof iat !== 'number' || !Number.isFinite(iat)) {
    return refuse('invalid_request', 'iat missing or not a number')
  }
  if (typeof exp !== 'number' || !Number.isFinite(exp)) {
    return refuse('invalid_request', 'exp missing or not a number')
  }
  if (iat > now + ctx.skewSeconds) return refuse('invalid_grant', 'iat is in the future')
  if (iat < now - MAX_LIFETIME_S - ctx.skewSeconds) return refuse('invalid_grant', 'iat is too old')
  if (exp <= now) return refuse('invalid_grant', 'assertion expired (exp is in the past)')
  if (exp <= iat) return refuse('invalid_grant', 'exp is not after iat')
  if (exp - iat > MAX_LIFETIME_S) {
    return refuse('invalid_grant', `exp is more than ${MAX_LIFETIME_S} s after iat`)
  }
  if (nbf !== undefined) {
    if (typeof nbf !== 'number') return refuse('invalid_request', 'nbf is not a number')
    if (nbf > now + ctx.skewSeconds) return refuse('invalid_grant', 'nbf is in the future')
  }
  return undefined
}

/** NetSuite's table shows a comma string, Oracle's example a JSON array: accept both (and spaces). */
export function parseScopes(scope: unknown): { scopes: string[] } | { problem: string } {
  let items: unknown[]
  if (Array.isArray(scope)) items = scope
  else if (typeof scope === 'string') items = scope.split(/[\s,]+/).filter(s => s !== '')
  else return { problem: `ScopeMismatched: scope missing or not a string/array (${show(scope)})` }
  if (items.length === 0) return { problem: 'ScopeMismatched: scope is empty' }
  const scopes: string[] = []
  for (const item of items) {
    if (typeof item !== 'string' || !(SCOPES as readonly string[]).includes(item)) {
      return { problem: `ScopeMismatched: unknown scope ${show(item)}` }
    }
    if (!scopes.includes(item)) scopes.push(item)
  }
  return { scopes }
}

/** Refuses a missing jti or one already accepted; remembers this one until its assertion expires. */
function rememberJti(claims: Record<string, unknown>, ctx: Context): Refusal | undefined {
  const { jti } = claims
  if (typeof jti !== 'string' || jti === '') {
    return refuse('invalid_request', `jti missing or not a string (${show(jti)})`)
  }
  for (const [seen, until] of ctx.seenJti) if (until <= ctx.nowMs) ctx.seenJti.delete(seen)
  if (ctx.seenJti.has(jti)) return refuse('invalid_grant', 'jti already used (assertion replayed)')
  ctx.seenJti.set(jti, (Number(claims.exp) + ctx.skewSeconds) * 1000)
  return undefined
}

function refuse(error: string, reason: string): Refusal {
  return { ok: false, status: STATUS[error] ?? 400, error, reason }
}

function show(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value)
}

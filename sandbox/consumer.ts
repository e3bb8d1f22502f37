/**
 * An integration that uses the stored credentials, as every consumer workflow does: it reads the
 * current key, certificate ID and client ID, signs its own client assertion (node:crypto, no code
 * of the action) and exchanges it at NetSuite's token endpoint over HTTP. Tests ask it "can the
 * integration log in right now?" without running the action's `verify`, which costs a whole
 * process per question.
 */
import {
  constants,
  createHmac,
  createPrivateKey,
  randomUUID,
  sign,
  type KeyObject
} from 'node:crypto'

export interface ConsumerCredentials {
  tokenUrl: string
  clientId: string
  certificateId: string
  privateKey: string
  /** The world's clock, in ms. */
  nowMs: number
}

export type LoginAnswer = { ok: true } | { ok: false; reason: string }

const EC_ALGS: Record<string, string> = {
  prime256v1: 'ES256',
  secp384r1: 'ES384',
  secp521r1: 'ES512'
}

/** Signs a client assertion with the key as it is stored: ES* for EC keys, PS256 for RSA. */
export function consumerAssertion(c: ConsumerCredentials): string {
  const iat = Math.floor(c.nowMs / 1000)
  return signJwt(
    { typ: 'JWT', alg: signingAlgorithm(createPrivateKey(c.privateKey)), kid: c.certificateId },
    {
      iss: c.clientId,
      scope: ['restlets', 'rest_webservices'],
      aud: c.tokenUrl,
      iat,
      exp: iat + 300,
      jti: randomUUID()
    },
    c.privateKey
  )
}

function signingAlgorithm(key: KeyObject): string {
  if (key.asymmetricKeyType === 'rsa') return 'PS256'
  const curve = key.asymmetricKeyDetails?.namedCurve ?? ''
  const known = EC_ALGS[curve]
  if (!known) throw new Error(`the consumer cannot sign with a ${curve || 'non-EC'} key`)
  return known
}

/** Asks the token endpoint for an access token with the credentials; never throws for a refusal. */
export async function consumerLogsIn(c: ConsumerCredentials): Promise<LoginAnswer> {
  if (!c.privateKey || !c.certificateId || !c.clientId) {
    return { ok: false, reason: 'no stored credentials (key, certificate ID or client ID empty)' }
  }
  let assertion: string
  try {
    assertion = consumerAssertion(c)
  } catch (error) {
    return { ok: false, reason: `the stored key cannot sign: ${(error as Error).message}` }
  }
  const answer = await exchange(c.tokenUrl, assertion)
  if (answer.status === 200) return { ok: true }
  return { ok: false, reason: `token endpoint answered ${answer.status}: ${answer.text}` }
}

// The hand signer and the form exchange, also used by the emulator's own tests (through
// __tests__/sandbox/helpers/netsuite-keys.ts) to send assertions NetSuite must refuse.

const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url')

export interface SignOptions {
  /** Override the digest (e.g. sign PS256 with sha384 to make a bad signature). */
  digest?: string
  /** Override the PSS salt length (JWS needs the digest length). */
  saltLength?: number
  /** Encode an ECDSA signature as DER instead of JWS's raw r||s. */
  der?: boolean
  /** HMAC secret for HS* algorithms. */
  secret?: string
}

/**
 * Signs header.claims exactly as a JWS client should, keyed on header.alg; any
 * alg it does not know (e.g. 'none') gets an empty signature.
 */
export function signJwt(
  header: Record<string, unknown>,
  claims: Record<string, unknown>,
  keyPem: string,
  options: SignOptions = {}
): string {
  const input = `${b64(header)}.${b64(claims)}`
  const alg = String(header.alg)
  const bits = alg.slice(2)
  const digest = options.digest ?? `sha${bits}`
  let signature = Buffer.alloc(0)
  if (alg.startsWith('PS')) {
    signature = sign(digest, Buffer.from(input), {
      key: keyPem,
      padding: constants.RSA_PKCS1_PSS_PADDING,
      saltLength: options.saltLength ?? constants.RSA_PSS_SALTLEN_DIGEST
    })
  } else if (alg.startsWith('ES')) {
    signature = sign(digest, Buffer.from(input), {
      key: keyPem,
      dsaEncoding: options.der ? 'der' : 'ieee-p1363'
    })
  } else if (alg.startsWith('RS')) {
    signature = sign(digest, Buffer.from(input), keyPem)
  } else if (alg.startsWith('HS')) {
    signature = createHmac(digest, options.secret ?? 'secret')
      .update(input)
      .digest()
  }
  return `${input}.${signature.toString('base64url')}`
}

export const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'

/** POSTs a client-credentials form; `form` entries replace or (with undefined) remove defaults. */
export async function exchange(
  tokenUrl: string,
  assertion: string,
  form: Record<string, string | undefined> = {}
): Promise<{ status: number; text: string; json: Record<string, unknown> }> {
  const fields: Record<string, string | undefined> = {
    grant_type: 'client_credentials',
    client_assertion_type: JWT_BEARER,
    client_assertion: assertion,
    ...form
  }
  const body = new URLSearchParams()
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) body.set(name, value)
  const res = await fetch(tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body
  })
  const text = await res.text()
  return { status: res.status, text, json: parseObject(text) }
}

export function parseObject(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text)
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

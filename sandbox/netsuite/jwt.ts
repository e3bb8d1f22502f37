// Hand-rolled JWS compact parsing and verification with node:crypto only.
// Deliberately independent of jose and of src/: the emulator must catch signing
// bugs, so it must not share the code that signs.
import { X509Certificate, constants, verify } from 'node:crypto'

export interface ParsedJwt {
  header: Record<string, unknown>
  claims: Record<string, unknown>
  signingInput: Buffer
  signature: Buffer
}

const B64URL = /^[A-Za-z0-9_-]*$/

/** Returns the parsed token, or a reason in words when it is not a compact JWS with JSON parts. */
export function parseJwt(token: string): ParsedJwt | { problem: string } {
  const parts = token.split('.')
  if (parts.length !== 3) return { problem: `JWT must have 3 parts, found ${parts.length}` }
  const [h, p, s] = parts as [string, string, string]
  if (![h, p, s].every(part => B64URL.test(part))) {
    return { problem: 'JWT parts must be base64url without padding' }
  }
  // An empty signature parses (alg none has one) and then fails verification.
  const header = decodeJson(h)
  if (!header) return { problem: 'JWT header is not a JSON object' }
  const claims = decodeJson(p)
  if (!claims) return { problem: 'JWT claims are not a JSON object' }
  return {
    header,
    claims,
    signingInput: Buffer.from(`${h}.${p}`, 'ascii'),
    signature: Buffer.from(s, 'base64url')
  }
}

function decodeJson(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      return value as Record<string, unknown>
    }
  } catch {
    // fall through: not JSON
  }
  return undefined
}

export type SupportedAlg = 'PS256' | 'PS384' | 'PS512' | 'ES256' | 'ES384' | 'ES512'
export const SUPPORTED_ALGS: readonly string[] = [
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512'
]

const DIGEST: Record<SupportedAlg, string> = {
  PS256: 'sha256',
  PS384: 'sha384',
  PS512: 'sha512',
  ES256: 'sha256',
  ES384: 'sha384',
  ES512: 'sha512'
}

// RFC 7518 3.4: each ES alg is bound to one curve.
const CURVE_FOR_ALG: Record<string, string> = {
  ES256: 'prime256v1',
  ES384: 'secp384r1',
  ES512: 'secp521r1'
}

/** Why this certificate's key cannot verify this alg, or undefined when it fits. */
export function keyMismatch(alg: SupportedAlg, pem: string): string | undefined {
  const key = new X509Certificate(pem).publicKey
  if (alg.startsWith('PS')) {
    return key.asymmetricKeyType === 'rsa'
      ? undefined
      : `${alg} needs an RSA certificate, the certificate key is ${key.asymmetricKeyType}`
  }
  const want = CURVE_FOR_ALG[alg]
  const have = key.asymmetricKeyDetails?.namedCurve
  if (key.asymmetricKeyType !== 'ec' || have !== want) {
    return `${alg} needs an EC ${want} certificate, the certificate key is ${key.asymmetricKeyType} ${have ?? ''}`.trim()
  }
  return undefined
}

/**
 * RSASSA-PSS with MGF1 of the same digest and salt length = digest length (RFC 7518 3.5),
 * or ECDSA with the raw r||s signature encoding JWS uses (RFC 7518 3.4).
 */
export function verifySignature(alg: SupportedAlg, pem: string, jwt: ParsedJwt): boolean {
  const key = new X509Certificate(pem).publicKey
  try {
    if (alg.startsWith('PS')) {
      return verify(
        DIGEST[alg],
        jwt.signingInput,
        {
          key,
          padding: constants.RSA_PKCS1_PSS_PADDING,
          saltLength: constants.RSA_PSS_SALTLEN_DIGEST
        },
        jwt.signature
      )
    }
    return verify(DIGEST[alg], jwt.signingInput, { key, dsaEncoding: 'ieee-p1363' }, jwt.signature)
  } catch {
    // A signature of the wrong length makes OpenSSL throw; that is simply a bad signature.
    return false
  }
}

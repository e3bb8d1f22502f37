// Test keys and certificates made with openssl, and JWTs signed by hand with
// node:crypto, so the emulator's tests depend on neither jose nor src/.
import { execFileSync } from 'node:child_process'
import { constants, createHmac, sign } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export type TestKeyType =
  'rsa-2048' | 'rsa-3072' | 'rsa-4096' | 'ec-p256' | 'ec-p384' | 'ec-p521' | 'ec-secp256k1'

export interface TestCredentials {
  certPem: string
  keyPem: string
}

const NEWKEY: Record<TestKeyType, string[]> = {
  'rsa-2048': ['-newkey', 'rsa:2048'],
  'rsa-3072': ['-newkey', 'rsa:3072'],
  'rsa-4096': ['-newkey', 'rsa:4096'],
  'ec-p256': ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256'],
  'ec-p384': ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-384'],
  'ec-p521': ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-521'],
  'ec-secp256k1': ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:secp256k1']
}

/** A self-signed certificate and its PKCS#8 key, valid from now for `days`. */
export function makeCredentials(keyType: TestKeyType, days = 730): TestCredentials {
  const dir = mkdtempSync(join(tmpdir(), 'ns-emu-'))
  try {
    const keyFile = join(dir, 'k.pem')
    const certFile = join(dir, 'c.pem')
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        ...NEWKEY[keyType],
        '-sha256',
        '-nodes',
        '-days',
        String(days),
        '-subj',
        '/CN=test',
        '-keyout',
        keyFile,
        '-out',
        certFile
      ],
      { stdio: 'pipe' }
    )
    return { certPem: readFileSync(certFile, 'utf8'), keyPem: readFileSync(keyFile, 'utf8') }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

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

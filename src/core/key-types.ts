import { InputError } from './errors.js'

/** The key types NetSuite accepts for M2M certificates (Oracle help subsect_162755332391). */
export const KEY_TYPES = ['rsa-4096', 'rsa-3072', 'ec-p256', 'ec-p384', 'ec-p521'] as const
export type KeyType = (typeof KEY_TYPES)[number]

export const ALGORITHMS = ['PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512'] as const
export type Algorithm = (typeof ALGORITHMS)[number]

export interface KeySpec {
  kind: 'rsa' | 'ec'
  /** RSA modulus length in bits. */
  bits?: number
  /** OpenSSL curve name as node:crypto reports it. */
  curve?: 'prime256v1' | 'secp384r1' | 'secp521r1'
  /** The hash a certificate over this key is signed with. */
  hash: 'sha256' | 'sha384' | 'sha512'
  /** The client-assertion algorithm used when none is given. */
  defaultAlgorithm: Algorithm
}

export const KEY_SPECS: Record<KeyType, KeySpec> = {
  'rsa-4096': { kind: 'rsa', bits: 4096, hash: 'sha256', defaultAlgorithm: 'PS256' },
  'rsa-3072': { kind: 'rsa', bits: 3072, hash: 'sha256', defaultAlgorithm: 'PS256' },
  'ec-p256': { kind: 'ec', curve: 'prime256v1', hash: 'sha256', defaultAlgorithm: 'ES256' },
  'ec-p384': { kind: 'ec', curve: 'secp384r1', hash: 'sha384', defaultAlgorithm: 'ES384' },
  'ec-p521': { kind: 'ec', curve: 'secp521r1', hash: 'sha512', defaultAlgorithm: 'ES512' }
}

/** Curve each ES algorithm signs with (RFC 7518 section 3.4). */
export const CURVE_OF: Partial<Record<Algorithm, string>> = {
  ES256: 'prime256v1',
  ES384: 'secp384r1',
  ES512: 'secp521r1'
}

export const CURVE_LABEL: Record<string, string> = {
  prime256v1: 'P-256',
  secp384r1: 'P-384',
  secp521r1: 'P-521'
}

export function parseKeyType(raw: string): KeyType {
  const value = raw.trim().toLowerCase()
  if ((KEY_TYPES as readonly string[]).includes(value)) return value as KeyType
  throw new InputError(
    `key-type "${raw}" is not supported: NetSuite accepts ${KEY_TYPES.join(', ')} (RSA under 3072 bits is refused)`
  )
}

export function parseAlgorithm(raw: string): Algorithm {
  const value = raw.trim().toUpperCase()
  if (/^RS(256|384|512)$/.test(value)) {
    throw new InputError(
      `algorithm ${value} is refused: NetSuite no longer accepts RSASSA-PKCS1-v1_5 (RS256) client assertions; use PS256 with an RSA key`
    )
  }
  if ((ALGORITHMS as readonly string[]).includes(value)) return value as Algorithm
  throw new InputError(`algorithm "${raw}" is not supported: use one of ${ALGORITHMS.join(', ')}`)
}

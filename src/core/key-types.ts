/**
 * The key-type policy in one table: which keys NetSuite accepts for M2M
 * certificates (Oracle help subsect_162755332391), what each is called, how a
 * certificate over it is signed, and which client-assertion algorithms fit it.
 * Every other module reads its rules and its wording from here.
 */
import { InputError } from './errors.js'

export const KEY_TYPES = ['rsa-4096', 'rsa-3072', 'ec-p256', 'ec-p384', 'ec-p521'] as const
export type KeyType = (typeof KEY_TYPES)[number]

/** What `generate` and the action make when no key type is named. */
export const DEFAULT_KEY_TYPE: KeyType = 'rsa-4096'

export const ALGORITHMS = ['PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512'] as const
export type Algorithm = (typeof ALGORITHMS)[number]

export type Curve = 'prime256v1' | 'secp384r1' | 'secp521r1'

export interface KeySpec {
  kind: 'rsa' | 'ec'
  /** RSA modulus length, or the curve's field size, in bits. */
  bits: number
  /** OpenSSL curve name as node:crypto reports it. */
  curve?: Curve
  /** How people name it: "RSA 4096", "EC P-256". */
  label: string
  /** The hash a certificate over this key is signed with. */
  hash: 'sha256' | 'sha384' | 'sha512'
  /** The client-assertion algorithm used when none is given. */
  defaultAlgorithm: Algorithm
}

export const KEY_SPECS: Record<KeyType, KeySpec> = {
  'rsa-4096': {
    kind: 'rsa',
    bits: 4096,
    label: 'RSA 4096',
    hash: 'sha256',
    defaultAlgorithm: 'PS256'
  },
  'rsa-3072': {
    kind: 'rsa',
    bits: 3072,
    label: 'RSA 3072',
    hash: 'sha256',
    defaultAlgorithm: 'PS256'
  },
  'ec-p256': {
    kind: 'ec',
    bits: 256,
    curve: 'prime256v1',
    label: 'EC P-256',
    hash: 'sha256',
    defaultAlgorithm: 'ES256'
  },
  'ec-p384': {
    kind: 'ec',
    bits: 384,
    curve: 'secp384r1',
    label: 'EC P-384',
    hash: 'sha384',
    defaultAlgorithm: 'ES384'
  },
  'ec-p521': {
    kind: 'ec',
    bits: 521,
    curve: 'secp521r1',
    label: 'EC P-521',
    hash: 'sha512',
    defaultAlgorithm: 'ES512'
  }
}

/** The key each algorithm signs with: RSASSA-PSS any accepted size, ECDSA one curve (RFC 7518 section 3.4). */
export const ALGORITHM_KEYS: Record<Algorithm, { kind: 'rsa' | 'ec'; curve?: Curve }> = {
  PS256: { kind: 'rsa' },
  PS384: { kind: 'rsa' },
  PS512: { kind: 'rsa' },
  ES256: { kind: 'ec', curve: 'prime256v1' },
  ES384: { kind: 'ec', curve: 'secp384r1' },
  ES512: { kind: 'ec', curve: 'secp521r1' }
}

/** What a key is, as far as this policy cares (an inspected key description fits). */
export interface KeyShape {
  kind: 'rsa' | 'ec' | 'other'
  bits?: number
  curve?: string
}

const SPECS = KEY_TYPES.map(type => KEY_SPECS[type])
const RSA_SPECS = SPECS.filter(spec => spec.kind === 'rsa')
const EC_SPECS = SPECS.filter(spec => spec.kind === 'ec')
const RSA_SIZES = RSA_SPECS.map(spec => spec.bits).sort((a, b) => a - b)
/** RSA below this many bits is refused by NetSuite. */
export const MIN_RSA_BITS = RSA_SIZES[0]

/** "P-256" for prime256v1, and so on. */
export const CURVE_LABEL: Record<string, string> = Object.fromEntries(
  EC_SPECS.map(spec => [spec.curve as string, spec.label.replace(/^EC /, '')])
)

function orList(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`
}

/** The wording of what NetSuite accepts, in the forms messages need. */
export const ACCEPTED = {
  /** "RSA 3072 or 4096" */
  rsa: `RSA ${orList(RSA_SIZES.map(String))}`,
  /** "EC P-256, P-384 or P-521" */
  ec: `EC ${orList(EC_SPECS.map(spec => CURVE_LABEL[spec.curve as string]))}`,
  /** "RSA 3072/4096 or EC P-256/384/521" */
  all: `RSA ${RSA_SIZES.join('/')} or EC P-${EC_SPECS.map(spec => spec.bits).join('/')}`,
  /** "PS256, PS384, PS512, ES256, ES384 or ES512" */
  algorithms: orList(ALGORITHMS),
  /** "PS256 for RSA" */
  rsaDefault: `${[...new Set(RSA_SPECS.map(spec => spec.defaultAlgorithm))].join('/')} for RSA`,
  /** "ES256/ES384/ES512 for EC P-256/384/521" */
  ecDefaults: `${EC_SPECS.map(spec => spec.defaultAlgorithm).join('/')} for EC P-${EC_SPECS.map(spec => spec.bits).join('/')}`
}

/** The key type this key is, or undefined when NetSuite would refuse it. */
export function keyTypeOf(key: KeyShape): KeyType | undefined {
  return KEY_TYPES.find(type => {
    const spec = KEY_SPECS[type]
    return (
      spec.kind === key.kind &&
      (spec.kind === 'rsa' ? spec.bits === key.bits : spec.curve === key.curve)
    )
  })
}

/**
 * The algorithm used for this key when none is named, or undefined when no
 * accepted algorithm can sign with it. Any RSA key gets RSA's default: its size
 * is judged on its own, with its own message.
 */
export function defaultAlgorithmOf(key: KeyShape): Algorithm | undefined {
  if (key.kind === 'rsa') return RSA_SPECS[0]?.defaultAlgorithm
  return EC_SPECS.find(spec => spec.curve === key.curve)?.defaultAlgorithm
}

/** Whether this algorithm can sign with this key. */
export function algorithmFitsKey(algorithm: Algorithm, key: KeyShape): boolean {
  const needs = ALGORITHM_KEYS[algorithm]
  return needs.kind === key.kind && (needs.curve === undefined || needs.curve === key.curve)
}

/** Why NetSuite refuses this key's size or curve, or undefined when it accepts it. */
export function keyRefusal(key: KeyShape & { label: string }): string | undefined {
  if (key.kind === 'rsa' && (key.bits ?? 0) < MIN_RSA_BITS) {
    return `RSA ${key.bits} is too small: NetSuite accepts ${ACCEPTED.rsa}`
  }
  if (key.kind === 'rsa' && keyTypeOf(key) === undefined) {
    return `RSA ${key.bits} is not accepted: NetSuite accepts ${ACCEPTED.rsa}`
  }
  if (key.kind === 'ec' && keyTypeOf(key) === undefined) {
    return `curve ${key.curve} is not accepted: NetSuite accepts ${ACCEPTED.ec}`
  }
  if (key.kind === 'other') {
    return `${key.label} keys are not accepted: NetSuite accepts ${ACCEPTED.all}`
  }
  return undefined
}

/** `name` is what the user typed: the action's `key-type`, the command line's `--key-type`. */
export function parseKeyType(raw: string, name = 'key-type'): KeyType {
  const value = raw.trim().toLowerCase()
  if ((KEY_TYPES as readonly string[]).includes(value)) return value as KeyType
  throw new InputError(
    `${name} "${raw}" is not supported: NetSuite accepts ${KEY_TYPES.join(', ')} (RSA under ${MIN_RSA_BITS} bits is refused)`
  )
}

export function parseAlgorithm(raw: string, name = 'algorithm'): Algorithm {
  const value = raw.trim().toUpperCase()
  if (/^RS(256|384|512)$/.test(value)) {
    throw new InputError(
      `${name} ${value} is refused: NetSuite no longer accepts RSASSA-PKCS1-v1_5 (RS256) client assertions; use ${defaultAlgorithmOf({ kind: 'rsa' })} with an RSA key`
    )
  }
  if ((ALGORITHMS as readonly string[]).includes(value)) return value as Algorithm
  throw new InputError(`${name} "${raw}" is not supported: use one of ${ALGORITHMS.join(', ')}`)
}

/**
 * The client assertion NetSuite's M2M flow expects (Oracle help
 * section_162790605110): header {alg, typ: JWT, kid: certificate ID}; claims iss
 * (client ID), scope (JSON array, as in Oracle's example), aud (the token URL),
 * iat, exp (at most an hour later), and jti: a random ID per assertion, so a
 * server that refuses replays (RFC 7523 section 3) can tell each one apart.
 */
import { randomUUID, type KeyObject } from 'node:crypto'
import { SignJWT } from 'jose'
import { InputError } from './errors.js'
import {
  ACCEPTED,
  ALGORITHM_KEYS,
  CURVE_LABEL,
  algorithmFitsKey,
  defaultAlgorithmOf,
  type Algorithm
} from './key-types.js'
import { describeKey } from './inspect.js'

/** Short-lived on purpose: the assertion is used once, right away. */
export const ASSERTION_LIFETIME_SECONDS = 300
export const MAX_ASSERTION_LIFETIME_SECONDS = 3600

export interface AssertionOptions {
  privateKey: KeyObject
  algorithm: Algorithm
  certificateId: string
  clientId: string
  tokenUrl: string
  scopes: string[]
  now?: Date
  lifetimeSeconds?: number
}

/** The algorithm NetSuite accepts for this key when the user named none. */
export function defaultAlgorithmFor(key: KeyObject): Algorithm {
  const description = describeKey(key)
  const algorithm = defaultAlgorithmOf(description)
  if (!algorithm) {
    throw new InputError(
      `${description.label} keys cannot sign NetSuite client assertions: use ${ACCEPTED.all}`
    )
  }
  return algorithm
}

/** `name` is what the user typed: the action's `algorithm`, the command line's `--algorithm`. */
export function checkAlgorithmFitsKey(
  algorithm: Algorithm,
  key: KeyObject,
  name = 'algorithm'
): void {
  const description = describeKey(key)
  if (algorithmFitsKey(algorithm, description)) return
  const needs = ALGORITHM_KEYS[algorithm]
  if (needs.kind === 'rsa') {
    throw new InputError(
      `${name} ${algorithm} needs an RSA key but the key is ${description.label}: use ${defaultAlgorithmFor(key)} or leave ${name} out`
    )
  }
  throw new InputError(
    `${name} ${algorithm} needs an EC ${CURVE_LABEL[needs.curve ?? ''] ?? ''} key but the key is ${description.label}: leave ${name} out to pick the one that fits`
  )
}

export async function signClientAssertion(options: AssertionOptions): Promise<string> {
  checkAlgorithmFitsKey(options.algorithm, options.privateKey)
  const lifetime = options.lifetimeSeconds ?? ASSERTION_LIFETIME_SECONDS
  if (lifetime <= 0 || lifetime > MAX_ASSERTION_LIFETIME_SECONDS) {
    throw new InputError(`assertion lifetime must be 1..${MAX_ASSERTION_LIFETIME_SECONDS} seconds`)
  }
  const iat = Math.floor((options.now ?? new Date()).getTime() / 1000)
  return new SignJWT({ scope: options.scopes })
    .setProtectedHeader({ alg: options.algorithm, typ: 'JWT', kid: options.certificateId })
    .setIssuer(options.clientId)
    .setAudience(options.tokenUrl)
    .setIssuedAt(iat)
    .setExpirationTime(iat + lifetime)
    .setJti(randomUUID())
    .sign(options.privateKey)
}

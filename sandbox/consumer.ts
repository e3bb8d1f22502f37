/**
 * An integration that uses the stored credentials, as every consumer workflow does: it reads the
 * current key, certificate ID and client ID, signs its own client assertion (node:crypto, no code
 * of the action) and exchanges it at NetSuite's token endpoint over HTTP. Tests ask it "can the
 * integration log in right now?" without running the action's `verify`, which costs a whole
 * process per question.
 */
import { createPrivateKey, randomUUID, sign, constants, type KeyObject } from 'node:crypto'

export interface ConsumerCredentials {
  tokenUrl: string
  clientId: string
  certificateId: string
  privateKey: string
  /** The world's clock, in ms. */
  nowMs: number
}

export type LoginAnswer = { ok: true } | { ok: false; reason: string }

const EC_ALGS: Record<string, { alg: string; hash: string }> = {
  prime256v1: { alg: 'ES256', hash: 'sha256' },
  secp384r1: { alg: 'ES384', hash: 'sha384' },
  secp521r1: { alg: 'ES512', hash: 'sha512' }
}

/** Signs a client assertion with the key as it is stored: ES* for EC keys, PS256 for RSA. */
export function consumerAssertion(c: ConsumerCredentials): string {
  const key = createPrivateKey(c.privateKey)
  const { alg, hash } = signingAlgorithm(key)
  const iat = Math.floor(c.nowMs / 1000)
  const encode = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url')
  const input = `${encode({ typ: 'JWT', alg, kid: c.certificateId })}.${encode({
    iss: c.clientId,
    scope: ['restlets', 'rest_webservices'],
    aud: c.tokenUrl,
    iat,
    exp: iat + 300,
    jti: randomUUID()
  })}`
  const signature =
    key.asymmetricKeyType === 'ec'
      ? sign(hash, Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' })
      : sign(hash, Buffer.from(input), {
          key,
          padding: constants.RSA_PKCS1_PSS_PADDING,
          saltLength: 32
        })
  return `${input}.${signature.toString('base64url')}`
}

function signingAlgorithm(key: KeyObject): { alg: string; hash: string } {
  if (key.asymmetricKeyType === 'rsa') return { alg: 'PS256', hash: 'sha256' }
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
  const response = await fetch(c.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion
    }).toString()
  })
  const body = await response.text()
  if (response.ok) return { ok: true }
  return { ok: false, reason: `token endpoint answered ${response.status}: ${body}` }
}

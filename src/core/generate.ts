import { generateKeyPair, X509Certificate, type KeyObject } from 'node:crypto'
import { promisify } from 'node:util'
import { validateValidityDays } from './validity.js'

export { MAX_VALIDITY_DAYS, validateValidityDays } from './validity.js'
import { KEY_SPECS, type KeyType } from './key-types.js'
import { toPem } from './pem.js'
import { buildSelfSignedCertificate, parseDistinguishedName } from './x509.js'
import { DAY_MS } from './time.js'

const generateKeyPairAsync = promisify(generateKeyPair)

/** notBefore sits a minute in the past so a slightly slow clock elsewhere accepts it at once. */
const CLOCK_SKEW_MS = 60_000

export interface GenerateOptions {
  keyType: KeyType
  validityDays: number
  subject: string
  now?: Date
}

export interface GeneratedCredentials {
  keyType: KeyType
  /** Unencrypted PKCS#8 PEM. Mask it before anything can print it. */
  privateKeyPem: string
  certificatePem: string
  fingerprint: string
  notBefore: Date
  notAfter: Date
}

/** Keys come from OpenSSL through node:crypto (no JavaScript prime search). */
export async function generateKey(
  keyType: KeyType
): Promise<{ privateKey: KeyObject; publicKey: KeyObject }> {
  const spec = KEY_SPECS[keyType]
  return spec.kind === 'rsa'
    ? generateKeyPairAsync('rsa', { modulusLength: spec.bits, publicExponent: 0x10001 })
    : generateKeyPairAsync('ec', { namedCurve: spec.curve as string })
}

export async function generateCredentials(options: GenerateOptions): Promise<GeneratedCredentials> {
  const validityDays = validateValidityDays(options.validityDays)
  const subject = parseDistinguishedName(options.subject)
  const spec = KEY_SPECS[options.keyType]
  const { privateKey, publicKey } = await generateKey(options.keyType)
  const now = options.now ?? new Date()
  const notBefore = new Date(Math.floor((now.getTime() - CLOCK_SKEW_MS) / 1000) * 1000)
  const notAfter = new Date(notBefore.getTime() + validityDays * DAY_MS)
  const certificateDer = buildSelfSignedCertificate({
    publicKey,
    privateKey,
    kind: spec.kind,
    hash: spec.hash,
    subject,
    notBefore,
    notAfter
  })
  const certificatePem = toPem('CERTIFICATE', certificateDer)
  return {
    keyType: options.keyType,
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    certificatePem,
    fingerprint: new X509Certificate(certificateDer).fingerprint256,
    notBefore,
    notAfter
  }
}

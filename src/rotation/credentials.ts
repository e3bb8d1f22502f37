/**
 * The credentials a command works with: signing credentials for a token
 * exchange, a stage's key and certificate read from secrets and variables, and
 * the check that they belong together.
 */
import type { Context } from '../run/context.js'
import type { UsesAll } from '../inputs/fields.js'
import type { StageNames } from '../inputs/names.js'
import { defaultAlgorithmFor } from '../core/assertion.js'
import { InputError } from '../core/errors.js'
import {
  keyMatchesCertificate,
  parseCertificate,
  type CertificateInfo,
  type PrivateKeyInfo
} from '../core/inspect.js'
import type { Credentials } from '../netsuite/client.js'

/** What signing an assertion reads besides the key: the client ID and the algorithm. */
export const CREDENTIAL_FIELDS = ['clientId', 'algorithm'] as const

export type CredentialInputs = UsesAll<typeof CREDENTIAL_FIELDS>

export interface PendingCredentials {
  key: PrivateKeyInfo
  certificate: CertificateInfo
}

export function privateKeyPem(key: PrivateKeyInfo): string {
  return key.keyObject.export({ type: 'pkcs8', format: 'pem' }).toString()
}

export function credentials(
  ctx: Context<CredentialInputs>,
  key: PrivateKeyInfo,
  certificateId: string
): Credentials {
  return {
    clientId: ctx.inputs.clientId ?? '',
    certificateId,
    privateKey: key.keyObject,
    algorithm: ctx.inputs.algorithm ?? defaultAlgorithmFor(key.keyObject)
  }
}

/**
 * The key and certificate a step is given must be one stage's. Checked only
 * where the two must match: during a half-done promotion the key secret may
 * already hold the new key while the certificate variable does not.
 */
export function checkSameStage(
  key: PrivateKeyInfo | undefined,
  certificate: CertificateInfo | undefined,
  names: StageNames
): void {
  if (key && certificate && !keyMatchesCertificate(key.keyObject, certificate)) {
    throw new InputError(
      `private-key does not belong to certificate (fingerprint ${certificate.fingerprint}): pass secrets.${names.key} and vars.${names.certificate} of the same stage`
    )
  }
}

/** Parses a certificate held in a variable; a broken value is reported, not trusted. */
export function certificateFromVariable(
  value: string | undefined,
  name: string
): CertificateInfo | undefined {
  if (value === undefined || value.trim() === '') return undefined
  // The reader undoes copying damage itself, as it does for the inputs.
  return parseCertificate(value, `variable ${name}`)
}

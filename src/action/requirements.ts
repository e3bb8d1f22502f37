import { checkAlgorithmFitsKey } from '../core/assertion.js'
import { InputError } from '../core/errors.js'
import { keyMatchesCertificate } from '../core/inspect.js'
import { ACCEPTED, MIN_RSA_BITS } from '../core/key-types.js'
import type { Config } from './config.js'

/**
 * What each command cannot do without, named with the secret or variable that
 * usually feeds it, so the fix is one line of workflow YAML.
 */
export function checkCommandNeeds(config: Config): void {
  const n = config.names
  const need = (present: unknown, input: string, source: string): void => {
    if (present === undefined) {
      throw new InputError(`${config.command} needs ${input}: pass \`${input}: \${{ ${source} }}\``)
    }
  }
  const adminToken = (): void => {
    if (config.adminToken === undefined && !config.dryRun) {
      throw new InputError(
        `${config.command} needs admin-token to write Actions secrets and variables: GITHUB_TOKEN never can; use a fine-grained token or GitHub App token with Secrets and Variables: read and write (README#tokens)`
      )
    }
  }
  switch (config.command) {
    case 'verify':
      need(config.clientId, 'client-id', 'secrets.NETSUITE_CLIENT_ID')
      need(config.privateKey, 'private-key', `secrets.${n.key}`)
      need(config.certificateId, 'certificate-id', `vars.${n.certificateId}`)
      break
    case 'promote':
      need(config.clientId, 'client-id', 'secrets.NETSUITE_CLIENT_ID')
      adminToken()
      break
    case 'rollback':
      need(config.clientId, 'client-id', 'secrets.NETSUITE_CLIENT_ID')
      need(config.privateKey, 'private-key', `secrets.${n.key}`)
      need(config.previousPrivateKey, 'previous-private-key', `secrets.${n.keyPrevious}`)
      adminToken()
      break
    case 'rotate':
      adminToken()
      if (config.upload === 'api') {
        need(config.clientId, 'client-id', 'secrets.NETSUITE_CLIENT_ID')
        need(config.privateKey, 'private-key', `secrets.${n.key}`)
        need(config.certificateId, 'certificate-id', `vars.${n.certificateId}`)
        need(config.roleId, 'netsuite-role-id', 'vars.NETSUITE_ROLE_ID')
        need(config.entityId, 'netsuite-entity-id', 'vars.NETSUITE_ENTITY_ID')
      }
      break
    case 'check':
      break
  }
  for (const [key, keyInput] of [
    [config.privateKey, 'private-key'],
    [config.previousPrivateKey, 'previous-private-key'],
    [config.pendingPrivateKey, 'pending-private-key']
  ] as const) {
    if (key && config.algorithm) checkAlgorithmFitsKey(config.algorithm, key.keyObject)
    if (key && key.key.kind === 'rsa' && (key.key.bits ?? 0) < MIN_RSA_BITS) {
      throw new InputError(`${keyInput} is ${key.key.label}: NetSuite accepts ${ACCEPTED.rsa} only`)
    }
  }
  // Only where the two must be one stage: during a half-done promotion the key
  // secret may already hold the new key while the certificate variable does not.
  if (
    (config.command === 'verify' || config.command === 'check') &&
    config.privateKey &&
    config.certificate &&
    !keyMatchesCertificate(config.privateKey.keyObject, config.certificate)
  ) {
    throw new InputError(
      `private-key does not belong to certificate (fingerprint ${config.certificate.fingerprint}): pass secrets.${n.key} and vars.${n.certificate} of the same stage`
    )
  }
  // check and rotate repair a mismatch left by two overlapping rotations (they start afresh).
  if (
    config.command === 'promote' &&
    config.pendingPrivateKey &&
    config.pendingCertificate &&
    !keyMatchesCertificate(config.pendingPrivateKey.keyObject, config.pendingCertificate)
  ) {
    throw new InputError(
      `pending-private-key does not belong to pending-certificate: pass secrets.${n.keyPending} and vars.${n.certificatePending} from the same rotation`
    )
  }
}

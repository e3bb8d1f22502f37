/**
 * Every input is read and validated here, once, before anything is written, so
 * bad input stops the run with one clear error and nothing written anywhere.
 * The values form one table (`InputValues`, ../inputs/fields.ts); a command is
 * handed only the fields it declares, see ../run/command.ts.
 */
import {
  certificatesUrlFor,
  displayAccountId,
  normaliseAccountId,
  tokenUrlFor
} from '../core/account.js'
import { checkAlgorithmFitsKey } from '../core/assertion.js'
import { checkCertificateId } from '../core/certificate-id.js'
import { checkEndpoint } from '../core/endpoint.js'
import { refuseControlCharactersInInputs } from '../core/outside-text.js'
import { InputError } from '../core/errors.js'
import { validateValidityDays } from '../core/validity.js'
import {
  describeRepairs,
  parseCertificate,
  parsePrivateKey,
  type CertificateInfo,
  type PrivateKeyInfo,
  type PemRepair
} from '../core/inspect.js'
import {
  ACCEPTED,
  DEFAULT_KEY_TYPE,
  MIN_RSA_BITS,
  parseAlgorithm,
  parseKeyType
} from '../core/key-types.js'
import { checkName, stageNames, type StageNames } from '../inputs/names.js'
import { SCOPES, type InputValues } from '../inputs/fields.js'
import { parseFollowUpInputs } from '../inputs/follow-up.js'
import type { Repository } from '../run/workflow-run.js'

export type InputReader = (name: string) => string

export interface ParseOptions {
  /** Reads an input as given, untrimmed, so a byte-order mark on a pasted key can be told (default: the reader). */
  readUntrimmed?: InputReader
  /** Told once per pasted key or certificate that had copying damage repaired (the caller decides when to say it). */
  warn?: (message: string) => void
}

/** Values to mask before anything else happens, even before validation. */
export const SECRET_INPUTS = [
  'client-id',
  'private-key',
  'previous-private-key',
  'pending-private-key',
  'admin-token',
  'github-token',
  'notify-url'
] as const

function wholeNumber(read: InputReader, name: string, min: number): number {
  const raw = read(name).trim()
  const value = Number(raw)
  if (raw === '' || !Number.isInteger(value) || value < min) {
    throw new InputError(`${name} must be a whole number of at least ${min}; got "${raw}"`)
  }
  return value
}

function boolean(read: InputReader, name: string): boolean {
  const raw = read(name).trim().toLowerCase()
  if (['true', 'yes', '1', 'on'].includes(raw)) return true
  if (['false', 'no', '0', 'off', ''].includes(raw)) return false
  throw new InputError(`${name} must be true or false; got "${raw}"`)
}

function optional(read: InputReader, name: string): string | undefined {
  const value = read(name).trim()
  return value === '' ? undefined : value
}

function internalId(read: InputReader, name: string): number | undefined {
  const raw = optional(read, name)
  if (raw === undefined) return undefined
  if (!/^[1-9][0-9]{0,9}$/.test(raw)) {
    throw new InputError(
      `${name} must be NetSuite's internal ID, a positive whole number (e.g. 1234); got "${raw}"`
    )
  }
  return Number(raw)
}

function scopes(read: InputReader): string[] {
  const list = read('scope')
    .split(/[\s,]+/)
    .map(s => s.trim())
    .filter(Boolean)
  if (list.length === 0)
    throw new InputError(`scope is empty: use one or more of ${SCOPES.join(', ')}`)
  for (const scope of list) {
    if (!(SCOPES as readonly string[]).includes(scope)) {
      throw new InputError(`scope "${scope}" is not a NetSuite M2M scope: use ${SCOPES.join(', ')}`)
    }
  }
  return [...new Set(list)]
}

/** A NetSuite RSA key shorter than the minimum, or a key the chosen algorithm cannot sign with. */
function checkKeys(values: InputValues): void {
  for (const [key, keyInput] of [
    [values.privateKey, 'private-key'],
    [values.previousPrivateKey, 'previous-private-key'],
    [values.pendingPrivateKey, 'pending-private-key']
  ] as const) {
    if (key && values.algorithm) checkAlgorithmFitsKey(values.algorithm, key.keyObject)
    if (key && key.key.kind === 'rsa' && (key.key.bits ?? 0) < MIN_RSA_BITS) {
      throw new InputError(`${keyInput} is ${key.key.label}: NetSuite accepts ${ACCEPTED.rsa} only`)
    }
  }
}

/**
 * Reads and validates every input, whichever command runs, so a mistake in a
 * workflow is found the first time it runs, not the day another command needs
 * the input. Checked in the order below: the first problem is the one reported.
 */
export function parseInputs(
  read: InputReader,
  repository: Repository,
  options: ParseOptions = {}
): InputValues {
  refuseControlCharactersInInputs(read)
  const account = normaliseAccountId(read('account-id'))
  const names = stageNamesFrom(read)
  const clientId = optional(read, 'client-id')
  const environment = optional(read, 'environment')
  checkEnvironment(environment)
  const upload = uploadMode(read)
  const endpoints = endpointsFrom(read, account)
  const githubToken = githubTokenFrom(read)
  const values: InputValues = {
    accountId: displayAccountId(account),
    account,
    names,
    environment,
    dryRun: boolean(read, 'dry-run'),
    clientId,
    ...pastedCredentials(read, names, pasting(read, repository, environment, options)),
    ...keySettings(read, repository),
    githubToken,
    adminToken: optional(read, 'admin-token'),
    tokenUrl: endpoints.tokenUrl,
    certificatesUrl:
      endpoints.certificatesUrl ?? (clientId ? certificatesUrlFor(account, clientId) : undefined),
    issueLabel: optional(read, 'issue-label') ?? 'netsuite-certificate',
    issueAssignees: read('issue-assignees')
      .split(',')
      .map(s => s.trim().replace(/^@/, ''))
      .filter(Boolean),
    upload,
    roleId: internalId(read, 'netsuite-role-id'),
    entityId: internalId(read, 'netsuite-entity-id'),
    revokePreviousAfterDays: wholeNumber(read, 'revoke-previous-after-days', 0),
    keepalive: boolean(read, 'keepalive'),
    restart: boolean(read, 'restart'),
    emergency: boolean(read, 'emergency'),
    ...parseFollowUpInputs(read, { ...repository, environment })
  }
  checkKeys(values)
  return values
}

function stageNamesFrom(read: InputReader): StageNames {
  return stageNames(
    checkName(read('secret-name').trim() || 'NETSUITE_PRIVATE_KEY', 'secret-name'),
    checkName(
      read('certificate-variable').trim() || 'NETSUITE_CERTIFICATE',
      'certificate-variable'
    ),
    checkName(
      read('certificate-id-variable').trim() || 'NETSUITE_CERTIFICATE_ID',
      'certificate-id-variable'
    )
  )
}

/** Environment names may contain `/` (sent as %2F); control characters are refused, and the
 * name is shown escaped so that a newline cannot start a workflow command. */
function checkEnvironment(environment: string | undefined): void {
  if (environment !== undefined && !/^[^\p{Cc}\p{Zl}\p{Zp}]{1,255}$/u.test(environment)) {
    throw new InputError(
      `environment ${JSON.stringify(environment)} is not a valid GitHub environment name: at most 255 characters, no control characters or line breaks`
    )
  }
}

function uploadMode(read: InputReader): InputValues['upload'] {
  const upload = (optional(read, 'upload') ?? 'auto').toLowerCase()
  if (upload !== 'issue' && upload !== 'api' && upload !== 'auto') {
    throw new InputError(`upload "${upload}" is unknown: use issue, api or auto`)
  }
  return upload
}

/** NetSuite's endpoints: the account's own unless given, and then held to the endpoint rule. */
function endpointsFrom(
  read: InputReader,
  account: string
): { tokenUrl: string; certificatesUrl?: string } {
  const allowCustomHost = boolean(read, 'allow-custom-endpoints')
  const endpoint = (name: string, raw: string | undefined): string | undefined =>
    raw &&
    checkEndpoint(raw, {
      name,
      allowCustomHost,
      allowCustomHostWith: 'allow-custom-endpoints: true'
    })
  const tokenUrl = endpoint('token-url', optional(read, 'token-url')) ?? tokenUrlFor(account)
  const certificatesUrl = endpoint('certificates-url', optional(read, 'certificates-url'))
  return { tokenUrl, certificatesUrl }
}

function githubTokenFrom(read: InputReader): string {
  const githubToken = read('github-token').trim()
  if (githubToken === '') {
    throw new InputError(
      'github-token is empty: leave it at its default ${{ github.token }} and grant `issues: write` in the workflow permissions'
    )
  }
  return githubToken
}

/** Reads a pasted key or certificate (undefined when empty) with the parser given. */
type Pasting = <T extends { repairs: readonly PemRepair[] }>(
  name: string,
  storedAs: { kind: 'secret' | 'variable'; name: string },
  parse: (raw: string, name: string) => T
) => T | undefined

/** A damaged secret is read all the same, and its owner is told once how to store it clean. */
function pasting(
  read: InputReader,
  repository: Repository,
  environment: string | undefined,
  options: ParseOptions
): Pasting {
  return (name, storedAs, parse) => {
    const raw = (options.readUntrimmed ?? read)(name)
    if (raw.trim() === '') return undefined
    const info = parse(raw, name)
    const warning = describeRepairs(info, name, {
      ...storedAs,
      environment,
      repository: `${repository.owner}/${repository.repo}`
    })
    if (warning) options.warn?.(warning)
    return info
  }
}

/** The certificate IDs, and every stage's key and certificate as pasted into secrets and variables. */
function pastedCredentials(
  read: InputReader,
  names: StageNames,
  pasted: Pasting
): Pick<
  InputValues,
  | 'certificateId'
  | 'newCertificateId'
  | 'privateKey'
  | 'previousPrivateKey'
  | 'pendingPrivateKey'
  | 'pendingCertificate'
  | 'certificate'
> {
  const certificateId = optional(read, 'certificate-id')
  const newCertificateId = optional(read, 'new-certificate-id')
  const key = (name: string, secret: string): PrivateKeyInfo | undefined =>
    pasted(name, { kind: 'secret', name: secret }, parsePrivateKey)
  const cert = (name: string, variable: string): CertificateInfo | undefined =>
    pasted(name, { kind: 'variable', name: variable }, parseCertificate)
  return {
    certificateId: certificateId && checkCertificateId(certificateId, 'certificate-id'),
    newCertificateId:
      newCertificateId && checkCertificateId(newCertificateId, 'new-certificate-id'),
    privateKey: key('private-key', names.key),
    previousPrivateKey: key('previous-private-key', names.keyPrevious),
    pendingPrivateKey: key('pending-private-key', names.keyPending),
    pendingCertificate: cert('pending-certificate', names.certificatePending),
    certificate: cert('certificate', names.certificate)
  }
}

/** What a new key and certificate are made with, and how long before expiry to act. */
function keySettings(
  read: InputReader,
  repository: Repository
): Pick<
  InputValues,
  | 'keyType'
  | 'algorithm'
  | 'validityDays'
  | 'renewBeforeDays'
  | 'failBeforeDays'
  | 'scopes'
  | 'subject'
> {
  const algorithm = optional(read, 'algorithm')
  return {
    keyType: parseKeyType(read('key-type') || DEFAULT_KEY_TYPE),
    algorithm: algorithm === undefined ? undefined : parseAlgorithm(algorithm),
    validityDays: validateValidityDays(Number(read('validity-days').trim() || '730')),
    renewBeforeDays: wholeNumber(read, 'renew-before-days', 0),
    failBeforeDays: wholeNumber(read, 'fail-before-days', 0),
    scopes: scopes(read),
    subject: optional(read, 'subject') ?? `CN=NetSuite M2M ${repository.owner}/${repository.repo}`
  }
}

/**
 * Every input is read and validated here, once, before anything is written, so
 * bad input stops the run with one clear error and nothing written anywhere.
 */
import {
  certificatesUrlFor,
  displayAccountId,
  normaliseAccountId,
  tokenUrlFor
} from '../core/account.js'
import { checkEndpoint } from '../core/endpoint.js'
import { refuseControlCharactersInInputs } from '../core/outside-text.js'
import { InputError } from '../core/errors.js'
import { validateValidityDays } from '../core/validity.js'
import {
  parseCertificate,
  parsePrivateKey,
  type CertificateInfo,
  type PrivateKeyInfo
} from '../core/inspect.js'
import {
  DEFAULT_KEY_TYPE,
  parseAlgorithm,
  parseKeyType,
  type Algorithm,
  type KeyType
} from '../core/key-types.js'
import { checkName, stageNames, type StageNames } from './names.js'
import { parseFollowUpInputs, type FollowUpInputs } from '../follow-up/inputs.js'

export const COMMANDS = ['check', 'rotate', 'promote', 'verify', 'rollback'] as const
export type Command = (typeof COMMANDS)[number]
export const SCOPES = ['restlets', 'rest_webservices', 'suite_analytics'] as const
export type UploadMode = 'issue' | 'api' | 'auto'

export interface Repository {
  owner: string
  repo: string
}

export interface Config {
  command: Command
  /** As NetSuite shows it (1234567_SB1), derived from `account`; never the raw input. */
  accountId: string
  /** Lower case, `_` -> `-`: what NetSuite host names use. */
  account: string
  clientId?: string
  certificateId?: string
  newCertificateId?: string
  privateKey?: PrivateKeyInfo
  previousPrivateKey?: PrivateKeyInfo
  pendingPrivateKey?: PrivateKeyInfo
  pendingCertificate?: CertificateInfo
  certificate?: CertificateInfo
  keyType: KeyType
  algorithm?: Algorithm
  validityDays: number
  renewBeforeDays: number
  failBeforeDays: number
  scopes: string[]
  subject: string
  names: StageNames
  environment?: string
  githubToken: string
  adminToken?: string
  tokenUrl: string
  certificatesUrl?: string
  issueLabel: string
  issueAssignees: string[]
  dryRun: boolean
  upload: UploadMode
  roleId?: number
  entityId?: number
  revokePreviousAfterDays: number
  keepalive: boolean
  /** rotate: abandon the pending rotation and start a new one. */
  restart: boolean
  /** rotate: the current key is compromised; keep no _PREVIOUS once the new one is promoted. */
  emergency: boolean
  repository: Repository
  apiUrl: string
  serverUrl: string
  eventName: string
  event: Record<string, unknown>
  runId: string
  workflowRef?: string
  /** targets, notify-url, notify-on: what follows the command (fan-out, notifications). */
  followUp: FollowUpInputs
}

export type InputReader = (name: string) => string

export interface Environment {
  GITHUB_REPOSITORY?: string
  GITHUB_API_URL?: string
  GITHUB_SERVER_URL?: string
  GITHUB_EVENT_NAME?: string
  GITHUB_RUN_ID?: string
  GITHUB_WORKFLOW_REF?: string
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

/** NetSuite certificate IDs are plain tokens of letters, digits, `-` and `_` (about 43 long). */
export const CERTIFICATE_ID = /^[A-Za-z0-9_-]{1,128}$/

export function checkCertificateId(value: string, source: string): string {
  if (!CERTIFICATE_ID.test(value)) {
    throw new InputError(
      `${source} is not a NetSuite certificate ID: expected letters, digits, - and _ only (copy it from the Certificate ID column in OAuth 2.0 Client Credentials (M2M) Setup)`
    )
  }
  return value
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

function repository(env: Environment): Repository {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  if (!owner || !repo) {
    throw new InputError(
      'GITHUB_REPOSITORY is not set: run this action inside a GitHub Actions workflow'
    )
  }
  return { owner, repo }
}

export function parseConfig(
  read: InputReader,
  env: Environment,
  event: Record<string, unknown>
): Config {
  refuseControlCharactersInInputs(read)
  const commandRaw = read('command').trim().toLowerCase() || 'check'
  if (!(COMMANDS as readonly string[]).includes(commandRaw)) {
    throw new InputError(`command "${commandRaw}" is unknown: use one of ${COMMANDS.join(', ')}`)
  }
  const command = commandRaw as Command
  const account = normaliseAccountId(read('account-id'))
  const accountId = displayAccountId(account)
  const repo = repository(env)
  const names = stageNames(
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
  const clientId = optional(read, 'client-id')
  const certificateIdRaw = optional(read, 'certificate-id')
  const newCertificateIdRaw = optional(read, 'new-certificate-id')
  const key = (name: string): PrivateKeyInfo | undefined => {
    const raw = optional(read, name)
    return raw === undefined ? undefined : parsePrivateKey(raw, name)
  }
  const cert = (name: string): CertificateInfo | undefined => {
    const raw = optional(read, name)
    return raw === undefined ? undefined : parseCertificate(raw, name)
  }
  const algorithmRaw = optional(read, 'algorithm')
  const environment = optional(read, 'environment')
  // Environment names may contain `/` (sent as %2F); control characters are refused, and the
  // name is shown escaped so that a newline cannot start a workflow command.
  if (environment !== undefined && !/^[^\p{Cc}\p{Zl}\p{Zp}]{1,255}$/u.test(environment)) {
    throw new InputError(
      `environment ${JSON.stringify(environment)} is not a valid GitHub environment name: at most 255 characters, no control characters or line breaks`
    )
  }
  const uploadRaw = (optional(read, 'upload') ?? 'auto').toLowerCase()
  if (!['issue', 'api', 'auto'].includes(uploadRaw)) {
    throw new InputError(`upload "${uploadRaw}" is unknown: use issue, api or auto`)
  }
  const allowCustomHost = boolean(read, 'allow-custom-endpoints')
  const endpoint = (name: string, raw: string | undefined): string | undefined =>
    raw &&
    checkEndpoint(raw, {
      name,
      allowCustomHost,
      allowCustomHostWith: 'allow-custom-endpoints: true'
    })
  const tokenUrl = endpoint('token-url', optional(read, 'token-url')) ?? tokenUrlFor(account)
  const certificatesUrlRaw = endpoint('certificates-url', optional(read, 'certificates-url'))
  const githubToken = read('github-token').trim()
  if (githubToken === '') {
    throw new InputError(
      'github-token is empty: leave it at its default ${{ github.token }} and grant `issues: write` in the workflow permissions'
    )
  }
  const config: Config = {
    command,
    accountId,
    account,
    clientId,
    certificateId: certificateIdRaw && checkCertificateId(certificateIdRaw, 'certificate-id'),
    newCertificateId:
      newCertificateIdRaw && checkCertificateId(newCertificateIdRaw, 'new-certificate-id'),
    privateKey: key('private-key'),
    previousPrivateKey: key('previous-private-key'),
    pendingPrivateKey: key('pending-private-key'),
    pendingCertificate: cert('pending-certificate'),
    certificate: cert('certificate'),
    keyType: parseKeyType(read('key-type') || DEFAULT_KEY_TYPE),
    algorithm: algorithmRaw === undefined ? undefined : parseAlgorithm(algorithmRaw),
    validityDays: validateValidityDays(Number(read('validity-days').trim() || '730')),
    renewBeforeDays: wholeNumber(read, 'renew-before-days', 0),
    failBeforeDays: wholeNumber(read, 'fail-before-days', 0),
    scopes: scopes(read),
    subject: optional(read, 'subject') ?? `CN=NetSuite M2M ${repo.owner}/${repo.repo}`,
    names,
    environment,
    githubToken,
    adminToken: optional(read, 'admin-token'),
    tokenUrl,
    certificatesUrl:
      certificatesUrlRaw ?? (clientId ? certificatesUrlFor(account, clientId) : undefined),
    issueLabel: optional(read, 'issue-label') ?? 'netsuite-certificate',
    issueAssignees: read('issue-assignees')
      .split(',')
      .map(s => s.trim().replace(/^@/, ''))
      .filter(Boolean),
    dryRun: boolean(read, 'dry-run'),
    upload: uploadRaw as UploadMode,
    roleId: internalId(read, 'netsuite-role-id'),
    entityId: internalId(read, 'netsuite-entity-id'),
    revokePreviousAfterDays: wholeNumber(read, 'revoke-previous-after-days', 0),
    keepalive: boolean(read, 'keepalive'),
    restart: boolean(read, 'restart'),
    emergency: boolean(read, 'emergency'),
    repository: repo,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    eventName: env.GITHUB_EVENT_NAME ?? '',
    event,
    runId: env.GITHUB_RUN_ID ?? '',
    workflowRef: env.GITHUB_WORKFLOW_REF,
    followUp: parseFollowUpInputs(read, { ...repo, environment })
  }
  return config
}

/**
 * What the inputs are once parsed: one typed field per input (a few, like
 * `names`, combine several), which of them every command gets, which a
 * command may need, and which inputs each is read from. Parsing is
 * src/action/inputs.ts; what a command is handed is src/run/command.ts.
 */
import type { CertificateInfo, PrivateKeyInfo } from '../core/inspect.js'
import type { Algorithm, KeyType } from '../core/key-types.js'
import type { FollowUpInputs } from './follow-up.js'
import type { StageNames } from './names.js'

export const SCOPES = ['restlets', 'rest_webservices', 'suite_analytics'] as const
export type UploadMode = 'issue' | 'api' | 'auto'

/** Every input, parsed: one field per input (a few, like `names`, combine several). */
export interface InputValues extends FollowUpInputs {
  /** As NetSuite shows it (1234567_SB1), derived from `account-id`; never the raw input. */
  accountId: string
  /** Lower case, `_` -> `-`: what NetSuite host names use. */
  account: string
  /** secret-name, certificate-variable, certificate-id-variable and the stage names built on them. */
  names: StageNames
  environment: string | undefined
  dryRun: boolean
  clientId: string | undefined
  certificateId: string | undefined
  newCertificateId: string | undefined
  privateKey: PrivateKeyInfo | undefined
  previousPrivateKey: PrivateKeyInfo | undefined
  pendingPrivateKey: PrivateKeyInfo | undefined
  pendingCertificate: CertificateInfo | undefined
  certificate: CertificateInfo | undefined
  keyType: KeyType
  algorithm: Algorithm | undefined
  validityDays: number
  renewBeforeDays: number
  failBeforeDays: number
  scopes: string[]
  subject: string
  githubToken: string
  adminToken: string | undefined
  tokenUrl: string
  certificatesUrl: string | undefined
  issueLabel: string
  issueAssignees: string[]
  upload: UploadMode
  roleId: number | undefined
  entityId: number | undefined
  revokePreviousAfterDays: number
  keepalive: boolean
  /** rotate: abandon the pending rotation and start a new one. */
  restart: boolean
  /** rotate: the current key is compromised; keep no _PREVIOUS once the new one is promoted. */
  emergency: boolean
}

export type FieldName = keyof InputValues

/** The inputs every command is given: they name where it works and how it reports. */
export const COMMON_FIELDS = ['accountId', 'account', 'names', 'environment', 'dryRun'] as const
export type CommonInputs = Pick<InputValues, (typeof COMMON_FIELDS)[number]>

/** Fields a command may use; those that can be absent may be undefined. */
export type Uses<K extends FieldName> = { readonly [P in K]: InputValues[P] }
/** The fields of a list (a part of a command declares its fields as a list, commands spread it). */
export type UsesAll<T extends readonly FieldName[]> = Uses<T[number]>
/** Fields a command cannot work without: never undefined once the command runs. */
export type Needs<K extends NeedableField> = { readonly [P in K]: NonNullable<InputValues[P]> }

/**
 * The fields a command may declare it needs, each with the secret or variable
 * that usually fills its input, so that a missing one is reported as one line
 * of workflow YAML to add.
 */
export const NEEDABLE = {
  clientId: () => 'secrets.NETSUITE_CLIENT_ID',
  privateKey: (n: StageNames) => `secrets.${n.key}`,
  previousPrivateKey: (n: StageNames) => `secrets.${n.keyPrevious}`,
  pendingPrivateKey: (n: StageNames) => `secrets.${n.keyPending}`,
  certificate: (n: StageNames) => `vars.${n.certificate}`,
  certificateId: (n: StageNames) => `vars.${n.certificateId}`,
  roleId: () => 'vars.NETSUITE_ROLE_ID',
  entityId: () => 'vars.NETSUITE_ENTITY_ID'
} as const satisfies Partial<Record<FieldName, (names: StageNames) => string>>
export type NeedableField = keyof typeof NEEDABLE

/**
 * The inputs each field is read from, so what a command declares can be said
 * in the workflow's own terms (README's table of which command reads which
 * input is made from this and the commands' declarations).
 */
export const FIELD_INPUTS: { readonly [F in FieldName]: readonly string[] } = {
  accountId: ['account-id'],
  account: ['account-id'],
  names: ['secret-name', 'certificate-variable', 'certificate-id-variable'],
  environment: ['environment'],
  dryRun: ['dry-run'],
  clientId: ['client-id'],
  certificateId: ['certificate-id'],
  newCertificateId: ['new-certificate-id'],
  privateKey: ['private-key'],
  previousPrivateKey: ['previous-private-key'],
  pendingPrivateKey: ['pending-private-key'],
  pendingCertificate: ['pending-certificate'],
  certificate: ['certificate'],
  keyType: ['key-type'],
  algorithm: ['algorithm'],
  validityDays: ['validity-days'],
  renewBeforeDays: ['renew-before-days'],
  failBeforeDays: ['fail-before-days'],
  scopes: ['scope'],
  subject: ['subject'],
  githubToken: ['github-token'],
  adminToken: ['admin-token'],
  tokenUrl: ['token-url', 'allow-custom-endpoints'],
  certificatesUrl: ['certificates-url', 'allow-custom-endpoints'],
  issueLabel: ['issue-label'],
  issueAssignees: ['issue-assignees'],
  upload: ['upload'],
  roleId: ['netsuite-role-id'],
  entityId: ['netsuite-entity-id'],
  revokePreviousAfterDays: ['revoke-previous-after-days'],
  keepalive: ['keepalive'],
  restart: ['restart'],
  emergency: ['emergency'],
  targets: ['targets'],
  notifyUrl: ['notify-url'],
  notifyOn: ['notify-on']
}

/** The gateways' settings: the shell hands them to the gateways, never to a command. */
export const GATEWAY_FIELDS = ['githubToken', 'adminToken', 'tokenUrl', 'scopes'] as const

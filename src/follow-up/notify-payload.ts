/**
 * The JSON a notification carries. It is built from a narrow set of facts that
 * has no place for a private key, client ID, assertion or token, copies only
 * the fields it knows (extra properties of a wider object are dropped), checks
 * each against the shape it must have, and withholds any field that contains a
 * value the caller names as secret.
 *
 * Chat services render `text` as markup and act on mentions (`@channel`,
 * `<!here>`, `<users/all>`, `@everyone`) and links, so every value in it is
 * reduced to characters that can form neither; the only links are the issue
 * and run URLs built here from the repository's own server.
 */
import { displayAccountId } from '../core/account.js'
import type { NotificationEvent } from '../inputs/notify-on.js'
import type { PayloadShape } from '../inputs/notify-url.js'
import { CERTIFICATE_ID } from '../core/certificate-id.js'
import { LOGIN, REPOSITORY } from '../github/names.js'
import { STATUSES, type Status } from '../run/context.js'
import { COMMAND_NAMES, type CommandName } from '../run/command.js'

/** The statuses a notification may carry: every command's but the doctor's, which writes
 * nothing and so is never announced. */
export type NotificationStatus = Exclude<Status, 'healthy' | 'unhealthy'>
export const NOTIFICATION_STATUSES = STATUSES.filter(
  (status): status is NotificationStatus => status !== 'healthy' && status !== 'unhealthy'
)

export type NotificationCommand = Exclude<CommandName, 'doctor'>
export const NOTIFICATION_COMMANDS = COMMAND_NAMES.filter(
  (name): name is NotificationCommand => name !== 'doctor'
)

/**
 * Everything a notification may say. The certificate fields describe the
 * current certificate as the event leaves it: the one counting down for
 * rotation-started, reminder, revoked, registration-missing, expired and
 * failed; the one just made current for promoted and rolled-back.
 */
export interface NotificationFacts {
  /**
   * NetSuite account ID in either form, as NetSuite shows it (1234567_SB1) or
   * as host names use it (1234567-sb1); notifications show NetSuite's form.
   */
  account: string
  environment?: string
  status: NotificationStatus
  command?: NotificationCommand
  certificateId?: string
  /** SHA-256 fingerprint, upper-case hex pairs joined by `:`. */
  fingerprint?: string
  expiresAt?: Date
  daysRemaining?: number
  /** GITHUB_SERVER_URL; the issue and run links are built on it. */
  serverUrl: string
  repository: { owner: string; repo: string }
  runId?: string
  issueNumber?: number
}

export interface NotificationPayload {
  /** One line for people, Slack-compatible. */
  text: string
  netsuite: {
    event: NotificationEvent
    /** As NetSuite shows it (1234567_SB1), like the issues, logs and summary. */
    account: string | null
    environment: string | null
    status: NotificationStatus | null
    certificateId: string | null
    fingerprint: string | null
    expiresAt: string | null
    daysRemaining: number | null
    issueUrl: string | null
    runUrl: string | null
  }
}

export interface BuildOptions {
  /** Values that must never be sent (client ID, private key, assertion, token): a field holding one is left out. */
  withhold?: readonly string[]
}

const ACCOUNT = /^(?=.{1,40}$)[A-Z0-9]+(?:_[A-Z0-9]+)*$/
const FINGERPRINT = /^[0-9A-F]{2}(?::[0-9A-F]{2}){31}$/
const RUN_ID = /^[0-9]{1,20}$/

/** A PEM block, a JWT, or a long run of base64/hex holding letters and digits: what keys and tokens look like. */
function looksLikeCredential(value: string): boolean {
  if (/-----BEGIN|eyJ[A-Za-z0-9_-]*\./.test(value)) return true
  return (value.match(/[A-Za-z0-9+/=]{24,}/g) ?? []).some(
    run => /[0-9]/.test(run) && /[A-Za-z]/.test(run)
  )
}

/** Case-blind: a URL's host comes back lower-cased. */
function withheld(value: string, options: BuildOptions): boolean {
  const folded = value.toLowerCase()
  return (options.withhold ?? []).some(
    secret => secret.length >= 6 && folded.includes(secret.toLowerCase())
  )
}

function matching(value: string | undefined, shape: RegExp, options: BuildOptions): string | null {
  return value !== undefined && shape.test(value) && !withheld(value, options) ? value : null
}

/** Names (account, owner, repository, host) are short words; a credential-shaped one is not a name. */
function plainName(value: string | undefined, shape: RegExp, options: BuildOptions): string | null {
  return value !== undefined && !looksLikeCredential(value) ? matching(value, shape, options) : null
}

/** GitHub environment names are free text: kept as given unless they could carry a secret. */
function environmentName(value: string | undefined, options: BuildOptions): string | null {
  if (value === undefined || value === '' || value.length > 255) return null
  if (/\p{Cc}/u.test(value) || looksLikeCredential(value)) return null
  return withheld(value, options) ? null : value
}

/** What `text` may show of a name: letters, digits, space, `-`, `_`, `/`; no `@`, `<`, `.`, `:` or brackets, so no mention or link. */
function displayName(value: string): string {
  const plain = value.replace(/[^\p{L}\p{N} _/-]+/gu, '_')
  return plain.length > 64 ? `${plain.slice(0, 63)}…` : plain
}

/** The server's origin, when GITHUB_SERVER_URL is a plain http(s) URL without credentials. */
function serverOrigin(serverUrl: string): string | null {
  try {
    const server = new URL(serverUrl)
    const plain = /^https?:$/.test(server.protocol) && !server.username && !server.password
    return plain && !looksLikeCredential(server.hostname) ? server.origin : null
  } catch {
    return null
  }
}

function links(
  facts: NotificationFacts,
  options: BuildOptions
): { issue: string | null; run: string | null } {
  const origin = serverOrigin(facts.serverUrl)
  const owner = plainName(facts.repository.owner, LOGIN, options)
  const repo = plainName(facts.repository.repo, REPOSITORY, options)
  if (origin === null || owner === null || repo === null) return { issue: null, run: null }
  const base = `${origin}/${owner}/${repo}`
  const checked = (url: string): string | null => (withheld(url, options) ? null : url)
  const issue =
    facts.issueNumber !== undefined &&
    Number.isSafeInteger(facts.issueNumber) &&
    facts.issueNumber > 0
      ? checked(`${base}/issues/${facts.issueNumber}`)
      : null
  const run =
    facts.runId !== undefined && RUN_ID.test(facts.runId)
      ? checked(`${base}/actions/runs/${facts.runId}`)
      : null
  return { issue, run }
}

function whatHappened(
  event: NotificationEvent,
  n: NotificationPayload['netsuite'],
  command: NotificationCommand | undefined
): string {
  const id = n.certificateId ? ` \`${n.certificateId}\`` : ''
  switch (event) {
    case 'rotation-started':
      return n.issueUrl
        ? 'certificate rotation started: an admin must upload the new certificate in NetSuite and reply on the issue'
        : 'certificate rotation started'
    case 'reminder':
      return 'reminder: the new certificate still waits to be uploaded in NetSuite'
    case 'promoted':
      return `new certificate${id} promoted: the integration uses it from now on`
    case 'rolled-back':
      return `rolled back to the previous certificate${id}`
    case 'revoked':
      return `the current certificate${id} was revoked in NetSuite: a new key is needed`
    case 'registration-missing':
      return `NetSuite no longer accepts the current certificate${id}: the issue says what an admin uploads`
    case 'expired':
      return `the current certificate${id} has expired: the integration cannot log in`
    case 'failed':
      return `the ${command ?? 'action'} run failed${n.status && n.status !== 'failed' ? ` (status ${n.status})` : ''}: see the run log`
  }
}

/** Always about the current certificate: the one whose expiry decides what happens next. */
function daysLeft(days: number | null, expiresAt: string | null): string {
  const date = expiresAt ? ` (${expiresAt.slice(0, 10)})` : ''
  if (days === null)
    return expiresAt ? `Current certificate expires on ${expiresAt.slice(0, 10)}.` : ''
  if (days < 0)
    return `Current certificate expired ${-days} day${days === -1 ? '' : 's'} ago${date}.`
  if (days === 0) return `Current certificate expires within a day${date}.`
  return `Current certificate: ${days} day${days === 1 ? '' : 's'} left${date}.`
}

export function buildNotification(
  event: NotificationEvent,
  facts: NotificationFacts,
  options: BuildOptions = {}
): NotificationPayload {
  const url = links(facts, options)
  const expires =
    facts.expiresAt instanceof Date && Number.isFinite(facts.expiresAt.getTime())
      ? facts.expiresAt.toISOString()
      : null
  const days =
    typeof facts.daysRemaining === 'number' &&
    Number.isSafeInteger(facts.daysRemaining) &&
    Math.abs(facts.daysRemaining) <= 100_000
      ? facts.daysRemaining
      : null
  const netsuite: NotificationPayload['netsuite'] = {
    event,
    // One form for people: the one NetSuite's own pages show, and what they search for.
    account: plainName(
      typeof facts.account === 'string' ? displayAccountId(facts.account) : undefined,
      ACCOUNT,
      options
    ),
    environment: environmentName(facts.environment, options),
    status: (NOTIFICATION_STATUSES as readonly string[]).includes(facts.status)
      ? facts.status
      : null,
    certificateId: matching(facts.certificateId, CERTIFICATE_ID, options),
    fingerprint: matching(facts.fingerprint, FINGERPRINT, options),
    expiresAt: expires,
    daysRemaining: days,
    issueUrl: url.issue,
    runUrl: url.run
  }
  const command =
    facts.command && (NOTIFICATION_COMMANDS as readonly string[]).includes(facts.command)
      ? facts.command
      : undefined
  const where = `NetSuite ${netsuite.account ?? 'account'}${netsuite.environment ? ` (${displayName(netsuite.environment)})` : ''}`
  const parts = [
    `${where}: ${whatHappened(event, netsuite, command)}.`,
    daysLeft(days, expires),
    netsuite.issueUrl ? `Issue: ${netsuite.issueUrl}` : '',
    netsuite.runUrl ? `Run: ${netsuite.runUrl}` : ''
  ]
  return { text: parts.filter(Boolean).join(' '), netsuite }
}

/** The request body for a webhook that takes the given shape. */
export function requestBody(payload: NotificationPayload, shape: PayloadShape): string {
  return JSON.stringify(shape === 'text-only' ? { text: payload.text } : payload)
}

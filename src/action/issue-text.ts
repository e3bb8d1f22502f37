/**
 * Everything the action writes into the rotation issue. Nothing here ever sees
 * a private key, client ID, assertion or token: only public certificate data.
 */
import type { Config } from './config.js'
import type { IssueRef } from '../github/gateway.js'

const MARKER_PREFIX = '<!-- netsuite-m2m-rotate:v1 '

export interface IssueState {
  account: string
  environment: string | null
  /** Fingerprint of the pending certificate this issue announces. */
  fingerprint: string
  /** Reminder thresholds (days before expiry) already commented. */
  reminded: number[]
  /** Set when this issue asks for a re-upload of the current certificate (registration missing). */
  reupload?: boolean
}

export function marker(state: IssueState): string {
  return `${MARKER_PREFIX}${JSON.stringify(state)} -->`
}

export function readMarker(body: string): IssueState | undefined {
  const start = body.lastIndexOf(MARKER_PREFIX)
  if (start < 0) return undefined
  const end = body.indexOf(' -->', start)
  try {
    const parsed = JSON.parse(body.slice(start + MARKER_PREFIX.length, end)) as Partial<IssueState>
    if (typeof parsed.account !== 'string' || typeof parsed.fingerprint !== 'string')
      return undefined
    return {
      account: parsed.account,
      environment: parsed.environment ?? null,
      fingerprint: parsed.fingerprint,
      reminded: Array.isArray(parsed.reminded)
        ? parsed.reminded.filter(n => typeof n === 'number')
        : [],
      reupload: parsed.reupload === true
    }
  } catch {
    return undefined
  }
}

export function replaceMarker(body: string, state: IssueState): string {
  const start = body.lastIndexOf(MARKER_PREFIX)
  if (start < 0) return `${body}\n\n${marker(state)}`
  const end = body.indexOf(' -->', start) + ' -->'.length
  return body.slice(0, start) + marker(state) + body.slice(end)
}

/** Is this issue the rotation issue of this account and environment? */
export function isRotationIssue(issue: IssueRef, config: Config): boolean {
  const state = readMarker(issue.body)
  return (
    state !== undefined &&
    issue.labels.includes(config.issueLabel) &&
    state.account === config.account &&
    state.environment === (config.environment ?? null)
  )
}

export function where(config: Config): string {
  return config.environment ? ` in the \`${config.environment}\` environment` : ''
}

const date = (value: Date): string =>
  value
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, ' UTC')

export interface AnnouncedCertificate {
  pem: string
  fingerprint: string
  notBefore: Date
  notAfter: Date
  keyLabel: string
}

export function issueTitle(config: Config, reupload = false): string {
  const env = config.environment ? ` (${config.environment})` : ''
  return reupload
    ? `NetSuite ${config.accountId}${env}: upload the current M2M certificate again`
    : `NetSuite ${config.accountId}${env}: upload the new M2M certificate`
}

export function issueBody(
  config: Config,
  certificate: AnnouncedCertificate,
  deadline: Date | undefined,
  state: IssueState,
  reason: string
): string {
  const n = config.names
  const fileName = `netsuite-${config.account}-${certificate.notBefore.toISOString().slice(0, 10)}.pem`
  return [
    `### Why`,
    reason,
    '',
    state.reupload
      ? `Nothing new was generated: the current private key (secret \`${n.key}\`${where(config)}) still belongs to this certificate, so NetSuite only needs to know it again.`
      : `A new key pair is ready. Its private key is stored only in the encrypted secret \`${n.keyPending}\`${where(config)}; the certificate below is public and also in the variable \`${n.certificatePending}\`.`,
    '',
    '| | |',
    '|---|---|',
    `| Account | \`${config.accountId}\` |`,
    `| Key | ${certificate.keyLabel} |`,
    `| SHA-256 fingerprint | \`${certificate.fingerprint}\` |`,
    `| Valid from | ${date(certificate.notBefore)} |`,
    `| Valid until | ${date(certificate.notAfter)} |`,
    `| Deadline | ${deadline ? `${date(deadline)} (the current certificate expires then)` : 'none yet: there is no current certificate, the integration cannot log in until this is done'} |`,
    '',
    '### 1. Save the certificate as a file',
    `Copy the block below, including the BEGIN and END lines, into a file named \`${fileName}\` (any name ending in \`.pem\` works).`,
    '',
    '```pem',
    certificate.pem.trim(),
    '```',
    '',
    '### 2. Upload it in NetSuite',
    `1. Sign in to NetSuite account \`${config.accountId}\` with a role that can manage OAuth 2.0 client credentials (Administrator).`,
    '2. Go to **Setup > Integration > Manage Authentication > OAuth 2.0 Client Credentials (M2M) Setup**.',
    '3. Click **Create New**.',
    "4. Pick the **Entity** and **Role** the integration runs as (the same as today's mapping), and the integration's **Application**.",
    `5. Under **Certificate**, choose the file \`${fileName}\`, then click **Save**.`,
    '6. Copy the **Certificate ID** of the new row.',
    '',
    '### 3. Reply here',
    'Post a comment whose first line is:',
    '',
    '```',
    '/certificate-id <the certificate ID>',
    '```',
    '',
    'Only people with write, maintain or admin permission on this repository can do this. The action then signs a token request with the new key and that ID; only when NetSuite accepts it does the new certificate become current (the old one is kept as previous) and this issue closes. If NetSuite refuses, nothing changes and a comment here says why.',
    '',
    marker(state)
  ].join('\n')
}

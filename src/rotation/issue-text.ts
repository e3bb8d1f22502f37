/**
 * What the action writes into the rotation issue: a view of the rotation
 * record, never read back. Nothing here ever sees a private key, client ID,
 * assertion or token: only public certificate data.
 */
import type { CommonInputs } from '../inputs/fields.js'
import { formatDate, formatDateTime } from '../core/time.js'
import { M2M_SETUP_PAGE } from '../core/netsuite-pages.js'

export function where(inputs: Pick<CommonInputs, 'environment'>): string {
  return inputs.environment ? ` in the \`${inputs.environment}\` environment` : ''
}

export interface AnnouncedCertificate {
  pem: string
  fingerprint: string
  notBefore: Date
  notAfter: Date
  keyLabel: string
}

/** What the issue announces: a new certificate, or the current one to register again. */
export interface IssueView {
  certificate: AnnouncedCertificate
  /** Expiry of the current certificate, when there is one. */
  deadline?: Date
  reason: string
  reregister: boolean
  emergency: boolean
}

export function issueTitle(
  inputs: CommonInputs,
  view: Pick<IssueView, 'reregister' | 'emergency'>
): string {
  const env = inputs.environment ? ` (${inputs.environment})` : ''
  if (view.reregister)
    return `NetSuite ${inputs.accountId}${env}: upload the current M2M certificate again`
  if (view.emergency)
    return `URGENT: NetSuite ${inputs.accountId}${env}: the M2M key is compromised or revoked, upload the new certificate`
  return `NetSuite ${inputs.accountId}${env}: upload the new M2M certificate`
}

export function issueBody(inputs: CommonInputs, view: IssueView): string {
  const n = inputs.names
  const { certificate, deadline } = view
  const fileName = `netsuite-${inputs.account}-${formatDate(certificate.notBefore)}.pem`
  return [
    ...(view.emergency
      ? [
          '> [!CAUTION]',
          '> **Urgent.** The current key is treated as compromised: once the new certificate is promoted, the replaced one is revoked in NetSuite (or the closing comment names it for you to revoke) and it is not kept for rollback.',
          ''
        ]
      : []),
    `### Why`,
    view.reason,
    '',
    view.reregister
      ? `Nothing new was generated: the current private key (secret \`${n.key}\`${where(inputs)}) still belongs to this certificate, so NetSuite only needs to know it again.`
      : `A new key pair is ready. Its private key is stored only in the encrypted secret \`${n.keyPending}\`${where(inputs)}; the certificate below is public and also in the variable \`${n.certificatePending}\`.`,
    '',
    '| | |',
    '|---|---|',
    `| Account | \`${inputs.accountId}\` |`,
    `| Key | ${certificate.keyLabel} |`,
    `| SHA-256 fingerprint | \`${certificate.fingerprint}\` |`,
    `| Valid from | ${formatDateTime(certificate.notBefore)} |`,
    `| Valid until | ${formatDateTime(certificate.notAfter)} |`,
    `| Deadline | ${deadline ? `${formatDateTime(deadline)} (the current certificate expires then)` : 'none yet: there is no current certificate, the integration cannot log in until this is done'} |`,
    '',
    '### 1. Save the certificate as a file',
    `Copy the block below, including the BEGIN and END lines, into a file named \`${fileName}\` (any name ending in \`.pem\` works).`,
    '',
    '```pem',
    certificate.pem.trim(),
    '```',
    '',
    '### 2. Upload it in NetSuite',
    `1. Sign in to NetSuite account \`${inputs.accountId}\` with a role that can manage OAuth 2.0 client credentials (Administrator).`,
    `2. Go to **${M2M_SETUP_PAGE}**.`,
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
    'Only people with write, maintain or admin permission on this repository can do this, and only on this issue (the one the rotation record names). The action then signs a token request with the new key and that ID; only when NetSuite accepts it does the new certificate become current (the old one is kept as previous) and this issue closes. If NetSuite refuses, nothing changes and a comment here says why.',
    '',
    'Closing this issue does not cancel the rotation: the next scheduled check reopens it. To abandon this rotation and start another, run the rotate command with `restart: true`.'
  ].join('\n')
}

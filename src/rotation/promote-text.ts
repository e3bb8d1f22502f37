/**
 * What promote says on the rotation issue: the summary of a promotion and the
 * explanation of a refusal. Public certificate data only.
 */
import type { CertificateInfo } from '../core/inspect.js'
import type { Context } from '../run/context.js'
import { where } from './issue-text.js'
import { describeError } from '../core/errors.js'
import { NetSuiteError } from '../netsuite/errors.js'

/**
 * What became current and what is kept for rollback: `previous` is what the promotion
 * replaced (on a rerun, what the record store says _PREVIOUS holds; nothing in an emergency).
 */
export function promotedComment(
  ctx: Context,
  promoted: CertificateInfo,
  certificateId: string,
  previous: { certificate?: CertificateInfo; id?: string }
): string {
  const n = ctx.inputs.names
  return [
    `NetSuite accepted certificate \`${certificateId}\` (fingerprint \`${promoted.fingerprint}\`, valid until ${promoted.notAfter.toISOString()}). It is now current${where(ctx.inputs)}: secret \`${n.key}\`, variables \`${n.certificate}\` and \`${n.certificateId}\`.`,
    previous.certificate
      ? `The replaced certificate${previous.id ? ` \`${previous.id}\`` : ''} (\`${previous.certificate.fingerprint}\`) is kept as \`${n.keyPrevious}\` / \`${n.certificatePrevious}\` for rollback.`
      : '',
    'The pending secret and variable were removed.'
  ]
    .filter(Boolean)
    .join('\n\n')
}

export function refusalComment(certificateId: string, error: unknown): string {
  const lines = [
    `NetSuite did not accept certificate ID \`${certificateId}\` with the pending key, so **nothing was changed**.`,
    ''
  ]
  if (error instanceof NetSuiteError) {
    lines.push(
      `NetSuite answered \`${error.code}\`${error.status ? ` (HTTP ${error.status})` : ''}.`,
      '',
      `What usually causes it: ${error.hint}`
    )
  } else {
    lines.push(`The token request failed: ${describeError(error)}`)
  }
  lines.push(
    '',
    'Check that the certificate uploaded in NetSuite is the one in this issue (compare the fingerprint) and that the ID was copied whole, then reply again with `/certificate-id <ID>`.'
  )
  return lines.join('\n')
}

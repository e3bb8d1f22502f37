/**
 * `netsuite-m2m doctor`: the NetSuite half of the action's doctor, from a terminal. Proves
 * the pair with a token, reads the integration's certificate list, and prints the same
 * table the action puts in its job summary (`--json`: the same as data). Nothing is
 * uploaded or revoked; the client ID is never printed.
 */
import { certificatesUrlFor } from '../core/account.js'
import { Writes } from '../core/dry-run.js'
import { checkEndpoint } from '../core/endpoint.js'
import type { Logger } from '../core/logger.js'
import { NetSuiteGateway } from '../netsuite/gateway.js'
import { examineNetSuite } from '../doctor/netsuite-pairs.js'
import { isHealthy, renderReport, toJson } from '../doctor/report.js'
import { optionalString, parseFlags, type Io } from './args.js'
import { readTokenFlags, TOKEN_FLAGS, TOKEN_HELP } from './token.js'

export const DOCTOR_HELP = `Usage: netsuite-m2m doctor --account-id A --client-id C --certificate-id K --private-key FILE [flags]

Checks an M2M set-up in NetSuite and changes nothing: exchanges the pair for a
token, reads the integration's certificate list (every certificate with its
validity, role and entity, the active ones counted against NetSuite's limit of
5), and prints each finding as ok, warning or failure with its fix. Exits 1
when it finds a failure.

Flags: those of \`netsuite-m2m token\` (below), and
  --certificates-url URL   NetSuite's certificate endpoint (default
                           https://<account>.restlets.api.netsuite.com/services/rest/auth/oauth2/v1/clients/<client-id>/certificates);
                           given, a list that cannot be read is a failure, not a warning
  --json                   print the findings and certificates as JSON

${(TOKEN_HELP.split('\n\nFlags:\n')[1] ?? '').replace(/ {2}--print-token[^\n]*\n/, '')}`

const QUIET: Logger = {
  info: () => undefined,
  notice: () => undefined,
  warning: () => undefined,
  error: () => undefined,
  debug: () => undefined,
  setSecret: () => undefined
}

export async function runDoctor(args: string[], io: Io): Promise<number> {
  const flags = parseFlags('doctor', args, {
    ...TOKEN_FLAGS,
    'certificates-url': { type: 'string' },
    json: { type: 'boolean', default: false }
  })
  if (flags.help) {
    io.out(DOCTOR_HELP)
    return 0
  }
  const request = readTokenFlags('doctor', flags, io)
  const given = optionalString(flags, 'certificates-url')
  const certificatesUrl =
    given !== undefined
      ? checkEndpoint(given, {
          name: '--certificates-url',
          allowCustomHost: flags['allow-custom-endpoints'] === true,
          allowCustomHostWith: '--allow-custom-endpoints'
        })
      : request.account && certificatesUrlFor(request.account, request.clientId)
  // The doctor changes nothing: its one record of writes is a dry-run's, so a write that ever
  // slipped into its checks would be reported, never made.
  const writes = new Writes(true, QUIET)
  const report = await examineNetSuite(
    new NetSuiteGateway(request.tokenUrl, request.scopes, QUIET, writes),
    {
      clientId: request.clientId,
      algorithm: request.algorithm,
      scopes: request.scopes,
      pairs: [{ stage: 'current', key: request.privateKey, certificateId: request.certificateId }],
      certificatesUrl: certificatesUrl || undefined,
      listRequired: given !== undefined,
      known: {
        stages: [{ stage: 'current', certificateId: request.certificateId }],
        uploads: {},
        retired: []
      },
      mapping: {},
      // The flags are required, so a part is never missing here.
      supply: part =>
        `pass --${part === 'clientId' ? 'client-id' : part === 'privateKey' ? 'private-key' : 'certificate-id'}`
    }
  )
  if (flags.json === true) io.out(JSON.stringify(toJson(report), null, 2))
  else {
    const healthy = isHealthy(report)
    io.out(
      `netsuite-m2m doctor: ${healthy ? 'healthy' : 'unhealthy'}${request.account ? ` (account ${request.account})` : ''}\n`
    )
    io.out(renderReport(report, new Date()))
  }
  return isHealthy(report) ? 0 : 1
}

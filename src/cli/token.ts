/**
 * `netsuite-m2m token`: the proof that NetSuite accepts a set of credentials.
 * Signs a client assertion and exchanges it. The token is printed only with
 * --print-token, and then alone on stdout so it can be piped. The client ID is
 * never printed: it is scrubbed from anything NetSuite echoes back.
 */
import { displayAccountId, normaliseAccountId, tokenUrlFor } from '../core/account.js'
import { checkAlgorithmFitsKey, defaultAlgorithmFor } from '../core/assertion.js'
import { checkEndpoint } from '../core/endpoint.js'
import { InputError } from '../core/errors.js'
import type { PrivateKeyInfo } from '../core/inspect.js'
import { ACCEPTED, parseAlgorithm, type Algorithm } from '../core/key-types.js'
import { proveCredentials } from '../netsuite/client.js'
import {
  optionalString,
  parseFlags,
  requireString,
  type Flags,
  type Io,
  type OptionSpec
} from './args.js'
import { readPastedKey } from './pasted.js'

export const DEFAULT_SCOPES = 'restlets,rest_webservices'

export const TOKEN_HELP = `Usage: netsuite-m2m token --account-id A --client-id C --certificate-id K --private-key FILE [flags]

Signs a client assertion with the private key and exchanges it at NetSuite's
token endpoint: the proof that NetSuite accepts these credentials.

Flags:
  --account-id A       NetSuite account ID, e.g. 1234567 or 1234567_SB1 (required unless --token-url)
  --client-id C        client ID (consumer key) of the integration record (required; never printed)
  --certificate-id K   the ID NetSuite gave the uploaded certificate (required)
  --private-key FILE   the certificate's private key PEM (required)
  --algorithm ALG      ${ACCEPTED.algorithms} (default: ${ACCEPTED.rsaDefault},
                       ${ACCEPTED.ecDefaults}); RS256 is refused by NetSuite
  --scope LIST         comma-separated scopes (default ${DEFAULT_SCOPES})
  --token-url URL      token endpoint (default https://<account>.suitetalk.api.netsuite.com/services/rest/auth/oauth2/v1/token);
                       https:// on a *.netsuite.com host (http:// only for 127.0.0.1, localhost, [::1])
  --allow-custom-endpoints
                       allow a --token-url host outside *.netsuite.com (a proxy or a test double)
  --print-token        print only the access token on stdout (for piping)
  -h, --help           show this help
`

export function parseScopes(raw: string): string[] {
  const scopes = raw
    .split(',')
    .map(scope => scope.trim())
    .filter(scope => scope !== '')
  if (scopes.length === 0 || scopes.some(scope => !/^[a-z_]+$/.test(scope))) {
    throw new InputError(
      `--scope "${raw}" is malformed: comma-separated scopes such as restlets,rest_webservices,suite_analytics`
    )
  }
  return scopes
}

/** The flags `token` takes, which `doctor` takes too. */
export const TOKEN_FLAGS: OptionSpec = {
  'account-id': { type: 'string' },
  'client-id': { type: 'string' },
  'certificate-id': { type: 'string' },
  'private-key': { type: 'string' },
  algorithm: { type: 'string' },
  scope: { type: 'string', default: DEFAULT_SCOPES },
  'token-url': { type: 'string' },
  'allow-custom-endpoints': { type: 'boolean', default: false }
}

export interface TokenRequest {
  /** Normalised; undefined when only --token-url was given. */
  account: string | undefined
  tokenUrl: string
  clientId: string
  certificateId: string
  privateKey: PrivateKeyInfo
  scopes: string[]
  algorithm: Algorithm
}

/** The credentials and endpoint the token flags name, checked as the action checks its inputs. */
export function readTokenFlags(command: string, flags: Flags, io: Io): TokenRequest {
  const tokenUrlFlag = optionalString(flags, 'token-url')
  const accountFlag = optionalString(flags, 'account-id')
  const account =
    tokenUrlFlag === undefined || accountFlag !== undefined
      ? normaliseAccountId(requireString(command, flags, 'account-id'))
      : undefined
  const tokenUrl =
    tokenUrlFlag !== undefined
      ? checkEndpoint(tokenUrlFlag, {
          name: '--token-url',
          allowCustomHost: flags['allow-custom-endpoints'] === true,
          allowCustomHostWith: '--allow-custom-endpoints'
        })
      : tokenUrlFor(account ?? '')
  const clientId = requireString(command, flags, 'client-id').trim()
  const certificateId = requireString(command, flags, 'certificate-id').trim()
  const keyPath = requireString(command, flags, 'private-key')
  const scopes = parseScopes(optionalString(flags, 'scope') ?? DEFAULT_SCOPES)
  const algorithmFlag = optionalString(flags, 'algorithm')
  const privateKey = readPastedKey('private-key', keyPath, io)
  const algorithm =
    algorithmFlag !== undefined
      ? parseAlgorithm(algorithmFlag, '--algorithm')
      : defaultAlgorithmFor(privateKey.keyObject)
  checkAlgorithmFitsKey(algorithm, privateKey.keyObject, '--algorithm')
  return { account, tokenUrl, clientId, certificateId, privateKey, scopes, algorithm }
}

export async function runToken(args: string[], io: Io): Promise<number> {
  const flags = parseFlags('token', args, {
    ...TOKEN_FLAGS,
    'print-token': { type: 'boolean', default: false }
  })
  if (flags.help) {
    io.out(TOKEN_HELP)
    return 0
  }
  const {
    account,
    tokenUrl,
    clientId,
    certificateId,
    scopes,
    algorithm,
    privateKey: key
  } = readTokenFlags('token', flags, io)
  const privateKey = key.keyObject

  let token
  try {
    token = await proveCredentials(
      { clientId, certificateId, privateKey, algorithm },
      { tokenUrl, scopes }
    )
  } catch (error) {
    // NetSuite may echo the client ID in error_description; it must not reach the terminal or CI log.
    if (error instanceof Error && clientId !== '') {
      error.message = error.message.split(clientId).join('[client-id]')
    }
    throw error
  }
  if (flags['print-token'] === true) {
    io.out(token.accessToken)
    return 0
  }
  io.out(
    [
      `NetSuite accepted certificate ID ${certificateId}${account ? ` for account ${displayAccountId(account)}` : ''} (${algorithm}, scope ${scopes.join(',')}).`,
      `token type   ${token.tokenType}`,
      `expires in   ${token.expiresIn} s`,
      'The token itself is not shown; add --print-token to print only the token.'
    ].join('\n')
  )
  return 0
}

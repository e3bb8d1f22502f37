/**
 * Every NetSuite call the action makes: proving credentials at the token
 * endpoint, and the certificate rotation endpoint (Oracle help
 * article_92130837826). Secrets are masked before they can be printed.
 */
import type { Writes } from '../core/dry-run.js'
import type { Logger } from '../core/logger.js'
import { proveCredentials, type Credentials } from './client.js'
import type { AccessToken } from './token.js'
import { CertificateEndpoint } from './certificates.js'
import { NetSuiteError } from './errors.js'
import { RunTokens } from './run-tokens.js'

/** What commands use of NetSuite's certificate endpoint. */
export type CertificateApi = Pick<CertificateEndpoint, 'list' | 'upload' | 'revoke'>

/** What commands use of NetSuite: the gateway's public face, so tests can pass an in-memory one. */
export type NetSuite = Pick<NetSuiteGateway, 'prove' | 'certificates'>

/** One per run: it holds the tokens the run obtained, so create it once and pass it on. */
export class NetSuiteGateway {
  /** Uploads and revocations, done or (in dry-run) reported and skipped; reads always happen. */
  readonly writes: Writes
  private readonly tokens = new RunTokens()

  constructor(
    private readonly tokenUrl: string,
    private readonly scopes: string[],
    private readonly log: Logger,
    /** The run's one record of writes, shared with the GitHub gateway: whether this is a
     * dry-run is its to say. */
    writes: Writes
  ) {
    this.writes = writes
  }

  /**
   * A token for these credentials carrying at least `needs` (default: the run's scopes):
   * the one this run already obtained for them, or a new exchange (an assertion signed and
   * sent). Asks for the run's scopes whenever they include `needs`, so one exchange serves
   * proving the credentials and NetSuite's certificate endpoint alike. A first proof of new
   * credentials is always a real exchange. Throws NetSuiteError or NetworkError.
   */
  async prove(credentials: Credentials, needs: string[] = this.scopes): Promise<AccessToken> {
    const scopes = needs.every(scope => this.scopes.includes(scope)) ? this.scopes : needs
    return this.tokens.obtain(credentials, scopes, async () => {
      const token = await proveCredentials(credentials, {
        tokenUrl: this.tokenUrl,
        scopes,
        onAssertion: assertion => this.log.setSecret(assertion)
      })
      this.log.setSecret(token.accessToken)
      return token
    })
  }

  /** The certificate endpoint, called with `accessToken`; a revoked certificate's tokens and a
   * refused token are not handed out again. */
  certificates(url: string, accessToken: string): CertificateApi {
    const endpoint = new CertificateEndpoint(url, accessToken, this.writes)
    const refused = (error: unknown): never => {
      if (error instanceof NetSuiteError && error.status === 401)
        this.tokens.forgetToken(accessToken)
      throw error
    }
    return {
      list: () => endpoint.list().catch(refused),
      upload: (...args) => endpoint.upload(...args).catch(refused),
      revoke: certificateId =>
        endpoint
          .revoke(certificateId)
          .catch(refused)
          .finally(() => this.tokens.forgetCertificate(certificateId))
    }
  }
}

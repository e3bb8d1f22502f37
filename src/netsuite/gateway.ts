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

/** What commands use of NetSuite's certificate endpoint. */
export type CertificateApi = Pick<CertificateEndpoint, 'list' | 'upload' | 'revoke'>

/** What commands use of NetSuite: the gateway's public face, so tests can pass an in-memory one. */
export type NetSuite = Pick<NetSuiteGateway, 'prove' | 'certificates'>

export class NetSuiteGateway {
  /** Uploads and revocations, done or (in dry-run) reported and skipped; reads always happen. */
  readonly writes: Writes

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

  /** Signs an assertion with these credentials and exchanges it; throws NetSuiteError or NetworkError. */
  async prove(credentials: Credentials, scopes: string[] = this.scopes): Promise<AccessToken> {
    const token = await proveCredentials(credentials, {
      tokenUrl: this.tokenUrl,
      scopes,
      onAssertion: assertion => this.log.setSecret(assertion)
    })
    this.log.setSecret(token.accessToken)
    return token
  }

  certificates(url: string, accessToken: string): CertificateApi {
    return new CertificateEndpoint(url, accessToken, this.writes)
  }
}

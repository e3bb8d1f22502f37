import type { Config } from './config.js'
import type { GitHubGateway } from '../github/gateway.js'
import type { NetSuiteGateway } from '../netsuite/gateway.js'

/** The few things commands say to the person reading the log; backed by @actions/core. */
export interface Logger {
  info(message: string): void
  notice(message: string): void
  warning(message: string): void
  error(message: string): void
  debug(message: string): void
  /** Registers a value the runner must mask from here on. */
  setSecret(value: string): void
}

export type Status =
  | 'ok'
  | 'rotation-started'
  | 'rotation-pending'
  | 'promoted'
  | 'verified'
  | 'rolled-back'
  | 'expired'
  | 'registration-missing'
  | 'failed'

export interface StageRow {
  stage: 'current' | 'pending' | 'previous'
  certificateId?: string
  fingerprint?: string
  notAfter?: Date
  state: string
}

export interface Result {
  status: Status
  outputs: Partial<
    Record<
      | 'expires-at'
      | 'days-remaining'
      | 'fingerprint'
      | 'certificate'
      | 'certificate-id'
      | 'issue-number'
      | 'issue-url'
      | 'access-token',
      string
    >
  >
  /** Set when the step must fail; says what failed and whether a rerun repairs it. */
  failure?: string
  stages: StageRow[]
  nextStep: string
  /** What dry-run would have written, or what was written. */
  writes: string[]
}

export interface Context {
  config: Config
  log: Logger
  now: () => Date
  github: () => Promise<GitHubGateway>
  netsuite: NetSuiteGateway
}

import type { CommonInputs } from '../inputs/fields.js'
import type { WorkflowRun } from './workflow-run.js'
import type { GitHub } from '../github/gateway.js'
import type { NetSuite } from '../netsuite/gateway.js'
import type { Logger } from '../core/logger.js'
import type { CertificateInfo, PrivateKeyInfo } from '../core/inspect.js'
import type { DoctorReport } from './doctor-report.js'

export type { Logger }

/** Every status a command ends with (the `status` output). */
export const STATUSES = [
  'ok',
  'rotation-started',
  'rotation-pending',
  'promoted',
  'verified',
  'rolled-back',
  'expired',
  'registration-missing',
  'revoked',
  'failed',
  /** doctor: no failure found, or at least one. */
  'healthy',
  'unhealthy'
] as const
export type Status = (typeof STATUSES)[number]

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
  /** In dry-run, the steps the run stopped before because they need what a skipped write
   * would have returned (the ID NetSuite gives an upload); listed among the writes. */
  dryRunStoppedBefore?: string[]
  /** What this run left undone for lack of a token or input, said in the summary. */
  skipped?: string[]
  /** The credentials this run made current (a promotion or rollback): what fan-out copies. */
  madeCurrent?: CurrentCredentials
  /** Each fan-out target's state after this run, one line per target, for the summary. */
  targets?: string[]
  /** doctor's findings and NetSuite's certificate list, for the summary. */
  report?: DoctorReport
}

export interface CurrentCredentials {
  key: PrivateKeyInfo
  certificate: CertificateInfo
  certificateId: string
}

/**
 * What a command runs with: the inputs it declared (plus the common ones), the
 * facts of this run, and the two gateways. `I` is the command's own inputs, so a
 * command cannot read an input it did not declare.
 */
export interface Context<I = unknown> {
  /** The command the step runs (a part shared by several commands may branch on it). */
  command: string
  inputs: CommonInputs & I
  run: WorkflowRun
  log: Logger
  now: () => Date
  github: () => Promise<GitHub>
  netsuite: NetSuite
}

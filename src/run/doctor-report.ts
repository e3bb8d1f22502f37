/**
 * What the doctor reports: each finding ok, warning or failure with its fix, and every
 * certificate NetSuite lists for the integration with its stage. Types only, so a command's
 * result can carry a report without depending on the doctor's checks.
 */
export type Level = 'ok' | 'warning' | 'failure'

export interface Finding {
  /** What was checked, e.g. `current pair` or `admin-token: acme/billing`. */
  check: string
  level: Level
  /** What was found, in plain words. */
  detail: string
  /** What to do about it (warnings and failures). */
  fix?: string
}

/**
 * Where a certificate NetSuite lists stands for this action: one of its stages, `earlier`
 * (uploaded by this action, no longer a stage) or `unknown` (nothing here knows it).
 */
/** `retired`: in the rotation record's ledger of certificates that left service. */
export type CertificateStage =
  'current' | 'previous' | 'pending' | 'earlier' | 'retired' | 'unknown'

export interface CertificateRow {
  id: string
  stage: CertificateStage
  status: 'active' | 'revoked' | 'expired'
  validFrom?: Date
  validUntil?: Date
  /** `id (name)`: NetSuite's text, rendered only as code. */
  role?: string
  entity?: string
}

export interface DoctorReport {
  findings: Finding[]
  /** NetSuite's certificate list, when it could be read. */
  certificates?: CertificateRow[]
}

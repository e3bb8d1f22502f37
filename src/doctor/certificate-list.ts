/**
 * NetSuite's certificate list judged against what this action knows: every certificate
 * of the integration with its stage (matched by certificate ID, and by fingerprint through
 * the uploads the rotation record remembers), the active ones counted against NetSuite's
 * limit, and an active certificate nobody here knows named by ID.
 */
import { nearLimitWarning, type RemoteCertificate } from '../netsuite/certificates.js'
import { ACTIVE_LIMIT, activeCount } from './report.js'
import type { CertificateRow, CertificateStage, Finding } from '../run/doctor-report.js'
import { M2M_SETUP_PAGE } from '../core/netsuite-pages.js'

/** A stage this action holds: its certificate ID when known, its certificate's fingerprint when known. */
export interface KnownStage {
  stage: 'current' | 'previous' | 'pending'
  certificateId?: string
  fingerprint?: string
}

export interface Known {
  stages: KnownStage[]
  /** What the rotation record remembers uploading: fingerprint -> certificate ID. */
  uploads: Record<string, string>
  /** The record's ledger: certificates that left service, due for revocation. */
  retired: string[]
}

/** The stage of the certificate NetSuite lists under this ID. */
export function stageOf(id: string, known: Known): CertificateStage {
  const byId = known.stages.find(stage => stage.certificateId === id)
  if (byId) return byId.stage
  if (known.retired.includes(id)) return 'retired'
  const fingerprint = Object.keys(known.uploads).find(fp => known.uploads[fp] === id)
  if (fingerprint === undefined) return 'unknown'
  const byFingerprint = known.stages.find(stage => stage.fingerprint === fingerprint)
  return byFingerprint?.stage ?? 'earlier'
}

function named(id: string | undefined, name: string | undefined): string | undefined {
  if (id === undefined) return name
  return name ? `${id} (${name})` : id
}

export function certificateRows(list: RemoteCertificate[], known: Known): CertificateRow[] {
  return list.map(certificate => ({
    id: certificate.id,
    stage: stageOf(certificate.id, known),
    status: certificate.active ? 'active' : certificate.revoked ? 'revoked' : 'expired',
    validFrom: certificate.validFrom,
    validUntil: certificate.validUntil,
    role: named(certificate.role, certificate.roleName),
    entity: named(certificate.entity, certificate.entityName)
  }))
}

const REVOKE_WHERE = `revoke certificates nobody uses in ${M2M_SETUP_PAGE} (never the current one)`

/** What doctor says of an active certificate outside the stages, by what the record knows of it. */
const NOBODY_HOLDS = {
  retired: {
    detail:
      'active, but its key left service (the rotation record lists it as due for revocation): the next run with working credentials revokes it',
    fix: 'run check with the current credentials, or revoke it by hand'
  },
  unknown: {
    detail:
      'active, but unknown to this action (not the current, previous or pending certificate, nor one it uploaded): it counts against the limit and its key is outside this rotation',
    fix: 'find out who uses it; if nobody does, revoke it'
  }
} as const

/** The count against the limit, and every active certificate this action does not know. */
export function listFindings(
  rows: CertificateRow[],
  mapping: { roleId?: number; entityId?: number }
): Finding[] {
  const active = activeCount(rows)
  const findings: Finding[] = []
  const near = nearLimitWarning(active)
  findings.push({
    check: 'active certificates',
    level: active >= ACTIVE_LIMIT ? 'failure' : near ? 'warning' : 'ok',
    detail: near ?? `${active} of ${ACTIVE_LIMIT} active (NetSuite's limit per integration record)`,
    ...(near ? { fix: REVOKE_WHERE } : {})
  })
  for (const row of rows.filter(r => r.status === 'active' && r.stage in NOBODY_HOLDS)) {
    const { detail, fix } = NOBODY_HOLDS[row.stage as keyof typeof NOBODY_HOLDS]
    findings.push({
      check: `certificate ${row.id}`,
      level: 'warning',
      detail,
      fix: `${fix} (in ${M2M_SETUP_PAGE}, never the current one)`
    })
  }
  const current = rows.find(row => row.stage === 'current')
  const configured = mappingOf(mapping)
  const listed = current ? `${current.role?.split(' ')[0]}/${current.entity?.split(' ')[0]}` : ''
  if (current && configured && listed !== configured) {
    findings.push({
      check: 'role and entity',
      level: 'warning',
      detail: `netsuite-role-id/netsuite-entity-id (${configured}) differ from the current certificate's mapping (${listed}): an upload through the API would map the new certificate elsewhere, and its promotion is refused`,
      fix: 'set netsuite-role-id and netsuite-entity-id to the role and entity of the current certificate'
    })
  }
  return findings
}

function mappingOf(mapping: { roleId?: number; entityId?: number }): string | undefined {
  return mapping.roleId !== undefined && mapping.entityId !== undefined
    ? `${mapping.roleId}/${mapping.entityId}`
    : undefined
}

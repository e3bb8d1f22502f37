/**
 * What revoking a certificate reads: the credentials that sign the token for NetSuite's
 * certificate endpoint, and the endpoint. An emergency (and every other certificate that
 * leaves service) is revoked through the ledger in `retirement.ts`.
 */
import { CREDENTIAL_FIELDS } from './credentials.js'
import type { UsesAll } from '../inputs/fields.js'

export const EMERGENCY_FIELDS = [...CREDENTIAL_FIELDS, 'certificatesUrl'] as const
export type EmergencyInputs = UsesAll<typeof EMERGENCY_FIELDS>

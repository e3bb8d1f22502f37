/**
 * NetSuite's certificate rotation endpoint. Its response shapes are not fully
 * documented, so every answer is parsed defensively and anything not understood
 * is reported with what was received (never with the token).
 */
import type { Writes, Written } from '../core/dry-run.js'
import { NetSuiteError } from './errors.js'
import { DEFAULT_RETRY, requestWithRetry } from './http.js'
import { CERTIFICATE_ID } from '../core/certificate-id.js'

/** Since 2026.1: at most five ACTIVE certificates per integration record (revoked ones do not count). */
export const MAX_ACTIVE_CERTIFICATES = 5

/**
 * Said when the integration is one upload away from NetSuite's limit: the next upload
 * reaches it, and the one after is refused. Undefined below that.
 */
export function nearLimitWarning(active: number): string | undefined {
  if (active < MAX_ACTIVE_CERTIFICATES - 1) return undefined
  return active >= MAX_ACTIVE_CERTIFICATES
    ? `the integration record has ${active} of ${MAX_ACTIVE_CERTIFICATES} active certificates: NetSuite refuses the next upload`
    : `the integration record has ${active} of ${MAX_ACTIVE_CERTIFICATES} active certificates: the next upload reaches NetSuite's limit and the one after is refused`
}

export interface RemoteCertificate {
  id: string
  active: boolean
  /** Listed as revoked: someone withdrew it on purpose, so its key is treated as compromised. */
  revoked: boolean
  validFrom?: Date
  validUntil?: Date
  role?: string
  entity?: string
  /** The role's and entity's names as NetSuite lists them: NetSuite's text, shown only as data. */
  roleName?: string
  entityName?: string
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}

function pickString(record: Record<string, unknown>, keys: string[]): string | undefined {
  for (const key of keys) {
    const value = record[key]
    if (typeof value === 'string' && value !== '') return value
    if (typeof value === 'number') return String(value)
  }
  return undefined
}

/** A role or entity, given as an ID or as an object `{id, name}` (what NetSuite's list answers). */
function pickId(record: Record<string, unknown>, keys: string[]): string | undefined {
  for (const key of keys) {
    const nested = asRecord(record[key])
    const value = nested ? pickString(nested, ['id', 'internalId']) : pickString(record, [key])
    if (value !== undefined && /^[0-9]{1,16}$/.test(value)) return value
  }
  return undefined
}

/** The name of a role or entity given as an object `{id, name}`. */
function pickName(record: Record<string, unknown>, key: string): string | undefined {
  const nested = asRecord(record[key])
  return nested ? pickString(nested, ['name', 'refName']) : undefined
}

function pickDate(record: Record<string, unknown>, keys: string[]): Date | undefined {
  const raw = pickString(record, keys)
  const date = raw === undefined ? undefined : new Date(raw)
  return date && !Number.isNaN(date.getTime()) ? date : undefined
}

export function parseRemoteCertificate(value: unknown): RemoteCertificate | undefined {
  const record = asRecord(value)
  if (!record) return undefined
  const id = pickString(record, ['certificateId', 'certificate_id', 'id', 'kid'])
  // An ID outside that shape is not used: it would be shown in logs and issues and sent back in a URL path.
  if (!id || !CERTIFICATE_ID.test(id)) return undefined
  const status = (pickString(record, ['status', 'state']) ?? '').toUpperCase()
  const revoked = record.revoked === true || status === 'REVOKED'
  const validUntil = pickDate(record, [
    'validUntil',
    'valid_until',
    'expirationDate',
    'notAfter',
    'endDate'
  ])
  const expired =
    status === 'EXPIRED' || (validUntil !== undefined && validUntil.getTime() < Date.now())
  return {
    id,
    active: !revoked && !expired,
    revoked,
    validUntil,
    validFrom: pickDate(record, ['validFrom', 'valid_from', 'startDate', 'notBefore']),
    role: pickId(record, ['role', 'roleId']),
    entity: pickId(record, ['entity', 'entityId']),
    roleName: pickName(record, 'role'),
    entityName: pickName(record, 'entity')
  }
}

function listFrom(json: unknown): unknown[] | undefined {
  if (Array.isArray(json)) return json as unknown[]
  const record = asRecord(json)
  if (!record) return undefined
  for (const key of ['items', 'certificates', 'data', 'results']) {
    if (Array.isArray(record[key])) return record[key] as unknown[]
  }
  return undefined
}

function describeReceived(text: string): string {
  return text.trim() === '' ? 'received an empty body' : `received: ${text}`
}

export class CertificateEndpoint {
  /** Uploads and revocations go through `writes` (in dry-run: reported and skipped); listing always happens. */
  constructor(
    private readonly baseUrl: string,
    private readonly accessToken: string,
    private readonly writes: Writes
  ) {}

  private async call(
    operation: string,
    request: { method: 'GET' | 'POST'; path?: string; body?: unknown; retry?: boolean }
  ): Promise<{ status: number; text: string; json: unknown }> {
    const { path = '', body } = request
    // An upload is not idempotent: retrying one NetSuite may have processed could add a
    // second certificate towards the cap of five, so it is tried once.
    const policy = request.retry === false ? { ...DEFAULT_RETRY, attempts: 1 } : DEFAULT_RETRY
    const response = await requestWithRetry(
      this.baseUrl.replace(/\/+$/, '') + path,
      {
        method: request.method,
        headers: {
          authorization: `Bearer ${this.accessToken}`,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' })
        },
        body: body === undefined ? undefined : JSON.stringify(body)
      },
      policy
    )
    let json: unknown
    try {
      json = JSON.parse(response.text)
    } catch {
      json = undefined
    }
    if (response.status >= 400) {
      const record = asRecord(json) ?? {}
      const details = Array.isArray(record['o:errorDetails'])
        ? asRecord(record['o:errorDetails'][0])
        : undefined
      // NetSuite REST puts its code in o:errorDetails[].o:errorCode; OAuth answers in error.
      const code =
        (details && pickString(details, ['o:errorCode'])) ??
        pickString(record, ['error', 'o:errorCode']) ??
        'http_error'
      const description =
        pickString(record, ['error_description', 'detail', 'message']) ??
        (details && pickString(details, ['detail']))
      throw new NetSuiteError(
        operation,
        code,
        response.status,
        description ?? describeReceived(response.text),
        [this.accessToken]
      )
    }
    return { status: response.status, text: response.text, json }
  }

  async list(): Promise<RemoteCertificate[]> {
    const { text, json } = await this.call('listing certificates', { method: 'GET' })
    const items = listFrom(json)
    if (!items)
      throw new NetSuiteError(
        'listing certificates',
        'unexpected_response',
        200,
        describeReceived(text),
        [this.accessToken]
      )
    return items.map(parseRemoteCertificate).filter((c): c is RemoteCertificate => c !== undefined)
  }

  /** Uploads a certificate; its value is the new ID when the answer names one. Not written in dry-run. */
  async upload(
    pem: string,
    roleId: number,
    entityId: number
  ): Promise<Written<string | undefined>> {
    // Named without the URL: it holds the client ID, and the step is shown in the summary.
    const step = `upload the certificate to NetSuite (role ${roleId}, entity ${entityId})`
    return this.writes.run(step, () => this.post(pem, roleId, entityId))
  }

  private async post(pem: string, roleId: number, entityId: number): Promise<string | undefined> {
    const { json } = await this.call('uploading the certificate', {
      method: 'POST',
      body: { fileContent: pem, role: roleId, entity: entityId },
      retry: false
    })
    const direct = parseRemoteCertificate(json)
    if (direct) return direct.id
    const nested = asRecord(json)
    for (const key of ['item', 'certificate', 'data']) {
      const inner = nested && parseRemoteCertificate(nested[key])
      if (inner) return inner.id
    }
    return undefined
  }

  async revoke(certificateId: string): Promise<void> {
    await this.writes.run(`revoke certificate ${certificateId} in NetSuite`, () =>
      this.call(`revoking certificate ${certificateId}`, {
        method: 'POST',
        path: `/${encodeURIComponent(certificateId)}/revoke`,
        body: {}
      })
    )
  }
}

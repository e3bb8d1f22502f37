// The emulator's state: integration records, roles, entities and the M2M
// certificate mappings, with the upload rules of NetSuite's admin page
// (Setup > Integration > OAuth 2.0 Client Credentials (M2M) Setup).
import { X509Certificate, randomBytes, randomUUID } from 'node:crypto'
import type { CertificateRecord, Integration } from './types.js'
import { UploadRefusedError } from './types.js'

export interface Role {
  id: number
  name: string
  canManageCertificates: boolean
  disabled: boolean
}

export interface Entity {
  id: number
  name: string
  disabled: boolean
}

const DAY_MS = 86_400_000
/** NetSuite keeps a certificate at most two years and silently shortens longer ones. */
export const MAX_VALIDITY_DAYS = 730
/** Since 2026.1: at most five ACTIVE certificates per integration record (revoked ones don't count). */
export const MAX_ACTIVE_CERTIFICATES = 5

// asymmetricKeyDetails.namedCurve uses OpenSSL's names.
const CURVES: Record<string, string> = {
  prime256v1: 'ec-p256',
  secp384r1: 'ec-p384',
  secp521r1: 'ec-p521'
}

export class Registry {
  readonly integrations = new Map<string, Integration>()
  readonly roles = new Map<number, Role>()
  readonly entities = new Map<number, Entity>()
  readonly certs = new Map<string, CertificateRecord>()
  private nextRoleId = 1000
  private nextEntityId = 2000

  constructor(private readonly now: () => number) {}

  createIntegration(opts: { name?: string; clientId?: string } = {}): Integration {
    const clientId = opts.clientId ?? randomBytes(32).toString('hex')
    if (this.integrations.has(clientId)) {
      throw new Error(`an integration with client ID ${clientId} already exists`)
    }
    const integration: Integration = {
      clientId,
      name: opts.name ?? `Integration ${this.integrations.size + 1}`,
      applicationId: randomUUID().toUpperCase()
    }
    this.integrations.set(clientId, integration)
    return { ...integration }
  }

  createRole(opts: { name: string; canManageCertificates?: boolean; disabled?: boolean }): number {
    const id = this.nextRoleId++
    this.roles.set(id, {
      id,
      name: opts.name,
      canManageCertificates: opts.canManageCertificates ?? false,
      disabled: opts.disabled ?? false
    })
    return id
  }

  createEntity(opts: { name?: string; disabled?: boolean } = {}): number {
    const id = this.nextEntityId++
    this.entities.set(id, {
      id,
      name: opts.name ?? `Entity ${id}`,
      disabled: opts.disabled ?? false
    })
    return id
  }

  /** Active means what NetSuite counts against the limit: not revoked and not expired. */
  isActive(cert: CertificateRecord): boolean {
    return !cert.revoked && cert.notAfter.getTime() > this.now()
  }

  status(cert: CertificateRecord): 'ACTIVE' | 'REVOKED' | 'EXPIRED' {
    if (cert.revoked) return 'REVOKED'
    return this.isActive(cert) ? 'ACTIVE' : 'EXPIRED'
  }

  upload(opts: {
    clientId: string
    pem: string
    roleId: number
    entityId: number
  }): CertificateRecord {
    if (!this.integrations.has(opts.clientId)) {
      throw new UploadRefusedError(`no integration record with client ID ${opts.clientId}`)
    }
    if (!this.roles.has(opts.roleId)) throw new UploadRefusedError(`unknown role ${opts.roleId}`)
    if (!this.entities.has(opts.entityId)) {
      throw new UploadRefusedError(`unknown entity ${opts.entityId}`)
    }
    let x509: X509Certificate
    try {
      x509 = new X509Certificate(opts.pem)
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error)
      throw new UploadRefusedError(`the file is not a valid X.509 certificate (${why})`)
    }
    const keyType = acceptedKeyType(x509)
    const notBefore = new Date(x509.validFrom)
    const declaredNotAfter = new Date(x509.validTo)
    if (Number.isNaN(notBefore.getTime()) || Number.isNaN(declaredNotAfter.getTime())) {
      throw new UploadRefusedError('the certificate validity dates cannot be read')
    }
    // Silently shortened, as NetSuite does: the admin sees the effective date only.
    const notAfter = new Date(
      Math.min(declaredNotAfter.getTime(), notBefore.getTime() + MAX_VALIDITY_DAYS * DAY_MS)
    )
    if (notAfter.getTime() <= this.now()) {
      throw new UploadRefusedError(
        `the certificate has already expired (${notAfter.toISOString()})`
      )
    }
    const active = [...this.certs.values()].filter(
      c => c.clientId === opts.clientId && this.isActive(c)
    )
    if (active.length >= MAX_ACTIVE_CERTIFICATES) {
      throw new UploadRefusedError(
        `the integration record already has ${active.length} active certificates; ` +
          `the limit is ${MAX_ACTIVE_CERTIFICATES} active certificates per integration record ` +
          '(revoke one first)'
      )
    }
    const record: CertificateRecord = {
      certificateId: newCertificateId(),
      clientId: opts.clientId,
      roleId: opts.roleId,
      entityId: opts.entityId,
      pem: opts.pem,
      notBefore,
      notAfter,
      uploadedAt: new Date(this.now()),
      revoked: false,
      keyType
    }
    this.certs.set(record.certificateId, record)
    return { ...record }
  }

  revoke(certificateId: string): void {
    const cert = this.certs.get(certificateId)
    if (!cert) throw new Error(`no certificate with ID ${certificateId}`)
    // Revocation is irreversible; revoking again keeps the first date.
    if (!cert.revoked) {
      cert.revoked = true
      cert.revokedAt = new Date(this.now())
    }
  }

  list(clientId?: string): CertificateRecord[] {
    return [...this.certs.values()]
      .filter(c => clientId === undefined || c.clientId === clientId)
      .map(c => ({ ...c }))
  }

  /**
   * One mapping deleted rather than revoked (an admin removes the row, or a refresh
   * from a production copy that lacks it): gone from the list, its tokens end, the
   * others stay. Nothing records that it existed, as in NetSuite.
   */
  forget(certificateId: string): void {
    if (!this.certs.delete(certificateId))
      throw new Error(`no certificate with ID ${certificateId}`)
  }

  /** A sandbox refresh removes the M2M setup; integration records, roles and entities stay. */
  wipe(): void {
    this.certs.clear()
  }
}

/** NetSuite's IDs are 43 characters of base64url. */
function newCertificateId(): string {
  return randomBytes(32).toString('base64url')
}

function acceptedKeyType(x509: X509Certificate): string {
  const key = x509.publicKey
  const details = key.asymmetricKeyDetails ?? {}
  if (key.asymmetricKeyType === 'rsa') {
    const bits = details.modulusLength ?? 0
    if (bits === 3072 || bits === 4096) return `rsa-${bits}`
    throw new UploadRefusedError(
      `RSA key of ${bits} bits is not accepted: NetSuite accepts RSA 3072 or 4096 bits`
    )
  }
  if (key.asymmetricKeyType === 'ec') {
    const curve = CURVES[details.namedCurve ?? '']
    if (curve) return curve
    throw new UploadRefusedError(
      `EC curve ${details.namedCurve ?? 'unknown'} is not accepted: NetSuite accepts P-256, P-384 or P-521`
    )
  }
  throw new UploadRefusedError(
    `key type ${key.asymmetricKeyType ?? 'unknown'} is not accepted: ` +
      'NetSuite accepts RSA 3072/4096 or EC P-256/P-384/P-521'
  )
}

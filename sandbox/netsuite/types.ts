// Public types of the NetSuite emulator. The names are a contract with the
// end-to-end tests and the demo: add, never rename.

export interface NetSuiteEmulatorOptions {
  /** Informational only (shown in descriptions); default '1234567_SB1'. */
  accountId?: string
  /** Clock in milliseconds; default Date.now. Drives iat/exp and certificate validity checks. */
  now?: () => number
  /** Allowed clock skew in seconds for an iat in the future and for nbf; default 300. */
  skewSeconds?: number
}

export interface Integration {
  clientId: string
  name: string
  applicationId: string
}

export interface CertificateRecord {
  certificateId: string
  clientId: string
  roleId: number
  entityId: number
  pem: string
  notBefore: Date
  /** Effective end of validity: NetSuite silently shortens anything past 730 days. */
  notAfter: Date
  uploadedAt: Date
  revoked: boolean
  revokedAt?: Date
  /** 'rsa-3072', 'rsa-4096', 'ec-p256', 'ec-p384' or 'ec-p521' (the action's key-type names). */
  keyType: string
}

export interface LogEntry {
  at: Date
  method: string
  path: string
  /** The User-Agent the client sent. */
  userAgent?: string
  /** 0 when no response was sent (drop / hang faults). */
  status: number
  verdict: 'accepted' | 'refused' | 'fault'
  /** Why the request was refused, in words (e.g. 'kid not registered'). */
  reason?: string
  /** The error code sent (OAuth `error`, or NetSuite REST `o:errorCode`). */
  error?: string
  /** Decoded JWT header and claims; never the raw assertion or its signature. */
  header?: Record<string, unknown>
  claims?: Record<string, unknown>
}

export interface Fault {
  /** Substring of the request path, or a RegExp tested against it; absent matches every path. */
  path?: string | RegExp
  method?: string
  /** How many matching requests this fault applies to; default 1. */
  count?: number
  status?: number
  body?: unknown
  latencyMs?: number
  /** Destroy the socket without any response. */
  drop?: boolean
  /** Never answer (until close()). */
  hang?: boolean
  /** Answer `status` (default 307) with `Location: redirectTo` and an empty body. */
  redirectTo?: string
  /**
   * With `status`: handle the request first (a token is issued, a jti is spent,
   * an upload happens), then answer `status` instead, as when a proxy loses
   * NetSuite's answer.
   */
  afterHandling?: boolean
}

export interface IssuedToken {
  accessToken: string
  clientId: string
  certificateId: string
  scopes: string[]
  roleId: number
  expiresAt: Date
}

export interface NetSuiteEmulator {
  url: string
  /** The token URL clients sign their assertions for (`aud`); see answerAs. */
  tokenUrl: string
  /** The emulator is reached under another address (a name only a proxy resolves, in front
   * of it): assertions must then name `base` + the token path as their audience, as NetSuite
   * checks `aud` against its own public address. Returns the new token URL. */
  answerAs(base: string): string
  certificatesUrl(clientId: string): string
  createIntegration(opts?: { name?: string; clientId?: string }): Integration
  createRole(opts: { name: string; canManageCertificates?: boolean; disabled?: boolean }): number
  createEntity(opts?: { name?: string; disabled?: boolean }): number
  uploadCertificate(opts: {
    clientId: string
    pem: string
    roleId: number
    entityId: number
  }): CertificateRecord
  revokeCertificate(certificateId: string): void
  certificates(clientId?: string): CertificateRecord[]
  /** Deletes one mapping (not a revocation): gone from the list; unknown IDs throw. */
  forgetCertificate(certificateId: string): void
  /** A sandbox refresh: every mapping goes. */
  wipe(): void
  log: LogEntry[]
  issuedTokens: IssuedToken[]
  /** Every request the token endpoint received, in order: accepted, refused and faulted alike.
   * NetSuite counts each one, so tests hold the action to as few as it needs. */
  tokenRequests(): LogEntry[]
  injectFault(fault: Fault): void
  /** Disarms every injected fault. */
  clearFaults(): void
  /** A deep copy of everything the emulator holds (records, certificates, issued tokens, used
   * assertion IDs, request log), for restore(). */
  save(): SavedNetSuite
  /** Puts the state save() copied back: later changes, faults and log entries are gone. */
  restore(saved: SavedNetSuite): void
  close(): Promise<void>
}

/** What NetSuiteEmulator.save() returns; only restore() reads it. */
export interface SavedNetSuite {
  readonly netsuite: unknown
}

/** Thrown by uploadCertificate (the admin UI) with the reason NetSuite would show. */
export class UploadRefusedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UploadRefusedError'
  }
}

/**
 * What a route handler decides; the server sends it and logs it, so every request
 * gets exactly one log entry no matter which handler answered.
 */
export interface Outcome {
  status: number
  body: string | Record<string, unknown>
  headers?: Record<string, string>
  verdict: 'accepted' | 'refused'
  reason?: string
  error?: string
  header?: Record<string, unknown>
  claims?: Record<string, unknown>
}

export interface RequestContext {
  method: string
  path: string
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

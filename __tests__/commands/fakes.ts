/**
 * In-memory stand-ins for the two gateways, so every command can be tested in
 * milliseconds below the bundle. They keep the rules the commands rely on
 * (names compare without regard to case, only admin-token reaches secrets and
 * variables; NetSuite is the emulator's own registry, so it accepts a
 * certificate ID only with the key it was uploaded for, never after it was
 * revoked, forgotten or expired, and holds at most five active certificates);
 * the loopback emulators and the end-to-end suite remain the contract.
 */
import { createPublicKey, type KeyObject, X509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { pickInputs, type RunContext } from '../../src/run/command.js'
import type { Result } from '../../src/run/context.js'
import { parseInputs } from '../../src/action/inputs.js'
import { readWorkflowRun } from '../../src/run/workflow-run.js'
import { loadCommand } from '../../src/commands/registry.js'
import { FOLLOW_UP_FIELDS, followUp } from '../../src/follow-up/index.js'
import { Writes, type Written } from '../../src/core/dry-run.js'
import { GitHubError } from '../../src/core/errors.js'
import { generateCredentials } from '../../src/core/generate.js'
import type { Logger } from '../../src/core/logger.js'
import type { CommentRef, GitHub, IssueRef, RepositoryRole } from '../../src/github/gateway.js'
import { Variables } from '../../src/github/variables.js'
import { ScopeWriter } from '../../src/github/actions-scopes.js'
import { AccessProbe, type ProbeClient } from '../../src/github/access-probe.js'
import type { Octokit } from '../../src/github/octokit.js'
import type { Credentials } from '../../src/netsuite/client.js'
import type { RemoteCertificate } from '../../src/netsuite/certificates.js'
import { NetSuiteError } from '../../src/netsuite/errors.js'
import type { CertificateApi, NetSuite } from '../../src/netsuite/gateway.js'
import type { AccessToken } from '../../src/netsuite/token.js'
import { Registry } from '../../sandbox/netsuite/registry.js'
import { UploadRefusedError, type CertificateRecord } from '../../sandbox/netsuite/types.js'

export const BOT = 'github-actions[bot]'

interface StoredIssue extends IssueRef {
  comments: CommentRef[]
}

export class FakeGitHub implements GitHub {
  readonly writes: string[] = []
  readonly secrets = new Map<string, string>()
  readonly variables = new Map<string, string>()
  readonly issues = new Map<number, StoredIssue>()
  readonly roles = new Map<string, RepositoryRole>()
  /** Every call, in order: `name arguments`. */
  readonly calls: string[] = []
  admin = true
  dryRun = false
  private nextNumber = 1

  get canReadAdmin(): boolean {
    return this.admin
  }

  /** Answers the doctor's reads the way GitHub would: 401 without admin-token, 403 where a
   * target is forbidden, else 200 (repositories are private). Never writes. */
  accessProbe(): AccessProbe {
    const request = async (route: string, params: Record<string, unknown> = {}) => {
      this.calls.push(`probe ${route} ${JSON.stringify(params)}`)
      const [method, path] = route.split(' ')
      if (method !== 'GET') throw new Error(`the probe wrote: ${route}`)
      const scope = path.replace(/\/(secrets|variables).*$/, '')
      if (this.forbiddenTargets.has(scope))
        throw Object.assign(new Error('Resource not accessible by integration'), { status: 403 })
      return { status: 200, data: { visibility: 'private' } }
    }
    return new AccessProbe(this.admin ? ({ request } as unknown as ProbeClient) : undefined)
  }

  /** Repositories (`owner/repo`, lower case) that are public; every other one is private. */
  readonly publicRepositories = new Set<string>()

  async repositoryVisibility(owner: string, repo: string): Promise<string | undefined> {
    this.needAdmin(`read repository ${owner}/${repo}`)
    return this.publicRepositories.has(`${owner}/${repo}`.toLowerCase()) ? 'public' : 'private'
  }

  private needAdmin(step: string): void {
    this.calls.push(step)
    // As the gateway: a dry-run write is only listed, so it needs no token.
    if (!this.admin && !this.dryRun)
      throw new GitHubError(`${step} failed: admin-token is not set`, 403, false)
  }

  /** GitHub answers 502 to the write with this index in `writes` (an outage half way through a step). */
  failWriteAt: number | undefined

  private write(step: string, apply: () => void): void {
    if (!this.dryRun && this.failWriteAt === this.writes.length) {
      this.failWriteAt = undefined
      throw new GitHubError(
        `${step} failed: GitHub answered HTTP 502 (Bad Gateway). A rerun repairs this: every step is safe to run again.`,
        502
      )
    }
    this.writes.push(step)
    if (!this.dryRun) apply()
  }

  async putSecret(name: string, value: string): Promise<void> {
    this.needAdmin(`write secret ${name}`)
    this.write(`write secret ${name}`, () => this.secrets.set(name.toUpperCase(), value))
  }

  /** Fan-out targets as the fake holds them: `<scope path> <NAME>` -> value (secrets as sealed). */
  readonly targets = new Map<string, string>()
  /** Scope paths whose writes fail with 403, as a token without permission there would. */
  readonly forbiddenTargets = new Set<string>()

  /** Writes other scopes through the same admin rule, dry-run and record of writes. The
   * requests a ScopeWriter makes are answered from `targets`; sealing is the real one's. */
  scopeWriter(): ScopeWriter {
    const answer = async (route: string, params: Record<string, unknown> = {}) => {
      const [method, path] = route.split(' ')
      const scope = path.replace(/\/(secrets|variables).*$/, '')
      if (this.forbiddenTargets.has(scope))
        throw Object.assign(new Error('Resource not accessible by integration'), { status: 403 })
      const name = (typeof params.name === 'string' ? params.name : '').toUpperCase()
      if (path.endsWith('/public-key'))
        return { data: { key_id: 'fake', key: Buffer.alloc(32, 7).toString('base64') } }
      const kind = path.includes('/secrets') ? 'secret' : 'variable'
      const key = `${scope} ${kind} ${name}`
      if (method === 'GET') {
        if (!this.targets.has(key)) throw Object.assign(new Error('Not Found'), { status: 404 })
        return { data: { name, visibility: 'private' } }
      }
      if (method === 'PATCH' && !this.targets.has(key))
        throw Object.assign(new Error('Not Found'), { status: 404 })
      this.targets.set(key, String(params.encrypted_value ?? params.value))
      return { data: {} }
    }
    const octokit = { request: answer, paginate: async () => [] } as unknown as Octokit
    return new ScopeWriter({
      read: async (step, request, explain) => {
        this.needAdmin(step)
        try {
          return await request(octokit)
        } catch (error) {
          throw explain(error)
        }
      },
      write: async (step, request, explain) => {
        this.needAdmin(step)
        this.writes.push(step)
        if (this.dryRun) return false
        try {
          await request(octokit)
        } catch (error) {
          throw explain(error)
        }
        return true
      },
      warn: message => this.scopeWarnings.push(message)
    })
  }

  /** What the scope writer warned about organization targets. */
  readonly scopeWarnings: string[] = []

  async deleteSecret(name: string): Promise<void> {
    this.needAdmin(`delete secret ${name}`)
    this.write(`delete secret ${name}`, () => this.secrets.delete(name.toUpperCase()))
  }

  async getVariable(name: string): Promise<string | undefined> {
    this.needAdmin(`read variable ${name}`)
    return this.variables.get(name.toUpperCase())
  }

  async listVariables(): Promise<Variables> {
    this.needAdmin('read variables')
    // As the gateway: a dry-run without admin-token reads nothing (only admin-token can).
    if (!this.admin) return new Variables()
    return new Variables(this.variables)
  }

  async setVariable(name: string, value: string): Promise<void> {
    this.needAdmin(`write variable ${name}`)
    this.write(`write variable ${name}`, () => this.variables.set(name.toUpperCase(), value))
  }

  async deleteVariable(name: string): Promise<void> {
    this.needAdmin(`delete variable ${name}`)
    this.write(`delete variable ${name}`, () => this.variables.delete(name.toUpperCase()))
  }

  async openIssues(label: string): Promise<IssueRef[]> {
    this.calls.push('read open rotation issues')
    return [...this.issues.values()]
      .filter(
        i => i.state === 'open' && i.labels.some(l => l.toLowerCase() === label.toLowerCase())
      )
      .map(copy)
  }

  async createIssue(issue: {
    title: string
    body: string
    labels: string[]
    assignees: string[]
  }): Promise<IssueRef | undefined> {
    let created: IssueRef | undefined
    this.write(`open issue "${issue.title}"`, () => {
      created = this.addIssue({ ...issue, author: BOT })
    })
    return created
  }

  /** An issue opened by anyone (the action, or an outsider in a test). */
  addIssue(issue: { title: string; body: string; labels?: string[]; author: string }): IssueRef {
    const number = this.nextNumber++
    const stored: StoredIssue = {
      number,
      title: issue.title,
      body: issue.body,
      state: 'open',
      labels: issue.labels ?? [],
      htmlUrl: `https://github.test/acme/erp-sync/issues/${number}`,
      createdAt: '2026-01-01T00:00:00Z',
      author: issue.author,
      comments: []
    }
    this.issues.set(number, stored)
    return copy(stored)
  }

  async updateIssue(
    number: number,
    change: { body?: string; title?: string; state?: 'open' | 'closed' }
  ): Promise<void> {
    this.write(`update issue #${number}${change.state ? ` (${change.state})` : ''}`, () => {
      const issue = this.issues.get(number)
      if (!issue) throw new GitHubError(`update issue #${number} failed: 404`, 404)
      if (change.body !== undefined) issue.body = change.body
      if (change.title !== undefined) issue.title = change.title
      if (change.state !== undefined) issue.state = change.state
    })
  }

  async checkIssueAccess(): Promise<void> {
    this.calls.push('read issues')
  }

  async findIssue(number: number): Promise<IssueRef | undefined> {
    this.calls.push(`read issue #${number}`)
    const issue = this.issues.get(number)
    return issue && copy(issue)
  }

  async getIssue(number: number): Promise<IssueRef> {
    const issue = await this.findIssue(number)
    if (!issue) throw new GitHubError(`read issue #${number} failed: 404`, 404)
    return issue
  }

  async comment(number: number, body: string): Promise<void> {
    this.write(`comment on issue #${number}`, () => {
      this.issues.get(number)?.comments.push({ author: BOT, body })
    })
  }

  async comments(number: number): Promise<CommentRef[]> {
    this.calls.push(`read the comments of issue #${number}`)
    return [...(this.issues.get(number)?.comments ?? [])]
  }

  async permission(login: string): Promise<RepositoryRole> {
    this.calls.push(`read the permission of ${login}`)
    return this.roles.get(login.toLowerCase()) ?? { base: 'none', name: 'none' }
  }

  async enableWorkflow(workflowId: string): Promise<void> {
    this.write(`keep workflow ${workflowId} enabled`, () => undefined)
  }

  /** The rotation record as stored, parsed. */
  record(): Record<string, unknown> {
    const raw = this.variables.get('NETSUITE_CERTIFICATE_ID_STATE')
    return raw ? (JSON.parse(raw) as Record<string, unknown>) : {}
  }
}

function copy(issue: StoredIssue | IssueRef): IssueRef {
  const { number, title, body, state, labels, htmlUrl, createdAt, author } = issue
  return { number, title, body, state, labels: [...labels], htmlUrl, createdAt, author }
}

const der = (key: KeyObject): Buffer =>
  (key.type === 'public' ? key : createPublicKey(key)).export({ type: 'spki', format: 'der' })

/** The integration record, role and entity the fake's certificates belong to. */
export const FAKE_CLIENT_ID = 'client-1'
export const FAKE_ROLE_ID = 3
export const FAKE_ENTITY_ID = 4

/**
 * NetSuite as the commands meet it, over the NetSuite emulator's own registry
 * (so revoking, forgetting, expiry and the limit of five active certificates
 * follow the same rules as the end-to-end suite's emulator). A token lives as
 * long as its certificate: the certificate list answers only a token whose
 * certificate is still registered and unrevoked, for a role that may manage
 * certificates.
 */
export class FakeNetSuite implements NetSuite {
  /** NetSuite's state: integration `client-1`, role 3 and entity 4, and every certificate. */
  readonly registry: Registry
  readonly tokens: string[] = []
  readonly uploads: string[] = []
  /** NetSuite refuses revocations (a role that may upload but not revoke, say). */
  refusesRevocation = false
  /** Uploads and revocations through the endpoint go through the gateways' dry-run mechanism. */
  writes = new Writes(false, { info: () => undefined })
  /** NetSuite's clock (certificate expiry); a walk moves it with its simulated days. */
  clock: () => number = () => Date.now()
  /** token -> the certificate ID it was issued for */
  private readonly issued = new Map<string, string>()

  constructor() {
    this.registry = new Registry(() => this.clock())
    this.registry.createIntegration({ clientId: FAKE_CLIENT_ID, name: 'ERP sync' })
    this.registry.roles.set(FAKE_ROLE_ID, {
      id: FAKE_ROLE_ID,
      name: 'Integration',
      canManageCertificates: false,
      disabled: false
    })
    this.registry.entities.set(FAKE_ENTITY_ID, {
      id: FAKE_ENTITY_ID,
      name: 'Integration user',
      disabled: false
    })
  }

  /** The integration's role may manage certificates through the REST endpoint. */
  get canManageCertificates(): boolean {
    return this.registry.roles.get(FAKE_ROLE_ID)?.canManageCertificates ?? false
  }

  set canManageCertificates(allowed: boolean) {
    const role = this.registry.roles.get(FAKE_ROLE_ID)
    if (role) role.canManageCertificates = allowed
  }

  /** Every certificate by ID (deleting one is NetSuite forgetting it). */
  get certificates_(): Map<string, CertificateRecord> {
    return this.registry.certs
  }

  /** An admin uploads a certificate in the UI (mapped to role 3 unless told otherwise); returns its ID. */
  register(pem: string, roleId = FAKE_ROLE_ID): string {
    return this.registry.upload({
      clientId: FAKE_CLIENT_ID,
      pem,
      roleId,
      entityId: FAKE_ENTITY_ID
    }).certificateId
  }

  revoke(id: string): void {
    if (this.registry.certs.has(id)) this.registry.revoke(id)
  }

  /** The mapping deleted rather than revoked (an admin, or a sandbox refresh). */
  forget(id: string): void {
    if (this.registry.certs.has(id)) this.registry.forget(id)
  }

  async prove(credentials: Credentials): Promise<AccessToken> {
    const registered = this.registry.certs.get(credentials.certificateId)
    if (
      !registered ||
      !this.registry.isActive(registered) ||
      registered.clientId !== credentials.clientId ||
      !der(new X509Certificate(registered.pem).publicKey).equals(der(credentials.privateKey))
    ) {
      throw new NetSuiteError('token exchange', 'invalid_client', 401, undefined)
    }
    const accessToken = `token-${this.tokens.length + 1}`
    this.tokens.push(accessToken)
    this.issued.set(accessToken, registered.certificateId)
    return { accessToken, expiresIn: 3600, tokenType: 'Bearer' }
  }

  certificates(_url?: string, accessToken?: string): CertificateApi {
    const forbidden = (operation: string): NetSuiteError =>
      new NetSuiteError(operation, 'INSUFFICIENT_PERMISSION', 403, undefined)
    // As the endpoint does: the token must be live (its certificate registered and unrevoked).
    const authorize = (operation: string): void => {
      const id = accessToken === undefined ? undefined : this.issued.get(accessToken)
      const cert = id === undefined ? undefined : this.registry.certs.get(id)
      if (accessToken !== undefined && (!cert || cert.revoked))
        throw new NetSuiteError(operation, 'INVALID_LOGIN', 401, undefined)
      const role = this.registry.roles.get(cert?.roleId ?? FAKE_ROLE_ID)
      if (!role?.canManageCertificates) throw forbidden(operation)
    }
    return {
      list: async (): Promise<RemoteCertificate[]> => {
        authorize('listing certificates')
        return this.registry.list(FAKE_CLIENT_ID).map(c => ({
          id: c.certificateId,
          active: this.registry.isActive(c),
          revoked: c.revoked,
          validFrom: c.notBefore,
          validUntil: c.notAfter,
          role: String(c.roleId),
          entity: String(c.entityId)
        }))
      },
      upload: async (
        pem: string,
        roleId: number,
        entityId: number
      ): Promise<Written<string | undefined>> => {
        authorize('uploading the certificate')
        // Named as the real endpoint names it: tests match the summary's words.
        const step = `upload the certificate to NetSuite (role ${roleId}, entity ${entityId})`
        return this.writes.run(step, async () => {
          let id: string
          try {
            id = this.registry.upload({
              clientId: FAKE_CLIENT_ID,
              pem,
              roleId,
              entityId
            }).certificateId
          } catch (error) {
            if (!(error instanceof UploadRefusedError)) throw error
            throw new NetSuiteError('uploading the certificate', 'USER_ERROR', 400, error.message)
          }
          this.uploads.push(id)
          return id
        })
      },
      revoke: async (id: string): Promise<void> => {
        // Refused as the real endpoint refuses: the write is tried and NetSuite answers 403.
        await this.writes.run(`revoke certificate ${id} in NetSuite`, async () => {
          authorize(`revoking certificate ${id}`)
          if (this.refusesRevocation) throw forbidden(`revoking certificate ${id}`)
          if (!this.registry.certs.has(id))
            throw new NetSuiteError(`revoking certificate ${id}`, 'NONEXISTENT_ID', 404, undefined)
          this.revoke(id)
        })
      }
    }
  }
}

const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, { default?: string }>
}

export interface Logged {
  level: 'info' | 'notice' | 'warning' | 'error' | 'debug'
  message: string
}

export interface Harness {
  /** Runs a command as the action does: its declared inputs only, checked first. */
  run: (command?: string) => Promise<Result>
  /** What follows the command (fan-out, notifications), with its own declared inputs. */
  followUp: (result: Result) => Promise<Result>
  log: Logged[]
  /** The run's one list of writes (both gateways', fan-out's included), as the summary shows it. */
  writes: string[]
}

/** Reads inputs as the runner hands them over: action.yml's defaults where a workflow gives none. */
export function actionReader(inputs: Record<string, string | undefined>): (name: string) => string {
  return name =>
    name === 'github-token'
      ? 'token'
      : (inputs[name] ??
        (String(action.inputs[name]?.default ?? '').startsWith('${{')
          ? ''
          : String(action.inputs[name]?.default ?? '')))
}

/**
 * A command run from workflow inputs (action.yml defaults applied, parsed by
 * the action's own parser, the command loaded through the action's registry),
 * with the fakes as gateways.
 */
export function harness(
  inputs: Record<string, string | undefined>,
  world: {
    github: FakeGitHub
    netsuite: FakeNetSuite
    now: Date
    event?: Record<string, unknown>
    eventName?: string
    runId?: string
  }
): Harness {
  const read = actionReader(inputs)
  const workflowRun = readWorkflowRun(
    {
      GITHUB_REPOSITORY: 'acme/erp-sync',
      GITHUB_EVENT_NAME: world.eventName ?? 'workflow_dispatch',
      GITHUB_RUN_ID: world.runId ?? '1001'
    },
    world.event ?? {}
  )
  const log: Logged[] = []
  const logger: Logger = {
    info: message => log.push({ level: 'info', message }),
    notice: message => log.push({ level: 'notice', message }),
    warning: message => log.push({ level: 'warning', message }),
    error: message => log.push({ level: 'error', message }),
    debug: message => log.push({ level: 'debug', message }),
    setSecret: () => undefined
  }
  const values = parseInputs(read, workflowRun.repository, { warn: logger.warning })
  world.github.dryRun = values.dryRun
  // One record of writes for both, as the action keeps it.
  const writes = new Writes(values.dryRun, logger, world.github.writes)
  world.netsuite.writes = writes
  const context = (command: string): RunContext => ({
    command,
    run: workflowRun,
    log: logger,
    now: () => world.now,
    github: async () => world.github,
    netsuite: world.netsuite
  })
  return {
    run: async command => {
      const loaded = await loadCommand(command ?? read('command'))
      const result = await loaded.command.prepare(values, context(loaded.name))()
      if (result.dryRunStoppedBefore) writes.stoppedBefore(result.dryRunStoppedBefore)
      return result
    },
    followUp: result =>
      followUp(
        { ...context(read('command') || 'check'), inputs: pickInputs(values, FOLLOW_UP_FIELDS) },
        result
      ),
    log,
    writes: writes.steps
  }
}

/** A fresh EC P-256 key pair and self-signed certificate, made by the core generator. */
export async function credentials(
  now: Date,
  validityDays = 730
): Promise<{ key: string; certificate: string }> {
  const generated = await generateCredentials({
    keyType: 'ec-p256',
    validityDays,
    subject: 'CN=test',
    now
  })
  return { key: generated.privateKeyPem, certificate: generated.certificatePem }
}

/** A repository whose current stage NetSuite knows: key secret, certificate and ID variables. */
export async function seedCurrent(
  github: FakeGitHub,
  netsuite: FakeNetSuite,
  notBefore: Date
): Promise<{ key: string; certificate: string; id: string }> {
  const { key, certificate } = await credentials(notBefore)
  const id = netsuite.register(certificate)
  github.secrets.set('NETSUITE_PRIVATE_KEY', key)
  github.variables.set('NETSUITE_CERTIFICATE', certificate)
  github.variables.set('NETSUITE_CERTIFICATE_ID', id)
  return { key, certificate, id }
}

/** The inputs a workflow step passes, read from the fake repository as they are now. */
export function workflowInputs(
  github: FakeGitHub,
  extra: Record<string, string> = {}
): Record<string, string> {
  const v = (name: string): string => github.variables.get(name) ?? ''
  const s = (name: string): string => github.secrets.get(name) ?? ''
  return {
    'account-id': '1234567_SB1',
    'client-id': 'client-1',
    'certificate-id': v('NETSUITE_CERTIFICATE_ID'),
    certificate: v('NETSUITE_CERTIFICATE'),
    'private-key': s('NETSUITE_PRIVATE_KEY'),
    'previous-private-key': s('NETSUITE_PRIVATE_KEY_PREVIOUS'),
    'pending-private-key': s('NETSUITE_PRIVATE_KEY_PENDING'),
    'pending-certificate': v('NETSUITE_CERTIFICATE_PENDING'),
    'key-type': 'ec-p256',
    'admin-token': 'admin',
    ...extra
  }
}

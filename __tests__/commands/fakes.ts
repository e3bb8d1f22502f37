/**
 * In-memory stand-ins for the two gateways, so every command can be tested in
 * milliseconds below the bundle. They keep the rules the commands rely on
 * (names compare without regard to case, only admin-token reaches secrets and
 * variables, NetSuite accepts a certificate ID only with the key it was
 * uploaded for and never after it was revoked); the loopback emulators and the
 * end-to-end suite remain the contract.
 */
import { createPublicKey, type KeyObject, X509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { pickInputs, type RunContext } from '../../src/action/command.js'
import type { Result } from '../../src/action/context.js'
import { parseInputs } from '../../src/action/inputs.js'
import { readWorkflowRun } from '../../src/action/workflow-run.js'
import { loadCommand } from '../../src/commands/registry.js'
import { FOLLOW_UP_FIELDS, followUp } from '../../src/follow-up/index.js'
import { Writes, type Written } from '../../src/core/dry-run.js'
import { GitHubError } from '../../src/core/errors.js'
import { generateCredentials } from '../../src/core/generate.js'
import type { Logger } from '../../src/core/logger.js'
import type { CommentRef, GitHub, IssueRef, RepositoryRole } from '../../src/github/gateway.js'
import { Variables } from '../../src/github/variables.js'
import { ScopeWriter } from '../../src/github/actions-scopes.js'
import type { Octokit } from '../../src/github/octokit.js'
import type { Credentials } from '../../src/netsuite/client.js'
import type { RemoteCertificate } from '../../src/netsuite/certificates.js'
import { NetSuiteError } from '../../src/netsuite/errors.js'
import type { CertificateApi, NetSuite } from '../../src/netsuite/gateway.js'
import type { AccessToken } from '../../src/netsuite/token.js'

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

  /** Repositories (`owner/repo`, lower case) that are public; every other one is private. */
  readonly publicRepositories = new Set<string>()

  async repositoryVisibility(owner: string, repo: string): Promise<string | undefined> {
    this.needAdmin(`read repository ${owner}/${repo}`)
    return this.publicRepositories.has(`${owner}/${repo}`.toLowerCase()) ? 'public' : 'private'
  }

  private needAdmin(step: string): void {
    this.calls.push(step)
    if (!this.admin) throw new GitHubError(`${step} failed: admin-token is not set`, 403, false)
  }

  private write(step: string, apply: () => void): void {
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
      const name = String(params.name ?? '').toUpperCase()
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
      }
    })
  }

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

interface Registered {
  id: string
  pem: string
  publicKey: KeyObject
  revoked: boolean
}

const der = (key: KeyObject): Buffer =>
  (key.type === 'public' ? key : createPublicKey(key)).export({ type: 'spki', format: 'der' })

export class FakeNetSuite implements NetSuite {
  readonly certificates_ = new Map<string, Registered>()
  readonly tokens: string[] = []
  readonly uploads: string[] = []
  /** The integration's role may manage certificates through the REST endpoint. */
  canManageCertificates = false
  /** NetSuite refuses revocations (a role that may upload but not revoke, say). */
  refusesRevocation = false
  /** Uploads and revocations through the endpoint go through the gateways' dry-run mechanism. */
  writes = new Writes(false, { info: () => undefined })
  private nextId = 1

  /** An admin uploads a certificate in the UI; returns its ID. */
  register(pem: string): string {
    const id = `CERT${String(this.nextId++).padStart(4, '0')}`
    this.certificates_.set(id, {
      id,
      pem,
      publicKey: new X509Certificate(pem).publicKey,
      revoked: false
    })
    return id
  }

  revoke(id: string): void {
    const registered = this.certificates_.get(id)
    if (registered) registered.revoked = true
  }

  async prove(credentials: Credentials): Promise<AccessToken> {
    const registered = this.certificates_.get(credentials.certificateId)
    if (
      !registered ||
      registered.revoked ||
      !der(registered.publicKey).equals(der(credentials.privateKey))
    ) {
      throw new NetSuiteError('token exchange', 'invalid_client', 401, undefined)
    }
    const accessToken = `token-${this.tokens.length + 1}`
    this.tokens.push(accessToken)
    return { accessToken, expiresIn: 3600, tokenType: 'Bearer' }
  }

  certificates(): CertificateApi {
    const forbidden = (operation: string): NetSuiteError =>
      new NetSuiteError(operation, 'INSUFFICIENT_PERMISSION', 403, undefined)
    return {
      list: async (): Promise<RemoteCertificate[]> => {
        if (!this.canManageCertificates) throw forbidden('listing certificates')
        return [...this.certificates_.values()].map(c => ({
          id: c.id,
          active: !c.revoked,
          revoked: c.revoked
        }))
      },
      upload: async (
        pem: string,
        roleId: number,
        entityId: number
      ): Promise<Written<string | undefined>> => {
        if (!this.canManageCertificates) throw forbidden('uploading the certificate')
        // Named as the real endpoint names it: tests match the summary's words.
        const step = `upload the certificate to NetSuite (role ${roleId}, entity ${entityId})`
        return this.writes.run(step, async () => {
          const id = this.register(pem)
          this.uploads.push(id)
          return id
        })
      },
      revoke: async (id: string): Promise<void> => {
        // Refused as the real endpoint refuses: the write is tried and NetSuite answers 403.
        await this.writes.run(`revoke certificate ${id} in NetSuite`, async () => {
          if (!this.canManageCertificates || this.refusesRevocation)
            throw forbidden(`revoking certificate ${id}`)
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
  world.netsuite.writes = new Writes(values.dryRun, logger, world.github.writes)
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
      return loaded.command.prepare(values, context(loaded.name))()
    },
    followUp: result =>
      followUp(
        { ...context(read('command') || 'check'), inputs: pickInputs(values, FOLLOW_UP_FIELDS) },
        result
      ),
    log
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

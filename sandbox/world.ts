/**
 * A whole sandbox in one object: the GitHub and NetSuite emulators, a NetSuite
 * account with an integration record, and a way to run the shipped action as a
 * workflow step would, with `${{ secrets.* }}` and `${{ vars.* }}` resolved from
 * the GitHub emulator's state as they are at that moment (as a rerun would see
 * them). Used by the end-to-end tests and by `npm start`.
 */
import { startGitHubEmulator, type GitHubEmulator, type SavedGitHub } from './github/index.js'
import {
  startNetSuiteEmulator,
  type NetSuiteEmulator,
  type SavedNetSuite
} from './netsuite/index.js'
import { runAction, type RunActionOptions, type RunResult } from './runner/index.js'
import type { RepositoryHandle } from './github/index.js'
import { startWebhookReceiver, type WebhookReceiver } from './webhook/index.js'
import { consumerLogsIn, type LoginAnswer } from './consumer.js'
import { worldClock } from './world-clock.js'

export const ACCOUNT_ID = '1234567_SB1'
/**
 * A time scale (StepOptions/WorldOptions timeScale) for steps that wait on purpose: a request
 * timeout, retry backoffs, a rate limit's pause. The action's 20 s NetSuite request timeout
 * passes in 0.4 s, and the clock runs 50 times as fast only while such a step runs.
 */
export const COMPRESSED_TIME = 0.02
const DAY_MS = 86_400_000
const REPOSITORY = 'acme/erp-sync'

export interface StepOptions {
  /** Inputs on top of the workflow's usual wiring; `undefined` removes one. */
  inputs?: Record<string, string | undefined>
  event?: RunActionOptions['event']
  environment?: string
  /** Which token `github-token` gets (default: the GITHUB_TOKEN-like one). */
  githubToken?: string
  /** Which token `admin-token` gets (default: the admin one); `''` for none. */
  adminToken?: string
  killWhen?: RunActionOptions['killWhen']
  debug?: boolean
  runId?: string
  /** Extra environment for the step (e.g. GITHUB_WORKFLOW_REF). */
  env?: Record<string, string>
  /** Run the action from another checkout (default: this repository). */
  actionDir?: string
  /**
   * Who started the run (default octocat). As on GitHub, a run started by
   * `dependabot[bot]` reads every `${{ secrets.* }}` as empty (it gets Dependabot
   * secrets, and none are stored), and so does a `pull_request` from a fork.
   */
  actor?: string
  /** Compressed time for this step (runAction's timeScale); default: the world's. */
  timeScale?: number
}

export interface World {
  github: GitHubEmulator
  netsuite: NetSuiteEmulator
  clientId: string
  roleId: number
  entityId: number
  /** The simulated wall clock both the emulators and the action see. */
  now(): Date
  advanceDays(days: number): void
  /** The inputs a workflow step passes, resolved against the current state. */
  workflowInputs(command: string, environment?: string): Record<string, string>
  /** Runs `dist/index.js` as the runner would. */
  step(command: string, options?: StepOptions): Promise<RunResult>
  /**
   * Whether an integration using the stored current credentials (key, certificate ID, client
   * ID) can log in now: it signs its own assertion and asks the token endpoint, without running
   * the action. The NetSuite log records the exchange like any other.
   */
  consumerLogsIn(environment?: string): Promise<LoginAnswer>
  /** An admin uploads the pending certificate (from its variable) in NetSuite's UI; returns the new certificate ID. */
  adminUploadsPending(environment?: string): string
  /**
   * NetSuite forgets the current certificate (from its variable) without revoking it: an
   * admin deletes the mapping, or a refresh copies an account that lacks it. Returns its ID.
   */
  netsuiteForgetsCurrent(environment?: string): string
  /** With `fanOut`: the other repositories that use the credentials (acme/billing, and
   * acme/etl with its environment `production`); the organization is `github.org`. */
  repositories: Record<string, RepositoryHandle>
  /** With `fanOut`: the three targets, as a workflow's `targets` input lists them. */
  targets: string
  /** With `webhook`: the chat service's incoming webhook every step's notify-url points at. */
  webhook?: WebhookReceiver
  /** Someone comments on an issue; returns the issue_comment event to run promote with. */
  comment(issueNumber: number, body: string, user: string): NonNullable<RunActionOptions['event']>
  /**
   * A copy of both emulators' state and the simulated clock, to restore() before each case
   * of a suite that prepares its starting point once (say, a promotion through the action)
   * rather than once per case. Not with `webhook` (the receiver keeps what it heard).
   */
  save(): SavedWorld
  /** Puts the world back to what save() copied: state, request logs and clock; no faults. */
  restore(saved: SavedWorld): void
  close(): Promise<void>
}

/** What World.save() returns. */
export interface SavedWorld {
  github: SavedGitHub
  netsuite: SavedNetSuite
  offsetMs: number
}

export interface WorldOptions {
  environments?: string[]
  /** The role may manage certificates through NetSuite's REST endpoint. */
  canManageCertificates?: boolean
  /** Steps pass netsuite-role-id and netsuite-entity-id, so upload: auto tries the API. */
  zeroTouch?: boolean
  /** Two more repositories and the organization, passed to every step as `targets`. */
  fanOut?: boolean
  /** A webhook receiver, passed to every step as `notify-url`. */
  webhook?: boolean
  /**
   * Every step runs the action with compressed time (runAction's timeScale, e.g. 0.01): its
   * timeouts, retry backoffs and pauses take that fraction of their real length, and while
   * it runs the world's clock runs as fast as the action's. Default: real time.
   */
  timeScale?: number
}

/** The inputs a workflow fills from `${{ secrets.* }}`. */
const SECRET_WIRING = [
  'client-id',
  'private-key',
  'previous-private-key',
  'pending-private-key',
  'admin-token',
  'notify-url'
] as const

/** GitHub gives no Actions secrets to Dependabot's runs, nor to pull requests from forks. */
function secretsWithheld(options: StepOptions): boolean {
  if (options.actor === 'dependabot[bot]') return true
  const payload = options.event?.payload as
    { pull_request?: { head?: { repo?: { full_name?: string } } } } | undefined
  const head = payload?.pull_request?.head?.repo?.full_name
  return head !== undefined && head.toLowerCase() !== REPOSITORY
}

export async function startWorld(options: WorldOptions = {}): Promise<World> {
  const clock = worldClock()
  const now = (): Date => new Date(clock.now())
  const github = await startGitHubEmulator({
    owner: 'acme',
    repo: 'erp-sync',
    environments: options.environments
  })
  const netsuite = await startNetSuiteEmulator({
    accountId: ACCOUNT_ID,
    now: () => now().getTime()
  })
  const { clientId } = netsuite.createIntegration({ name: 'ERP sync' })
  const roleId = netsuite.createRole({
    name: 'Integration',
    canManageCertificates: options.canManageCertificates ?? options.zeroTouch ?? false
  })
  const entityId = netsuite.createEntity({ name: 'Integration user' })
  const repositories: Record<string, RepositoryHandle> = options.fanOut
    ? {
        'acme/billing': github.addRepository('acme/billing'),
        'acme/etl': github.addRepository('acme/etl', { environments: ['production'] })
      }
    : {}
  const targets = options.fanOut ? 'acme/billing\nacme/etl@production\norg:acme' : ''
  const webhook = options.webhook ? await startWebhookReceiver() : undefined
  github.setPermission('admin-alice', 'admin')
  github.setPermission('writer-wes', 'write')
  github.setPermission('reader-rita', 'read')
  github.setPermission('triage-tom', 'triage')

  const secret = (name: string, environment?: string): string =>
    (environment && github.secret(name, environment)?.value) || github.secret(name)?.value || ''
  const variable = (name: string, environment?: string): string =>
    (environment && github.variable(name, environment)?.value) || github.variable(name)?.value || ''

  const world: World = {
    github,
    netsuite,
    clientId,
    roleId,
    entityId,
    repositories,
    targets,
    webhook,
    now,
    advanceDays: days => {
      clock.advance(days * DAY_MS)
    },
    workflowInputs: (command, environment) => ({
      command,
      'account-id': ACCOUNT_ID,
      'client-id': clientId,
      'certificate-id': variable('NETSUITE_CERTIFICATE_ID', environment),
      certificate: variable('NETSUITE_CERTIFICATE', environment),
      'private-key': secret('NETSUITE_PRIVATE_KEY', environment),
      'previous-private-key': secret('NETSUITE_PRIVATE_KEY_PREVIOUS', environment),
      'pending-private-key': secret('NETSUITE_PRIVATE_KEY_PENDING', environment),
      'pending-certificate': variable('NETSUITE_CERTIFICATE_PENDING', environment),
      'token-url': netsuite.tokenUrl,
      'certificates-url': netsuite.certificatesUrl(clientId),
      ...(options.zeroTouch
        ? { 'netsuite-role-id': String(roleId), 'netsuite-entity-id': String(entityId) }
        : {}),
      ...(environment ? { environment } : {}),
      ...(targets ? { targets } : {}),
      ...(webhook ? { 'notify-url': webhook.url } : {})
    }),
    step: async (command, stepOptions = {}) => {
      const wired: Record<string, string | undefined> = {
        ...world.workflowInputs(command, stepOptions.environment),
        'admin-token': stepOptions.adminToken ?? github.tokens.admin
      }
      if (secretsWithheld(stepOptions)) for (const name of SECRET_WIRING) wired[name] = ''
      const inputs = { ...wired, ...stepOptions.inputs }
      const secretValues = [
        clientId,
        ...[
          ...github.secrets(),
          ...(stepOptions.environment ? github.secrets(stepOptions.environment) : [])
        ].map(s => s.value),
        github.tokens.admin,
        ...(webhook ? [webhook.url] : [])
      ]
      // A kill at a log line lands at a deterministic point: each GitHub request first waits
      // until the runner has read what the process printed before sending it (the process
      // writes its log synchronously, so a line printed before a request is already in the
      // pipe); once the kill is decided, later requests are dropped, never applied.
      const stopAt = stepOptions.killWhen
      let killDecided = false
      const killWhen =
        stopAt &&
        ((line: string): boolean => {
          if (stopAt(line)) killDecided = true
          return killDecided
        })
      if (killWhen) {
        github.gateRequests(async () => {
          for (let turn = 0; turn < 3; turn++) await new Promise(resolve => setImmediate(resolve))
          return !killDecided
        })
      }
      const timeScale = stepOptions.timeScale ?? options.timeScale
      const endWarp = timeScale === undefined ? undefined : clock.warp(timeScale)
      try {
        return await runAction({
          actionDir: stepOptions.actionDir,
          inputs,
          secretValues,
          env: {
            GITHUB_API_URL: github.url,
            // The emulator asks for no spacing between writes (GitHub asks for a second); its
            // rate-limit answers, when a test asks for them, still set the waits.
            NETSUITE_M2M_GITHUB_PACE_MS: '0',
            ...(stepOptions.runId ? { GITHUB_RUN_ID: stepOptions.runId } : {}),
            ...stepOptions.env
          },
          event: stepOptions.event,
          actor: stepOptions.actor,
          repository: REPOSITORY,
          githubToken: stepOptions.githubToken ?? github.tokens.github,
          now: now(),
          timeScale,
          // GitHub would space these writes a second apart (the sandbox asks for no spacing):
          // Bottleneck's zero-delay yields between them are not what a test is waiting for.
          zeroDelayAsImmediate: true,
          killWhen,
          debug: stepOptions.debug
        })
      } finally {
        endWarp?.()
        github.gateRequests(undefined)
      }
    },
    consumerLogsIn: environment =>
      consumerLogsIn({
        tokenUrl: netsuite.tokenUrl,
        clientId,
        certificateId: variable('NETSUITE_CERTIFICATE_ID', environment),
        privateKey: secret('NETSUITE_PRIVATE_KEY', environment),
        nowMs: now().getTime()
      }),
    adminUploadsPending: environment => {
      const pem = variable('NETSUITE_CERTIFICATE_PENDING', environment)
      if (!pem) throw new Error('no pending certificate to upload')
      return netsuite.uploadCertificate({ clientId, pem, roleId, entityId }).certificateId
    },
    netsuiteForgetsCurrent: environment => {
      const id = variable('NETSUITE_CERTIFICATE_ID', environment)
      if (!id) throw new Error('no current certificate ID to forget')
      netsuite.forgetCertificate(id)
      return id
    },
    comment: (issueNumber, body, user) => {
      const comment = github.addComment(issueNumber, body, user)
      return { name: 'issue_comment', payload: github.issueCommentEvent(issueNumber, comment.id) }
    },
    save: () => {
      if (webhook) throw new Error('save() is not supported in a world with a webhook receiver')
      return { github: github.save(), netsuite: netsuite.save(), offsetMs: clock.offset() }
    },
    restore: saved => {
      github.restore(saved.github)
      netsuite.restore(saved.netsuite)
      clock.setOffset(saved.offsetMs)
    },
    close: async () => {
      await Promise.all([github.close(), netsuite.close(), webhook?.close()])
    }
  }
  return world
}

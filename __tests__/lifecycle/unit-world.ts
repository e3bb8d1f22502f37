/**
 * The unit walks' world: the command harness (real input parser, registry and
 * commands) over the in-memory gateways, a simulated clock, and the events a
 * year of use brings (scheduled checks, rotations, emergencies, restarts, an
 * admin's upload and reply, rollbacks, an admin's revocation, a sandbox refresh
 * forgetting the current certificate, a GitHub outage half way through a step
 * and its rerun). Every run is checked against the four promises.
 */
import { describeError } from '../../src/core/errors.js'
import type { Result } from '../../src/run/context.js'
import {
  BOT,
  FakeGitHub,
  FakeNetSuite,
  FAKE_ENTITY_ID,
  FAKE_ROLE_ID,
  harness,
  workflowInputs
} from '../commands/fakes.js'
import {
  brokenPromises,
  newMemory,
  type Memory,
  type Mode,
  type PromiseName,
  type RunOutcome,
  type View
} from './promises.js'

const DAY_MS = 86_400_000
export const T0 = new Date('2026-01-05T09:00:00Z')

export interface StepOptions {
  inputs?: Record<string, string>
  event?: Record<string, unknown>
  eventName?: string
  /** Reuses this run ID ("Re-run jobs"); default a new one. */
  runId?: string
}

export class UnitWorld {
  readonly github = new FakeGitHub()
  readonly netsuite = new FakeNetSuite()
  readonly memory: Memory = newMemory()
  now = T0
  /** Every run so far: `command -> status (exit)`; printed with a broken promise. */
  readonly history: string[] = []
  private nextRun = 5000
  lastRunId = ''

  constructor(
    readonly mode: Mode,
    readonly promises: PromiseName[]
  ) {
    this.netsuite.clock = () => this.now.getTime()
    this.netsuite.canManageCertificates = mode === 'api'
    this.github.roles.set('admin-alice', { base: 'admin', name: 'admin' })
  }

  advanceDays(days: number): void {
    this.now = new Date(this.now.getTime() + days * DAY_MS)
  }

  /** The inputs the README's workflows pass, from the repository as it is now. */
  inputs(extra: Record<string, string> = {}): Record<string, string> {
    const api: Record<string, string> =
      this.mode === 'api'
        ? { 'netsuite-role-id': String(FAKE_ROLE_ID), 'netsuite-entity-id': String(FAKE_ENTITY_ID) }
        : {}
    return workflowInputs(this.github, { ...api, ...extra })
  }

  /** Runs one command as a workflow step would, then checks the four promises. */
  async step(command: string, options: StepOptions = {}): Promise<RunOutcome> {
    const inputs = this.inputs(options.inputs)
    const before = this.view()
    const runId = options.runId ?? String(this.nextRun++)
    this.lastRunId = runId
    const run = harness(inputs, {
      github: this.github,
      netsuite: this.netsuite,
      now: this.now,
      event: options.event,
      eventName: options.eventName,
      runId
    })
    let result: Result | undefined
    let thrown: unknown
    try {
      result = await run.run(command)
    } catch (error) {
      thrown = error
    }
    const outcome: RunOutcome = {
      command,
      exitCode: thrown !== undefined || result?.failure ? 1 : 0,
      status: thrown !== undefined ? 'failed' : result?.status,
      error: thrown !== undefined ? describeError(thrown) : (result?.failure ?? ''),
      badInput: thrown instanceof Error && thrown.name === 'InputError',
      hadCurrentCredentials: inputs['private-key'] !== '' && inputs['certificate-id'] !== ''
    }
    this.history.push(`${command} -> ${outcome.status} (exit ${outcome.exitCode})`)
    const broken = brokenPromises(
      before,
      this.view(),
      outcome,
      this.memory,
      this.mode,
      this.promises
    )
    if (broken.length > 0)
      throw new Error(
        `${broken.join('\n')}\n\nruns so far:\n  ${this.history.join('\n  ')}${outcome.error ? `\nlast error: ${outcome.error}` : ''}`
      )
    return outcome
  }

  /** The issue the record names as the open rotation's, if any. */
  recordedIssue(): number | undefined {
    const rotation = this.github.record().rotation as { issue?: number } | undefined
    return rotation?.issue
  }

  view(): View {
    const v = (name: string): string | undefined => this.github.variables.get(name)
    const s = (name: string): string | undefined => this.github.secrets.get(name)
    return {
      current: {
        key: s('NETSUITE_PRIVATE_KEY'),
        certificate: v('NETSUITE_CERTIFICATE'),
        id: v('NETSUITE_CERTIFICATE_ID')
      },
      previous: {
        key: s('NETSUITE_PRIVATE_KEY_PREVIOUS'),
        certificate: v('NETSUITE_CERTIFICATE_PREVIOUS'),
        id: v('NETSUITE_CERTIFICATE_ID_PREVIOUS')
      },
      pending: {
        key: s('NETSUITE_PRIVATE_KEY_PENDING'),
        certificate: v('NETSUITE_CERTIFICATE_PENDING')
      },
      record: v('NETSUITE_CERTIFICATE_ID_STATE') ?? '',
      issues: [...this.github.issues.values()].map(issue => ({
        number: issue.number,
        open: issue.state === 'open',
        byAction: issue.author === BOT,
        body: issue.body,
        actionTexts: [
          issue.title,
          issue.body,
          ...issue.comments.filter(c => c.author === BOT).map(c => c.body)
        ]
      })),
      certificates: this.netsuite.registry.list().map(c => ({
        id: c.certificateId,
        pem: c.pem,
        revoked: c.revoked,
        active: this.netsuite.registry.isActive(c)
      }))
    }
  }
}

/** The event GitHub sends for a comment on an issue. */
export function commentEvent(issue: number, body: string, login: string): Record<string, unknown> {
  return {
    action: 'created',
    issue: { number: issue, title: 't', body: '', state: 'open', labels: [], user: { login: BOT } },
    comment: { body, user: { login } }
  }
}

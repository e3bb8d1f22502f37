// The same random walks as walks.test.ts, fewer and shorter, through the
// shipped dist/index.js against the sandbox's emulators: once with the issue
// hand-off (no certificate permission, no role and entity IDs) and once with
// the `api` upload. After every step the four promises are checked on what the
// emulators hold.
//
// Every walk of a mode starts where the first check and the admin's first
// promotion leave a new world: those two runs happen once per mode (their
// promises checked), and each walk restores the world and the walk's memory
// they left (world.restore), as if it had run them itself.
//
// WALK_SEED=<n> replays a seed; WALK_E2E_RUNS=<n> changes the number of
// sequences per mode (default 5); WALK_PROMISES=<names> checks only some.
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import fc from 'fast-check'
import { startWorld, type SavedWorld, type StepOptions, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { EC, snapshot } from '../e2e/helpers.js'
import { BOT } from '../security/helpers.js'
import { STATE_VARIABLE } from '../zero-touch/helpers.js'
import { errorsOf } from './helpers.js'
import {
  brokenPromises,
  newMemory,
  PROMISES,
  type Memory,
  type Mode,
  type PromiseName,
  type RunOutcome,
  type View
} from './promises.js'

const SEED = Number(process.env.WALK_SEED ?? 20261207)
const RUNS = Number(process.env.WALK_E2E_RUNS ?? 5)
const PROMISED = (process.env.WALK_PROMISES?.split(',') ?? PROMISES) as PromiseName[]

class EndToEnd {
  private memory: Memory = newMemory()
  private readonly history: string[] = []
  private nextRun = 7000
  lastRunId = ''

  constructor(
    readonly world: World,
    readonly mode: Mode
  ) {}

  /** A walk that goes on from here: what this one remembers and its next run ID, copied. */
  fork(): EndToEnd {
    const walk = new EndToEnd(this.world, this.mode)
    walk.memory = structuredClone(this.memory)
    walk.history.push(...this.history)
    walk.nextRun = this.nextRun
    walk.lastRunId = this.lastRunId
    return walk
  }

  async step(
    command: string,
    options: { inputs?: Record<string, string>; event?: StepOptions['event']; runId?: string } = {}
  ): Promise<RunResult> {
    const given = this.world.workflowInputs(command)
    const before = this.view()
    const runId = options.runId ?? String(this.nextRun++)
    this.lastRunId = runId
    const result = await this.world.step(command, {
      inputs: { ...EC, ...options.inputs },
      event: options.event,
      runId
    })
    const outcome: RunOutcome = {
      command,
      exitCode: result.exitCode ?? 1,
      status: result.outputs.status,
      error: errorsOf(result),
      badInput: false,
      hadCurrentCredentials: given['private-key'] !== '' && given['certificate-id'] !== ''
    }
    this.history.push(`${command} -> ${outcome.status} (exit ${outcome.exitCode})`)
    const broken = brokenPromises(before, this.view(), outcome, this.memory, this.mode, PROMISED)
    if (broken.length > 0)
      throw new Error(
        `${broken.join('\n')}\n\nruns so far:\n  ${this.history.join('\n  ')}${outcome.error ? `\nlast error: ${outcome.error}` : ''}`
      )
    return result
  }

  view(): View {
    const { secrets, variables } = snapshot(this.world)
    const now = this.world.now().getTime()
    return {
      current: {
        key: secrets.NETSUITE_PRIVATE_KEY,
        certificate: variables.NETSUITE_CERTIFICATE,
        id: variables.NETSUITE_CERTIFICATE_ID
      },
      previous: {
        key: secrets.NETSUITE_PRIVATE_KEY_PREVIOUS,
        certificate: variables.NETSUITE_CERTIFICATE_PREVIOUS,
        id: variables.NETSUITE_CERTIFICATE_ID_PREVIOUS
      },
      pending: {
        key: secrets.NETSUITE_PRIVATE_KEY_PENDING,
        certificate: variables.NETSUITE_CERTIFICATE_PENDING
      },
      record: variables[STATE_VARIABLE] ?? '',
      issues: this.world.github.issues().map(issue => ({
        number: issue.number,
        open: issue.state === 'open',
        byAction: issue.user.login === BOT,
        body: issue.body,
        actionTexts: [
          issue.title,
          issue.body,
          ...issue.comments.filter(c => c.user.login === BOT).map(c => c.body)
        ]
      })),
      certificates: this.world.netsuite.certificates(this.world.clientId).map(c => ({
        id: c.certificateId,
        pem: c.pem,
        revoked: c.revoked,
        active: !c.revoked && c.notAfter.getTime() > now
      }))
    }
  }

  /** The issue the record names as the open rotation's. */
  recordedIssue(): number | undefined {
    const raw = snapshot(this.world).variables[STATE_VARIABLE]
    const record = raw ? (JSON.parse(raw) as { rotation?: { issue?: number } }) : {}
    return record.rotation?.issue
  }
}

type Command = fc.AsyncCommand<Record<string, never>, EndToEnd>

const command = (name: string, run: (walk: EndToEnd) => Promise<unknown>): Command => ({
  check: () => true,
  run: async (_model, walk) => {
    await run(walk)
  },
  toString: () => name
})

/**
 * The admin uploads the pending certificate (once) and replies on the recorded issue; with
 * `outage`, GitHub fails there during the promotion, which is then re-run.
 */
async function uploadAndReply(walk: EndToEnd, outage?: string): Promise<void> {
  const { world } = walk
  const pem = snapshot(world).variables.NETSUITE_CERTIFICATE_PENDING
  const issue = walk.recordedIssue()
  if (!pem || issue === undefined) return
  const now = world.now().getTime()
  const already = world.netsuite
    .certificates(world.clientId)
    .find(c => c.pem === pem && !c.revoked && c.notAfter.getTime() > now)
  let id: string
  try {
    id = already?.certificateId ?? world.adminUploadsPending()
  } catch {
    return // NetSuite refuses the upload (five active, or expired)
  }
  const event = world.comment(issue, `/certificate-id ${id}`, 'admin-alice')
  if (outage === undefined) {
    await walk.step('promote', { event })
    return
  }
  await withOutage(walk, outage, () => walk.step('promote', { event }))
  await walk.step('promote', { event, runId: walk.lastRunId })
}

/** Write requests GitHub answers 500 to, with a path to spend the fault on afterwards. */
const OUTAGES: Record<string, { method: string; path: string }> = {
  'the current key secret': {
    method: 'PUT',
    path: '/repos/acme/erp-sync/actions/secrets/NETSUITE_PRIVATE_KEY'
  },
  'the record': {
    method: 'PATCH',
    path: `/repos/acme/erp-sync/actions/variables/${STATE_VARIABLE}`
  },
  'opening an issue': { method: 'POST', path: '/repos/acme/erp-sync/issues' }
}

async function withOutage(walk: EndToEnd, where: string, run: () => Promise<unknown>) {
  const { method, path } = OUTAGES[where]
  const { world } = walk
  world.github.injectFault({ method, path: new RegExp(`${path}$`), count: 50, status: 500 })
  try {
    await run()
  } finally {
    for (let i = 0; i < 100; i++) {
      const response = await fetch(`${world.github.url}${path}`, { method, body: '{}' })
      await response.arrayBuffer()
      if (response.status !== 500) break
    }
  }
}

const events = [
  fc.constantFrom(0, 8, 15, 30, 680).map(days =>
    command(`check after ${days} days`, async walk => {
      walk.world.advanceDays(days)
      await walk.step('check')
    })
  ),
  fc.record({ emergency: fc.boolean(), restart: fc.boolean() }).map(({ emergency, restart }) =>
    command(`rotate${emergency ? ' emergency' : ''}${restart ? ' restart' : ''}`, walk =>
      walk.step('rotate', {
        inputs: {
          ...(emergency ? { emergency: 'true' } : {}),
          ...(restart ? { restart: 'true' } : {})
        }
      })
    )
  ),
  fc.constant(command('admin uploads and replies', walk => uploadAndReply(walk))),
  fc.constant(
    command('rollback', async walk => {
      if (snapshot(walk.world).secrets.NETSUITE_PRIVATE_KEY_PREVIOUS) await walk.step('rollback')
    })
  ),
  fc.constant(command('verify', walk => walk.step('verify'))),
  fc.constant(
    command('admin revokes the current certificate', async walk => {
      const id = snapshot(walk.world).variables.NETSUITE_CERTIFICATE_ID
      if (walk.world.netsuite.certificates().some(c => c.certificateId === id))
        walk.world.netsuite.revokeCertificate(id)
    })
  ),
  fc.constant(
    command('sandbox refresh forgets the current certificate', async walk => {
      const id = snapshot(walk.world).variables.NETSUITE_CERTIFICATE_ID
      if (walk.world.netsuite.certificates().some(c => c.certificateId === id))
        walk.world.netsuiteForgetsCurrent()
    })
  ),
  fc
    .record({
      step: fc.constantFrom('check', 'rotate', 'rotate emergency', 'promote'),
      where: fc.constantFrom(...Object.keys(OUTAGES))
    })
    .map(({ step, where }) =>
      command(`GitHub 500 on ${where} during ${step}, then its rerun`, walk => {
        if (step === 'promote') return uploadAndReply(walk, where)
        const [name, flag] = step.split(' ')
        const inputs: Record<string, string> = flag ? { [flag]: 'true' } : {}
        let runId = ''
        return withOutage(walk, where, async () => {
          await walk.step(name, { inputs })
          runId = walk.lastRunId
        }).then(() => walk.step(name, { inputs, runId }))
      })
    )
]

/** Where every walk of a mode starts: a new world after the first check and promotion. */
interface Start {
  walk: EndToEnd
  saved: SavedWorld
}

async function firstPromotion(mode: Mode): Promise<Start> {
  const world = await startWorld({ zeroTouch: mode === 'api' })
  const walk = new EndToEnd(world, mode)
  await walk.step('check')
  await uploadAndReply(walk)
  return { walk, saved: world.save() }
}

async function walkOnce(start: Start, commands: Iterable<Command>): Promise<void> {
  start.walk.world.restore(start.saved)
  const walk = start.walk.fork()
  await fc.asyncModelRun(() => ({ model: {}, real: walk }), commands)
}

describe.each<[string, Mode]>([
  ['with the issue hand-off', 'issue'],
  ['with the api upload', 'api']
])('random walks through dist/index.js %s keep the four promises', (_name, mode) => {
  let start: Start
  beforeAll(async () => {
    start = await firstPromotion(mode)
  }, 60_000)
  afterAll(async () => {
    await start?.walk.world.close()
  })

  it(`${RUNS} sequences of up to 8 events, seed ${SEED}`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(events, { maxCommands: 8 }), commands =>
        walkOnce(start, commands)
      ),
      { seed: SEED, numRuns: RUNS, interruptAfterTimeLimit: 150_000 }
    )
  }, 300_000)
})

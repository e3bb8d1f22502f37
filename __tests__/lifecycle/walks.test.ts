// Model-based random walks over the commands and the in-memory gateways: random
// sequences of what a year of use brings, each run checked against the four
// promises (docs/how-it-works.md, "Every certificate has an end").
//
// WALK_SEED=<n> replays a seed; WALK_RUNS=<n> changes the number of sequences
// (default 300); WALK_PROMISES=<names> checks only some promises; WALK_MODES=issue
// or api walks with one upload mode only. A failure prints the seed, the path and
// the shrunk sequence of events (fast-check's report), the broken promise, and
// the runs of that sequence with their status.
import { describe, it } from '@jest/globals'
import fc from 'fast-check'
import { PROMISES, type Mode, type PromiseName } from './promises.js'
import { commentEvent, UnitWorld } from './unit-world.js'

const SEED = Number(process.env.WALK_SEED ?? 20261207)
const RUNS = Number(process.env.WALK_RUNS ?? 300)
/** WALK_PROMISES=no-orphans,loud checks only those (to find each one's shortest counterexample). */
const PROMISED = (process.env.WALK_PROMISES?.split(',') ?? PROMISES) as PromiseName[]
/** WALK_MODES=issue walks only with the issue hand-off (or `api`: only with the api upload). */
const MODES = (process.env.WALK_MODES?.split(',') ?? ['api', 'issue']) as Mode[]
const ADMIN = 'admin-alice'

type Model = Record<string, never>
type Command = fc.AsyncCommand<Model, UnitWorld>

/** The admin uploads the pending certificate in NetSuite (once) and replies on the recorded issue. */
async function uploadAndReply(world: UnitWorld, options: { failWriteAt?: number } = {}) {
  const pem = world.github.variables.get('NETSUITE_CERTIFICATE_PENDING')
  const issue = world.recordedIssue()
  if (!pem || issue === undefined) return
  const already = world.netsuite.registry
    .list()
    .find(c => c.pem === pem && world.netsuite.registry.isActive(c))
  let id: string
  try {
    id = already?.certificateId ?? world.netsuite.register(pem)
  } catch {
    return // NetSuite refuses the upload (five active, or expired): the admin cannot go on
  }
  const body = `/certificate-id ${id}`
  world.github.issues.get(issue)?.comments.push({ author: ADMIN, body })
  const event = commentEvent(issue, body, ADMIN)
  if (options.failWriteAt !== undefined)
    world.github.failWriteAt = world.github.writes.length + options.failWriteAt
  await world.step('promote', { event, eventName: 'issue_comment' })
  if (options.failWriteAt !== undefined) {
    world.github.failWriteAt = undefined
    await world.step('promote', { event, eventName: 'issue_comment', runId: world.lastRunId })
  }
}

const command = (name: string, run: (world: UnitWorld) => Promise<unknown>): Command => ({
  check: () => true,
  run: async (_model, world) => {
    await run(world)
  },
  toString: () => name
})

const scheduledCheck = fc.constantFrom(0, 1, 8, 15, 30, 120, 300, 650, 700).map(days =>
  command(`check after ${days} days`, async world => {
    world.advanceDays(days)
    await world.step('check')
  })
)

const rotate = fc
  .record({ emergency: fc.boolean(), restart: fc.boolean() })
  .map(({ emergency, restart }) =>
    command(`rotate${emergency ? ' emergency' : ''}${restart ? ' restart' : ''}`, async world => {
      await world.step('rotate', {
        inputs: {
          ...(emergency ? { emergency: 'true' } : {}),
          ...(restart ? { restart: 'true' } : {})
        }
      })
    })
  )

const adminReplies = fc.constant(command('admin uploads and replies', w => uploadAndReply(w)))

const rollback = fc.constant(
  command('rollback', async world => {
    if (world.github.secrets.has('NETSUITE_PRIVATE_KEY_PREVIOUS')) await world.step('rollback')
  })
)

const verify = fc.constant(command('verify', world => world.step('verify')))

const adminRevokesCurrent = fc.constant(
  command('admin revokes the current certificate', async world => {
    world.netsuite.revoke(world.github.variables.get('NETSUITE_CERTIFICATE_ID') ?? '')
  })
)

const refreshForgetsCurrent = fc.constant(
  command('sandbox refresh forgets the current certificate', async world => {
    world.netsuite.forget(world.github.variables.get('NETSUITE_CERTIFICATE_ID') ?? '')
  })
)

/** GitHub answers 502 to the n-th write of a step; the step is then re-run ("Re-run jobs"). */
const outage = fc
  .record({
    step: fc.constantFrom('check', 'rotate', 'rotate emergency', 'promote', 'rollback'),
    atWrite: fc.nat({ max: 5 })
  })
  .map(({ step, atWrite }) =>
    command(`GitHub 502 at write ${atWrite} of ${step}, then its rerun`, async world => {
      if (step === 'promote') return uploadAndReply(world, { failWriteAt: atWrite })
      if (step === 'rollback' && !world.github.secrets.has('NETSUITE_PRIVATE_KEY_PREVIOUS')) return
      const [name, flag] = step.split(' ')
      const inputs: Record<string, string> = flag ? { [flag]: 'true' } : {}
      world.github.failWriteAt = world.github.writes.length + atWrite
      await world.step(name, { inputs })
      world.github.failWriteAt = undefined
      await world.step(name, { inputs, runId: world.lastRunId })
    })
  )

const events = [
  scheduledCheck,
  scheduledCheck,
  rotate,
  adminReplies,
  adminReplies,
  rollback,
  verify,
  adminRevokesCurrent,
  refreshForgetsCurrent,
  outage
]

/** Every walk starts where users start: the first check and the admin's first upload. */
async function firstGeneration(world: UnitWorld): Promise<void> {
  await world.step('check')
  await uploadAndReply(world)
}

async function walk(
  mode: Mode,
  promises: PromiseName[],
  commands: Iterable<Command>
): Promise<void> {
  const world = new UnitWorld(mode, promises)
  await firstGeneration(world)
  await fc.asyncModelRun(() => ({ model: {}, real: world }), commands)
}

describe('random walks over the commands keep the four promises', () => {
  it(`${PROMISED.join(', ')}: ${RUNS} sequences, seed ${SEED}`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<Mode>(...MODES),
        fc.commands(events, { maxCommands: 10 }),
        (mode, commands) => walk(mode, PROMISED, commands)
      ),
      { seed: SEED, numRuns: RUNS }
    )
  }, 120_000)
})

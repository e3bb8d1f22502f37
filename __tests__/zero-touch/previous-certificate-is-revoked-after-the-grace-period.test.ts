// After a zero-touch rotation the previous certificate stays usable for
// revoke-previous-after-days (default 14) so a rollback is possible; the first
// scheduled check after that revokes exactly it in NetSuite and deletes the
// _PREVIOUS secret and variables. Never before, never with 0, never the current.
//
// The scenarios share one first promotion and one rotation (default settings): each runs
// once through the action and every block restores the state it starts from
// (world.restore); the current or previous credentials are probed by signing in as an
// integration would (no verify run), the check at +13 days is looked at once.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { COMPRESSED_TIME, type SavedWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import {
  expectSucceeded,
  generationLogsIn,
  snapshot,
  stepExpecting,
  type Generation
} from '../e2e/helpers.js'
import type { LoginAnswer } from '../../sandbox/consumer.js'
import {
  EC,
  STATE_VARIABLE,
  certificateById,
  netsuiteCertificates,
  revocationsIn,
  seededWorld,
  rotateAutomatically,
  rotationState
} from './helpers.js'

const PREVIOUS_NAMES = {
  secret: 'NETSUITE_PRIVATE_KEY_PREVIOUS',
  certificate: 'NETSUITE_CERTIFICATE_PREVIOUS',
  id: 'NETSUITE_CERTIFICATE_ID_PREVIOUS'
}

function currentStage(world: World): Record<string, string | undefined> {
  const state = snapshot(world)
  return {
    key: state.secrets.NETSUITE_PRIVATE_KEY,
    certificate: state.variables.NETSUITE_CERTIFICATE,
    id: state.variables.NETSUITE_CERTIFICATE_ID
  }
}

function previousStage(world: World): Record<string, string | undefined> {
  return {
    key: world.github.secret(PREVIOUS_NAMES.secret)?.value,
    certificate: world.github.variable(PREVIOUS_NAMES.certificate)?.value,
    id: world.github.variable(PREVIOUS_NAMES.id)?.value
  }
}

let shared: {
  world: World
  first: Generation
  /** After the first promotion, before the automatic rotation. */
  promoted: SavedWorld
  /** One automatic rotation further, with the default settings. */
  rotated: SavedWorld
}

beforeAll(async () => {
  const { world, first } = await seededWorld()
  const promoted = world.save()
  await rotateAutomatically(world)
  shared = { world, first, promoted, rotated: world.save() }
})
afterAll(async () => {
  await shared.world.close()
})

/** The world one zero-touch rotation further, as seededRotatedWorld() would leave it. */
function restoredRotatedWorld(): { world: World; first: Generation } {
  shared.world.restore(shared.rotated)
  return { world: shared.world, first: shared.first }
}

describe('revocation 14 days after a zero-touch rotation', () => {
  let world: World
  let first: Generation
  let current: Record<string, string | undefined>
  let day13: RunResult
  let day15: RunResult
  let mark13: number
  let mark15: number
  let previousAt13: Record<string, string | undefined>
  let previousRevokedAt13: boolean | undefined
  let previousLoginAt13: LoginAnswer

  beforeAll(async () => {
    ;({ world, first } = restoredRotatedWorld())
    current = currentStage(world)
    world.advanceDays(13)
    mark13 = world.netsuite.log.length
    day13 = await world.step('check', { inputs: EC })
    previousAt13 = previousStage(world)
    previousRevokedAt13 = certificateById(world, first.certificateId)?.revoked
    previousLoginAt13 = await generationLogsIn(world, first)
    world.advanceDays(2)
    mark15 = world.netsuite.log.length
    day15 = await world.step('check', { inputs: EC })
  })

  it('at +13 days the check is ok and revokes nothing', () => {
    expectSucceeded(day13, 'ok')
    expect(revocationsIn(world.netsuite.log.slice(mark13, mark15))).toEqual([])
  })

  // The previous stage before the grace period is over.
  it('keeps the _PREVIOUS secret and variables at +13 days', () => {
    expectSucceeded(day13, 'ok')
    expect(previousAt13).toEqual({
      key: first.key,
      certificate: first.certificate,
      id: first.certificateId
    })
    expect(previousRevokedAt13).toBe(false)
  })

  it('the previous credentials still work at +13 days (rollback stays possible)', () => {
    expect(previousLoginAt13).toEqual({ ok: true })
  })

  it('at +15 days the check is ok', () => {
    expectSucceeded(day15, 'ok')
  })

  it('at +15 days exactly the recorded previous certificate is revoked in NetSuite', () => {
    const revocations = revocationsIn(world.netsuite.log.slice(mark15))
    expect(revocations).toHaveLength(1)
    expect(revocations[0].path).toContain(first.certificateId)
    expect(certificateById(world, first.certificateId)?.revoked).toBe(true)
    expect(certificateById(world, current.id ?? '')?.revoked).toBe(false)
  })

  it('at +15 days the _PREVIOUS secret and variables are deleted, current untouched', () => {
    expect(previousStage(world)).toEqual({ key: undefined, certificate: undefined, id: undefined })
    expect(currentStage(world)).toEqual(current)
    expect(rotationState(world).promotion).toMatchObject({ previousRevokedAt: expect.any(String) })
  })

  it('the current credentials still log in after the revocation', async () => {
    expect(await world.consumerLogsIn()).toEqual({ ok: true })
  })

  it('a further check revokes nothing else', async () => {
    const revokedBefore = netsuiteCertificates(world).map(c => [c.certificateId, c.revoked])
    const mark = world.netsuite.log.length
    world.advanceDays(7)
    await stepExpecting(world, 'check', 'ok', { inputs: EC })
    expect(revocationsIn(world.netsuite.log.slice(mark))).toEqual([])
    expect(netsuiteCertificates(world).map(c => [c.certificateId, c.revoked])).toEqual(
      revokedBefore
    )
    expect(currentStage(world)).toEqual(current)
  })
})

// Found by a random walk: retiring the previous stage before NetSuite had revoked its
// certificate left it active with no key and no note. The stage goes only once the ledger
// says the certificate is revoked; until then every check tries again.
describe('a revocation NetSuite refuses when the grace period is over', () => {
  let world: World
  let first: Generation
  let refused: RunResult

  beforeAll(async () => {
    ;({ world, first } = restoredRotatedWorld())
    world.advanceDays(15)
    world.netsuite.injectFault({ path: '/revoke', method: 'POST', status: 503, count: 5 })
    // The revocation is retried after backoffs: compressed, they take no real seconds.
    refused = await world.step('check', { inputs: EC, timeScale: COMPRESSED_TIME })
  })

  it('keeps the _PREVIOUS secret and variables, and the certificate active', () => {
    expect(refused.exitCode).toBe(0)
    expect(previousStage(world).id).toBe(first.certificateId)
    expect(previousStage(world).key).toBeDefined()
    expect(certificateById(world, first.certificateId)?.revoked).toBe(false)
  })

  it('keeps it due in the ledger and says a person may revoke it', () => {
    const retired = rotationState(world).retired as { certificateId: string; revokedAt?: string }[]
    expect(retired.find(r => r.certificateId === first.certificateId)).toMatchObject({
      certificateId: first.certificateId
    })
    expect(retired.find(r => r.certificateId === first.certificateId)?.revokedAt).toBeUndefined()
    expect(refused.stdout).toContain(first.certificateId)
  })

  it('the next check revokes it and only then removes the previous stage', async () => {
    world.netsuite.clearFaults()
    world.advanceDays(1)
    await stepExpecting(world, 'check', 'ok', { inputs: EC })
    expect(certificateById(world, first.certificateId)?.revoked).toBe(true)
    expect(previousStage(world)).toEqual({ key: undefined, certificate: undefined, id: undefined })
  })
})

describe('revoke-previous-after-days: 0', () => {
  let world: World
  let first: Generation
  const NEVER = { 'revoke-previous-after-days': '0' }

  beforeAll(async () => {
    world = shared.world
    first = shared.first
    world.restore(shared.promoted)
    await rotateAutomatically(world, NEVER)
    for (const days of [15, 30, 200]) {
      world.advanceDays(days)
      await stepExpecting(world, 'check', 'ok', { inputs: { ...EC, ...NEVER } })
    }
  })

  it('never revokes the previous certificate', () => {
    expect(revocationsIn(world.netsuite.log)).toEqual([])
    expect(certificateById(world, first.certificateId)?.revoked).toBe(false)
  })

  it('keeps the _PREVIOUS secret and variables', () => {
    expect(previousStage(world)).toEqual({
      key: first.key,
      certificate: first.certificate,
      id: first.certificateId
    })
  })

  it('says so in the record issue', () => {
    const records = world.github.issues().filter(i => /automatically/.test(i.title))
    expect(records).toHaveLength(1)
    expect(records[0].body).toMatch(/not revoked automatically/)
  })
})

describe('a state variable that names the current certificate as previous', () => {
  let world: World
  let current: Record<string, string | undefined>
  let result: RunResult
  let mark: number

  beforeAll(async () => {
    ;({ world } = restoredRotatedWorld())
    current = currentStage(world)
    const state = rotationState(world)
    const tampered = {
      ...state,
      promotion: { ...(state.promotion as object), previousCertificateId: current.id }
    }
    world.github.setVariable(STATE_VARIABLE, JSON.stringify(tampered))
    world.advanceDays(15)
    mark = world.netsuite.log.length
    result = await world.step('check', { inputs: EC })
  })

  it('revokes nothing', () => {
    expect(revocationsIn(world.netsuite.log.slice(mark))).toEqual([])
    expect(certificateById(world, current.id ?? '')?.revoked).toBe(false)
    expect(netsuiteCertificates(world).filter(c => c.revoked)).toEqual([])
  })

  it('warns that it is the current certificate', () => {
    const warnings = result.annotations.filter(a => a.level === 'warning').map(a => a.message)
    expect(warnings.some(w => w.includes(current.id ?? '-') && /current/.test(w))).toBe(true)
  })

  it('keeps every stage as it was and the check still passes', async () => {
    expectSucceeded(result, 'ok')
    expect(currentStage(world)).toEqual(current)
    expect(world.github.variable(PREVIOUS_NAMES.id)?.value).toBeDefined()
    expect(await world.consumerLogsIn()).toEqual({ ok: true })
  })
})

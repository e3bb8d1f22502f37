// world.save() and world.restore(): a suite prepares its starting point once
// through the action and puts every case back to it. A restored world must be
// the saved one in everything a scenario reads (secrets, variables, issues,
// NetSuite's certificates and issued tokens, both request logs, the clock),
// with nothing of what happened after the save, and the action run in it must
// behave as in the world the state was saved from.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startWorld, type SavedWorld, type World } from '../../sandbox/world.js'
import { bootstrap, snapshot, stepExpecting, uploadAndReply } from '../e2e/helpers.js'

/** Everything a scenario reads from a world. */
function everything(world: World): unknown {
  return {
    ...snapshot(world),
    issues: world.github.issues(),
    certificates: world.netsuite.certificates(),
    issuedTokens: world.netsuite.issuedTokens.length,
    githubLog: world.github.log.map(e => `${e.method} ${e.path} ${e.status}`),
    netsuiteLog: world.netsuite.log.map(e => `${e.method} ${e.path} ${e.verdict}`)
  }
}

/** How far the world's clock runs ahead of the real one (it runs on in real time). */
const clockAhead = (world: World): number => world.now().getTime() - Date.now()

describe('a world restored to a saved point', () => {
  let world: World
  let saved: SavedWorld
  let atSave: unknown
  let aheadAtSave: number
  let promotedFirst: { status: string; state: unknown }

  beforeAll(async () => {
    world = await startWorld()
    await bootstrap(world)
    saved = world.save()
    atSave = everything(world)
    aheadAtSave = clockAhead(world)
    // Everything a case might do after the save: the action writes, NetSuite learns a
    // certificate and issues tokens, people comment, time passes, faults wait, tokens appear.
    const { result } = await uploadAndReply(world)
    promotedFirst = { status: result.outputs.status, state: snapshot(world) }
    world.advanceDays(100)
    world.github.addToken('late', { issues: true, actions: true, secrets: true, variables: true })
    world.github.injectFault({ path: '/repos/acme/erp-sync/', status: 500, count: 100 })
    world.netsuite.injectFault({ status: 503, count: 100 })
    world.restore(saved)
  })
  afterAll(async () => {
    await world.close()
  })

  it('holds exactly what it held at the save', () => {
    expect(everything(world)).toEqual(atSave)
    expect(Math.abs(clockAhead(world) - aheadAtSave)).toBeLessThan(1000)
  })

  it('has none of the faults armed after the save, and promotes as the first time', async () => {
    const { result, certificateId } = await uploadAndReply(world)
    expect(result.outputs.status).toBe(promotedFirst.status)
    const state = snapshot(world)
    expect(state.variables.NETSUITE_CERTIFICATE_ID).toBe(certificateId)
    // The same pending pair was promoted: the same key and certificate, a new upload's ID.
    const first = promotedFirst.state as typeof state
    expect(state.secrets.NETSUITE_PRIVATE_KEY).toBe(first.secrets.NETSUITE_PRIVATE_KEY)
    expect(state.variables.NETSUITE_CERTIFICATE).toBe(first.variables.NETSUITE_CERTIFICATE)
    await stepExpecting(world, 'verify', 'verified')
  })

  it('can be restored again: what the last case changed never reached the saved copy', () => {
    world.restore(saved)
    expect(everything(world)).toEqual(atSave)
    expect(Math.abs(clockAhead(world) - aheadAtSave)).toBeLessThan(1000)
  })
})

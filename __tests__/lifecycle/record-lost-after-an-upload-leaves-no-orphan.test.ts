// Found by the end-to-end random walk: an automatic rotation uploads its new
// certificate to NetSuite, then GitHub fails the write of the rotation record
// that would remember the upload. The rerun does not know the first upload,
// uploads the same certificate again and promotes that copy: the first copy
// stays active in NetSuite with no stage and no record pointing at it, and
// counts towards NetSuite's limit of five. Every certificate has an end: after
// the rerun (and at the latest after the next scheduled check) no active
// certificate is left outside the stages.
//
// The first promotion both scenarios start from runs once, through the action;
// each scenario restores the world it left (world.restore), clock included.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { SavedWorld, World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { EC, expectSucceeded, stepExpecting } from '../e2e/helpers.js'
import { INTO_RENEW_WINDOW_DAYS, promotedWorld, uploadsIn } from '../zero-touch/helpers.js'
import { orphans, persistentFault } from './helpers.js'

const RECORD = '/repos/acme/erp-sync/actions/variables/NETSUITE_CERTIFICATE_ID_STATE'

let world: World
let firstPromotion: SavedWorld

beforeAll(async () => {
  ;({ world } = await promotedWorld())
  firstPromotion = world.save()
}, 90_000)
afterAll(async () => {
  await world.close()
})

describe.each([
  ['a scheduled check in the renew window', 'check', {}],
  ['an emergency rotate', 'rotate', { emergency: 'true' }]
])('%s whose record write fails after the upload, then its rerun', (_name, command, inputs) => {
  let failed: RunResult
  let rerun: RunResult
  let uploadsByFailedRun: number

  beforeAll(async () => {
    world.restore(firstPromotion)
    world.advanceDays(command === 'check' ? INTO_RENEW_WINDOW_DAYS : 30)
    const fault = persistentFault(world, 'PATCH', RECORD)
    const mark = world.netsuite.log.length
    failed = await world.step(command, { inputs: { ...EC, ...inputs }, runId: '5501' })
    uploadsByFailedRun = uploadsIn(world.netsuite.log.slice(mark)).length
    await fault.disarm()
    rerun = await world.step(command, { inputs: { ...EC, ...inputs }, runId: '5501' })
  }, 90_000)

  it('the first run uploaded the certificate and then failed', () => {
    expect(failed.exitCode).not.toBe(0)
    expect(uploadsByFailedRun).toBe(1)
  })

  it('the rerun promotes', () => {
    expectSucceeded(rerun, 'promoted')
  })

  it('no active certificate is left outside the stages after the next scheduled check', async () => {
    world.advanceDays(1)
    await stepExpecting(world, 'check', 'ok', { inputs: EC })
    expect(orphans(world).map(c => c.certificateId)).toEqual([])
  })
})

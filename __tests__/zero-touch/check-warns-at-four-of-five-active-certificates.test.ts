// NetSuite allows five active certificates per integration record. A scheduled check
// with zero-touch uploads counts them: at three active it says nothing; at four it warns
// that the next upload reaches the limit, and still exits 0 (nothing is due).
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { generateCredentials } from '../../src/core/generate.js'
import { expectSucceeded } from '../e2e/helpers.js'
import { EC, seededWorld } from './helpers.js'

async function uploadByHand(world: World): Promise<void> {
  const { certificatePem } = await generateCredentials({
    keyType: 'ec-p256',
    validityDays: 365,
    subject: 'CN=by hand',
    now: world.now()
  })
  world.netsuite.uploadCertificate({
    clientId: world.clientId,
    pem: certificatePem,
    roleId: world.roleId,
    entityId: world.entityId
  })
}

const limitWarnings = (result: RunResult): string[] =>
  result.annotations
    .filter(a => a.level === 'warning' && /of 5 active certificates/.test(a.message))
    .map(a => a.message)

describe('check counting the active certificates', () => {
  let world: World
  let atThree: RunResult
  let atFour: RunResult

  beforeAll(async () => {
    ;({ world } = await seededWorld())
    await uploadByHand(world)
    await uploadByHand(world)
    atThree = await world.step('check', { inputs: EC })
    await uploadByHand(world)
    atFour = await world.step('check', { inputs: EC })
  })
  afterAll(async () => {
    await world.close()
  })

  it('says nothing at three of five', () => {
    expectSucceeded(atThree, 'ok')
    expect(limitWarnings(atThree)).toEqual([])
  })

  it('warns at four of five that the next upload reaches the limit', () => {
    expectSucceeded(atFour, 'ok')
    expect(limitWarnings(atFour)).toEqual([
      expect.stringMatching(
        /4 of 5 active certificates: the next upload reaches NetSuite's limit.*run doctor/
      )
    ])
  })
})

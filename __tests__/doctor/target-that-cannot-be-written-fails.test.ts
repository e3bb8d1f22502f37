// Fan-out copies the current credentials to acme/billing, acme/etl@production and the
// organization, but admin-token was given only this repository and acme/etl: GitHub hides
// acme/billing from it (404). doctor fails naming that target and the access to grant,
// finds the others readable, and writes nothing: not even a notification to the chat
// webhook every step is given.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import { expectUnhealthy, row, runDoctor, type DoctorRun } from './helpers.js'

describe('doctor with a fan-out target admin-token cannot reach', () => {
  let world: World
  let run: DoctorRun

  beforeAll(async () => {
    world = await startWorld({ fanOut: true, webhook: true })
    run = await runDoctor(world, {
      adminToken: world.github.addToken('two-repositories', {
        issues: true,
        actions: true,
        secrets: true,
        variables: true,
        orgSecrets: true,
        orgVariables: true,
        environments: true,
        repositories: ['acme/erp-sync', 'acme/etl']
      })
    })
  })
  afterAll(async () => {
    await world.close()
  })

  it('fails naming the target, with nothing written', () => {
    expectUnhealthy(run, 'admin-token: target acme/billing', /acme\/billing.*404.*cannot see it/)
  })

  it('finds the other targets readable', () => {
    expect(row(run.result, 'admin-token: target acme/etl@production')).toMatch(/✅ ok/)
    expect(row(run.result, 'admin-token: target org:acme')).toMatch(/✅ ok/)
  })

  it('sends no notification: doctor is followed by nothing', () => {
    expect(world.webhook?.requests).toEqual([])
  })
})

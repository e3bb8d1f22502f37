// admin-token cannot reach where the action keeps the credentials: a token without the
// Secrets and Variables permissions, and one without the Environments permission for a
// step that works in an environment. doctor fails for each from GitHub's answers to
// reads, naming the permission to grant, and writes nothing.
import { describe, it, beforeAll, afterAll } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import { expectUnhealthy, runDoctor, type DoctorRun } from './helpers.js'

describe('doctor when admin-token lacks a permission', () => {
  let world: World
  let noSecrets: DoctorRun
  let noEnvironments: DoctorRun

  beforeAll(async () => {
    world = await startWorld({ environments: ['production'] })
    noSecrets = await runDoctor(world, {
      adminToken: world.github.addToken('issues-only', {
        issues: true,
        actions: true,
        secrets: false,
        variables: false
      })
    })
    noEnvironments = await runDoctor(world, {
      environment: 'production',
      adminToken: world.github.addToken('no-environments', {
        issues: true,
        actions: true,
        secrets: true,
        variables: true,
        environments: false
      })
    })
  })
  afterAll(async () => {
    await world.close()
  })

  it('fails without the Secrets permission, naming it', () => {
    expectUnhealthy(
      noSecrets,
      'admin-token',
      /may not read the Actions secrets.*Secrets and Variables \(read and write\) on acme\/erp-sync/
    )
  })

  it('fails without the Environments permission, naming it', () => {
    expectUnhealthy(
      noEnvironments,
      'admin-token',
      /acme\/erp-sync@production.*environments=read.*Environments, Secrets and Variables/
    )
  })
})

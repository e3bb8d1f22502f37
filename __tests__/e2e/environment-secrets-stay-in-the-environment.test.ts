// With `environment: production`, every secret and variable lives in that
// GitHub environment, none in the repository, and the issue says which.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { bootstrap, expectSucceeded, snapshot, uploadAndReply } from './helpers.js'

describe('bootstrap and promote in the production environment', () => {
  let world: World
  let pendingState: ReturnType<typeof snapshot>
  let promote: RunResult
  let certificateId: string
  let issueTitle: string

  beforeAll(async () => {
    world = await startWorld({ environments: ['production'] })
    const { issue } = await bootstrap(world, { environment: 'production' })
    issueTitle = issue.title
    pendingState = snapshot(world, 'production')
    ;({ result: promote, certificateId } = await uploadAndReply(world, {
      issueNumber: issue.number,
      environment: 'production'
    }))
  })
  afterAll(async () => {
    await world.close()
  })

  it('stores the pending stage in the environment', () => {
    expect(Object.keys(pendingState.secrets)).toEqual(['NETSUITE_PRIVATE_KEY_PENDING'])
    expect(Object.keys(pendingState.variables)).toEqual([
      'NETSUITE_CERTIFICATE_PENDING',
      'NETSUITE_CERTIFICATE_ID_STATE'
    ])
  })

  it('names the environment in the issue title', () => {
    expect(issueTitle).toContain('production')
  })

  it('promotes into the environment', () => {
    expectSucceeded(promote, 'promoted')
    const state = snapshot(world, 'production')
    expect(state.secrets).toEqual({
      NETSUITE_PRIVATE_KEY: pendingState.secrets.NETSUITE_PRIVATE_KEY_PENDING
    })
    const { NETSUITE_CERTIFICATE_ID_STATE: record, ...stages } = state.variables
    expect(stages).toEqual({
      NETSUITE_CERTIFICATE: pendingState.variables.NETSUITE_CERTIFICATE_PENDING,
      NETSUITE_CERTIFICATE_ID: certificateId
    })
    expect(JSON.parse(record)).toMatchObject({ promotion: { certificateId } })
  })

  it('writes nothing to the repository-level secrets and variables', () => {
    expect(snapshot(world)).toEqual({ secrets: {}, variables: {} })
    const repositoryLevel = world.github.log.filter(e =>
      /\/actions\/(secrets|variables)/.test(e.path)
    )
    expect(repositoryLevel).toEqual([])
    expect(world.github.log.some(e => e.path.includes('/environments/production/secrets/'))).toBe(
      true
    )
  })

  it('verifies with the environment credentials', async () => {
    const result = await world.step('verify', { environment: 'production' })
    expect(result.outputs.status).toBe('verified')
    expect(result.outputs['certificate-id']).toBe(certificateId)
  })
})

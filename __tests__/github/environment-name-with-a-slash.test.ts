// GitHub environment names may contain `/` (the API wants it as %2F): a rotation and its
// promotion work in `prod/eu`; a name with a control character is refused before anything is
// written, without the name turning into a workflow command.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import { bootstrap, expectSucceeded, snapshot, uploadAndReply, writesIn } from '../e2e/helpers.js'

describe('an environment named prod/eu', () => {
  let world: World

  beforeAll(async () => {
    world = await startWorld({ environments: ['prod/eu'] })
  })
  afterAll(async () => {
    await world.close()
  })

  it('holds the pending stage, then the promoted credentials, and the repository nothing', async () => {
    await bootstrap(world, { environment: 'prod/eu' })
    expect(Object.keys(snapshot(world, 'prod/eu').secrets)).toEqual([
      'NETSUITE_PRIVATE_KEY_PENDING'
    ])
    const { result, certificateId } = await uploadAndReply(world, { environment: 'prod/eu' })
    expectSucceeded(result, 'promoted')
    expect(snapshot(world, 'prod/eu').variables.NETSUITE_CERTIFICATE_ID).toBe(certificateId)
    expect(snapshot(world)).toEqual({ secrets: {}, variables: {} })
    expect(world.github.log.some(e => e.path.includes('/environments/prod%2Feu/secrets/'))).toBe(
      true
    )
  })

  it('a name with a newline is refused without echoing it, and nothing is written', async () => {
    const before = world.github.log.length
    const result = await world.step('rotate', {
      environment: 'prod/eu',
      inputs: { environment: 'prod/eu\n::warning::injected' }
    })
    expect(result.exitCode).not.toBe(0)
    // The injected workflow command never became an annotation of its own.
    expect(result.annotations.filter(a => a.level === 'warning')).toEqual([])
    expect(result.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: expect.stringMatching(/^environment contains a line break/)
      })
    )
    expect(result.annotations.map(a => a.message).join('\n')).not.toContain('injected')
    expect(writesIn(world.github.log.slice(before))).toEqual([])
  })
})

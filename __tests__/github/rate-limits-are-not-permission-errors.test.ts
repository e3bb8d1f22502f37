// GitHub's rate limits, met by the shipped action: a secondary limit is waited out as GitHub
// asks and the run succeeds; a primary limit that resets later fails the run saying when,
// never blaming admin-token's permissions. Only these requests are limited: the emulator
// answers with rate limits only when a test asks.
import { describe, it, expect, beforeEach, afterEach } from '@jest/globals'
import { COMPRESSED_TIME, startWorld, type World } from '../../sandbox/world.js'
import { EC, expectSucceeded, writesIn } from '../e2e/helpers.js'

const PENDING_KEY = '/repos/acme/erp-sync/actions/secrets/NETSUITE_PRIVATE_KEY_PENDING'

describe('rate limits during a rotation', () => {
  let world: World

  beforeEach(async () => {
    world = await startWorld()
  })
  afterEach(async () => {
    await world.close()
  })

  it('a secondary limit on a write is waited out and the rotation starts', async () => {
    world.github.injectFault({
      method: 'PUT',
      path: PENDING_KEY,
      rateLimit: 'secondary',
      retryAfter: 1
    })
    // The action's clock sees the full second pass; the run waits a fraction of it.
    const result = await world.step('check', { inputs: EC, timeScale: COMPRESSED_TIME })
    expectSucceeded(result, 'rotation-started')
    expect(world.github.secret('NETSUITE_PRIVATE_KEY_PENDING')).toBeDefined()
    expect(world.github.log.filter(e => e.path === PENDING_KEY).map(e => e.status)).toEqual([
      403, 201
    ])
    expect(result.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringMatching(/secondary rate limit.*waiting 1 s/)
      })
    )
  })

  it('a primary limit that resets in half an hour fails the run saying when', async () => {
    world.github.injectFault({
      method: 'PUT',
      path: PENDING_KEY,
      rateLimit: 'primary',
      resetIn: 1800
    })
    const result = await world.step('check', { inputs: EC })
    expect(result.exitCode).not.toBe(0)
    const errors = result.annotations.filter(a => a.level === 'error').map(a => a.message)
    expect(errors.join('\n')).toMatch(/rate limit for admin-token is used up until \d{4}-/)
    expect(errors.join('\n')).not.toMatch(/cannot write Actions secrets/)
    expect(world.github.log.filter(e => e.path === PENDING_KEY)).toHaveLength(1)
    expect(writesIn(world.github.log).filter(e => e.status < 300)).toEqual([])
  })
})

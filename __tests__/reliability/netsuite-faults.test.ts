// NetSuite's token endpoint misbehaving: 503s, dropped connections and a
// request that never answers are retried a bounded number of times; OAuth
// refusals (invalid_client, invalid_grant) are final: one request, and a
// refused promotion writes no secret or variable.
//
// One world: the seeded current generation and the staged second promotion
// (its rotation run through the action) are made once; each case restores the
// one it starts from (world.restore), clock included, faults disarmed.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { Fault } from '../../sandbox/netsuite/types.js'
import { COMPRESSED_TIME, startWorld, type SavedWorld, type World } from '../../sandbox/world.js'
import {
  errors,
  seedCurrent,
  stagedPromotion,
  writesIn,
  expectClean,
  type Generation,
  type Staged
} from './helpers.js'

const TOKEN = '/services/rest/auth/oauth2/v1/token'
/** The action's bound: attempts per token exchange (src/netsuite/http.ts DEFAULT_RETRY). */
const MAX_ATTEMPTS = 4

function tokenRequests(world: World, since: number): number {
  return world.netsuite.log.slice(since).filter(entry => entry.path.includes(TOKEN)).length
}

let world: World
let a: Generation
/** A current generation seeded, nothing else: all verify reads. */
let seeded: SavedWorld
let staged: Staged
/** A seeded, rotated to B through the action, B uploaded and the admin's reply posted. */
let bPending: SavedWorld

beforeAll(async () => {
  // Compressed time: the 20 s request timeout and the retry backoffs pass in a fraction of
  // that, while the action's clock (and the emulators') still sees them take their full length.
  world = await startWorld({ timeScale: COMPRESSED_TIME })
  const empty = world.save()
  a = seedCurrent(world)
  seeded = world.save()
  world.restore(empty)
  staged = await stagedPromotion(world)
  bPending = world.save()
})
afterAll(async () => {
  await world.close()
})

describe('verify against a token endpoint that fails for a while', () => {
  const cases: { name: string; fault: Fault; requests: number; succeeds: boolean }[] = [
    {
      name: '503 once',
      fault: { path: TOKEN, status: 503, count: 1 },
      requests: 2,
      succeeds: true
    },
    {
      name: '503 three times',
      fault: { path: TOKEN, status: 503, count: 3 },
      requests: 4,
      succeeds: true
    },
    {
      name: 'connection dropped once',
      fault: { path: TOKEN, drop: true, count: 1 },
      requests: 2,
      succeeds: true
    },
    // No answer within the 20 s request timeout, then an answer.
    {
      name: 'no answer once (timeout)',
      fault: { path: TOKEN, hang: true, count: 1 },
      requests: 2,
      succeeds: true
    },
    {
      name: '503 persistently',
      fault: { path: TOKEN, status: 503, count: 50 },
      requests: MAX_ATTEMPTS,
      succeeds: false
    },
    {
      name: 'connection dropped persistently',
      fault: { path: TOKEN, drop: true, count: 50 },
      requests: MAX_ATTEMPTS,
      succeeds: false
    }
  ]

  describe.each(cases)('$name', ({ fault, requests, succeeds }) => {
    it(`${succeeds ? 'succeeds' : 'fails loudly'} after exactly ${requests} token requests`, async () => {
      // verify reads only the current stage: seeded, no rotation needed (one action run less).
      world.restore(seeded)
      expect(a.certificateId).not.toBe('')
      const since = world.netsuite.log.length
      world.netsuite.injectFault(fault)
      const result = await world.step('verify')
      expect(tokenRequests(world, since)).toBe(requests)
      if (succeeds) {
        expectClean(result, 'verified')
      } else {
        expect(result.exitCode).not.toBe(0)
        expect(errors(result).join('\n')).toMatch(/NetSuite/)
      }
    }, 150_000)
  })
})

describe('OAuth refusals are never retried', () => {
  const refusals: { name: string; status: number; body: Record<string, string> }[] = [
    { name: 'invalid_client', status: 401, body: { error: 'invalid_client' } },
    {
      name: 'invalid_grant',
      status: 400,
      body: { error: 'invalid_grant', error_description: 'assertion expired' }
    }
  ]

  describe.each(refusals)('$name', ({ status, body }) => {
    it('verify makes one token request and fails', async () => {
      world.restore(seeded)
      const since = world.netsuite.log.length
      world.netsuite.injectFault({ path: TOKEN, status, body, count: 5 })
      const result = await world.step('verify')
      expect(tokenRequests(world, since)).toBe(1)
      expect(result.exitCode).not.toBe(0)
      expect(errors(result).join('\n')).toContain(body.error)
    })

    it('promote makes one token request, writes no secret or variable, and only comments on the issue', async () => {
      world.restore(bPending)
      const { event } = staged
      // The stages, not the record (which remembers the ID replied with).
      const stages = (): unknown => ({
        secrets: world.github.secrets(),
        variables: world.github.variables().filter(v => v.name !== 'NETSUITE_CERTIFICATE_ID_STATE')
      })
      const before = stages()
      const logSince = world.github.log.length
      const since = world.netsuite.log.length
      world.netsuite.injectFault({ path: TOKEN, status, body, count: 5 })
      const result = await world.step('promote', { event })
      expect(tokenRequests(world, since)).toBe(1)
      expect(result.exitCode).not.toBe(0)
      expect(result.outputs.status).toBe('failed')
      expect(stages()).toEqual(before)
      const written = writesIn(world.github.log.slice(logSince)).map(e => `${e.method} ${e.path}`)
      expect(written).toEqual([
        'POST /repos/acme/erp-sync/issues/1/comments',
        'PATCH /repos/acme/erp-sync/actions/variables/NETSUITE_CERTIFICATE_ID_STATE'
      ])
      expect(world.github.issue(1)?.state).toBe('open')
      expect(world.github.issue(1)?.comments.at(-1)?.body).toContain(body.error)
    })
  })
})

// Every request the action sends names it, with its version, as a User-Agent: GitHub,
// NetSuite and the webhook can tell this action's traffic from anything else's (in audit
// logs, allow lists and support cases).
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { startWorld, type World } from '../../sandbox/world.js'
import { firstGeneration } from './helpers.js'

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
const NAME = `netsuite-m2m-rotate/${version}`

describe('the User-Agent of every request', () => {
  let world: World

  beforeAll(async () => {
    world = await startWorld({ webhook: true })
    await firstGeneration(world)
  }, 60_000)
  afterAll(async () => {
    await world.close()
  })

  it('GitHub: begins with netsuite-m2m-rotate/<version>', () => {
    expect(world.github.log.length).toBeGreaterThan(0)
    const agents = new Set(world.github.log.map(e => e.userAgent?.split(' ')[0]))
    expect([...agents]).toEqual([NAME])
  })

  it('NetSuite: netsuite-m2m-rotate/<version>', () => {
    expect(world.netsuite.log.length).toBeGreaterThan(0)
    expect(new Set(world.netsuite.log.map(e => e.userAgent))).toEqual(new Set([NAME]))
  })

  it('the webhook: netsuite-m2m-rotate/<version>', () => {
    expect(world.webhook!.requests.length).toBeGreaterThan(0)
    expect(new Set(world.webhook!.requests.map(r => r.headers['user-agent']))).toEqual(
      new Set([NAME])
    )
  })
})

/**
 * GitHub disables scheduled workflows in public repositories after 60 days
 * without activity; a scheduled check keeps its own workflow enabled through the
 * Actions API, and only warns when the token may not. Each case starts from the
 * same world with a current pair (seeded by openssl and registered in NetSuite: keepalive
 * reads nothing a promotion leaves), restored before each.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startWorld, type SavedWorld, type World } from '../../sandbox/world.js'
import { seedCurrent } from '../reliability/helpers.js'

const WORKFLOW_REF = 'acme/erp-sync/.github/workflows/netsuite-certificate.yml@refs/heads/main'
const SCHEDULE = { name: 'schedule', payload: { schedule: '17 6 * * *' } }

describe('keepalive', () => {
  let world: World
  let promoted: SavedWorld
  beforeAll(async () => {
    world = await startWorld()
    seedCurrent(world)
    promoted = world.save()
  })
  afterAll(async () => {
    await world.close()
  })
  beforeEach(() => {
    world.restore(promoted)
  })

  it('a scheduled check enables its own workflow', async () => {
    world.github.workflows[0].state = 'disabled_inactivity'
    const result = await world.step('check', {
      event: SCHEDULE,
      env: { GITHUB_WORKFLOW_REF: WORKFLOW_REF }
    })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.status).toBe('ok')
    const enables = world.github.log.filter(e => e.method === 'PUT' && e.path.endsWith('/enable'))
    expect(enables.map(e => e.path)).toEqual([
      '/repos/acme/erp-sync/actions/workflows/netsuite-certificate.yml/enable'
    ])
    expect(enables[0].token).toBe('github')
    expect(world.github.workflows[0].state).toBe('active')
  })

  it('is skipped outside schedules and with keepalive: false', async () => {
    await world.step('check', { env: { GITHUB_WORKFLOW_REF: WORKFLOW_REF } })
    await world.step('check', {
      event: SCHEDULE,
      env: { GITHUB_WORKFLOW_REF: WORKFLOW_REF },
      inputs: { keepalive: 'false' }
    })
    expect(world.github.log.filter(e => e.path.endsWith('/enable'))).toEqual([])
  })

  it('warns, and does not fail, when github-token lacks actions: write', async () => {
    const noActions = world.github.addToken('no-actions', {
      issues: true,
      secrets: false,
      variables: false,
      actions: false
    })
    const result = await world.step('check', {
      event: SCHEDULE,
      env: { GITHUB_WORKFLOW_REF: WORKFLOW_REF },
      githubToken: noActions
    })
    expect(result.exitCode).toBe(0)
    const warning = result.annotations.find(
      a => a.level === 'warning' && /keepalive/.test(a.message)
    )
    expect(warning?.message).toMatch(/actions: write/)
  })
})

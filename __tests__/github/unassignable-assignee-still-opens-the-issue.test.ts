// An `issue-assignees` login GitHub cannot assign makes it refuse the issue (422); the
// rotation still opens its issue, without that login, and warns naming it.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import { bootstrap } from '../e2e/helpers.js'

describe('issue-assignees naming someone who cannot be assigned', () => {
  let world: World

  beforeAll(async () => {
    world = await startWorld()
  })
  afterAll(async () => {
    await world.close()
  })

  it('opens the issue with the others and warns naming the login', async () => {
    const { result, issue } = await bootstrap(world, {
      inputs: { 'issue-assignees': 'admin-alice, mallory' }
    })
    expect(issue.assignees).toEqual(['admin-alice'])
    expect(issue.labels).toContain('netsuite-certificate')
    const warnings = result.annotations.filter(a => a.level === 'warning').map(a => a.message)
    expect(warnings).toContainEqual(expect.stringMatching(/cannot assign mallory\b/))
    const refused = world.github.log.filter(e => e.method === 'POST' && e.status === 422)
    expect(refused).toHaveLength(1)
  })
})

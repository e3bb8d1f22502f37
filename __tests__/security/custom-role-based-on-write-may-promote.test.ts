// Organizations give people custom repository roles. GitHub's collaborator
// permission answer names the custom role in `role_name` and its base role in
// `permission`; a custom role based on write counts as write and may promote.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { bootstrap, EC, uploadAndReply } from '../e2e/helpers.js'

describe('/certificate-id from a custom role based on write', () => {
  let world: World
  let result: RunResult
  let certificateId: string

  beforeAll(async () => {
    world = await startWorld()
    world.github.setCustomRole('deployer-dana', 'deployer', 'write')
    await bootstrap(world, { inputs: EC })
    ;({ result, certificateId } = await uploadAndReply(world, { user: 'deployer-dana' }))
  })
  afterAll(async () => {
    await world.close()
  })

  it('promotes', () => {
    expect({ exit: result.exitCode, status: result.outputs.status }).toEqual({
      exit: 0,
      status: 'promoted'
    })
    expect(world.github.variable('NETSUITE_CERTIFICATE_ID')?.value).toBe(certificateId)
    expect(world.github.issue(1)?.state).toBe('closed')
  })
})

// Anyone can comment on the rotation issue, including text that looks like the
// action's own bookkeeping. A promotion interrupted after it wrote the new
// credentials and then rerun must still leave its summary on the issue, however
// the comments by others are worded.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { ADMIN, bootstrap, EC } from '../e2e/helpers.js'
import { actionComments, OUTSIDER } from './helpers.js'

describe('a forged "promoted" comment on the rotation issue', () => {
  let world: World
  let certificateId: string
  let killed: RunResult
  let rerun: RunResult

  beforeAll(async () => {
    world = await startWorld()
    await bootstrap(world, { inputs: EC })
    world.github.addComment(
      1,
      'Looks done to me <!-- netsuite-m2m-rotate:promoted --> <!-- netsuite-m2m-rotate:v1 {} -->',
      OUTSIDER
    )
    certificateId = world.adminUploadsPending()
    const event = world.comment(1, `/certificate-id ${certificateId}`, ADMIN)
    killed = await world.step('promote', {
      event,
      killWhen: line => line.trim() === 'write variable NETSUITE_CERTIFICATE (repository): done'
    })
    rerun = await world.step('promote', { event })
  })
  afterAll(async () => {
    await world.close()
  })

  it('the first run was interrupted after writing the current certificate', () => {
    expect(killed.killed).toBe(true)
  })

  it('the rerun finishes the promotion', () => {
    expect({ exit: rerun.exitCode, status: rerun.outputs.status }).toEqual({
      exit: 0,
      status: 'promoted'
    })
    expect(world.github.variable('NETSUITE_CERTIFICATE_ID')?.value).toBe(certificateId)
  })

  it('the issue is closed with the promotion summary', () => {
    const issue = world.github.issue(1)
    expect(issue?.state).toBe('closed')
    const summaries = actionComments(issue).filter(body =>
      body.includes(`NetSuite accepted certificate \`${certificateId}\``)
    )
    expect(summaries).toHaveLength(1)
  })
})

// A 307 from the token endpoint must not re-post the signed assertion to the host it
// names, and a token that host hands out must never count as NetSuite's proof.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { ADMIN, bootstrap, snapshot, withoutRecord, theOpenIssue } from '../e2e/helpers.js'
import { startCaptureServer, type CaptureServer } from './capture-server.js'

let world: World
let elsewhere: CaptureServer
let promote: RunResult
let before: ReturnType<typeof snapshot>
let issueNumber: number

beforeAll(async () => {
  world = await startWorld()
  elsewhere = await startCaptureServer()
  await bootstrap(world)
  issueNumber = theOpenIssue(world).number
  const certificateId = world.adminUploadsPending()
  before = snapshot(world)
  world.netsuite.injectFault({
    path: '/token',
    redirectTo: `${elsewhere.url}/services/rest/auth/oauth2/v1/token`
  })
  const event = world.comment(issueNumber, `/certificate-id ${certificateId}`, ADMIN)
  promote = await world.step('promote', { event })
})

afterAll(async () => {
  await world.close()
  await elsewhere.close()
})

describe('promote against a token endpoint that redirects', () => {
  it('sends nothing to the host the redirect names', () => {
    expect(elsewhere.requests).toEqual([])
    expect(world.netsuite.log.filter(e => e.path.endsWith('/token')).at(-1)?.status).toBe(307)
  })

  it('fails without promoting: the pending pair stays pending', () => {
    expect(promote.exitCode).not.toBe(0)
    expect(promote.outputs.status).toBe('failed')
    expect(withoutRecord(snapshot(world))).toEqual(withoutRecord(before))
  })

  it('says the redirect was refused and how to fix it', () => {
    const errors = promote.annotations.filter(a => a.level === 'error').map(a => a.message)
    expect(errors.join('\n')).toMatch(/answered with a redirect \(HTTP 307\)/)
    expect(errors.join('\n')).toMatch(/Redirects are refused, never followed/)
    const comment = theOpenIssue(world).comments.at(-1)?.body ?? ''
    expect(comment).toMatch(/nothing was changed/)
    expect(comment).toMatch(/Redirects are refused, never followed/)
  })
})

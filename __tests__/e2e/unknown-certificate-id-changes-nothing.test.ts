// An admin replies with an ID NetSuite does not know (a typo, another
// account's ID): NetSuite refuses the token, and nothing may change.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { HINTS } from '../../src/netsuite/errors.js'
import { ADMIN, bootstrap, snapshot, withoutRecord, theOpenIssue } from './helpers.js'

// Syntactically a NetSuite certificate ID (43 characters of [A-Za-z0-9_-]), but never uploaded.
const UNKNOWN_ID = 'Zq0Yb3kQm9XlT1vR8sWc2Nd4Hf6Jg7Ka5Pe-Ur_Ii0o'

describe('/certificate-id with an ID NetSuite does not know', () => {
  let world: World
  let result: RunResult
  let before: ReturnType<typeof snapshot>
  let issueNumber: number
  let githubRequestsBefore: number

  beforeAll(async () => {
    world = await startWorld()
    issueNumber = (await bootstrap(world)).issue.number
    world.adminUploadsPending() // the real upload happened; the admin copied the wrong ID
    before = snapshot(world)
    githubRequestsBefore = world.github.log.length
    result = await world.step('promote', {
      event: world.comment(issueNumber, `/certificate-id ${UNKNOWN_ID}`, ADMIN)
    })
  })
  afterAll(async () => {
    await world.close()
  })

  it('fails the step with status failed', () => {
    expect(result.exitCode).not.toBe(0)
    expect(result.exitCode).not.toBeNull()
    expect(result.outputs.status).toBe('failed')
    expect(
      result.annotations
        .filter(a => a.level === 'error')
        .map(a => a.message)
        .join('\n')
    ).toContain('invalid_client')
  })

  it('asked NetSuite with that ID, which NetSuite refused as invalid_client', () => {
    const tokenRequests = world.netsuite.log.filter(e => e.path.endsWith('/token'))
    expect(tokenRequests).toHaveLength(1)
    expect(tokenRequests[0].header?.kid).toBe(UNKNOWN_ID)
    expect(tokenRequests[0]).toMatchObject({
      verdict: 'refused',
      error: 'invalid_client',
      status: 401
    })
  })

  it("comments NetSuite's error code and what usually causes it", () => {
    const comments = world.github.issue(issueNumber)?.comments ?? []
    const last = comments[comments.length - 1]
    expect(last.user.login).toBe('github-actions[bot]')
    expect(last.body).toContain('invalid_client')
    expect(last.body).toContain(HINTS.invalid_client)
    expect(last.body).toMatch(/nothing was changed/i)
  })

  it('changes no secret or variable and keeps the issue open', () => {
    expect(withoutRecord(snapshot(world))).toEqual(withoutRecord(before))
    expect(theOpenIssue(world).number).toBe(issueNumber)
    const writes = world.github.log.slice(githubRequestsBefore).filter(e => e.method !== 'GET')
    // The refusal comment, and the record remembering the ID replied with (so that a restart
    // dropping this rotation can name it for revocation), are the only writes.
    expect(writes.map(e => `${e.method} ${e.path}`)).toEqual([
      `POST /repos/acme/erp-sync/issues/${issueNumber}/comments`,
      'PATCH /repos/acme/erp-sync/actions/variables/NETSUITE_CERTIFICATE_ID_STATE'
    ])
  })
})

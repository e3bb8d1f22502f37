// Only write, maintain or admin may promote: a `/certificate-id` reply by a
// reader or a triager gets an answer saying so, and nothing changes.
import { describe, it, expect, beforeAll } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { bootstrap, describeRun, prepareOnce, snapshot, theOpenIssue } from './helpers.js'

// Both replies answer the same open rotation: bootstrapped once, restored per case.
const bootstrapped = prepareOnce(async () => {
  const world = await startWorld()
  return { world, issueNumber: (await bootstrap(world)).issue.number }
})

describe.each(['reader-rita', 'triage-tom'])('a /certificate-id reply by %s', user => {
  let world: World
  let result: RunResult
  let before: ReturnType<typeof snapshot>
  let netsuiteRequestsBefore: number
  let issueNumber: number
  let commentsBefore: number
  let githubRequestsBefore: number

  beforeAll(async () => {
    ;({ world, issueNumber } = bootstrapped())
    // A real, uploaded certificate ID: refusing it must come from the permission, not NetSuite.
    const certificateId = world.adminUploadsPending()
    before = snapshot(world)
    netsuiteRequestsBefore = world.netsuite.log.length
    const event = world.comment(issueNumber, `/certificate-id ${certificateId}`, user)
    commentsBefore = world.github.issue(issueNumber)?.comments.length ?? 0
    githubRequestsBefore = world.github.log.length
    result = await world.step('promote', { event })
  })

  it('exits 0', () => {
    if (result.exitCode !== 0) throw new Error(describeRun(result))
    expect(result.exitCode).toBe(0)
  })

  it('replies on the issue naming the permission needed', () => {
    const comments = world.github.issue(issueNumber)?.comments ?? []
    expect(comments).toHaveLength(commentsBefore + 1)
    const reply = comments[comments.length - 1]
    expect(reply.user.login).toBe('github-actions[bot]')
    expect(reply.body).toContain(`@${user}`)
    expect(reply.body).toMatch(/permission/i)
    expect(reply.body).toMatch(/write/)
  })

  it('changes no secret or variable and leaves the issue open', () => {
    expect(snapshot(world)).toEqual(before)
    expect(theOpenIssue(world).number).toBe(issueNumber)
    const writes = world.github.log.slice(githubRequestsBefore).filter(e => e.method !== 'GET')
    // The reply is the only write.
    expect(writes.map(e => `${e.method} ${e.path}`)).toEqual([
      `POST /repos/acme/erp-sync/issues/${issueNumber}/comments`
    ])
  })

  it('asks NetSuite for nothing', () => {
    expect(world.netsuite.log.slice(netsuiteRequestsBefore)).toEqual([])
    expect(world.netsuite.issuedTokens).toEqual([])
  })
})

// The happy path: the admin uploads the certificate and replies with its ID;
// the pending credentials become current and the issue closes.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import {
  bootstrap,
  expectSucceeded,
  openRotationIssues,
  snapshot,
  uploadAndReply,
  pendingPair
} from './helpers.js'

describe('an admin uploads the certificate and replies /certificate-id', () => {
  let world: World
  let result: RunResult
  let certificateId: string
  let pending: { key: string; certificate: string }
  let issueNumber: number

  beforeAll(async () => {
    world = await startWorld()
    issueNumber = (await bootstrap(world)).issue.number
    pending = pendingPair(world)
    ;({ result, certificateId } = await uploadAndReply(world, { issueNumber }))
  })
  afterAll(async () => {
    await world.close()
  })

  it('reports promoted and exits 0', () => {
    expectSucceeded(result, 'promoted')
    expect(result.outputs['certificate-id']).toBe(certificateId)
  })

  it('makes the former pending key, certificate and the ID current', () => {
    const state = snapshot(world)
    expect(pending.key).toContain('PRIVATE KEY')
    expect(state.secrets.NETSUITE_PRIVATE_KEY).toBe(pending.key)
    expect(state.variables.NETSUITE_CERTIFICATE).toBe(pending.certificate)
    expect(state.variables.NETSUITE_CERTIFICATE_ID).toBe(certificateId)
  })

  it('deletes the pending secret and variable and keeps no previous stage (there was none)', () => {
    const state = snapshot(world)
    expect(Object.keys(state.secrets)).toEqual(['NETSUITE_PRIVATE_KEY'])
    expect(state.variables.NETSUITE_CERTIFICATE_PENDING).toBeUndefined()
    expect(Object.keys(state.variables).filter(name => /PENDING|PREVIOUS/.test(name))).toEqual([])
  })

  it('closes the issue with a summary comment', () => {
    expect(openRotationIssues(world)).toEqual([])
    const issue = world.github.issue(issueNumber)
    expect(issue?.state).toBe('closed')
    const last = issue?.comments[issue.comments.length - 1]
    expect(last?.user.login).toBe('github-actions[bot]')
    expect(last?.body).toContain(certificateId)
    expect(last?.body).toContain(result.outputs.fingerprint)
  })

  it('outputs the access token NetSuite issued, masked', () => {
    const issued = world.netsuite.issuedTokens
    expect(issued).toHaveLength(1)
    expect(issued[0].certificateId).toBe(certificateId)
    const token = issued[0].accessToken
    expect(result.outputs['access-token']).toBe(token)
    expect(result.masks).toContain(token)
    expect(result.rawStdout).toContain(`::add-mask::${token}`)
    expect(result.stdout).not.toContain(token)
    expect(result.summary).not.toContain(token)
  })
})

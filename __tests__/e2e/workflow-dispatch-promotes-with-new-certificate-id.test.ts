// Promotion without a comment: a maintainer runs the workflow by hand with the
// `new-certificate-id` input.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { bootstrap, expectSucceeded, openRotationIssues, snapshot, pendingPair } from './helpers.js'

describe('promote on workflow_dispatch with new-certificate-id', () => {
  let world: World
  let result: RunResult
  let certificateId: string
  let pending: { key: string; certificate: string }
  let issueNumber: number

  beforeAll(async () => {
    world = await startWorld()
    issueNumber = (await bootstrap(world)).issue.number
    pending = pendingPair(world)
    certificateId = world.adminUploadsPending()
    result = await world.step('promote', {
      event: {
        name: 'workflow_dispatch',
        payload: { inputs: { 'certificate-id': certificateId } }
      },
      inputs: { 'new-certificate-id': certificateId }
    })
  })
  afterAll(async () => {
    await world.close()
  })

  it('reports promoted and exits 0', () => {
    expectSucceeded(result, 'promoted')
  })

  it('makes the pending credentials current and removes the pending stage', () => {
    const state = snapshot(world)
    expect(state.secrets).toEqual({ NETSUITE_PRIVATE_KEY: pending.key })
    const { NETSUITE_CERTIFICATE_ID_STATE: record, ...stages } = state.variables
    expect(stages).toEqual({
      NETSUITE_CERTIFICATE: pending.certificate,
      NETSUITE_CERTIFICATE_ID: certificateId
    })
    // The record no longer holds an open rotation; it names the promotion and its issue.
    const parsed = JSON.parse(record) as { rotation?: unknown; promotion?: unknown }
    expect(parsed.rotation).toBeUndefined()
    expect(parsed.promotion).toMatchObject({ certificateId, issue: issueNumber })
  })

  it('finds and closes the rotation issue by itself', () => {
    expect(openRotationIssues(world)).toEqual([])
    expect(world.github.issue(issueNumber)?.state).toBe('closed')
    expect(result.outputs['issue-number']).toBe(String(issueNumber))
  })

  it('proved the ID with NetSuite before writing', () => {
    expect(world.netsuite.issuedTokens.map(t => t.certificateId)).toEqual([certificateId])
    expect(result.outputs['access-token']).toBe(world.netsuite.issuedTokens[0].accessToken)
  })
})

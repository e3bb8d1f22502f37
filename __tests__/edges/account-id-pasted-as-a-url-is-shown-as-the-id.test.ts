// A user pastes the browser's address as account-id. It works, and every title, log
// line and summary names the account by its ID, never by the pasted text.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { bootstrap } from '../e2e/helpers.js'
import type { Issue } from '../../sandbox/github/index.js'

const PASTED =
  'https://1234567-sb1.app.netsuite.com/app/center/card.nl?sc=-29&whence=[x](https://evil.example)'

let world: World
let result: RunResult
let issue: Issue

beforeAll(async () => {
  world = await startWorld()
  ;({ result, issue } = await bootstrap(world, { inputs: { 'account-id': PASTED } }))
})

afterAll(async () => {
  await world.close()
})

describe('account-id pasted as a URL', () => {
  it('titles the rotation issue with the account ID', () => {
    expect(issue.title).toMatch(/^NetSuite 1234567_SB1: /)
    expect(issue.body).not.toContain('app.netsuite.com')
    expect(issue.body).not.toContain('evil.example')
  })

  it('names the account ID in the summary and the log, never the pasted URL', () => {
    expect(result.summary).toContain('## NetSuite M2M credentials: 1234567_SB1')
    expect(result.summary).not.toContain('card.nl')
    expect(result.rawStdout).not.toContain('card.nl')
  })
})

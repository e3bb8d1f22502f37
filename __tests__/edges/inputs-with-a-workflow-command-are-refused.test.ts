// An account-id pasted with a line break and `::warning::…`, or an environment with
// one, must not become an annotation: every input that is shown is one line of
// plain text, else an ::error:: naming it, a non-zero exit, and nothing written.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import { EC, writesIn } from '../e2e/helpers.js'

let world: World

beforeAll(async () => {
  world = await startWorld({ environments: ['production'] })
})

afterAll(async () => {
  await world.close()
})

describe('inputs holding a workflow command', () => {
  it.each([
    [
      'account-id',
      'https://1234567-sb1.app.netsuite.com/app/center/card.nl\n::warning::injected by account-id',
      /^account-id contains a line break at character 56: it is shown in logs and issues/
    ],
    [
      'environment',
      'production\n::warning::injected by environment',
      /^environment contains a line break at character 11/
    ],
    ['subject', 'CN=x\r::warning::injected by subject', /^subject contains a line break/],
    [
      'issue-label',
      'netsuite\u001b[31m::warning::injected by issue-label',
      /^issue-label contains the control character U\+001B/
    ]
  ])('refuses %s before anything is sent', async (name, value, message) => {
    const githubRequests = world.github.log.length
    const netsuiteRequests = world.netsuite.log.length
    const result = await world.step('check', { inputs: { ...EC, [name]: value } })
    expect(result.exitCode).not.toBe(0)
    expect(result.annotations.map(a => a.level)).toEqual(['error'])
    expect(result.annotations[0].message).toMatch(message)
    expect(result.rawStdout).not.toContain('injected')
    expect(result.outputs).toEqual({})
    expect(world.github.log.length).toBe(githubRequests)
    expect(writesIn(world.github.log)).toEqual([])
    expect(world.netsuite.log.length).toBe(netsuiteRequests)
    expect(world.github.issues()).toEqual([])
  })
})

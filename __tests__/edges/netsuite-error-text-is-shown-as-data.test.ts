// NetSuite refuses a promotion with an answer full of markup and a workflow command.
// Its code is not a known OAuth code, so it is shown as unexpected_error; its
// description is redacted, cut to 300 characters and shown only as inline code.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { ADMIN, bootstrap, theOpenIssue } from '../e2e/helpers.js'
import { outsideCode } from './capture-server.js'

let world: World
let promote: RunResult
let comment: string

beforeAll(async () => {
  world = await startWorld()
  await bootstrap(world)
  const issue = theOpenIssue(world)
  const certificateId = world.adminUploadsPending()
  world.netsuite.injectFault({
    path: '/token',
    status: 400,
    body: {
      error:
        '[pay here](https://evil.example/pay) @admin-alice\n```pem\n-----BEGIN CERTIFICATE-----',
      error_description: `see [this](https://evil.example) @admin-alice\n::warning::injected by NetSuite\nclient ${world.clientId} ${'z'.repeat(600)}`
    }
  })
  const event = world.comment(issue.number, `/certificate-id ${certificateId}`, ADMIN)
  promote = await world.step('promote', { event })
  comment = theOpenIssue(world).comments.at(-1)?.body ?? ''
})

afterAll(async () => {
  await world.close()
})

describe('a refusal whose text is markup', () => {
  it('fails the promotion and comments with the code as unexpected_error', () => {
    expect(promote.outputs.status).toBe('failed')
    expect(comment).toMatch(/nothing was changed/)
    expect(comment).toContain('NetSuite answered `unexpected_error` (HTTP 400)')
  })

  it('puts no link, mention or code fence of NetSuite into the comment', () => {
    expect(comment).not.toContain('evil.example')
    expect(outsideCode(comment)).not.toContain('@admin-alice')
    expect(comment).not.toContain('```')
    expect(comment).not.toContain('BEGIN CERTIFICATE')
  })

  it('shows the description in the log only as one line of inline code, cut and redacted', () => {
    const error = promote.annotations.find(a => a.level === 'error')?.message ?? ''
    const shown = /NetSuite answered `unexpected_error` \(HTTP 400\): `([^`]*)`/.exec(error)?.[1]
    expect(shown).toBeDefined()
    expect(
      shown!.startsWith(
        'see [this](https://evil.example) @admin-alice ::warning::injected by NetSuite client [redacted] zzz'
      )
    ).toBe(true)
    expect(shown!.length).toBeLessThanOrEqual(300)
    const errorLines = promote.rawStdout.split('\n').filter(line => line.startsWith('::error'))
    expect(errorLines).toHaveLength(1)
    expect(errorLines[0]).not.toContain(world.clientId)
    expect(promote.annotations.filter(a => a.level === 'warning')).toEqual([])
    expect(promote.rawStdout).not.toMatch(/^::warning::injected/m)
  })

  it('keeps the summary free of NetSuite markup outside code', () => {
    expect(promote.summary).toContain('`unexpected_error`')
    expect(outsideCode(promote.summary)).not.toContain('evil.example')
    expect(outsideCode(promote.summary)).not.toContain('@admin-alice')
  })
})

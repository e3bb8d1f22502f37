// docs/notifications.md's "What is sent" example is what the builder produces for those facts.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildNotification, type NotificationPayload } from '../../src/follow-up/notify-payload.js'

const readme = readFileSync(join(process.cwd(), 'docs', 'notifications.md'), 'utf8')

function example(): NotificationPayload {
  const section = readme.slice(readme.indexOf('## What is sent'))
  const block = /```json\n([\s\S]*?)\n```/.exec(section)
  if (!block) throw new Error('docs/notifications.md has no JSON example under "What is sent"')
  return JSON.parse(block[1]) as NotificationPayload
}

describe('the notification example in docs/notifications.md', () => {
  it('matches buildNotification for the facts it shows', () => {
    const shown = example()
    const n = shown.netsuite
    const fingerprint = Array.from({ length: 32 }, () => '00').join(':')
    const built = buildNotification(n.event, {
      account: n.account!,
      environment: n.environment!,
      status: n.status!,
      certificateId: n.certificateId!,
      fingerprint,
      expiresAt: new Date(n.expiresAt!),
      daysRemaining: n.daysRemaining!,
      serverUrl: 'https://github.com',
      repository: { owner: 'acme', repo: 'erp-sync' },
      runId: n.runUrl!.split('/').pop()!,
      issueNumber: Number(n.issueUrl!.split('/').pop())
    })
    expect(shown.text).toBe(built.text)
    // The README shortens the fingerprint; everything else is as built.
    expect({ ...shown.netsuite, fingerprint }).toEqual(built.netsuite)
  })
})

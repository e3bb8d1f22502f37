// A year and a half of one integration with notify-url set: every state change reaches the
// webhook once (reruns and repeated checks send nothing new), reminders once per threshold,
// failures every time, and no request ever carries a key, the client ID, a token or the
// admin token.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { X509Certificate } from 'node:crypto'
import { startWorld, type World } from '../../sandbox/world.js'
import {
  ADMIN,
  EC,
  advanceToDaysBeforeExpiry,
  bootstrap,
  expectSucceeded,
  pemLines,
  snapshot,
  stepExpecting,
  theOpenIssue,
  uploadAndReply
} from '../e2e/helpers.js'
import { eventsSince, sentSince, type SentNotification } from './sent.js'

describe('each state change is announced once', () => {
  let world: World
  const secrets = new Set<string>()
  /** Remembers every key the repository holds now, to look for in what was sent. */
  const collectSecrets = (): void => {
    for (const value of Object.values(snapshot(world).secrets)) {
      secrets.add(value)
      for (const line of pemLines(value)) secrets.add(line)
    }
  }

  /** promote on a reply, run twice as GitHub's "Re-run jobs" would. */
  const replyTwice = async (body: string): Promise<void> => {
    const event = world.comment(theOpenIssue(world).number, body, ADMIN)
    await world.step('promote', { event, runId: `reply-${body}` })
    collectSecrets()
    await world.step('promote', { event, runId: `reply-${body}` })
  }

  beforeAll(async () => {
    world = await startWorld({ webhook: true })
    await bootstrap(world)
    collectSecrets()
    await stepExpecting(world, 'check', 'rotation-pending', { inputs: EC })
    await replyTwice(`/certificate-id ${world.adminUploadsPending()}`)
    const first = snapshot(world).variables.NETSUITE_CERTIFICATE

    world.advanceDays(680)
    await stepExpecting(world, 'check', 'rotation-started', { inputs: EC })
    collectSecrets()
    const notAfter = new Date(new X509Certificate(first).validTo)
    advanceToDaysBeforeExpiry(world, notAfter, 14)
    await stepExpecting(world, 'check', 'rotation-pending', { inputs: EC })
    await stepExpecting(world, 'check', 'rotation-pending', { inputs: EC })
    advanceToDaysBeforeExpiry(world, notAfter, 7)
    await stepExpecting(world, 'check', 'rotation-pending', { inputs: EC })

    await replyTwice('/certificate-id NOT-THE-RIGHT-ID')
    const { result } = await uploadAndReply(world)
    expectSucceeded(result, 'promoted')
    collectSecrets()
    await stepExpecting(world, 'rollback', 'rolled-back', { runId: '900' })
    await stepExpecting(world, 'rollback', 'rolled-back', { runId: '900' })

    advanceToDaysBeforeExpiry(world, notAfter, -1)
    await world.step('check', { inputs: EC })
    await world.step('check', { inputs: EC })
    for (const token of world.netsuite.issuedTokens) secrets.add(token.accessToken)
    secrets.add(world.clientId)
    secrets.add(world.github.tokens.admin)
    secrets.add(world.github.tokens.github)
  }, 180_000)
  afterAll(async () => {
    await world.close()
  })

  it('sends each state change once, each reminder threshold once and each failure', () => {
    expect(eventsSince(world)).toEqual([
      'rotation-started',
      'promoted',
      'rotation-started',
      'reminder',
      'reminder',
      'failed',
      'failed',
      'promoted',
      'rolled-back',
      'expired'
    ])
  })

  it('sends Slack-compatible JSON with the issue and run links', () => {
    for (const request of world.webhook!.requests) {
      expect(request.method).toBe('POST')
      expect(request.status).toBe(200)
      const body = request.json as SentNotification
      // The account as the workflow's account-id and the issues write it, not the host form.
      expect(body.text).toMatch(/^NetSuite 1234567_SB1: /)
      expect(body.netsuite.account).toBe('1234567_SB1')
      expect(request.body).not.toContain('1234567-sb1')
    }
    const sent = sentSince(world)
    expect(sent[0].netsuite.issueUrl).toMatch(/\/acme\/erp-sync\/issues\/1$/)
    expect(sent[0].text).toContain(sent[0].netsuite.issueUrl)
    const rolledBack = sent.find(s => s.netsuite.event === 'rolled-back')
    expect(rolledBack?.netsuite.runUrl).toMatch(/\/acme\/erp-sync\/actions\/runs\/900$/)
  })

  it('never sends a key, the client ID, an access token or a GitHub token', () => {
    expect(secrets.size).toBeGreaterThan(10)
    for (const request of world.webhook!.requests)
      for (const secret of secrets) expect(request.body).not.toContain(secret)
  })

  it('remembers what was sent in the rotation record, without secrets', () => {
    const record = JSON.parse(snapshot(world).variables.NETSUITE_CERTIFICATE_ID_STATE) as {
      notifications: Record<string, unknown>
    }
    expect(Object.keys(record.notifications).length).toBe(8)
  })
})

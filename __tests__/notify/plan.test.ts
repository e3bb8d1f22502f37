// Which notifications a run sends, given the record of those sent before.
import { describe, expect, it } from '@jest/globals'
import {
  crossedReminderThresholds,
  markSent,
  noNotificationsSent,
  planNotifications,
  type NotificationOccasion,
  type NotificationsSent
} from '../../src/follow-up/notify-plan.js'
import { DEFAULT_NOTIFY_ON, parseNotifyOn } from '../../src/inputs/notify-on.js'
import { type NotificationFacts } from '../../src/follow-up/notify-payload.js'
import { emptyRecord, parseRecord, serialiseRecord } from '../../src/rotation/record.js'

const DAY = 86_400_000
const NOW = new Date('2026-12-01T12:00:00Z')
const FP_OLD = 'AA:' + Array(31).fill('01').join(':')
const FP_NEW = 'BB:' + Array(31).fill('02').join(':')

function facts(overrides: Partial<NotificationFacts> = {}): NotificationFacts {
  return {
    account: '1234567-sb1',
    status: 'ok',
    certificateId: 'current-id',
    fingerprint: FP_OLD,
    expiresAt: new Date(NOW.getTime() + 20 * DAY),
    daysRemaining: 20,
    serverUrl: 'https://github.com',
    repository: { owner: 'acme', repo: 'erp-sync' },
    runId: '100',
    ...overrides
  }
}

const options = (now = NOW, notifyOn = DEFAULT_NOTIFY_ON) => ({ now, notifyOn })

/** One run: plan, deliver all, record. */
function run(
  sent: NotificationsSent,
  occasions: NotificationOccasion[],
  now = NOW
): { sent: NotificationsSent; events: string[] } {
  const planned = planNotifications(sent, occasions, options(now))
  return { sent: markSent(sent, planned, now), events: planned.map(p => p.event) }
}

describe('planNotifications', () => {
  it('announces a rotation once, however often the run is repeated', () => {
    const started: NotificationOccasion = {
      event: 'rotation-started',
      pendingFingerprint: FP_NEW,
      facts: facts({ status: 'rotation-started', issueNumber: 5 })
    }
    const first = run(noNotificationsSent(), [started])
    expect(first.events).toEqual(['rotation-started'])
    const rerun = run(first.sent, [started])
    expect(rerun.events).toEqual([])
    const nextDay = run(first.sent, [{ ...started, facts: facts({ runId: '101' }) }])
    expect(nextDay.events).toEqual([])
    // A restarted rotation has a new pending certificate: a new state change.
    const restarted = run(first.sent, [{ ...started, pendingFingerprint: 'CC:' + FP_NEW.slice(3) }])
    expect(restarted.events).toEqual(['rotation-started'])
  })

  it('reminds once per threshold, one message when several are crossed at once', () => {
    const remind = (daysLeft: number): NotificationOccasion => ({
      event: 'reminder',
      facts: facts({ expiresAt: new Date(NOW.getTime() + daysLeft * DAY) })
    })
    let sent = noNotificationsSent()
    const sentAt = (daysLeft: number): string[] => {
      const result = run(sent, [remind(daysLeft)])
      sent = result.sent
      return result.events
    }
    expect(sentAt(20)).toEqual([]) // no threshold crossed yet
    expect(sentAt(14)).toEqual(['reminder'])
    expect(sentAt(13.5)).toEqual([])
    expect(sentAt(14)).toEqual([]) // a rerun of the day
    expect(sentAt(2.5)).toEqual(['reminder']) // 7 and 3 crossed together: one message
    expect(sentAt(2)).toEqual([])
    expect(sentAt(0.5)).toEqual(['reminder'])
    expect(sentAt(0.25)).toEqual([])
    expect(sentAt(-1)).toEqual([]) // expired: the expired event says so, not a reminder
    expect(Object.keys(sent).filter(key => key.startsWith('reminder'))).toEqual([
      `reminder 14 ${FP_OLD}`,
      `reminder 7 ${FP_OLD}`,
      `reminder 3 ${FP_OLD}`,
      `reminder 1 ${FP_OLD}`
    ])
  })

  it('reminds again for the next certificate', () => {
    const occasion = (fingerprint: string): NotificationOccasion => ({
      event: 'reminder',
      facts: facts({ fingerprint, expiresAt: new Date(NOW.getTime() + 10 * DAY) })
    })
    const first = run(noNotificationsSent(), [occasion(FP_OLD)])
    expect(run(first.sent, [occasion(FP_NEW)]).events).toEqual(['reminder'])
  })

  it('sends a promotion, an expiry and a revocation once per certificate', () => {
    for (const event of ['promoted', 'expired', 'revoked'] as const) {
      const first = run(noNotificationsSent(), [{ event, facts: facts() }])
      expect(first.events).toEqual([event])
      expect(run(first.sent, [{ event, facts: facts({ runId: '555' }) }]).events).toEqual([])
      expect(run(first.sent, [{ event, facts: facts({ fingerprint: FP_NEW }) }]).events).toEqual([
        event
      ])
    }
  })

  it('sends each rollback once: a rerun repeats nothing, the next rollback is news', () => {
    const back = (runId: string, fingerprint: string): NotificationOccasion => ({
      event: 'rolled-back',
      facts: facts({ runId, fingerprint })
    })
    const first = run(noNotificationsSent(), [back('200', FP_OLD)])
    expect(run(first.sent, [back('200', FP_OLD)]).events).toEqual([])
    const second = run(first.sent, [back('201', FP_NEW)])
    expect(second.events).toEqual(['rolled-back'])
    // Back to the first certificate again, in a third run: still news.
    expect(run(second.sent, [back('202', FP_OLD)]).events).toEqual(['rolled-back'])
  })

  it('tells each lost registration apart by the certificate ID it had', () => {
    const lost = (certificateId: string): NotificationOccasion => ({
      event: 'registration-missing',
      facts: facts({ certificateId })
    })
    const first = run(noNotificationsSent(), [lost('id-1')])
    expect(run(first.sent, [lost('id-1')]).events).toEqual([])
    // The same certificate registered again (new ID) and wiped by the next sandbox refresh.
    expect(run(first.sent, [lost('id-2')]).events).toEqual(['registration-missing'])
  })

  it('sends every failure, reruns included, and records none', () => {
    const failed: NotificationOccasion = { event: 'failed', facts: facts({ status: 'failed' }) }
    const first = run(noNotificationsSent(), [failed])
    const second = run(first.sent, [failed])
    expect([first.events, second.events]).toEqual([['failed'], ['failed']])
    expect(Object.keys(second.sent)).toEqual([])
  })

  it('sends only the events notify-on names', () => {
    const occasions: NotificationOccasion[] = [
      { event: 'promoted', facts: facts() },
      { event: 'failed', facts: facts() }
    ]
    const planned = planNotifications(
      noNotificationsSent(),
      occasions,
      options(NOW, parseNotifyOn('failed'))
    )
    expect(planned.map(p => p.event)).toEqual(['failed'])
  })

  it('sends one message for the same change named twice in a run', () => {
    const promoted: NotificationOccasion = { event: 'promoted', facts: facts() }
    expect(run(noNotificationsSent(), [promoted, promoted]).events).toEqual(['promoted'])
  })

  it('builds each payload with the withheld values left out', () => {
    const [planned] = planNotifications(
      noNotificationsSent(),
      [{ event: 'promoted', facts: facts({ environment: 'env-with-S3CRETVALUE' }) }],
      { ...options(), withhold: ['S3CRETVALUE'] }
    )
    expect(planned.payload.netsuite.environment).toBeNull()
    expect(JSON.stringify(planned)).not.toContain('S3CRETVALUE')
  })
})

describe('markSent', () => {
  it('records only what was delivered, so a webhook that was down gets it next run', () => {
    const promoted: NotificationOccasion = { event: 'promoted', facts: facts() }
    const planned = planNotifications(noNotificationsSent(), [promoted], options())
    const afterOutage = markSent(noNotificationsSent(), [], NOW)
    expect(planNotifications(afterOutage, [promoted], options()).map(p => p.event)).toEqual([
      'promoted'
    ])
    const afterDelivery = markSent(noNotificationsSent(), planned, NOW)
    expect(planNotifications(afterDelivery, [promoted], options())).toEqual([])
  })

  it('keeps the newest 32 keys and never duplicates one', () => {
    let sent = noNotificationsSent()
    for (let i = 0; i < 40; i++) {
      const fingerprint = `${String(i).padStart(2, '0')}:${FP_OLD.slice(3)}`
      const promoted: NotificationOccasion = { event: 'promoted', facts: facts({ fingerprint }) }
      const planned = planNotifications(sent, [promoted], options())
      // Delivered twice (a rerun that planned before the record was written): recorded once.
      sent = markSent(markSent(sent, planned, NOW), planned, NOW)
    }
    const keys = Object.keys(sent)
    expect(keys).toHaveLength(32)
    expect(keys[0]).toBe(`promoted 08:${FP_OLD.slice(3)}`)
    expect(keys[31]).toBe(`promoted 39:${FP_OLD.slice(3)}`)
  })

  it('does not change the record it is given', () => {
    const sent = noNotificationsSent()
    markSent(sent, planNotifications(sent, [{ event: 'expired', facts: facts() }], options()), NOW)
    expect(sent).toEqual({})
  })
})

describe('the record keeps what was sent', () => {
  it('as key -> time sent, which the rotation record reads back', () => {
    const sent = run(noNotificationsSent(), [{ event: 'promoted', facts: facts() }]).sent
    expect(sent).toEqual({ [`promoted ${FP_OLD}`]: NOW.toISOString() })
    const record = parseRecord(
      serialiseRecord({ ...emptyRecord(), notifications: sent }),
      'NETSUITE_CERTIFICATE_ID_STATE'
    )
    expect(record.notifications).toEqual(sent)
  })
})

describe('crossedReminderThresholds', () => {
  it('counts a threshold crossed at exactly that many days left, none once expired', () => {
    const at = (days: number): number[] =>
      crossedReminderThresholds(new Date(NOW.getTime() + days * DAY), NOW)
    expect(at(14.01)).toEqual([])
    expect(at(14)).toEqual([14])
    expect(at(3)).toEqual([14, 7, 3])
    expect(at(0.01)).toEqual([14, 7, 3, 1])
    expect(at(0)).toEqual([])
  })
})

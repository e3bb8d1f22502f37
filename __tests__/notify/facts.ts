// Facts of a typical event for the notification tests.
import { createHash } from 'node:crypto'
import type { NotificationFacts } from '../../src/follow-up/notify-payload.js'

/** A SHA-256 fingerprint in the contract's format (upper-case hex pairs joined by `:`). */
export function fingerprintOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').toUpperCase().match(/../g)!.join(':')
}

export const SAMPLE_ISSUE_URL = 'https://github.com/acme/erp-sync/issues/7'
export const SAMPLE_RUN_URL = 'https://github.com/acme/erp-sync/actions/runs/987654321'

/** A promotion in production: certificate cXk3_Qm-9aZ, 42 days left (2027-01-10), issue 7, run 987654321. */
export function sampleFacts(overrides: Partial<NotificationFacts> = {}): NotificationFacts {
  return {
    account: '1234567-sb1',
    environment: 'production',
    status: 'promoted',
    command: 'promote',
    certificateId: 'cXk3_Qm-9aZ',
    fingerprint: fingerprintOf('certificate'),
    expiresAt: new Date('2027-01-10T08:00:00.000Z'),
    daysRemaining: 42,
    serverUrl: 'https://github.com',
    repository: { owner: 'acme', repo: 'erp-sync' },
    runId: '987654321',
    issueNumber: 7,
    ...overrides
  }
}

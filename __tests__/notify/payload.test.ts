// What each event's notification says: one line of text for people, the netsuite object for machines.
import { describe, expect, it } from '@jest/globals'
import { buildNotification, requestBody } from '../../src/follow-up/notify-payload.js'
import { NOTIFICATION_EVENTS } from '../../src/inputs/notify-on.js'
import { fingerprintOf, sampleFacts, SAMPLE_ISSUE_URL, SAMPLE_RUN_URL } from './facts.js'

const FINGERPRINT = fingerprintOf('certificate')
const facts = sampleFacts()
const ISSUE = SAMPLE_ISSUE_URL
const RUN = SAMPLE_RUN_URL

const SAYS: Record<(typeof NOTIFICATION_EVENTS)[number], RegExp> = {
  'rotation-started': /rotation started: an admin must upload the new certificate/,
  reminder: /reminder: the new certificate still waits to be uploaded/,
  promoted: /new certificate `cXk3_Qm-9aZ` promoted/,
  'rolled-back': /rolled back to the previous certificate `cXk3_Qm-9aZ`/,
  revoked: /certificate `cXk3_Qm-9aZ` was revoked in NetSuite/,
  'registration-missing':
    /NetSuite no longer accepts the current certificate `cXk3_Qm-9aZ`: the issue says what an admin uploads/,
  expired: /certificate `cXk3_Qm-9aZ` has expired/,
  failed: /the promote run failed \(status promoted\): see the run log/
}

describe('buildNotification', () => {
  it.each(NOTIFICATION_EVENTS)(
    '%s: one line naming account, environment, what happened, days left and both links',
    event => {
      const { text, netsuite } = buildNotification(event, facts)
      expect(text).not.toMatch(/[\r\n]/)
      expect(text.startsWith('NetSuite 1234567_SB1 (production): ')).toBe(true)
      expect(text).toMatch(SAYS[event])
      expect(text).toContain('Current certificate: 42 days left (2027-01-10).')
      expect(text).toContain(`Issue: ${ISSUE}`)
      expect(text).toContain(`Run: ${RUN}`)
      expect(netsuite).toEqual({
        event,
        account: '1234567_SB1',
        environment: 'production',
        status: 'promoted',
        certificateId: 'cXk3_Qm-9aZ',
        fingerprint: FINGERPRINT,
        expiresAt: '2027-01-10T08:00:00.000Z',
        daysRemaining: 42,
        issueUrl: ISSUE,
        runUrl: RUN
      })
    }
  )

  it('keeps every key, null when a fact is unknown, and says less', () => {
    const bare = buildNotification('failed', {
      account: '1234567',
      status: 'failed',
      serverUrl: 'https://github.example.com',
      repository: { owner: 'acme', repo: 'erp-sync' }
    })
    expect(bare.text).toBe('NetSuite 1234567: the action run failed: see the run log.')
    expect(Object.keys(bare.netsuite)).toHaveLength(10)
    expect(bare.netsuite).toMatchObject({
      environment: null,
      certificateId: null,
      fingerprint: null,
      expiresAt: null,
      daysRemaining: null,
      issueUrl: null,
      runUrl: null
    })
    const started = buildNotification('rotation-started', { ...facts, issueNumber: undefined })
    expect(started.text).toMatch(/rotation started\. Current certificate: 42 days left/)
  })

  it.each([
    ['the host form', '1234567-sb1', '1234567_SB1'],
    ["NetSuite's form", '1234567_SB1', '1234567_SB1'],
    ['a lower-case ID', '1234567_sb1', '1234567_SB1'],
    ['a test drive account', 'tstdrv1431250', 'TSTDRV1431250'],
    ['a production account', '1234567', '1234567']
  ])('shows the account as NetSuite does, given %s', (_, account, shown) => {
    const payload = buildNotification('promoted', { ...facts, account })
    expect(payload.netsuite.account).toBe(shown)
    expect(payload.text.startsWith(`NetSuite ${shown} (production): `)).toBe(true)
  })

  it.each(NOTIFICATION_EVENTS)('%s: never shows the host form of the account', event => {
    // One form only: people search chat for the ID they see in NetSuite and the issues.
    const body = requestBody(buildNotification(event, facts), 'text-and-netsuite')
    expect(facts.account).toBe('1234567-sb1')
    expect(body).not.toContain('1234567-sb1')
    expect(body).toContain('1234567_SB1')
  })

  it('says how long ago a certificate expired, and when it expires within a day', () => {
    expect(buildNotification('expired', { ...facts, daysRemaining: -3 }).text).toContain(
      'Current certificate expired 3 days ago (2027-01-10).'
    )
    expect(buildNotification('expired', { ...facts, daysRemaining: -1 }).text).toContain(
      'Current certificate expired 1 day ago'
    )
    expect(buildNotification('reminder', { ...facts, daysRemaining: 0 }).text).toContain(
      'Current certificate expires within a day (2027-01-10).'
    )
    expect(buildNotification('reminder', { ...facts, daysRemaining: undefined }).text).toContain(
      'Current certificate expires on 2027-01-10.'
    )
    expect(buildNotification('reminder', { ...facts, daysRemaining: 1 }).text).toContain(
      'Current certificate: 1 day left'
    )
  })

  it('builds links on the server of GitHub Enterprise and of the sandbox', () => {
    const ghes = buildNotification('promoted', {
      ...facts,
      serverUrl: 'https://ghe.corp.example:8443/'
    })
    expect(ghes.netsuite.issueUrl).toBe('https://ghe.corp.example:8443/acme/erp-sync/issues/7')
    const sandbox = buildNotification('promoted', { ...facts, serverUrl: 'http://127.0.0.1:4100' })
    expect(sandbox.netsuite.runUrl).toBe(
      'http://127.0.0.1:4100/acme/erp-sync/actions/runs/987654321'
    )
  })

  it('makes no link from a server URL with credentials, another scheme, or a bad repository', () => {
    for (const change of [
      { serverUrl: 'https://user:pw@github.com' },
      { serverUrl: 'javascript:alert(1)' },
      { serverUrl: 'not a url' },
      { repository: { owner: 'acme', repo: '..' } },
      { repository: { owner: 'ac me', repo: 'erp-sync' } }
    ]) {
      const { text, netsuite } = buildNotification('promoted', { ...facts, ...change })
      expect([netsuite.issueUrl, netsuite.runUrl]).toEqual([null, null])
      expect(text).not.toMatch(/Issue:|Run:/)
    }
  })
})

describe('requestBody', () => {
  it('sends text and the netsuite object, or the text alone for Google Chat', () => {
    const payload = buildNotification('promoted', facts)
    expect(JSON.parse(requestBody(payload, 'text-and-netsuite'))).toEqual(payload)
    expect(JSON.parse(requestBody(payload, 'text-only'))).toEqual({ text: payload.text })
  })
})

// The job summary's parts doctor adds: NetSuite's own expiry e-mails in every timeline
// (beside the action's reminders), and the findings and certificate tables, where
// NetSuite's text (role and entity names) stays data.
import { describe, it, expect } from '@jest/globals'
import { renderSummary } from '../../src/action/summary.js'
import type { Result } from '../../src/run/context.js'

const NOW = new Date('2027-01-01T00:00:00Z')
const NOT_AFTER = new Date('2027-06-30T00:00:00Z')
const inputs = {
  accountId: '1234567_SB1',
  environment: undefined,
  dryRun: false,
  renewBeforeDays: 45
}

function checkResult(): Result {
  return {
    status: 'ok',
    outputs: {},
    stages: [{ stage: 'current', certificateId: 'ID1', notAfter: NOT_AFTER, state: 'ok' }],
    nextStep: 'Nothing to do yet.'
  }
}

describe('the job summary', () => {
  it("puts NetSuite's 60, 30 and 14-day e-mails in the timeline beside the reminders", () => {
    const summary = renderSummary(
      { command: 'check', inputs, result: checkResult(), writes: [] },
      NOW
    )
    const timeline = summary.slice(summary.indexOf('```mermaid'))
    expect(timeline).toContain('2027-05-01 : NetSuite e-mails admins (60 days)')
    expect(timeline).toContain('2027-05-16 : rotation starts (45 days before)')
    expect(timeline).toContain('2027-05-31 : NetSuite e-mails admins (30 days)')
    // One line per day: the action's 14-day reminder and NetSuite's 14-day e-mail share it.
    expect(timeline).toContain('2027-06-16 : reminder 14 days : NetSuite e-mails admins (14 days)')
    const dates = [...timeline.matchAll(/^ {4}(\d{4}-\d\d-\d\d) :/gm)].map(m => m[1])
    expect(dates).toEqual([...dates].sort())
    expect(new Set(dates).size).toBe(dates.length)
  })

  it("renders doctor's findings and certificates, NetSuite's names as code only", () => {
    const result: Result = {
      status: 'unhealthy',
      outputs: {},
      failure: 'doctor found 1 problem',
      stages: [],
      nextStep: 'Fix each failure.',
      report: {
        findings: [
          { check: 'current pair', level: 'ok', detail: 'NetSuite issued a token' },
          {
            check: 'active certificates',
            level: 'failure',
            detail: '5 of 5 | full',
            fix: 'revoke one'
          }
        ],
        certificates: [
          {
            id: 'ABC',
            stage: 'unknown',
            status: 'active',
            validUntil: NOT_AFTER,
            role: '3 (Admin | `x` @everyone [link](https://evil.example))',
            entity: '4 (Someone)'
          }
        ]
      }
    }
    const summary = renderSummary({ command: 'doctor', inputs, result, writes: [] }, NOW)
    expect(summary).toContain('| ✅ ok | current pair | NetSuite issued a token |  |')
    expect(summary).toContain('| ❌ failure | active certificates | 5 of 5 \\| full | revoke one |')
    expect(summary).toContain('(1 of 5 active)')
    const line = summary.split('\n').find(l => l.startsWith('| `ABC` |')) ?? ''
    expect(line).toContain('| unknown | active |')
    expect(line).toContain('`3 (Admin \\| ˋxˋ @everyone [link](https://evil.example))`')
    // Eight cells: NetSuite's `|` did not add a column.
    expect(line.split(/(?<!\\)\|/).length - 2).toBe(8)
  })
})

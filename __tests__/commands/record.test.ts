// The rotation record: validated on read, migrated from the unversioned
// bookkeeping of earlier releases, written in a stable form.
import { describe, it, expect } from '@jest/globals'
import { emptyRecord, parseRecord, serialiseRecord } from '../../src/rotation/record.js'

const NAME = 'NETSUITE_CERTIFICATE_ID_STATE'

describe('parseRecord', () => {
  it('an absent or empty variable is an empty record', () => {
    expect(parseRecord(undefined, NAME)).toEqual(emptyRecord())
    expect(parseRecord('  ', NAME)).toEqual(emptyRecord())
  })

  it('reads back what it wrote, and an unchanged record serialises to the same text', () => {
    const record = {
      ...emptyRecord(),
      rotation: {
        fingerprint: 'AA:BB',
        issue: 3,
        openedBy: 'github-actions[bot]',
        reason: 'why',
        reregister: false,
        emergency: true,
        remindersSent: [14],
        startedAt: '2026-01-01T00:00:00.000Z'
      },
      uploads: { 'AA:BB': 'ID1' },
      targets: { 'acme/other': { fingerprint: 'AA:BB', certificateId: 'ID1', at: 'x' } }
    }
    const text = serialiseRecord(record)
    expect(parseRecord(text, NAME)).toEqual(record)
    expect(serialiseRecord(parseRecord(text, NAME))).toBe(text)
  })

  it.each([
    ['not JSON', '{', /is not valid JSON/],
    ['not an object', '[1]', /does not hold a rotation record/],
    ['an unknown version', '{"version":2}', /version 2, which this release does not know/],
    ['a damaged field', '{"version":1,"rotation":{"issue":"seven"}}', /damaged.*rotation\.issue/],
    [
      'a hand-edited record without version',
      '{"rotation":{"fingerprint":"AA","issue":3},"uploads":{}}',
      /without "version" \(it has rotation, uploads\)/
    ],
    ['a damaged ledger', '{"version":1,"retired":[{"certificateId":7}]}', /damaged.*retired\[0\]/]
  ])('%s stops the run, naming the variable and the fix', (_what, value, problem) => {
    expect(() => parseRecord(value, NAME)).toThrow(problem)
    expect(() => parseRecord(value, NAME)).toThrow(new RegExp(`${NAME}.*delete the variable`))
    // GitHub keeps no history of a variable's values: never send people looking for one.
    expect(() => parseRecord(value, NAME)).not.toThrow(/history/)
  })

  it('migrates the bookkeeping of earlier releases', () => {
    const legacy = JSON.stringify({
      promotedAt: '2026-01-01T00:00:00.000Z',
      previousCertificateId: 'OLD',
      revokedAt: '2026-01-15T00:00:00.000Z',
      pendingUpload: { fingerprint: 'AA', certificateId: 'NEW' },
      rollbackRunId: '77',
      rollbackTarget: { current: 'F1 ID1', previous: 'F2 ID2', currentPem: 'P1', previousPem: 'P2' }
    })
    expect(parseRecord(legacy, NAME)).toEqual({
      ...emptyRecord(),
      promotion: {
        at: '2026-01-01T00:00:00.000Z',
        previousCertificateId: 'OLD',
        previousRevokedAt: '2026-01-15T00:00:00.000Z'
      },
      uploads: { AA: 'NEW' },
      rollback: {
        runId: '77',
        to: { fingerprint: 'F1', certificateId: 'ID1', pem: 'P1' },
        from: { fingerprint: 'F2', certificateId: 'ID2', pem: 'P2' }
      }
    })
  })
})

// doctor's certificate list against what the action knows: a certificate in the rotation
// record's ledger (its key left service, revocation due) is named as such, never as unknown.
import { describe, it, expect } from '@jest/globals'
import { certificateRows, listFindings, type Known } from '../../src/doctor/certificate-list.js'

const KNOWN: Known = {
  stages: [{ stage: 'current', certificateId: 'CUR' }],
  uploads: {},
  retired: ['OLD']
}

describe('doctor certificate list', () => {
  it('shows a certificate of the ledger as retired, with the run that revokes it as the fix', () => {
    const rows = certificateRows(
      [
        { id: 'CUR', active: true, revoked: false, role: '3', entity: '4' },
        { id: 'OLD', active: true, revoked: false, role: '3', entity: '4' },
        { id: 'ELSE', active: true, revoked: false, role: '3', entity: '4' }
      ],
      KNOWN
    )
    expect(rows.map(r => [r.id, r.stage])).toEqual([
      ['CUR', 'current'],
      ['OLD', 'retired'],
      ['ELSE', 'unknown']
    ])
    const findings = listFindings(rows, {})
    const old = findings.find(f => f.check === 'certificate OLD')
    expect(old?.detail).toMatch(/due for revocation/)
    expect(old?.fix).toMatch(/run check/)
    expect(findings.find(f => f.check === 'certificate ELSE')?.detail).toMatch(/unknown/)
  })
})

// check against in-memory gateways: starting, re-announcing and reminding from
// the rotation record, never from an issue; revoked vs forgotten; what a run
// without admin-token skips.
import { describe, it, expect } from '@jest/globals'
import {
  BOT,
  FakeGitHub,
  FakeNetSuite,
  harness,
  seedCurrent,
  workflowInputs,
  type Harness
} from './fakes.js'

const DAY = 86_400_000
const T0 = new Date('2026-01-01T00:00:00Z')

async function world(
  daysIn = 0
): Promise<{ github: FakeGitHub; netsuite: FakeNetSuite; now: Date }> {
  const github = new FakeGitHub()
  const netsuite = new FakeNetSuite()
  await seedCurrent(github, netsuite, T0)
  return { github, netsuite, now: new Date(T0.getTime() + daysIn * DAY) }
}

function run(w: { github: FakeGitHub; netsuite: FakeNetSuite; now: Date }, extra = {}): Harness {
  return harness(workflowInputs(w.github, extra), w)
}

describe('check', () => {
  it('outside the renew window reports ok and writes nothing', async () => {
    const w = await world(100)
    const result = await run(w).run('check')
    expect(result.status).toBe('ok')
    expect(w.github.writes).toEqual([])
  })

  it('in the renew window stores a pending pair, opens the issue and records both', async () => {
    const w = await world(680)
    const result = await run(w).run('check')
    expect(result.status).toBe('rotation-started')
    expect(w.github.writes).toEqual([
      'write secret NETSUITE_PRIVATE_KEY_PENDING',
      'write variable NETSUITE_CERTIFICATE_PENDING',
      'open issue "NetSuite 1234567_SB1: upload the new M2M certificate"',
      'write variable NETSUITE_CERTIFICATE_ID_STATE'
    ])
    expect(w.github.record()).toMatchObject({
      version: 1,
      rotation: { issue: 1, openedBy: BOT, emergency: false, remindersSent: [] }
    })
  })

  it('a second check re-announces the same rotation and generates nothing', async () => {
    const w = await world(680)
    await run(w).run('check')
    const key = w.github.secrets.get('NETSUITE_PRIVATE_KEY_PENDING')
    w.github.writes.length = 0
    const again = await run(w).run('check')
    expect(again.status).toBe('rotation-pending')
    expect(w.github.writes).toEqual([])
    expect(w.github.secrets.get('NETSUITE_PRIVATE_KEY_PENDING')).toBe(key)
  })

  it('reopens the recorded issue when someone closed it', async () => {
    const w = await world(680)
    await run(w).run('check')
    const issue = w.github.issues.get(1)
    if (issue) issue.state = 'closed'
    const again = await run(w).run('check')
    expect(again.status).toBe('rotation-pending')
    expect(w.github.issues.get(1)?.state).toBe('open')
    expect(w.github.issues.get(1)?.comments.at(-1)?.body).toMatch(/Reopened/)
  })

  it('never treats an issue the record does not name as the rotation', async () => {
    const w = await world(680)
    w.github.addIssue({
      title: 'NetSuite 1234567_SB1: upload the new M2M certificate',
      body: '<!-- netsuite-m2m-rotate:v1 {"account":"1234567-sb1"} -->',
      labels: ['netsuite-certificate'],
      author: 'outsider'
    })
    const result = await run(w).run('check')
    expect(result.status).toBe('rotation-started')
    expect(result.outputs['issue-number']).toBe('2')
    expect(w.github.issues.get(1)?.comments).toEqual([])
  })

  it('adopts a stored pending pair that has no record', async () => {
    const w = await world(680)
    await run(w).run('check')
    w.github.variables.delete('NETSUITE_CERTIFICATE_ID_STATE')
    const key = w.github.secrets.get('NETSUITE_PRIVATE_KEY_PENDING')
    const adopted = await run(w).run('check')
    expect(adopted.status).toBe('rotation-started')
    expect(adopted.outputs['issue-number']).toBe('2')
    expect(w.github.secrets.get('NETSUITE_PRIVATE_KEY_PENDING')).toBe(key)
    expect(w.github.record()).toMatchObject({ rotation: { issue: 2 } })
  })

  it('reminds once per threshold, remembered in the record', async () => {
    const w = await world(680)
    await run(w).run('check')
    w.now = new Date(T0.getTime() + 717 * DAY)
    await run(w).run('check')
    await run(w).run('check')
    const reminders = (w.github.issues.get(1)?.comments ?? []).filter(c => /Reminder/.test(c.body))
    expect(reminders).toHaveLength(1)
    expect(w.github.record()).toMatchObject({ rotation: { remindersSent: [14] } })
  })

  it('stops on a damaged record, naming the variable and the fix', async () => {
    const w = await world(100)
    w.github.variables.set('NETSUITE_CERTIFICATE_ID_STATE', '{"version": 7}')
    await expect(run(w).run('check')).rejects.toThrow(
      /NETSUITE_CERTIFICATE_ID_STATE.*version 7.*delete the variable/
    )
    w.github.variables.set('NETSUITE_CERTIFICATE_ID_STATE', 'not json')
    await expect(run(w).run('check')).rejects.toThrow(
      /NETSUITE_CERTIFICATE_ID_STATE is not valid JSON/
    )
  })

  it('without admin-token reports and says what it skipped', async () => {
    const w = await world(100)
    w.github.admin = false
    const result = await run(w, { 'admin-token': '' }).run('check')
    expect(result.status).toBe('ok')
    expect(result.skipped?.join(' ')).toMatch(/admin-token/)
    expect(w.github.writes).toEqual([])
  })

  it('a revoked current certificate is never asked for again: a new key and status revoked', async () => {
    const w = await world(100)
    const previous = await seedPrevious(w)
    w.netsuite.canManageCertificates = true
    w.netsuite.revoke(w.github.variables.get('NETSUITE_CERTIFICATE_ID') ?? '')
    const result = await run(w, { 'previous-private-key': previous }).run('check')
    expect(result.status).toBe('revoked')
    expect(result.failure).toMatch(/revoked/)
    expect(w.github.variables.get('NETSUITE_CERTIFICATE_PENDING')).not.toBe(
      w.github.variables.get('NETSUITE_CERTIFICATE')
    )
    expect(w.github.record()).toMatchObject({ rotation: { emergency: true } })
  })

  it('a revoked certificate, list unreadable: treated as revoked, a new key is asked for', async () => {
    const w = await world(100)
    w.netsuite.revoke(w.github.variables.get('NETSUITE_CERTIFICATE_ID') ?? '')
    const result = await run(w).run('check')
    expect(result.status).toBe('registration-missing')
    expect(result.failure).toMatch(/treated as revoked/)
    const pending = w.github.variables.get('NETSUITE_CERTIFICATE_PENDING')
    expect(pending).toBeDefined()
    expect(pending).not.toBe(w.github.variables.get('NETSUITE_CERTIFICATE'))
    expect(w.github.record()).toMatchObject({ rotation: { reregister: false, emergency: true } })
  })

  it('upload: api without the role to upload for stops before anything is written, as under rotate', async () => {
    const w = await world(100)
    await expect(run(w, { upload: 'api', 'netsuite-entity-id': '4' }).run('check')).rejects.toThrow(
      'check needs netsuite-role-id, and it is empty. If the step does not pass it, add `netsuite-role-id: ${{ vars.NETSUITE_ROLE_ID }}`.'
    )
    expect(w.github.writes).toEqual([])
  })

  it.each([false, true])(
    'a certificate NetSuite wiped is uploaded again through the endpoint (dry-run %s)',
    async dryRun => {
      const w = await world(100)
      const previous = await seedPrevious(w)
      w.netsuite.canManageCertificates = true
      const lost = w.github.variables.get('NETSUITE_CERTIFICATE_ID') ?? ''
      w.netsuite.certificates_.delete(lost)
      const h = run(w, {
        'previous-private-key': previous,
        'netsuite-role-id': '3',
        'netsuite-entity-id': '4',
        'dry-run': String(dryRun)
      })
      const result = await h.run('check')
      expect(result.status).toBe('ok')
      if (dryRun) {
        // Nothing uploaded, so no ID to report: never a placeholder.
        expect(w.netsuite.uploads).toEqual([])
        expect(result.outputs['certificate-id']).not.toBe('dry-run')
        expect(w.github.variables.get('NETSUITE_CERTIFICATE_ID')).toBe(lost)
        expect(h.log.map(l => l.message)).toContain(
          'dry-run: would upload the certificate to NetSuite (role 3, entity 4)'
        )
        expect(result.nextStep).toMatch(/^dry-run: /)
      } else {
        expect(w.netsuite.uploads).toHaveLength(1)
        expect(result.outputs['certificate-id']).toBe(w.netsuite.uploads[0])
        expect(w.github.variables.get('NETSUITE_CERTIFICATE_ID')).toBe(w.netsuite.uploads[0])
      }
      // One record of writes for both gateways: NetSuite's upload is listed (before the ID it made is stored).
      const upload = h.writes.indexOf('upload the certificate to NetSuite (role 3, entity 4)')
      expect(upload).toBeGreaterThanOrEqual(0)
      if (!dryRun)
        expect(upload).toBeLessThan(h.writes.indexOf('write variable NETSUITE_CERTIFICATE_ID'))
    }
  )
})

/** A previous stage NetSuite still accepts; returns its key. */
async function seedPrevious(w: { github: FakeGitHub; netsuite: FakeNetSuite }): Promise<string> {
  const other = new FakeGitHub()
  const { key, certificate, id } = await seedCurrent(other, w.netsuite, T0)
  w.github.secrets.set('NETSUITE_PRIVATE_KEY_PREVIOUS', key)
  w.github.variables.set('NETSUITE_CERTIFICATE_PREVIOUS', certificate)
  w.github.variables.set('NETSUITE_CERTIFICATE_ID_PREVIOUS', id)
  return key
}

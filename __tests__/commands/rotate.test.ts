// rotate against in-memory gateways: a pending rotation is kept, `restart`
// drops it, `emergency` is recorded, and an automatic upload is promoted.
import { describe, it, expect } from '@jest/globals'
import { FakeGitHub, FakeNetSuite, harness, seedCurrent, workflowInputs } from './fakes.js'

const T0 = new Date('2026-01-01T00:00:00Z')

async function world(): Promise<{ github: FakeGitHub; netsuite: FakeNetSuite; now: Date }> {
  const github = new FakeGitHub()
  const netsuite = new FakeNetSuite()
  await seedCurrent(github, netsuite, T0)
  return { github, netsuite, now: new Date(T0.getTime() + 30 * 86_400_000) }
}

describe('rotate', () => {
  it('keeps a pending rotation as it is', async () => {
    const w = await world()
    expect((await harness(workflowInputs(w.github), w).run('rotate')).status).toBe(
      'rotation-started'
    )
    const key = w.github.secrets.get('NETSUITE_PRIVATE_KEY_PENDING')
    const again = await harness(workflowInputs(w.github), w).run('rotate')
    expect(again.status).toBe('rotation-pending')
    expect(w.github.secrets.get('NETSUITE_PRIVATE_KEY_PENDING')).toBe(key)
  })

  it('restart: true closes the recorded issue, replaces the pair and opens a new issue', async () => {
    const w = await world()
    await harness(workflowInputs(w.github), w).run('rotate')
    const key = w.github.secrets.get('NETSUITE_PRIVATE_KEY_PENDING')
    const restarted = await harness(workflowInputs(w.github, { restart: 'true' }), w).run('rotate')
    expect(restarted.status).toBe('rotation-started')
    expect(restarted.outputs['issue-number']).toBe('2')
    expect(w.github.secrets.get('NETSUITE_PRIVATE_KEY_PENDING')).not.toBe(key)
    expect(w.github.issues.get(1)?.state).toBe('closed')
    expect(w.github.issues.get(1)?.comments.at(-1)?.body).toMatch(/restart: true/)
    expect(w.github.record()).toMatchObject({ rotation: { issue: 2 } })
  })

  it('emergency: true is recorded with the rotation', async () => {
    const w = await world()
    await harness(workflowInputs(w.github, { emergency: 'true' }), w).run('rotate')
    expect(w.github.record()).toMatchObject({ rotation: { emergency: true } })
  })

  it('uploads through the API, proves and promotes in one run, recording the upload until then', async () => {
    const w = await world()
    w.netsuite.canManageCertificates = true
    const current = w.github.variables.get('NETSUITE_CERTIFICATE_ID')
    const inputs = workflowInputs(w.github, { 'netsuite-role-id': '3', 'netsuite-entity-id': '4' })
    const result = await harness(inputs, w).run('rotate')
    expect(result.status).toBe('promoted')
    expect(w.netsuite.uploads).toHaveLength(1)
    expect(w.github.variables.get('NETSUITE_CERTIFICATE_ID')).toBe(w.netsuite.uploads[0])
    expect(w.github.variables.get('NETSUITE_CERTIFICATE_ID_PREVIOUS')).toBe(current)
    expect(w.github.record()).toMatchObject({
      uploads: {},
      promotion: { certificateId: w.netsuite.uploads[0], previousCertificateId: current }
    })
  })

  it('an emergency through the API whose revocation NetSuite refuses lists it as failed and asks a person', async () => {
    const w = await world()
    w.netsuite.canManageCertificates = true
    w.netsuite.refusesRevocation = true
    const replaced = w.github.variables.get('NETSUITE_CERTIFICATE_ID') ?? ''
    const inputs = workflowInputs(w.github, {
      'netsuite-role-id': '3',
      'netsuite-entity-id': '4',
      emergency: 'true'
    })
    const h = harness(inputs, w)
    const result = await h.run('rotate')
    expect(result.status).toBe('promoted')
    expect(h.writes).toContain(`revoke certificate ${replaced} in NetSuite (failed)`)
    expect(h.writes).not.toContain(`revoke certificate ${replaced} in NetSuite`)
    expect(
      h.log.some(
        l =>
          l.level === 'warning' && l.message.includes(`Revoke the replaced certificate ${replaced}`)
      )
    ).toBe(true)
  })

  it('upload: api stops before anything is written when an input it signs in with is missing', async () => {
    const w = await world()
    const inputs = workflowInputs(w.github, { upload: 'api', 'netsuite-entity-id': '4' })
    await expect(harness(inputs, w).run('rotate')).rejects.toThrow(
      'rotate needs netsuite-role-id, and it is empty. If the step does not pass it, add `netsuite-role-id: ${{ vars.NETSUITE_ROLE_ID }}`.'
    )
    expect(w.github.writes).toEqual([])
  })

  it('dry-run writes nothing', async () => {
    const w = await world()
    const result = await harness(workflowInputs(w.github, { 'dry-run': 'true' }), w).run('rotate')
    expect(result.status).toBe('rotation-started')
    expect(w.github.secrets.has('NETSUITE_PRIVATE_KEY_PENDING')).toBe(false)
    expect(w.github.issues.size).toBe(0)
    expect(w.github.writes.length).toBeGreaterThan(0)
  })

  it('dry-run through the API lists the upload, then the steps that need its ID, in order', async () => {
    const w = await world()
    w.netsuite.canManageCertificates = true
    const inputs = workflowInputs(w.github, {
      'netsuite-role-id': '3',
      'netsuite-entity-id': '4',
      'dry-run': 'true'
    })
    const h = harness(inputs, w)
    expect((await h.run('rotate')).status).toBe('rotation-started')
    expect(w.netsuite.uploads).toEqual([])
    expect(h.writes.slice(-3)).toEqual([
      'upload the certificate to NetSuite (role 3, entity 4)',
      'prove it with a token exchange',
      'promote it (previous, current, delete pending)'
    ])
  })
})

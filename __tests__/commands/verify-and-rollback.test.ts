// verify and rollback against in-memory gateways.
import { describe, it, expect } from '@jest/globals'
import { FakeGitHub, FakeNetSuite, harness, seedCurrent, workflowInputs } from './fakes.js'

const T0 = new Date('2026-01-01T00:00:00Z')

async function twoStages(): Promise<{
  w: { github: FakeGitHub; netsuite: FakeNetSuite; now: Date; runId?: string }
  previousId: string
  currentId: string
}> {
  const github = new FakeGitHub()
  const netsuite = new FakeNetSuite()
  const old = await seedCurrent(github, netsuite, T0)
  github.secrets.set('NETSUITE_PRIVATE_KEY_PREVIOUS', old.key)
  github.variables.set('NETSUITE_CERTIFICATE_PREVIOUS', old.certificate)
  github.variables.set('NETSUITE_CERTIFICATE_ID_PREVIOUS', old.id)
  const now = await seedCurrent(github, netsuite, new Date(T0.getTime() + 86_400_000))
  return {
    w: { github, netsuite, now: new Date(T0.getTime() + 40 * 86_400_000) },
    previousId: old.id,
    currentId: now.id
  }
}

describe('verify', () => {
  it('passes with credentials NetSuite accepts and fails when it refuses', async () => {
    const { w, currentId } = await twoStages()
    expect(
      (await harness(workflowInputs(w.github, { command: 'verify' }), w).run('verify')).status
    ).toBe('verified')
    w.netsuite.revoke(currentId)
    const refused = await harness(workflowInputs(w.github, { command: 'verify' }), w).run('verify')
    expect(refused.status).toBe('failed')
    expect(refused.failure).toMatch(/invalid_client/)
  })
})

describe('rollback', () => {
  it('swaps the stages and records the finished run', async () => {
    const { w, previousId, currentId } = await twoStages()
    const result = await harness(workflowInputs(w.github), { ...w, runId: '55' }).run('rollback')
    expect(result.status).toBe('rolled-back')
    expect(w.github.variables.get('NETSUITE_CERTIFICATE_ID')).toBe(previousId)
    expect(w.github.variables.get('NETSUITE_CERTIFICATE_ID_PREVIOUS')).toBe(currentId)
    const record = w.github.record()
    expect(record.rollback).toBeUndefined()
    expect(record).toMatchObject({
      rollbackRuns: [{ runId: '55' }],
      promotion: { previousCertificateId: currentId }
    })
  })

  it('without the replaced key, _PREVIOUS keeps no key (not the one now current) and says so', async () => {
    const { w, currentId } = await twoStages()
    // A stopped rollback's rerun reads the rolled-back key as private-key: the replaced one is gone.
    const rolledBack = w.github.secrets.get('NETSUITE_PRIVATE_KEY_PREVIOUS') ?? ''
    const run = harness(workflowInputs(w.github, { 'private-key': rolledBack }), {
      ...w,
      runId: '56'
    })
    const result = await run.run('rollback')
    expect(result.status).toBe('rolled-back')
    expect(w.github.secrets.has('NETSUITE_PRIVATE_KEY_PREVIOUS')).toBe(false)
    expect(w.github.variables.get('NETSUITE_CERTIFICATE_ID_PREVIOUS')).toBe(currentId)
    expect(run.log.map(l => l.message).join('\n')).toMatch(/a second rollback will not be possible/)
  })

  it('a rerun of the finished run never swaps back', async () => {
    const { w, previousId } = await twoStages()
    await harness(workflowInputs(w.github), { ...w, runId: '55' }).run('rollback')
    const again = await harness(workflowInputs(w.github), { ...w, runId: '55' }).run('rollback')
    expect(again.status).toBe('rolled-back')
    expect(w.github.variables.get('NETSUITE_CERTIFICATE_ID')).toBe(previousId)
  })

  it('a rerun after the stages changed refuses and changes nothing', async () => {
    const { w } = await twoStages()
    await harness(workflowInputs(w.github), { ...w, runId: '55' }).run('rollback')
    await seedCurrent(w.github, w.netsuite, w.now)
    const before = new Map(w.github.variables)
    await expect(
      harness(workflowInputs(w.github), { ...w, runId: '55' }).run('rollback')
    ).rejects.toThrow(/already finished its rollback/)
    expect(new Map(w.github.variables)).toEqual(before)
  })
})

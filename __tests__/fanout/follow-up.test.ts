// What follows a command, against in-memory gateways: which targets are written after a
// rollback and after a check, what the record keeps, and why nothing is copied when the
// credentials at hand cannot be trusted.
import { describe, it, expect } from '@jest/globals'
import type { Result } from '../../src/run/context.js'
import {
  FakeGitHub,
  FakeNetSuite,
  harness,
  seedCurrent,
  workflowInputs
} from '../commands/fakes.js'

const T0 = new Date('2026-01-01T00:00:00Z')
const TARGETS = 'acme/billing\nacme/etl@production\norg:acme'
const ok: Result = { status: 'ok', outputs: {}, stages: [], nextStep: '' }

async function repository(): Promise<{
  w: { github: FakeGitHub; netsuite: FakeNetSuite; now: Date }
  id: string
}> {
  const github = new FakeGitHub()
  const netsuite = new FakeNetSuite()
  const old = await seedCurrent(github, netsuite, T0)
  github.secrets.set('NETSUITE_PRIVATE_KEY_PREVIOUS', old.key)
  github.variables.set('NETSUITE_CERTIFICATE_PREVIOUS', old.certificate)
  github.variables.set('NETSUITE_CERTIFICATE_ID_PREVIOUS', old.id)
  const current = await seedCurrent(github, netsuite, new Date(T0.getTime() + 86_400_000))
  return { w: { github, netsuite, now: new Date(T0.getTime() + 40 * 86_400_000) }, id: current.id }
}

const targetKeys = (github: FakeGitHub): string[] => [...github.targets.keys()].sort()

describe('fan-out after a command', () => {
  it('a rollback writes every target, key first, and the record keeps what each got', async () => {
    const { w } = await repository()
    const inputs = workflowInputs(w.github, { command: 'rollback', targets: TARGETS })
    const h = harness(inputs, w)
    const result = await h.followUp(await h.run('rollback'))
    expect(result.failure).toBeUndefined()
    expect(targetKeys(w.github)).toHaveLength(9)
    const firstWrite = w.github.writes.findIndex(step => step.includes('(acme/billing)'))
    expect(w.github.writes[firstWrite]).toBe('write secret NETSUITE_PRIVATE_KEY (acme/billing)')
    const record = JSON.parse(w.github.variables.get('NETSUITE_CERTIFICATE_ID_STATE')!) as {
      targets: Record<string, { certificateId?: string }>
    }
    const restored = w.github.variables.get('NETSUITE_CERTIFICATE_ID')
    expect(Object.keys(record.targets).sort()).toEqual([
      'acme/billing',
      'acme/etl@production',
      'org:acme'
    ])
    for (const target of Object.values(record.targets))
      expect(target).toMatchObject({ certificateId: restored })
  })

  it('a check writes only the targets that are behind', async () => {
    const { w, id } = await repository()
    const h = harness(workflowInputs(w.github, { command: 'check', targets: TARGETS }), w)
    await h.followUp(ok)
    expect(targetKeys(w.github)).toHaveLength(9)
    w.github.targets.clear()
    const writes = w.github.writes.length
    const again = await harness(
      workflowInputs(w.github, { command: 'check', targets: TARGETS }),
      w
    ).followUp(ok)
    expect(w.github.writes.length).toBe(writes)
    expect(again.targets?.every(line => line.includes(`up to date, holds ${id}`))).toBe(true)
  })

  it('a target that refuses fails the run, the others are written and recorded', async () => {
    const { w } = await repository()
    w.github.forbiddenTargets.add('/orgs/acme/actions')
    const h = harness(workflowInputs(w.github, { command: 'check', targets: TARGETS }), w)
    const result = await h.followUp(ok)
    expect(result.failure).toMatch(/fan-out: 1 of 3 targets was not written.*org:acme/)
    const record = JSON.parse(w.github.variables.get('NETSUITE_CERTIFICATE_ID_STATE')!) as {
      targets: Record<string, { certificateId?: string }>
    }
    expect(Object.keys(record.targets).sort()).toEqual(['acme/billing', 'acme/etl@production'])
  })

  it('copies nothing when the current key is not at hand', async () => {
    const { w } = await repository()
    const inputs = workflowInputs(w.github, { command: 'check', targets: TARGETS })
    delete inputs['private-key']
    const result = await harness(inputs, w).followUp(ok)
    expect(w.github.targets.size).toBe(0)
    expect(result.skipped?.join()).toMatch(/private-key was not given or does not belong/)
    expect(result.targets?.[0]).toBe('acme/billing: not compared this run; never written')
  })

  it('copies nothing after an expired or revoked certificate', async () => {
    const { w } = await repository()
    const h = harness(workflowInputs(w.github, { command: 'check', targets: TARGETS }), w)
    await h.followUp({ ...ok, status: 'revoked', failure: 'revoked' })
    expect(w.github.targets.size).toBe(0)
  })

  it('a promote that changed nothing (a refused comment) writes no target', async () => {
    const { w } = await repository()
    const h = harness(workflowInputs(w.github, { command: 'promote', targets: TARGETS }), w)
    const result = await h.followUp({ ...ok, status: 'rotation-pending' })
    expect(w.github.targets.size).toBe(0)
    expect(result.skipped).toBeUndefined()
  })
})

// What a stage holds is what its variables hold once the run has read them: a workflow that
// passes values from before another run changed the stages (or an old certificate-id typed
// in by hand) must not make promote, the automatic promotion or rollback pair one stage's
// certificate with another stage's ID. All three keep the stage they replace as the
// variables held it.
import { describe, it, expect } from '@jest/globals'
import { FakeGitHub, FakeNetSuite, harness, seedCurrent, workflowInputs } from './fakes.js'

const T0 = new Date('2026-01-01T00:00:00Z')
const DAY = 86_400_000

interface Stage {
  key: string
  certificate: string
  id: string
}

/** Current stage B, previous stage A, both registered in NetSuite. */
async function twoStages(): Promise<{
  w: { github: FakeGitHub; netsuite: FakeNetSuite; now: Date }
  a: Stage
  b: Stage
}> {
  const github = new FakeGitHub()
  const netsuite = new FakeNetSuite()
  const a = await seedCurrent(github, netsuite, T0)
  github.secrets.set('NETSUITE_PRIVATE_KEY_PREVIOUS', a.key)
  github.variables.set('NETSUITE_CERTIFICATE_PREVIOUS', a.certificate)
  github.variables.set('NETSUITE_CERTIFICATE_ID_PREVIOUS', a.id)
  const b = await seedCurrent(github, netsuite, new Date(T0.getTime() + DAY))
  return { w: { github, netsuite, now: new Date(T0.getTime() + 40 * DAY) }, a, b }
}

function stages(github: FakeGitHub): Record<string, string | undefined> {
  const v = (name: string): string | undefined => github.variables.get(name)
  return {
    current: v('NETSUITE_CERTIFICATE'),
    currentId: v('NETSUITE_CERTIFICATE_ID'),
    previous: v('NETSUITE_CERTIFICATE_PREVIOUS'),
    previousId: v('NETSUITE_CERTIFICATE_ID_PREVIOUS')
  }
}

/** Each stage's ID is the one NetSuite gave its certificate. */
function pairedAsNetSuiteKnowsThem(w: { github: FakeGitHub; netsuite: FakeNetSuite }): void {
  const held = stages(w.github)
  for (const [certificate, id] of [
    [held.current, held.currentId],
    [held.previous, held.previousId]
  ]) {
    if (certificate === undefined && id === undefined) continue
    expect(w.netsuite.registry.certs.get(id ?? '')?.pem.trim()).toBe(certificate?.trim())
  }
}

describe('a step whose inputs disagree with the live variables', () => {
  it('promote keeps the replaced stage as the variables held it', async () => {
    const { w, a, b } = await twoStages()
    await harness(workflowInputs(w.github), w).run('rotate')
    const uploaded = w.netsuite.register(w.github.variables.get('NETSUITE_CERTIFICATE_PENDING')!)
    // The workflow still passes the ID of an older certificate.
    const inputs = workflowInputs(w.github, {
      'certificate-id': a.id,
      'new-certificate-id': uploaded
    })
    const result = await harness(inputs, w).run('promote')
    expect(result.status).toBe('promoted')
    expect(stages(w.github)).toMatchObject({
      currentId: uploaded,
      previous: b.certificate,
      previousId: b.id
    })
    pairedAsNetSuiteKnowsThem(w)
  })

  it('the automatic promotion keeps the replaced stage as the variables held it', async () => {
    const { w, a, b } = await twoStages()
    w.netsuite.canManageCertificates = true
    // Inputs read before a rollback changed the stages: the older pair, still active in NetSuite.
    const inputs = workflowInputs(w.github, {
      'netsuite-role-id': '3',
      'netsuite-entity-id': '4',
      'private-key': a.key,
      certificate: a.certificate,
      'certificate-id': a.id
    })
    const result = await harness(inputs, w).run('rotate')
    expect(result.status).toBe('promoted')
    expect(stages(w.github)).toMatchObject({
      currentId: result.outputs['certificate-id'],
      previous: b.certificate,
      previousId: b.id
    })
    pairedAsNetSuiteKnowsThem(w)
  })

  it('rollback swaps the stages as the variables hold them', async () => {
    const { w, a, b } = await twoStages()
    const inputs = workflowInputs(w.github, { 'certificate-id': a.id })
    const result = await harness(inputs, w).run('rollback')
    expect(result.status).toBe('rolled-back')
    expect(stages(w.github)).toEqual({
      current: a.certificate,
      currentId: a.id,
      previous: b.certificate,
      previousId: b.id
    })
    pairedAsNetSuiteKnowsThem(w)
  })
})

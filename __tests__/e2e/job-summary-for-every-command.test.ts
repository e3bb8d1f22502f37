// Every command writes a job summary a person can act on: a table of the
// credential stages (stage, certificate ID, fingerprint, not after, days left,
// status) and a "Next step" line.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { EC, expectSucceeded, stepExpecting, uploadAndReply } from './helpers.js'

const COLUMNS = ['stage', 'certificate id', 'fingerprint', 'not after', 'days left', 'status']

interface Table {
  header: string[]
  rows: Record<string, string>[]
}

/** The first markdown table whose header names a stage column. */
function stageTable(summary: string): Table | undefined {
  const lines = summary.split('\n')
  const start = lines.findIndex(line => line.startsWith('|') && /\bstage\b/i.test(line))
  if (start < 0) return undefined
  const cells = (line: string): string[] =>
    line
      .replace(/^\||\|$/g, '')
      .split('|')
      .map(cell => cell.trim())
  const header = cells(lines[start]).map(cell => cell.toLowerCase())
  const rows: Record<string, string>[] = []
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break
    rows.push(Object.fromEntries(cells(line).map((cell, i) => [header[i], cell])))
  }
  return { header, rows }
}

/** The row's cell for a column whose header starts with `name` ("fingerprint (SHA-256)"). */
const cell = (row: Record<string, string>, name: string): string =>
  Object.entries(row).find(([header]) => header.startsWith(name))?.[1] ?? ''

describe('the job summary of each command', () => {
  let world: World
  const runs: { label: string; result: RunResult; stage: string; certificateId?: string }[] = []

  beforeAll(async () => {
    world = await startWorld()
    const check = await stepExpecting(world, 'check', 'rotation-started', { inputs: EC })
    runs.push({ label: 'check (rotation-started)', result: check, stage: 'pending' })
    const rotate = await stepExpecting(world, 'rotate', 'rotation-pending', { inputs: EC })
    runs.push({ label: 'rotate (rotation-pending)', result: rotate, stage: 'pending' })
    const first = await uploadAndReply(world)
    expectSucceeded(first.result, 'promoted')
    runs.push({
      label: 'promote',
      result: first.result,
      stage: 'current',
      certificateId: first.certificateId
    })
    const verify = await stepExpecting(world, 'verify', 'verified')
    runs.push({
      label: 'verify',
      result: verify,
      stage: 'current',
      certificateId: first.certificateId
    })
    const ok = await stepExpecting(world, 'check', 'ok', { inputs: EC })
    runs.push({
      label: 'check (ok)',
      result: ok,
      stage: 'current',
      certificateId: first.certificateId
    })
    await stepExpecting(world, 'rotate', 'rotation-started', { inputs: EC })
    expectSucceeded((await uploadAndReply(world)).result, 'promoted')
    const rollback = await stepExpecting(world, 'rollback', 'rolled-back', { runId: '7100000001' })
    runs.push({
      label: 'rollback',
      result: rollback,
      stage: 'current',
      certificateId: first.certificateId
    })
  })
  afterAll(async () => {
    await world.close()
  })

  it('covers every command', () => {
    expect(runs.map(run => run.label)).toEqual([
      'check (rotation-started)',
      'rotate (rotation-pending)',
      'promote',
      'verify',
      'check (ok)',
      'rollback'
    ])
  })

  it.each([
    'check (rotation-started)',
    'rotate (rotation-pending)',
    'promote',
    'verify',
    'check (ok)',
    'rollback'
  ])('%s: a stage table with every column', label => {
    const run = runs.find(r => r.label === label)
    const table = stageTable(run?.result.summary ?? '')
    for (const column of COLUMNS)
      expect(table?.header.some(header => header.startsWith(column))).toBe(true)
    expect(table?.rows.length).toBeGreaterThan(0)
  })

  it.each([
    'check (rotation-started)',
    'rotate (rotation-pending)',
    'promote',
    'verify',
    'check (ok)',
    'rollback'
  ])('%s: the row describes the certificate the command reported', label => {
    const run = runs.find(r => r.label === label)
    if (!run) throw new Error(`no run ${label}`)
    const row = stageTable(run.result.summary)?.rows.find(r => r.stage === run.stage)
    expect(row).toBeDefined()
    const outputs = run.result.outputs
    expect(cell(row ?? {}, 'fingerprint').replace(/[`…]/g, '')).toBe(
      outputs.fingerprint.slice(0, 23)
    )
    expect(cell(row ?? {}, 'not after')).toBe(outputs['expires-at'].slice(0, 10))
    expect(cell(row ?? {}, 'days left')).toBe(outputs['days-remaining'])
    expect(cell(row ?? {}, 'status')).not.toBe('')
    if (run.certificateId) expect(cell(row ?? {}, 'certificate id')).toContain(run.certificateId)
  })

  it.each([
    'check (rotation-started)',
    'rotate (rotation-pending)',
    'promote',
    'verify',
    'check (ok)',
    'rollback'
  ])('%s: a Next step line', label => {
    const summary = runs.find(r => r.label === label)?.result.summary ?? ''
    expect(summary).toMatch(/^\**Next step:?\**:? *\S+/m)
  })
})

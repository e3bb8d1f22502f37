// A rerun (or the next scheduled check) while a rotation is pending must not
// generate a second key pair or open a second issue.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import type { StoredSecret, StoredVariable } from '../../sandbox/github/index.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { bootstrap, EC, openRotationIssues, snapshot, stepExpecting } from './helpers.js'

describe('check and rotate again while a rotation is pending', () => {
  let world: World
  let first: RunResult
  let secretBefore: StoredSecret | undefined
  let variableBefore: StoredVariable | undefined
  let logBefore: number
  let stateBefore: ReturnType<typeof snapshot>
  const reruns: RunResult[] = []

  beforeAll(async () => {
    world = await startWorld()
    first = (await bootstrap(world)).result
    secretBefore = world.github.secret('NETSUITE_PRIVATE_KEY_PENDING')
    variableBefore = world.github.variable('NETSUITE_CERTIFICATE_PENDING')
    stateBefore = snapshot(world)
    logBefore = world.github.log.length
    reruns.push(await stepExpecting(world, 'check', 'rotation-pending', { inputs: EC }))
    reruns.push(await stepExpecting(world, 'rotate', 'rotation-pending', { inputs: EC }))
    reruns.push(await stepExpecting(world, 'check', 'rotation-pending', { inputs: EC }))
  })
  afterAll(async () => {
    await world.close()
  })

  it('reports rotation-pending with the same issue and certificate each time', () => {
    for (const rerun of reruns) {
      expect(rerun.outputs['issue-number']).toBe(first.outputs['issue-number'])
      expect(rerun.outputs.fingerprint).toBe(first.outputs.fingerprint)
    }
  })

  it('leaves exactly one open rotation issue', () => {
    expect(openRotationIssues(world)).toHaveLength(1)
    expect(world.github.issues()).toHaveLength(1)
  })

  it('keeps the pending secret and variable as they were', () => {
    expect(snapshot(world)).toEqual(stateBefore)
    expect(world.github.secret('NETSUITE_PRIVATE_KEY_PENDING')?.updated_at).toBe(
      secretBefore?.updated_at
    )
    expect(world.github.variable('NETSUITE_CERTIFICATE_PENDING')?.updated_at).toBe(
      variableBefore?.updated_at
    )
  })

  it('generates and stores no new key: no secret, variable or issue is written', () => {
    const later = world.github.log.slice(logBefore)
    expect(later.filter(e => /\/secrets|\/variables/.test(e.path) && e.method !== 'GET')).toEqual(
      []
    )
    expect(later.filter(e => e.method === 'POST' && /\/issues$/.test(e.path))).toEqual([])
    // Each rerun looks at the issue the rotation record names, never at a list of issues.
    expect(later.filter(e => e.method === 'GET' && e.path.endsWith('/issues/1')).length).toBe(3)
    expect(later.filter(e => e.method === 'GET' && e.path.endsWith('/issues'))).toEqual([])
  })
})

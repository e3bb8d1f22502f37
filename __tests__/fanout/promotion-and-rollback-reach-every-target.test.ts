// One NetSuite integration used by three places besides the source repository: another
// repository, another repository's environment and the organization. A promotion and a
// rollback each copy the current stage to all of them; the organization's existing entries
// keep their visibility, new ones are readable by no repository; pending and previous never leave the source.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import {
  EC,
  expectSucceeded,
  snapshot,
  stepExpecting,
  twoGenerations,
  type Generation
} from '../e2e/helpers.js'
import { STAGE_NAMES, TARGETS, held } from './helpers.js'

describe('a promotion and a rollback reach every target', () => {
  let world: World
  let first: Generation
  let second: Generation
  let promote: RunResult
  let afterPromotion: Record<string, (string | undefined)[]>
  let rollback: RunResult

  beforeAll(async () => {
    world = await startWorld({ fanOut: true })
    // The organization already shares the key with one repository and the certificate with all.
    world.github.org.setSecret(STAGE_NAMES[0], 'old key', {
      visibility: 'selected',
      repositories: ['acme/billing']
    })
    world.github.org.setVariable(STAGE_NAMES[1], 'old certificate', { visibility: 'all' })
    ;({ first, second, promote } = await twoGenerations(world))
    afterPromotion = Object.fromEntries(TARGETS.map(t => [t, held(world, t)]))
    rollback = await world.step('rollback', { inputs: EC })
  }, 120_000)
  afterAll(async () => {
    await world.close()
  })

  it('copies the promoted key, certificate and ID to every target', () => {
    expectSucceeded(promote, 'promoted')
    for (const target of TARGETS)
      expect(afterPromotion[target]).toEqual([second.key, second.certificate, second.certificateId])
  })

  it('copies the key first at every target', () => {
    const writes = world.github.log.filter(
      e => ['PUT', 'PATCH', 'POST'].includes(e.method) && /billing|etl|orgs/.test(e.path)
    )
    for (const scope of ['/repos/acme/billing/', '/repos/acme/etl/environments/', '/orgs/acme/']) {
      const first = writes.find(e => e.path.startsWith(scope))
      expect(first?.path).toMatch(/secrets\/NETSUITE_PRIVATE_KEY$/)
    }
  })

  it('keeps who may read existing organization entries; new ones nobody may read', () => {
    const org = world.github.org
    expect(org.secret(STAGE_NAMES[0])?.visibility).toBe('selected')
    expect(org.readers('secret', STAGE_NAMES[0])).toEqual(['acme/billing'])
    expect(org.variable(STAGE_NAMES[1])?.visibility).toBe('all')
    expect(org.variable(STAGE_NAMES[2])).toMatchObject({
      visibility: 'selected',
      selectedRepositoryIds: []
    })
    expect(org.readers('variable', STAGE_NAMES[2])).toEqual([])
  })

  it('warns once that the certificate variable is read by every repository, naming no value', () => {
    const wide = promote.annotations.filter(
      a =>
        a.level === 'warning' && /NETSUITE_CERTIFICATE keeps the visibility "all"/.test(a.message)
    )
    expect(wide).toHaveLength(1)
    expect(wide[0].message).toMatch(/every repository of acme, public ones included/)
    expect(wide[0].message).not.toContain(second.certificate.split('\n')[1])
  })

  it('a rollback copies the restored credentials to every target', () => {
    expectSucceeded(rollback, 'rolled-back')
    for (const target of TARGETS)
      expect(held(world, target)).toEqual([first.key, first.certificate, first.certificateId])
  })

  it('keeps pending and previous stages in the source repository only', () => {
    expect(snapshot(world).secrets.NETSUITE_PRIVATE_KEY_PREVIOUS).toBe(second.key)
    for (const [name, repo] of Object.entries(world.repositories)) {
      for (const environment of name === 'acme/etl' ? [undefined, 'production'] : [undefined]) {
        const names = [...repo.secrets(environment), ...repo.variables(environment)].map(
          e => e.name
        )
        expect(names.filter(name => /PENDING|PREVIOUS|STATE/.test(name))).toEqual([])
      }
    }
    expect(world.github.org.secret('NETSUITE_PRIVATE_KEY_PREVIOUS')).toBeUndefined()
  })

  it('shows each target in the job summary and keeps what each received in the record', () => {
    expect(rollback.summary).toContain('**Targets:**')
    for (const target of TARGETS) expect(rollback.summary).toContain(`${target}: written now`)
    const record = JSON.parse(snapshot(world).variables.NETSUITE_CERTIFICATE_ID_STATE) as {
      targets: Record<string, { certificateId?: string }>
    }
    expect(Object.keys(record.targets).sort()).toEqual([...TARGETS].sort())
    for (const target of TARGETS)
      expect(record.targets[target].certificateId).toBe(first.certificateId)
  })

  it('a check afterwards writes nothing to targets that are up to date', async () => {
    const before = world.github.log.length
    // The restored certificate is inside the renew window, so check starts a rotation too.
    const check = await stepExpecting(world, 'check', 'rotation-started', { inputs: EC })
    const written = world.github.log
      .slice(before)
      .filter(e => e.method !== 'GET' && /billing|etl|orgs/.test(e.path))
    expect(written).toEqual([])
    expect(check.summary).toContain('acme/billing: up to date')
  })
})

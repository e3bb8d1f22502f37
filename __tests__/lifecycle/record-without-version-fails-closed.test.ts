// Someone hand-edits the rotation record and drops its "version". Every other
// kind of damage fails closed; this one must too, rather than being read as an
// empty record (which forgets the open rotation's issue and adopts the pending
// pair anew). The error names the variable and a fix GitHub really offers:
// GitHub keeps no history of a variable's values.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { EC, snapshot, startPromotedWorld, stepExpecting, writesIn } from '../e2e/helpers.js'
import { STATE_VARIABLE } from '../zero-touch/helpers.js'
import { errorsOf } from './helpers.js'

describe('check with a rotation record that lost its version', () => {
  let world: World
  let before: ReturnType<typeof snapshot>
  let issuesBefore: string
  let mark: number
  let result: RunResult

  beforeAll(async () => {
    ;({ world } = await startPromotedWorld())
    world.advanceDays(680)
    await stepExpecting(world, 'check', 'rotation-started', { inputs: EC })
    const record = JSON.parse(world.github.variable(STATE_VARIABLE)!.value) as Record<
      string,
      unknown
    >
    expect(record.version).toBeDefined()
    delete record.version
    world.github.setVariable(STATE_VARIABLE, JSON.stringify(record))
    world.advanceDays(1)
    before = snapshot(world)
    issuesBefore = JSON.stringify(world.github.issues())
    mark = world.github.log.length
    result = await world.step('check', { inputs: EC })
  }, 90_000)
  afterAll(async () => {
    await world.close()
  })

  it('fails, naming the record variable', () => {
    expect(result.exitCode).not.toBe(0)
    expect(errorsOf(result)).toContain(STATE_VARIABLE)
  })

  it('does not point to a settings history GitHub does not have', () => {
    expect(errorsOf(result)).not.toMatch(/history/i)
  })

  it('writes nothing: no secret, variable or issue changes', () => {
    expect(writesIn(world.github.log.slice(mark))).toEqual([])
    expect(snapshot(world)).toEqual(before)
    expect(JSON.stringify(world.github.issues())).toEqual(issuesBefore)
  })
})

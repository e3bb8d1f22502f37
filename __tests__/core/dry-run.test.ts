// The one dry-run mechanism both gateways write through: every write is
// recorded by name; in dry-run it is reported and never run, and yields no value.
import { describe, expect, it } from '@jest/globals'
import { Writes } from '../../src/core/dry-run.js'

function recorder(dryRun: boolean): { writes: Writes; said: string[] } {
  const said: string[] = []
  return { writes: new Writes(dryRun, { info: message => said.push(message) }), said }
}

describe('Writes', () => {
  it('runs each write, records its step and passes its value on', async () => {
    const { writes, said } = recorder(false)
    let runs = 0
    const outcome = await writes.run('write variable A', async () => {
      runs++
      return 'ID-1'
    })
    expect(outcome).toEqual({ written: true, value: 'ID-1' })
    expect(runs).toBe(1)
    expect(writes.steps).toEqual(['write variable A'])
    expect(said).toEqual([])
  })

  it('in dry-run reports each write, never runs it and yields no value', async () => {
    const { writes, said } = recorder(true)
    let runs = 0
    const write = async (): Promise<string> => {
      runs++
      return 'ID-1'
    }
    expect(await writes.run('upload the certificate', write)).toEqual({ written: false })
    expect(await writes.run('write secret B', write)).toEqual({ written: false })
    expect(runs).toBe(0)
    expect(writes.steps).toEqual(['upload the certificate', 'write secret B'])
    expect(said).toEqual(['dry-run: would upload the certificate', 'dry-run: would write secret B'])
  })

  it('records a write that fails as failed, and lets its error through', async () => {
    const { writes } = recorder(false)
    await expect(
      writes.run('delete variable C', async () => {
        throw new Error('HTTP 500')
      })
    ).rejects.toThrow('HTTP 500')
    // A caller that carries on (a revocation left to a person) must not see it listed as done.
    expect(writes.steps).toEqual(['delete variable C (failed)'])
  })

  it('can be shared: both gateways add to one list, in the order the writes happen', async () => {
    const steps: string[] = []
    const github = new Writes(false, { info: () => undefined }, steps)
    const netsuite = new Writes(false, { info: () => undefined }, steps)
    await github.run('write secret A_PENDING', async () => undefined)
    await netsuite.run('upload the certificate to NetSuite (role 3, entity 4)', async () => 'X')
    await github.run('write variable A_ID', async () => undefined)
    expect(steps).toEqual([
      'write secret A_PENDING',
      'upload the certificate to NetSuite (role 3, entity 4)',
      'write variable A_ID'
    ])
  })
})

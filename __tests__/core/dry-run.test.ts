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

  it('records a write that fails, and lets its error through', async () => {
    const { writes } = recorder(false)
    await expect(
      writes.run('delete variable C', async () => {
        throw new Error('HTTP 500')
      })
    ).rejects.toThrow('HTTP 500')
    expect(writes.steps).toEqual(['delete variable C'])
  })
})

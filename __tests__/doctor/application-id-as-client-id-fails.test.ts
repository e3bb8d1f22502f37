// client-id holds the integration's application ID (a UUID) instead of its client ID:
// NetSuite answers every assertion with server_error. doctor names the mix-up and the
// fix, and writes nothing.
import { randomUUID } from 'node:crypto'
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { COMPRESSED_TIME, type World } from '../../sandbox/world.js'
import { expectNothingWritten, row, runDoctor, type DoctorRun } from './helpers.js'
import { seededWorld } from '../zero-touch/helpers.js'

describe('doctor with the application ID given as client-id', () => {
  let world: World
  let applicationId: string
  let run: DoctorRun

  beforeAll(async () => {
    // doctor reads no record or issue for this failure: a seeded current pair will do.
    ;({ world } = await seededWorld())
    applicationId = randomUUID().toUpperCase()
    // Every token request is retried after a backoff: compressed, they take no real seconds.
    run = await runDoctor(world, {
      inputs: { 'client-id': applicationId },
      timeScale: COMPRESSED_TIME
    })
  })
  afterAll(async () => {
    await world.close()
  })

  it('fails naming the client ID to use instead, with nothing written', () => {
    expect(run.result.exitCode).not.toBe(0)
    expect(run.result.outputs.status).toBe('unhealthy')
    expect(row(run.result, 'client-id')).toMatch(/❌ failure.*application ID.*consumer key/)
    expect(row(run.result, 'current pair')).toMatch(/❌ failure.*server_error/)
    const [error] = run.result.annotations.filter(a => a.level === 'error')
    expect(error.message).toMatch(/client-id: .*Client ID \(consumer key\)/)
    expectNothingWritten(run)
  })

  it('never prints the value given as client-id', () => {
    const printed = run.result.rawStdout
      .split('\n')
      .filter(line => !line.startsWith('::add-mask::'))
    expect(printed.join('\n')).not.toContain(applicationId)
    expect(run.result.summary).not.toContain(applicationId)
  })
})

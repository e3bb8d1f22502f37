/**
 * Moves and readers shared by the doctor scenarios: a doctor step with the request logs
 * it left in both emulators, the row of the summary's table for one check, and the
 * promise every scenario keeps: doctor wrote nothing (token requests and reads only).
 */
import { expect } from '@jest/globals'
import type { World, StepOptions } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import type { RequestLogEntry } from '../../sandbox/github/index.js'
import type { LogEntry } from '../../sandbox/netsuite/index.js'
import { writesIn } from '../e2e/helpers.js'

export interface DoctorRun {
  result: RunResult
  /** GitHub requests that could write (PUT, POST, PATCH, DELETE). */
  githubWrites: RequestLogEntry[]
  /** NetSuite requests other than a token request or a read. */
  netsuiteWrites: LogEntry[]
  /** Token requests sent to NetSuite. */
  tokenRequests: number
}

export async function runDoctor(world: World, options: StepOptions = {}): Promise<DoctorRun> {
  const github = world.github.log.length
  const netsuite = world.netsuite.log.length
  const result = await world.step('doctor', options)
  const sent = world.netsuite.log.slice(netsuite)
  const isToken = (entry: LogEntry): boolean =>
    entry.method === 'POST' && entry.path.endsWith('/oauth2/v1/token')
  return {
    result,
    githubWrites: writesIn(world.github.log.slice(github)),
    netsuiteWrites: sent.filter(entry => !isToken(entry) && entry.method !== 'GET'),
    tokenRequests: sent.filter(isToken).length
  }
}

/** The summary's table row of a check, e.g. `| ❌ failure | current pair | … | … |`. */
export function row(result: RunResult, check: string): string {
  const cell = `| ${check} |`
  return result.summary.split('\n').find(line => line.includes(cell)) ?? ''
}

/** Every doctor step keeps this: nothing written, anywhere. */
export function expectNothingWritten(run: DoctorRun): void {
  expect(run.githubWrites).toEqual([])
  expect(run.netsuiteWrites).toEqual([])
}

/** Non-zero, `unhealthy`, one `::error::` naming the fix, the failure in the table, nothing written. */
export function expectUnhealthy(run: DoctorRun, check: string, fix: RegExp): void {
  const { result } = run
  expect(result.exitCode).not.toBe(0)
  expect(result.outputs.status).toBe('unhealthy')
  const errors = result.annotations.filter(a => a.level === 'error').map(a => a.message)
  expect(errors).toHaveLength(1)
  expect(errors[0]).toMatch(fix)
  expect(row(result, check)).toMatch(/❌ failure/)
  expect(row(result, check)).toMatch(fix)
  expectNothingWritten(run)
}

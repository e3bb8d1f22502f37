// The action process itself: fake clock, kills, environment isolation and RUNNER_TEMP hygiene.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { existsSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { REPO_ROOT, runAction, type RunResult } from '../../sandbox/runner/index.js'

const ECHO = join(REPO_ROOT, '__tests__', 'fixtures', 'echo-action')

function printed(result: RunResult, key: string): string {
  const line = result.rawStdout.split('\n').find(l => l.startsWith(`${key}=`))
  if (line === undefined) throw new Error(`the action printed no ${key}=`)
  return line.slice(key.length + 1)
}

describe('fake clock', () => {
  const now = new Date('2031-05-06T07:08:09.000Z')
  let result: RunResult
  beforeAll(async () => {
    result = await runAction({ actionDir: ECHO, inputs: { secret: 's' }, now })
  })

  it('starts Date.now() and new Date() at `now`', () => {
    const ms = Number(printed(result, 'now-ms'))
    expect(ms).toBeGreaterThanOrEqual(now.getTime())
    // bounded by the run's own timeout, not by how fast this machine is
    expect(ms).toBeLessThan(now.getTime() + 60_000)
    expect(printed(result, 'new-date').startsWith('2031-05-06T07:')).toBe(true)
  })

  it('is what a JWT library computes iat from', () => {
    const iat = Number(printed(result, 'iat'))
    expect(iat).toBeGreaterThanOrEqual(Math.floor(now.getTime() / 1000))
    expect(iat).toBeLessThan(Math.floor(now.getTime() / 1000) + 60)
  })

  it('also shifts Date() called as a function', () => {
    expect(printed(result, 'date-call')).toContain('2031')
  })

  it('leaves the action environment alone', () => {
    expect(Object.keys(result.env).some(k => /FAKE|NOW|NODE_OPTIONS/.test(k))).toBe(false)
  })

  it('uses the real clock without `now`', async () => {
    const before = Date.now()
    const real = await runAction({ actionDir: ECHO, inputs: { secret: 's' } })
    expect(Number(printed(real, 'now-ms'))).toBeGreaterThanOrEqual(before)
    expect(Number(printed(real, 'now-ms'))).toBeLessThanOrEqual(Date.now())
  })
})

describe('killing the action', () => {
  it('SIGKILLs as soon as a stdout line matches killWhen', async () => {
    const seen: string[] = []
    const result = await runAction({
      actionDir: ECHO,
      inputs: { mode: 'hang' },
      killWhen: line => {
        seen.push(line)
        return line === 'ready-to-die'
      }
    })
    expect(result.killed).toBe(true)
    expect(result.timedOut).toBe(false)
    expect(result.signal).toBe('SIGKILL')
    expect(result.exitCode).toBeNull()
    expect(result.conclusion).toBe('failure')
    expect(seen[0]).toBe('ready-to-die')
  })

  it('SIGKILLs after timeoutMs', async () => {
    const result = await runAction({ actionDir: ECHO, inputs: { mode: 'hang' }, timeoutMs: 300 })
    expect(result.killed).toBe(true)
    expect(result.timedOut).toBe(true)
    expect(result.conclusion).toBe('failure')
  })
})

describe('environment', () => {
  let result: RunResult
  beforeAll(async () => {
    process.env.SECRET_HOST_VALUE = 'host-only-secret'
    try {
      result = await runAction({
        actionDir: ECHO,
        inputs: { secret: 's' },
        env: { GITHUB_API_URL: 'http://127.0.0.1:9/api' },
        debug: true
      })
    } finally {
      delete process.env.SECRET_HOST_VALUE
    }
  })

  it('does not pass the host environment on', () => {
    expect(result.outputs['host-secret']).toBe('<unset>')
    const keys = (result.outputs['env-keys'] ?? '').split(',')
    expect(keys).not.toContain('SECRET_HOST_VALUE')
    // Jest's own NODE_OPTIONS (--experimental-vm-modules) must not reach the action either.
    expect(keys).not.toContain('NODE_OPTIONS')
    expect(keys).toContain('PATH')
  })

  it('applies opts.env and debug', () => {
    expect(result.outputs['api-url']).toBe('http://127.0.0.1:9/api')
    expect(result.env.RUNNER_DEBUG).toBe('1')
    expect(result.env.ACTIONS_STEP_DEBUG).toBe('true')
  })

  it('sets the runner variables', () => {
    expect(result.env).toMatchObject({
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'acme/erp-sync',
      GITHUB_REPOSITORY_OWNER: 'acme',
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_ACTION_PATH: ECHO,
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64'
    })
    expect(result.env.GITHUB_TOKEN).toBeUndefined()
  })
})

describe('RUNNER_TEMP', () => {
  const kept: string[] = []
  afterAll(() => {
    for (const dir of kept) rmSync(dir, { recursive: true, force: true })
  })

  it('reports files and folders the action left behind, then removes RUNNER_TEMP', async () => {
    const result = await runAction({ actionDir: ECHO, inputs: { secret: 's', mode: 'leave-temp' } })
    expect(result.leftoverFiles).toEqual(['forgotten.pem', 'work/', 'work/inner/'])
    expect(existsSync(result.runnerTemp)).toBe(false)
  })

  it('reports nothing when the action cleans up after itself', async () => {
    const result = await runAction({ actionDir: ECHO, inputs: { secret: 's', mode: 'clean-temp' } })
    expect(result.leftoverFiles).toEqual([])
  })

  it('keeps the folders with keepTemp', async () => {
    const result = await runAction({ actionDir: ECHO, inputs: { secret: 's' }, keepTemp: true })
    kept.push(resolve(result.runnerTemp, '..', '..'))
    expect(existsSync(result.requestedFiles.output)).toBe(true)
  })
})

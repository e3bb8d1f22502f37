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

describe('compressed time (timeScale)', () => {
  const KINDS = ['set-timeout', 'node-timers', 'timers-promises', 'abort-signal']
  /** Per kind of timer: how far the action's Date.now() moved and how much real time passed. */
  function waited(result: RunResult): Record<string, { date: number; real: number }> {
    return Object.fromEntries(
      KINDS.map(kind => {
        const [date, real] = printed(result, `waited-${kind}`).split(',').map(Number)
        return [kind, { date, real }]
      })
    )
  }

  it('fires 10 s timers within a fraction of that, while Date.now() moves the full 10 s', async () => {
    const now = new Date('2031-05-06T07:08:09.000Z')
    const startedAt = Date.now()
    const result = await runAction({
      actionDir: ECHO,
      inputs: { secret: 's', mode: 'wait', 'wait-ms': '10000' },
      now,
      timeScale: 0.01
    })
    // Four 10 s waits, one after the other; generous bounds for a loaded machine.
    expect(Date.now() - startedAt).toBeLessThan(10_000)
    for (const [kind, { date, real }] of Object.entries(waited(result))) {
      expect({ kind, fast: real < 5_000 }).toEqual({ kind, fast: true })
      expect({ kind, moved: date >= 9_500 }).toEqual({ kind, moved: true })
    }
    // A timed-out fetch is told apart from a refused one by this name.
    expect(printed(result, 'abort-reason')).toBe('TimeoutError')
    expect(result.conclusion).toBe('success')
  })

  it('starts the clock at `now` when the run is asked for', async () => {
    const now = new Date('2031-05-06T07:08:09.000Z')
    const result = await runAction({
      actionDir: ECHO,
      inputs: { secret: 's' },
      now,
      timeScale: 0.01
    })
    expect(printed(result, 'new-date').startsWith('2031-05-')).toBe(true)
    expect(Number(printed(result, 'now-ms'))).toBeGreaterThanOrEqual(now.getTime())
  })

  it('scales nothing without the option', async () => {
    const result = await runAction({
      actionDir: ECHO,
      inputs: { secret: 's', mode: 'wait', 'wait-ms': '300' },
      now: new Date('2031-05-06T07:08:09.000Z')
    })
    for (const [kind, { date, real }] of Object.entries(waited(result))) {
      expect({ kind, waitedReally: real >= 290 }).toEqual({ kind, waitedReally: true })
      // Date.now() moves with real time (give or take the clocks' rounding).
      expect({ kind, sameTime: Math.abs(date - real) <= 200 }).toEqual({ kind, sameTime: true })
    }
  })

  it('refuses a scale that is not a positive number', async () => {
    await expect(runAction({ actionDir: ECHO, timeScale: 0 })).rejects.toThrow(/timeScale/)
  })
})

describe('zero-delay timers as immediates (zeroDelayAsImmediate)', () => {
  const yields = (result: RunResult): number => Number(printed(result, 'yields'))

  it('runs setTimeout(fn, 0) at the next turn of the event loop, and clearTimeout still cancels it', async () => {
    const result = await runAction({
      actionDir: ECHO,
      inputs: { secret: 's', mode: 'yield' },
      zeroDelayAsImmediate: true
    })
    expect(result.exitCode).toBe(0)
    // 200 yields; Node's 1 ms rounding alone would take 200 ms.
    expect(yields(result)).toBeLessThan(100)
    expect(result.stdout).not.toContain('cancelled-ran')
  })

  it('leaves Node’s rounding to 1 ms alone without the option', async () => {
    const result = await runAction({ actionDir: ECHO, inputs: { secret: 's', mode: 'yield' } })
    expect(yields(result)).toBeGreaterThanOrEqual(200)
    expect(result.stdout).not.toContain('cancelled-ran')
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

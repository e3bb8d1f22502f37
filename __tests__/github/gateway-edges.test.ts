// The GitHub gateway against the emulator, over real HTTP, at the edges a real account meets:
// a variable that already exists, rate limits, an assignee GitHub refuses, environment names
// with a slash, and the API version on every request.
import { describe, it, expect, beforeEach, afterEach, jest } from '@jest/globals'
import { startGitHubEmulator, type GitHubEmulator } from '../../sandbox/github/index.js'
import { GitHubError } from '../../src/core/errors.js'
import { DEFAULT_PACE_MS, paceFromEnvironment } from '../../src/github/octokit.js'
import { gatewayFor, recordingLogger, type RecordingLogger } from './helpers.js'

let gh: GitHubEmulator
let log: RecordingLogger

beforeEach(async () => {
  gh = await startGitHubEmulator({ environments: ['prod/eu'] })
  log = recordingLogger()
})

afterEach(async () => {
  await gh.close()
})

const VARIABLES = '/repos/acme/erp-sync/actions/variables'

/**
 * Runs `work` with Jest's fake timers, moving them on in small steps while the emulator
 * answers over real loopback HTTP: a wait GitHub asks for, in whole seconds, passes at once
 * in real time and still shows on the fake clock. Date stays real, so the rate-limit reset
 * times and the request pacing shared between clients keep real time. Resolves to what
 * `work` settled to (a rejection as its value) and how far the timers moved.
 */
/** Small, so that the turns spent on HTTP add little to the clock next to a wait of seconds. */
const STEP_MS = 5

async function onFakeClock<T>(
  work: () => Promise<T>
): Promise<{ value: unknown; waitedMs: number }> {
  jest.useFakeTimers({ doNotFake: ['Date', 'nextTick', 'setImmediate', 'queueMicrotask'] })
  try {
    const start = jest.now()
    let settled = false
    const running = work().then(
      (value: unknown) => value,
      (error: unknown) => error
    )
    void running.finally(() => (settled = true))
    while (!settled) {
      await jest.advanceTimersByTimeAsync(STEP_MS)
      await new Promise(resolve => setImmediate(resolve))
    }
    return { value: await running, waitedMs: jest.now() - start }
  } finally {
    jest.useRealTimers()
  }
}

describe('a variable that already exists', () => {
  it('is POSTed once, answered 409, then PATCHed once: 409 is never retried', async () => {
    gh.setVariable('NETSUITE_CERTIFICATE_ID', 'old')
    const from = gh.log.length
    await gatewayFor(gh, log).setVariable('NETSUITE_CERTIFICATE_ID', 'new', false)
    const requests = gh.log.slice(from).map(e => `${e.method} ${e.path} ${e.status}`)
    expect(requests).toEqual([
      `POST ${VARIABLES} 409`,
      `PATCH ${VARIABLES}/NETSUITE_CERTIFICATE_ID 204`
    ])
    expect(gh.variable('NETSUITE_CERTIFICATE_ID')?.value).toBe('new')
  })
})

describe('rate limits are not permission errors', () => {
  it('a secondary limit with retry-after is waited out, with a warning', async () => {
    gh.injectFault({ method: 'POST', path: VARIABLES, rateLimit: 'secondary', retryAfter: 1 })
    const { waitedMs } = await onFakeClock(() => gatewayFor(gh, log).setVariable('V', 'x', false))
    expect(waitedMs).toBeGreaterThanOrEqual(1000)
    expect(gh.variable('V')?.value).toBe('x')
    expect(gh.log.filter(e => e.method === 'POST').map(e => e.status)).toEqual([403, 201])
    expect(log.warnings()).toEqual([expect.stringMatching(/secondary rate limit.*waiting 1 s/)])
  })

  it('a 429 with only retry-after counts as a secondary limit too', async () => {
    gh.injectFault({ method: 'POST', path: VARIABLES, status: 429, retryAfter: 1 })
    const { waitedMs } = await onFakeClock(() => gatewayFor(gh, log).setVariable('W', 'x', false))
    expect(waitedMs).toBeGreaterThanOrEqual(1000)
    expect(gh.variable('W')?.value).toBe('x')
    expect(gh.log.filter(e => e.method === 'POST').map(e => e.status)).toEqual([429, 201])
    expect(log.warnings()).toEqual([expect.stringMatching(/secondary rate limit.*waiting 1 s/)])
  })

  it('a secondary limit that persists fails the step saying so, not blaming a permission', async () => {
    gh.injectFault({ path: VARIABLES, rateLimit: 'secondary', retryAfter: 1, count: 3 })
    const { value: failure, waitedMs } = await onFakeClock(() =>
      gatewayFor(gh, log).setVariable('V', 'x', false)
    )
    expect(waitedMs).toBeGreaterThanOrEqual(2000)
    expect(failure).toBeInstanceOf(GitHubError)
    const message = (failure as Error).message
    expect(message).toMatch(/secondary rate limit stopped admin-token/)
    expect(message).toMatch(/Rerun in a few minutes/)
    expect(message).not.toMatch(/cannot write|permission:/)
    expect(gh.log.filter(e => e.method === 'POST')).toHaveLength(3)
  })

  it('a primary limit that resets within a minute is waited for', async () => {
    gh.injectFault({ path: VARIABLES, rateLimit: 'primary', resetIn: 1 })
    const { value: values, waitedMs } = await onFakeClock(() => gatewayFor(gh, log).listVariables())
    expect(waitedMs).toBeGreaterThanOrEqual(1000)
    expect((values as Map<string, unknown>).size).toBe(0)
    expect(gh.log.filter(e => e.path === VARIABLES).map(e => e.status)).toEqual([403, 200])
    expect(log.warnings()).toEqual([expect.stringMatching(/rate limit is used up.*resets in/)])
  })

  it('a primary limit that resets later fails at once, saying when it resets', async () => {
    gh.injectFault({ path: VARIABLES, rateLimit: 'primary', resetIn: 1800, status: 429 })
    const failure = await gatewayFor(gh, log)
      .listVariables()
      .catch((e: unknown) => e)
    const message = (failure as Error).message
    expect(message).toMatch(
      /API rate limit for admin-token is used up until \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/
    )
    expect(message).not.toMatch(/cannot write/)
    expect(gh.log.filter(e => e.path === VARIABLES)).toHaveLength(1)
  })

  it('a real 403 is still explained as a missing permission', async () => {
    const noVariables = gh.addToken('narrow', {
      issues: true,
      actions: true,
      secrets: true,
      variables: false
    })
    const failure = await gatewayFor(gh, log, { adminToken: noVariables })
      .listVariables()
      .catch((e: unknown) => e)
    expect((failure as Error).message).toMatch(/admin-token cannot write Actions secrets/)
  })
})

describe('an assignee GitHub refuses', () => {
  it('opens the issue without that assignee and warns naming the login', async () => {
    gh.setPermission('alice', 'write')
    const issue = await gatewayFor(gh, log).createIssue({
      title: 'Upload the certificate',
      body: 'steps',
      labels: ['netsuite-certificate'],
      assignees: ['alice', 'mallory']
    })
    expect(issue?.number).toBeDefined()
    expect(gh.issue(issue?.number ?? 0)).toMatchObject({
      assignees: ['alice'],
      labels: ['netsuite-certificate']
    })
    expect(log.warnings()).toEqual([expect.stringMatching(/cannot assign mallory\b/)])
    expect(log.warnings()[0]).not.toMatch(/alice/)
  })
})

describe('environments', () => {
  it('a name with a slash is sent as %2F and lands in that environment', async () => {
    const gateway = gatewayFor(gh, log, { environment: 'prod/eu' })
    await gateway.putSecret('NETSUITE_PRIVATE_KEY', 'key')
    await gateway.setVariable('NETSUITE_CERTIFICATE', 'pem')
    expect(gh.secret('NETSUITE_PRIVATE_KEY', 'prod/eu')?.value).toBe('key')
    expect(gh.variable('NETSUITE_CERTIFICATE', 'prod/eu')?.value).toBe('pem')
    expect(gh.log.every(e => !e.path.includes('prod/eu'))).toBe(true)
    expect(gh.log.some(e => e.path.includes('prod%2Feu'))).toBe(true)
  })
})

describe('the API version', () => {
  it('every request names X-GitHub-Api-Version 2022-11-28', async () => {
    const gateway = gatewayFor(gh, log)
    await gateway.putSecret('S', 'v')
    await gateway.setVariable('V', 'v')
    await gateway.openIssues('netsuite-certificate')
    await gateway.permission('acme-admin')
    expect(gh.log.length).toBeGreaterThanOrEqual(5)
    expect(gh.log.map(e => e.apiVersion)).toEqual(gh.log.map(() => '2022-11-28'))
  })
})

describe('the pace', () => {
  it("defaults to GitHub's advice, may be set, and refuses what is not a number", () => {
    expect(paceFromEnvironment({})).toBe(DEFAULT_PACE_MS)
    expect(paceFromEnvironment({ NETSUITE_M2M_GITHUB_PACE_MS: '0' })).toBe(0)
    expect(paceFromEnvironment({ NETSUITE_M2M_GITHUB_PACE_MS: ' 250 ' })).toBe(250)
    expect(() => paceFromEnvironment({ NETSUITE_M2M_GITHUB_PACE_MS: '1s' })).toThrow(
      /whole number of milliseconds/
    )
  })
})

// The GitHub emulator at the edges a real account meets: rate limits (primary and secondary,
// only when a test asks), the API version header, labels and assignees at issue creation,
// environment names with a slash, and writes without a Content-Length.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { request } from 'node:http'
import { startGitHubEmulator, type GitHubEmulator } from '../../sandbox/github/index.js'
import { seal, testClient, type TestClient } from '../../sandbox/github/test-client.js'

let gh: GitHubEmulator
let admin: TestClient

beforeAll(async () => {
  gh = await startGitHubEmulator({ environments: ['prod/eu'] })
  admin = testClient(gh, gh.tokens.admin)
})

afterAll(async () => {
  await gh.close()
})

const VARIABLES = '/repos/acme/erp-sync/actions/variables'

describe('rate limits', () => {
  it('a primary limit: 403, remaining 0, reset in the future, then served again', async () => {
    gh.injectFault({ path: VARIABLES, rateLimit: 'primary', resetIn: 120 })
    const before = Math.floor(Date.now() / 1000)
    const limited = await admin.call('GET', './actions/variables')
    expect(limited.status).toBe(403)
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0')
    const reset = Number(limited.headers.get('x-ratelimit-reset'))
    expect(reset).toBeGreaterThanOrEqual(before + 119)
    expect(reset).toBeLessThanOrEqual(before + 122)
    expect(limited.headers.get('retry-after')).toBeNull()
    expect((limited.body as { message: string }).message).toMatch(/^API rate limit exceeded for/)
    expect((await admin.call('GET', './actions/variables')).status).toBe(200)
  })

  it('a secondary limit: the message says so, retry-after when asked, budget left', async () => {
    gh.injectFault({ path: VARIABLES, rateLimit: 'secondary', status: 429, retryAfter: 7 })
    const limited = await admin.call('POST', './actions/variables', { name: 'A', value: 'b' })
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('7')
    expect(Number(limited.headers.get('x-ratelimit-remaining'))).toBeGreaterThan(0)
    expect((limited.body as { message: string }).message).toMatch(/exceeded a secondary rate limit/)
    expect(gh.variable('A')).toBeUndefined()
  })

  it('no request is rate limited unless a test asks', async () => {
    for (let i = 0; i < 20; i++) {
      const res = await admin.call('GET', './actions/variables')
      expect(res.status).toBe(200)
      expect(res.headers.get('x-ratelimit-remaining')).not.toBe('0')
    }
  })
})

describe('X-GitHub-Api-Version', () => {
  it('is recorded per request; a version GitHub does not serve is refused with 400', async () => {
    const send = (version?: string): Promise<Response> =>
      fetch(`${gh.url}${VARIABLES}`, {
        headers: {
          authorization: `Bearer ${gh.tokens.admin}`,
          ...(version ? { 'x-github-api-version': version } : {})
        }
      })
    const ok = await send('2022-11-28')
    expect(ok.status).toBe(200)
    expect(ok.headers.get('x-github-api-version-selected')).toBe('2022-11-28')
    expect(gh.log[gh.log.length - 1].apiVersion).toBe('2022-11-28')
    expect((await send()).status).toBe(200)
    expect(gh.log[gh.log.length - 1].apiVersion).toBeUndefined()
    const bad = await send('2021-01-01')
    expect(bad.status).toBe(400)
    expect(gh.log[gh.log.length - 1]).toMatchObject({ status: 400, apiVersion: '2021-01-01' })
  })
})

describe('a write without a length', () => {
  /** A POST whose body goes chunked (no Content-Length), or with its length when `sized`. */
  function post(sized: boolean): Promise<number> {
    const body = JSON.stringify({ name: sized ? 'SIZED' : 'CHUNKED', value: 'v' })
    return new Promise((resolve, reject) => {
      const req = request(`${gh.url}${VARIABLES}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${gh.tokens.admin}`,
          'content-type': 'application/json',
          ...(sized ? { 'content-length': String(Buffer.byteLength(body)) } : {})
        }
      })
      req.on('response', res => resolve(res.resume().statusCode ?? 0))
      req.on('error', reject)
      // Written before end(): Node then sends it chunked unless a length was set.
      req.write(body)
      req.end()
    })
  }

  it('is refused with 411 Length Required, as GitHub answers; with its length it is served', async () => {
    expect(await post(false)).toBe(411)
    expect(gh.variables().map(v => v.name)).not.toContain('CHUNKED')
    expect(await post(true)).toBe(201)
  })
})

describe('issue creation by push access', () => {
  it('without push access, labels and assignees are dropped silently', async () => {
    gh.setPermission('alice', 'write')
    const outsider = testClient(
      gh,
      gh.addToken('outsider', {
        issues: true,
        actions: false,
        secrets: false,
        variables: false,
        push: false
      })
    )
    const res = await outsider.call('POST', './issues', {
      title: 'from outside',
      labels: ['netsuite-certificate'],
      assignees: ['alice', 'nobody-here']
    })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ labels: [], assignees: [] })
  })
})

describe('environment names with a slash', () => {
  it('are addressed as %2F and keep their secrets and variables apart', async () => {
    const env = `./environments/${encodeURIComponent('prod/eu')}`
    const key = (await admin.call('GET', `${env}/secrets/public-key`)).body as {
      key_id: string
      key: string
    }
    const put = await admin.call('PUT', `${env}/secrets/NETSUITE_PRIVATE_KEY`, {
      encrypted_value: await seal(key.key, 'pem'),
      key_id: key.key_id
    })
    expect(put.status).toBe(201)
    const post = await admin.call('POST', `${env}/variables`, { name: 'V', value: 'x' })
    expect(post.status).toBe(201)
    expect(gh.secret('NETSUITE_PRIVATE_KEY', 'prod/eu')?.value).toBe('pem')
    expect(gh.variable('V', 'prod/eu')?.value).toBe('x')
    expect(gh.variable('V')).toBeUndefined()
    expect(admin.problems).toEqual([])
  })
})

// Fault injection and the request log of the GitHub emulator.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startGitHubEmulator, type GitHubEmulator } from '../../sandbox/github/index.js'
import { seal, testClient, type TestClient } from '../../sandbox/github/test-client.js'

let gh: GitHubEmulator
let admin: TestClient
const issuesPath = '/repos/acme/erp-sync/issues'

beforeAll(async () => {
  gh = await startGitHubEmulator()
  admin = testClient(gh, gh.tokens.admin)
})

afterAll(async () => {
  await gh.close()
})

describe('status faults', () => {
  it('answers the status once, without changing state, then serves normally', async () => {
    gh.injectFault({ method: 'POST', path: issuesPath, status: 502 })
    const before = gh.issues().length
    const failed = await admin.call('POST', './issues', { title: 'first try' })
    expect(failed.status).toBe(502)
    expect(failed.body).toMatchObject({ message: 'Server Error' })
    expect(gh.issues()).toHaveLength(before)
    const retried = await admin.call('POST', './issues', { title: 'second try' })
    expect(retried.status).toBe(201)
    expect(gh.issues().map(i => i.title)).toContain('second try')
    expect(gh.issues().map(i => i.title)).not.toContain('first try')
  })

  it('matches only the given method', async () => {
    gh.injectFault({ method: 'POST', path: issuesPath, status: 500 })
    expect((await admin.call('GET', './issues')).status).toBe(200)
    expect((await admin.call('POST', './issues', { title: 'eats the fault' })).status).toBe(500)
  })

  it('counts: count 2 fails twice', async () => {
    gh.injectFault({ path: '/repos/acme/erp-sync', status: 503, count: 2 })
    expect((await admin.call('GET', '/repos/acme/erp-sync')).status).toBe(503)
    expect((await admin.call('GET', '/repos/acme/erp-sync')).status).toBe(503)
    expect((await admin.call('GET', '/repos/acme/erp-sync')).status).toBe(200)
  })

  it('persists with count Infinity and matches a RegExp', async () => {
    gh.injectFault({ path: /\/actions\/variables\/PERSIST$/, status: 500, count: Infinity })
    for (let i = 0; i < 4; i++) {
      // A neighbouring route is not affected.
      const res = await admin.call('POST', './actions/variables', {
        name: `OTHER_${i}`,
        value: 'v'
      })
      expect(res.status).toBe(201)
      expect((await admin.call('GET', './actions/variables/PERSIST')).status).toBe(500)
    }
  })

  it('a 4xx fault carries a GitHub-style message', async () => {
    gh.injectFault({ path: '/repos/acme/erp-sync/actions/workflows', status: 403 })
    const res = await admin.call('GET', './actions/workflows')
    expect(res.status).toBe(403)
    expect(res.body).toMatchObject({ message: expect.any(String) })
  })
})

describe('drop and hang', () => {
  it('drop destroys the socket; the state is untouched; the next request works', async () => {
    gh.injectFault({ method: 'POST', path: issuesPath, drop: true })
    const before = gh.issues().length
    await expect(
      fetch(gh.url + issuesPath, {
        method: 'POST',
        headers: { authorization: `token ${gh.tokens.admin}` },
        body: JSON.stringify({ title: 'dropped' })
      })
    ).rejects.toThrow()
    expect(gh.issues()).toHaveLength(before)
    expect(gh.log[gh.log.length - 1]).toMatchObject({ method: 'POST', status: 0 })
    expect((await admin.call('POST', './issues', { title: 'after drop' })).status).toBe(201)
  })

  it('hang never answers until close(), which releases it promptly', async () => {
    const other = await startGitHubEmulator()
    other.injectFault({ path: issuesPath, hang: true })
    let settled = false
    const pending = fetch(other.url + issuesPath, {
      headers: { authorization: `token ${other.tokens.github}` }
    }).then(
      () => 'answered',
      () => 'failed'
    )
    void pending.then(() => (settled = true))
    // The emulator has the request (it is logged) and has not answered it.
    while (other.log.length === 0) await new Promise(r => setImmediate(r))
    await new Promise(r => setImmediate(r))
    expect(settled).toBe(false)
    expect(other.log[0]).toMatchObject({ status: 0, operationId: 'issues/list-for-repo' })
    await other.close()
    expect(await pending).toBe('failed')
  })
})

describe('the log', () => {
  it('has one entry per request with method, path, query, status, token name and operation', async () => {
    const before = gh.log.length
    await admin.call('GET', './issues?state=all&per_page=5')
    await testClient(gh, gh.tokens.github).call('GET', './actions/secrets')
    await testClient(gh, 'ghp_bogus').call('GET', './issues')
    await testClient(gh, undefined).call('GET', './issues')
    expect(gh.log.slice(before)).toEqual([
      {
        method: 'GET',
        path: issuesPath,
        query: 'state=all&per_page=5',
        status: 200,
        token: 'admin',
        operationId: 'issues/list-for-repo',
        // What the client sent as User-Agent (Node's fetch says `node`).
        userAgent: 'node'
      },
      expect.objectContaining({
        status: 403,
        token: 'github',
        operationId: 'actions/list-repo-secrets'
      }),
      expect.objectContaining({ status: 401, token: 'unknown' }),
      expect.objectContaining({ status: 401, token: 'none' })
    ])
  })

  it('never contains a secret value or a token value', async () => {
    const plaintext = 'PLAINTEXT-SECRET-8d1f'
    const key = (await admin.call('GET', './actions/secrets/public-key')).body as {
      key: string
      key_id: string
    }
    const encrypted = await seal(key.key, plaintext)
    const res = await admin.call('PUT', './actions/secrets/LOGGED', {
      encrypted_value: encrypted,
      key_id: key.key_id
    })
    expect(res.status).toBe(201)
    gh.setSecret('SEEDED', 'SEEDED-VALUE-77')
    const put = gh.log[gh.log.length - 1]
    expect(put.body).toEqual({ encrypted_value: '[sealed]', key_id: key.key_id })
    const text = JSON.stringify(gh.log)
    for (const forbidden of [
      plaintext,
      encrypted,
      'SEEDED-VALUE-77',
      gh.tokens.admin,
      gh.tokens.github
    ]) {
      expect(text).not.toContain(forbidden)
    }
    expect(gh.secret('LOGGED')?.value).toBe(plaintext)
  })
})

describe('responses', () => {
  it("all non-fault responses matched GitHub's schemas", () => {
    // Injected statuses (500, 502, 503, 403) are not in every operation's documented set.
    expect(admin.problems.filter(p => !/ (403|50\d): /.test(p))).toEqual([])
  })
})

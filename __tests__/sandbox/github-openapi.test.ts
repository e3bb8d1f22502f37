// The GitHub emulator serves only what GitHub's OpenAPI description documents, validates
// requests against it, and its responses can be (and in the other tests are) checked against it.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { startGitHubEmulator, type GitHubEmulator } from '../../sandbox/github/index.js'
import { loadOpenApi } from '../../sandbox/github/openapi.js'
import { testClient, type TestClient } from '../../sandbox/github/test-client.js'

let gh: GitHubEmulator
let admin: TestClient

beforeAll(async () => {
  gh = await startGitHubEmulator()
  admin = testClient(gh, gh.tokens.admin)
})

afterAll(async () => {
  await gh.close()
})

describe('routing', () => {
  it('an undocumented route is 404 and logged without an operationId', async () => {
    const before = gh.log.length
    const res = await admin.call('GET', './actions/secrets/public-key/extra')
    expect(res.status).toBe(404)
    expect(res.body).toMatchObject({ message: 'Not Found' })
    expect(gh.log.slice(before)).toEqual([
      expect.objectContaining({ status: 404, operationId: undefined })
    ])
  })

  it('a documented path with an undocumented method is 404', async () => {
    const res = await admin.call('DELETE', './issues/1')
    expect(res.status).toBe(404)
    expect(gh.log[gh.log.length - 1].operationId).toBeUndefined()
  })

  it('an operation GitHub has but the subset leaves out is not served (set-labels)', async () => {
    const issue = gh.createIssue({ title: 'x' })
    const res = await admin.call('PUT', `./issues/${issue.number}/labels`, { labels: ['a'] })
    expect(res.status).toBe(404)
    expect(gh.issue(issue.number)?.labels).toEqual([])
  })

  it('a path parameter of the wrong type does not route (/issues/abc)', async () => {
    expect((await admin.call('GET', './issues/abc')).status).toBe(404)
  })

  it('another repository is 404 Not Found', async () => {
    const res = await admin.call('GET', '/repos/acme/elsewhere/issues')
    expect(res.status).toBe(404)
    expect(gh.log[gh.log.length - 1].operationId).toBe('issues/list-for-repo')
  })

  it('every operation the emulator serves is in the subset, and the reverse', () => {
    const subset = JSON.parse(
      readFileSync(new URL('../../sandbox/github/openapi-subset.json', import.meta.url), 'utf8')
    ) as { paths: Record<string, Record<string, { operationId: string }>> }
    const ids = Object.values(subset.paths).flatMap(item =>
      Object.values(item).map(o => o.operationId)
    )
    const script = readFileSync(
      new URL('../../script/extract-openapi.mjs', import.meta.url),
      'utf8'
    )
    for (const id of ids) expect(script).toContain(`'${id}'`)
    expect(ids).toHaveLength(41)
  })
})

describe('request validation', () => {
  it('PUT secret without key_id is 422 Invalid request', async () => {
    const res = await admin.call('PUT', './actions/secrets/NO_KEY_ID', { encrypted_value: 'AAAA' })
    expect(res.status).toBe(422)
    expect(res.body).toMatchObject({
      message: 'Invalid request.\n\n"key_id" wasn\'t supplied.',
      documentation_url: expect.stringContaining('docs.github.com/rest/actions/secrets')
    })
    expect(gh.secret('NO_KEY_ID')).toBeUndefined()
  })

  it('PUT secret whose encrypted_value is not base64 is 422', async () => {
    const res = await admin.call('PUT', './actions/secrets/NOT_B64', {
      encrypted_value: 'not base64!',
      key_id: '1'
    })
    expect(res.status).toBe(422)
  })

  it('POST issue without title is 422; with labels that are not an array, too', async () => {
    expect((await admin.call('POST', './issues', { body: 'x' })).status).toBe(422)
    expect((await admin.call('POST', './issues', { title: 't', labels: 'bug' })).status).toBe(422)
  })

  it('a body that is not JSON is 400 Problems parsing JSON', async () => {
    const res = await admin.call('POST', './issues', '{"title": ')
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ message: 'Problems parsing JSON' })
  })

  it('a query value outside the enum is 422', async () => {
    expect((await admin.call('GET', './issues?state=opened')).status).toBe(422)
    expect((await admin.call('GET', './issues?direction=up')).status).toBe(422)
  })

  it('a nullable field accepts null (OpenAPI 3.0 nullable handled)', async () => {
    const issue = gh.createIssue({ title: 'nullable' })
    const res = await admin.call('PATCH', `./issues/${issue.number}`, {
      body: null,
      milestone: null
    })
    expect(res.status).toBe(200)
  })
})

describe('response validation (the check the other tests rely on)', () => {
  const api = loadOpenApi()

  it('accepts what the emulator serves', async () => {
    const issue = gh.createIssue({ title: 'shape', labels: ['l'] })
    const res = await admin.call('GET', `./issues/${issue.number}`)
    expect(api.checkResponse('issues/get', 200, res.body)).toEqual([])
  })

  it('catches a missing required field and a wrong type', async () => {
    const issue = gh.createIssue({ title: 'shape' })
    const res = await admin.call('GET', `./issues/${issue.number}`)
    const broken: Record<string, unknown> = {
      ...(res.body as Record<string, unknown>),
      number: 'one'
    }
    delete broken.node_id
    const problems = api.checkResponse('issues/get', 200, broken)
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining("required property 'node_id'"),
        expect.stringContaining('/number must be integer')
      ])
    )
  })

  it('catches a status the operation does not document', () => {
    expect(api.checkResponse('actions/create-or-update-repo-secret', 200, {})).toEqual([
      'actions/create-or-update-repo-secret does not document status 200'
    ])
  })

  it('the collaborator permission, variable list and workflow answers match', async () => {
    gh.setPermission('carol', 'maintain')
    gh.setVariable('V', '1')
    for (const [op, path] of [
      ['repos/get-collaborator-permission-level', './collaborators/carol/permission'],
      ['actions/list-repo-variables', './actions/variables'],
      ['actions/list-repo-workflows', './actions/workflows'],
      ['repos/get', '/repos/acme/erp-sync']
    ]) {
      const res = await admin.call('GET', path)
      expect(api.checkResponse(op, res.status, res.body)).toEqual([])
    }
  })

  it("every response in this file matched GitHub's schemas", () => {
    expect(admin.problems).toEqual([])
  })
})

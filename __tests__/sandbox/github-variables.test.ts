// Actions variables on the GitHub emulator, for the repository and for environments.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startGitHubEmulator, type GitHubEmulator } from '../../sandbox/github/index.js'
import { testClient, type TestClient } from '../../sandbox/github/test-client.js'

let gh: GitHubEmulator
let admin: TestClient

beforeAll(async () => {
  gh = await startGitHubEmulator({ environments: ['production'] })
  admin = testClient(gh, gh.tokens.admin)
})

afterAll(async () => {
  await gh.close()
})

describe('repository variables', () => {
  it('POST creates with 201, a second POST is 409 and changes nothing', async () => {
    const first = await admin.call('POST', './actions/variables', {
      name: 'NETSUITE_CERTIFICATE_ID',
      value: 'abc'
    })
    expect(first.status).toBe(201)
    expect(gh.variable('NETSUITE_CERTIFICATE_ID')?.value).toBe('abc')
    const again = await admin.call('POST', './actions/variables', {
      name: 'NETSUITE_CERTIFICATE_ID',
      value: 'other'
    })
    expect(again.status).toBe(409)
    expect(gh.variable('NETSUITE_CERTIFICATE_ID')?.value).toBe('abc')
  })

  it('GET returns name and value, 404 when absent', async () => {
    gh.setVariable('READ_ME', 'value-1')
    const res = await admin.call('GET', './actions/variables/READ_ME')
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ name: 'READ_ME', value: 'value-1' })
    expect((await admin.call('GET', './actions/variables/ABSENT')).status).toBe(404)
  })

  it('PATCH updates with 204, 404 when absent', async () => {
    gh.setVariable('PATCH_ME', 'old')
    const res = await admin.call('PATCH', './actions/variables/PATCH_ME', { value: 'new' })
    expect(res.status).toBe(204)
    expect(gh.variable('PATCH_ME')?.value).toBe('new')
    const absent = await admin.call('PATCH', './actions/variables/NOT_THERE', { value: 'x' })
    expect(absent.status).toBe(404)
    expect(gh.variable('NOT_THERE')).toBeUndefined()
  })

  it('PATCH with a new name renames', async () => {
    gh.setVariable('OLD_NAME', 'kept')
    const res = await admin.call('PATCH', './actions/variables/OLD_NAME', { name: 'NEW_NAME' })
    expect(res.status).toBe(204)
    expect(gh.variable('OLD_NAME')).toBeUndefined()
    expect(gh.variable('NEW_NAME')?.value).toBe('kept')
  })

  it('DELETE answers 204, then 404', async () => {
    gh.setVariable('DELETE_ME', 'x')
    expect((await admin.call('DELETE', './actions/variables/DELETE_ME')).status).toBe(204)
    expect(gh.variable('DELETE_ME')).toBeUndefined()
    expect((await admin.call('DELETE', './actions/variables/DELETE_ME')).status).toBe(404)
  })

  it('refuses a GITHUB_ name with 422', async () => {
    const res = await admin.call('POST', './actions/variables', { name: 'GITHUB_X', value: 'v' })
    expect(res.status).toBe(422)
    expect(gh.variable('GITHUB_X')).toBeUndefined()
  })

  it('refuses a POST without value with 422 (OpenAPI validation)', async () => {
    const res = await admin.call('POST', './actions/variables', { name: 'NO_VALUE' })
    expect(res.status).toBe(422)
    expect((res.body as { message: string }).message).toMatch(/^Invalid request\.\n\n.*value/s)
    expect(gh.variable('NO_VALUE')).toBeUndefined()
  })

  it('lists 10 per page by default, at most 30, with total_count and a Link header', async () => {
    for (let i = 0; i < 35; i++) gh.setVariable(`BULK_${String(i).padStart(2, '0')}`, String(i))
    const total = gh.variables().length
    const first = await admin.call('GET', './actions/variables')
    const body = first.body as { total_count: number; variables: { name: string }[] }
    expect(body.total_count).toBe(total)
    expect(body.variables).toHaveLength(10)
    expect(first.headers.get('link')).toContain('rel="next"')
    const big = await admin.call('GET', './actions/variables?per_page=100')
    expect((big.body as { variables: unknown[] }).variables).toHaveLength(30)
    const pages = Math.ceil(total / 30)
    expect(big.headers.get('link')).toContain(`page=${pages}>; rel="last"`)
  })
})

describe('environment variables', () => {
  it('are separate from repository variables', async () => {
    const res = await admin.call('POST', './environments/production/variables', {
      name: 'ENV_VAR',
      value: 'prod'
    })
    expect(res.status).toBe(201)
    expect(gh.variable('ENV_VAR', 'production')?.value).toBe('prod')
    expect(gh.variable('ENV_VAR')).toBeUndefined()
    expect((await admin.call('GET', './actions/variables/ENV_VAR')).status).toBe(404)
    const got = await admin.call('GET', './environments/production/variables/ENV_VAR')
    expect(got.body).toMatchObject({ name: 'ENV_VAR', value: 'prod' })
  })

  it('PATCH and DELETE work per environment', async () => {
    gh.setVariable('SHARED', 'repo')
    gh.setVariable('SHARED', 'env', 'production')
    const patch = await admin.call('PATCH', './environments/production/variables/SHARED', {
      value: 'env-2'
    })
    expect(patch.status).toBe(204)
    expect(gh.variable('SHARED', 'production')?.value).toBe('env-2')
    expect(gh.variable('SHARED')?.value).toBe('repo')
    const del = await admin.call('DELETE', './environments/production/variables/SHARED')
    expect(del.status).toBe(204)
    expect(gh.variable('SHARED')?.value).toBe('repo')
  })

  it('answer 404 for an environment that does not exist', async () => {
    const res = await admin.call('POST', './environments/staging/variables', {
      name: 'X',
      value: 'y'
    })
    expect(res.status).toBe(404)
    expect(res.body).toMatchObject({ message: 'Not Found' })
    expect((await admin.call('GET', './environments/staging/variables')).status).toBe(404)
  })

  it('appear once the environment is created', async () => {
    gh.createEnvironment('staging')
    const res = await admin.call('GET', './environments/staging/variables')
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ total_count: 0, variables: [] })
  })
})

describe('tokens', () => {
  it('GITHUB_TOKEN gets 403 on variables and changes nothing', async () => {
    const github = testClient(gh, gh.tokens.github)
    const res = await github.call('POST', './actions/variables', { name: 'FROM_BOT', value: 'x' })
    expect(res.status).toBe(403)
    expect(res.body).toMatchObject({ message: 'Resource not accessible by integration' })
    expect(gh.variable('FROM_BOT')).toBeUndefined()
    expect((await github.call('GET', './actions/variables/READ_ME')).status).toBe(403)
  })
})

describe('responses', () => {
  it("all matched GitHub's response schemas", () => {
    expect(admin.problems).toEqual([])
  })
})

// Several repositories and the organization's Actions secrets and variables on the GitHub
// emulator: a public key per scope, visibility with selected repositories, `visibility`
// required where GitHub requires it, 409 for a variable that exists, and tokens that lack the
// organization permissions or a repository.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import {
  startGitHubEmulator,
  type GitHubEmulator,
  type RepositoryHandle
} from '../../sandbox/github/index.js'
import { seal, testClient, type TestClient } from '../../sandbox/github/test-client.js'

let gh: GitHubEmulator
let admin: TestClient
let billing: RepositoryHandle
let etl: RepositoryHandle

beforeAll(async () => {
  gh = await startGitHubEmulator()
  billing = gh.addRepository('acme/billing', { environments: ['prod/eu'] })
  etl = gh.addRepository('acme/etl')
  admin = testClient(gh, gh.tokens.admin)
})

afterAll(async () => {
  await gh.close()
})

interface Key {
  key_id: string
  key: string
}

async function keyOf(client: TestClient, path: string): Promise<Key> {
  const res = await client.call('GET', `${path}/secrets/public-key`)
  expect(res.status).toBe(200)
  return res.body as Key
}

describe('several repositories', () => {
  it('each repository and environment has its own public key and secrets', async () => {
    const main = await keyOf(admin, '/repos/acme/erp-sync/actions')
    const other = await keyOf(admin, '/repos/acme/billing/actions')
    const env = await keyOf(admin, '/repos/acme/billing/environments/prod%2Feu')
    const org = await keyOf(admin, '/orgs/acme/actions')
    expect(new Set([main.key, other.key, env.key, org.key]).size).toBe(4)
    // A box sealed for one repository's key is refused by another's.
    const wrong = await admin.call('PUT', '/repos/acme/billing/actions/secrets/K', {
      encrypted_value: await seal(main.key, 'v'),
      key_id: main.key_id
    })
    expect(wrong.status).toBe(422)
    const right = await admin.call('PUT', '/repos/acme/billing/actions/secrets/K', {
      encrypted_value: await seal(other.key, 'v'),
      key_id: other.key_id
    })
    expect(right.status).toBe(201)
    expect(billing.secret('K')?.value).toBe('v')
    expect(gh.secret('K')).toBeUndefined()
  })

  it('variables of one repository are not another’s', async () => {
    const res = await admin.call('POST', '/repos/acme/etl/actions/variables', {
      name: 'ONLY_ETL',
      value: 'x'
    })
    expect(res.status).toBe(201)
    expect(etl.variable('ONLY_ETL')?.value).toBe('x')
    expect(billing.variable('ONLY_ETL')).toBeUndefined()
    expect(gh.variable('ONLY_ETL')).toBeUndefined()
  })

  it('a repository that does not exist, or that the token was not given, is 404', async () => {
    expect((await admin.call('GET', '/repos/acme/nowhere/actions/variables')).status).toBe(404)
    const onlyBilling = testClient(
      gh,
      gh.addToken('only-billing', {
        issues: false,
        actions: false,
        secrets: true,
        variables: true,
        repositories: ['acme/billing']
      })
    )
    expect((await onlyBilling.call('GET', '/repos/acme/billing/actions/variables')).status).toBe(
      200
    )
    expect((await onlyBilling.call('GET', '/repos/acme/etl/actions/variables')).status).toBe(404)
  })
})

describe('organization secrets', () => {
  it('PUT requires visibility', async () => {
    const key = await keyOf(admin, '/orgs/acme/actions')
    const res = await admin.call('PUT', '/orgs/acme/actions/secrets/NO_VISIBILITY', {
      encrypted_value: await seal(key.key, 'v'),
      key_id: key.key_id
    })
    expect(res.status).toBe(422)
    expect((res.body as { message: string }).message).toMatch(/visibility/)
    expect(gh.org.secret('NO_VISIBILITY')).toBeUndefined()
  })

  it('creates with the visibility and repositories given; GET tells them', async () => {
    const key = await keyOf(admin, '/orgs/acme/actions')
    const res = await admin.call('PUT', '/orgs/acme/actions/secrets/SHARED', {
      encrypted_value: await seal(key.key, 'secret-value'),
      key_id: key.key_id,
      visibility: 'selected',
      selected_repository_ids: [billing.id, etl.id]
    })
    expect(res.status).toBe(201)
    expect(gh.org.secret('SHARED')).toMatchObject({
      value: 'secret-value',
      visibility: 'selected',
      selectedRepositoryIds: [billing.id, etl.id].sort((a, b) => a - b)
    })
    const got = await admin.call('GET', '/orgs/acme/actions/secrets/SHARED')
    expect(got.body).toMatchObject({ name: 'SHARED', visibility: 'selected' })
    expect(JSON.stringify(got.body)).not.toContain('secret-value')
    const repos = await admin.call('GET', '/orgs/acme/actions/secrets/SHARED/repositories')
    expect(repos.status).toBe(200)
    const names = (repos.body as { repositories: { full_name: string }[] }).repositories.map(
      r => r.full_name
    )
    expect(names.sort()).toEqual(['acme/billing', 'acme/etl'])
  })

  it('an update with a new visibility replaces it; selecting a stranger repository is 422', async () => {
    const key = await keyOf(admin, '/orgs/acme/actions')
    const update = await admin.call('PUT', '/orgs/acme/actions/secrets/SHARED', {
      encrypted_value: await seal(key.key, 'v2'),
      key_id: key.key_id,
      visibility: 'all'
    })
    expect(update.status).toBe(204)
    expect(gh.org.secret('SHARED')).toMatchObject({
      value: 'v2',
      visibility: 'all',
      selectedRepositoryIds: []
    })
    const stranger = await admin.call('PUT', '/orgs/acme/actions/secrets/SHARED', {
      encrypted_value: await seal(key.key, 'v3'),
      key_id: key.key_id,
      visibility: 'selected',
      selected_repository_ids: [999]
    })
    expect(stranger.status).toBe(422)
    expect(gh.org.secret('SHARED')?.value).toBe('v2')
  })

  it("a PUT without a value keeps an existing secret's and is 422 for a new one", async () => {
    const kept = await admin.call('PUT', '/orgs/acme/actions/secrets/SHARED', {
      visibility: 'private'
    })
    expect(kept.status).toBe(204)
    expect(gh.org.secret('SHARED')).toMatchObject({ value: 'v2', visibility: 'private' })
    const missing = await admin.call('PUT', '/orgs/acme/actions/secrets/NEW_ONE', {
      visibility: 'private'
    })
    expect(missing.status).toBe(422)
    expect(JSON.stringify(missing.body)).toContain('encrypted_value')
    expect(gh.org.secret('NEW_ONE')).toBeUndefined()
  })

  it('another organization is 404', async () => {
    expect((await admin.call('GET', '/orgs/other/actions/secrets/public-key')).status).toBe(404)
  })
})

describe('organization variables', () => {
  it('POST requires visibility, creates, and a second POST is 409', async () => {
    const missing = await admin.call('POST', '/orgs/acme/actions/variables', {
      name: 'ORG_VAR',
      value: 'x'
    })
    expect(missing.status).toBe(422)
    const created = await admin.call('POST', '/orgs/acme/actions/variables', {
      name: 'ORG_VAR',
      value: 'x',
      visibility: 'selected',
      selected_repository_ids: [etl.id]
    })
    expect(created.status).toBe(201)
    const again = await admin.call('POST', '/orgs/acme/actions/variables', {
      name: 'ORG_VAR',
      value: 'y',
      visibility: 'private'
    })
    expect(again.status).toBe(409)
    expect(gh.org.variable('ORG_VAR')).toMatchObject({ value: 'x', visibility: 'selected' })
  })

  it('PATCH of the value alone keeps the visibility and the selection', async () => {
    const res = await admin.call('PATCH', '/orgs/acme/actions/variables/ORG_VAR', { value: 'z' })
    expect(res.status).toBe(204)
    expect(gh.org.variable('ORG_VAR')).toMatchObject({
      value: 'z',
      visibility: 'selected',
      selectedRepositoryIds: [etl.id]
    })
    const got = await admin.call('GET', '/orgs/acme/actions/variables/ORG_VAR')
    expect(got.body).toMatchObject({ name: 'ORG_VAR', value: 'z', visibility: 'selected' })
    expect(
      (await admin.call('PATCH', '/orgs/acme/actions/variables/NONE', { value: 'z' })).status
    ).toBe(404)
  })

  it('PATCH renaming onto another variable is 409 and changes neither', async () => {
    gh.org.setVariable('TAKEN', 't', { visibility: 'private' })
    const res = await admin.call('PATCH', '/orgs/acme/actions/variables/ORG_VAR', {
      name: 'taken'
    })
    expect(res.status).toBe(409)
    expect(gh.org.variable('ORG_VAR')?.value).toBe('z')
    expect(gh.org.variable('TAKEN')?.value).toBe('t')
  })

  it('listing the selected repositories of a variable that is not `selected` is 409', async () => {
    gh.org.setVariable('EVERYONE', 'v', { visibility: 'all' })
    const res = await admin.call('GET', '/orgs/acme/actions/variables/EVERYONE/repositories')
    expect(res.status).toBe(409)
  })
})

describe('organization permissions of a token', () => {
  const repoOnly = (): TestClient =>
    testClient(
      gh,
      gh.addToken(`repo-only-${Math.random()}`, {
        issues: false,
        actions: false,
        secrets: true,
        variables: true
      })
    )

  it('a token without the organization Secrets permission gets 403 and writes nothing', async () => {
    const client = repoOnly()
    const key = await client.call('GET', '/orgs/acme/actions/secrets/public-key')
    expect(key.status).toBe(403)
    expect(key.body).toMatchObject({ message: 'Resource not accessible by integration' })
    expect(key.headers.get('x-accepted-github-permissions')).toBe('organization_secrets=read')
  })

  it('a token without the organization Variables permission gets 403 and writes nothing', async () => {
    const client = repoOnly()
    const res = await client.call('POST', '/orgs/acme/actions/variables', {
      name: 'NOT_WRITTEN',
      value: 'x',
      visibility: 'private'
    })
    expect(res.status).toBe(403)
    expect(res.headers.get('x-accepted-github-permissions')).toBe(
      'organization_actions_variables=write'
    )
    expect(gh.org.variable('NOT_WRITTEN')).toBeUndefined()
  })

  it('one permission does not bring the other', async () => {
    const client = testClient(
      gh,
      gh.addToken('org-variables-only', {
        issues: false,
        actions: false,
        secrets: false,
        variables: false,
        orgVariables: true
      })
    )
    expect((await client.call('GET', '/orgs/acme/actions/variables/ORG_VAR')).status).toBe(200)
    expect((await client.call('GET', '/orgs/acme/actions/secrets/public-key')).status).toBe(403)
  })
})

describe('responses', () => {
  it("all matched GitHub's response schemas", () => {
    expect(admin.problems).toEqual([])
  })
})

// The 403s of the GitHub emulator, as GitHub answers them: environment secrets and variables
// need the Environments permission (Secrets and Variables do not reach them), and a token can
// be refused for reasons that are not a permission at all: SAML single sign-on not authorized
// (with `x-github-sso`), an IP allow list, an organization's policy on tokens.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startGitHubEmulator, type GitHubEmulator } from '../../sandbox/github/index.js'
import { seal, testClient, type TestClient } from '../../sandbox/github/test-client.js'

let gh: GitHubEmulator
let admin: TestClient

beforeAll(async () => {
  gh = await startGitHubEmulator({ environments: ['production'] })
  admin = testClient(gh, gh.tokens.admin)
})

afterAll(async () => {
  await gh.close()
})

describe('the Environments permission', () => {
  it('Secrets and Variables do not reach an environment; Environments does', async () => {
    const repositoryOnly = testClient(
      gh,
      gh.addToken('secrets-and-variables', {
        issues: false,
        actions: false,
        secrets: true,
        variables: true
      })
    )
    expect((await repositoryOnly.call('GET', './actions/secrets/public-key')).status).toBe(200)
    const env = await repositoryOnly.call('GET', './environments/production/secrets/public-key')
    expect(env.status).toBe(403)
    expect(env.headers.get('x-accepted-github-permissions')).toBe('environments=read')
    const variable = await repositoryOnly.call('POST', './environments/production/variables', {
      name: 'V',
      value: '1'
    })
    expect(variable.status).toBe(403)
    expect(variable.headers.get('x-accepted-github-permissions')).toBe('environments=write')
    expect(gh.variable('V', 'production')).toBeUndefined()

    const environments = testClient(
      gh,
      gh.addToken('environments', {
        issues: false,
        actions: false,
        secrets: false,
        variables: false,
        environments: true
      })
    )
    const key = await environments.call('GET', './environments/production/secrets/public-key')
    expect(key.status).toBe(200)
    const { key: publicKey, key_id } = key.body as { key: string; key_id: string }
    const put = await environments.call('PUT', './environments/production/secrets/S', {
      encrypted_value: await seal(publicKey, 'v'),
      key_id
    })
    expect(put.status).toBe(201)
    expect((await environments.call('GET', './actions/secrets/public-key')).status).toBe(403)
  })
})

describe('refusals that are not a missing permission', () => {
  it('SAML single sign-on: 403 with x-github-sso naming where to authorize the token', async () => {
    gh.injectFault({ path: '/repos/acme/erp-sync/actions/variables', refusal: 'sso' })
    const res = await admin.call('GET', './actions/variables')
    expect(res.status).toBe(403)
    expect(res.headers.get('x-github-sso')).toMatch(
      /^required; url=https:\/\/github\.com\/orgs\/acme\/sso\?authorization_request=/
    )
    expect((res.body as { message: string }).message).toMatch(/SAML enforcement/)
  })

  it('IP allow list and token policy: 403 with GitHub’s own message', async () => {
    gh.injectFault({ path: '/repos/acme/erp-sync/actions/variables', refusal: 'ip-allow-list' })
    const ip = await admin.call('GET', './actions/variables')
    expect(ip.status).toBe(403)
    expect((ip.body as { message: string }).message).toMatch(/has an IP allow list enabled/)
    expect(ip.headers.get('x-github-sso')).toBeNull()
    gh.injectFault({ path: '/repos/acme/erp-sync/actions/variables', refusal: 'token-policy' })
    const policy = await admin.call('GET', './actions/variables')
    expect(policy.status).toBe(403)
    expect((policy.body as { message: string }).message).toMatch(
      /organization forbids access via a fine-grained personal access tokens/
    )
    // Faults never touch state, and the next request is answered normally.
    expect((await admin.call('GET', './actions/variables')).status).toBe(200)
  })

  it("every answer matched GitHub's schemas", () => {
    expect(admin.problems).toEqual([])
  })
})

// Actions secrets on the GitHub emulator: real sealed boxes, GitHub's status codes, and the
// token rules (GITHUB_TOKEN never touches secrets).
import { generateKeyPairSync } from 'node:crypto'
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import sodium from 'libsodium-wrappers'
import { startGitHubEmulator, type GitHubEmulator } from '../../sandbox/github/index.js'
import { seal, testClient, type TestClient } from '../../sandbox/github/test-client.js'

interface PublicKey {
  key_id: string
  key: string
}

let gh: GitHubEmulator
let admin: TestClient

async function publicKey(path = './actions/secrets/public-key'): Promise<PublicKey> {
  const res = await admin.call('GET', path)
  expect(res.status).toBe(200)
  return res.body as PublicKey
}

beforeAll(async () => {
  gh = await startGitHubEmulator({ environments: ['production'] })
  admin = testClient(gh, gh.tokens.admin)
})

afterAll(async () => {
  await gh.close()
})

describe('public key', () => {
  it('is a 32-byte X25519 key in base64 ORIGINAL with a key_id', async () => {
    const key = await publicKey()
    await sodium.ready
    expect(sodium.from_base64(key.key, sodium.base64_variants.ORIGINAL)).toHaveLength(32)
    expect(key.key_id).toMatch(/^\d+$/)
  })

  it('differs between the repository and an environment', async () => {
    const repo = await publicKey()
    const env = await publicKey('./environments/production/secrets/public-key')
    expect(env.key).not.toBe(repo.key)
    expect(env.key_id).not.toBe(repo.key_id)
  })
})

describe('PUT a secret', () => {
  it('opens the sealed box, stores the plaintext, answers 201 then 204', async () => {
    const key = await publicKey()
    // A multi-line value, like the PEM keys the action stores (made here, never committed).
    const pem = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({
      type: 'pkcs8',
      format: 'pem'
    }) as string
    const first = await admin.call('PUT', './actions/secrets/NETSUITE_PRIVATE_KEY', {
      encrypted_value: await seal(key.key, pem),
      key_id: key.key_id
    })
    expect(first.status).toBe(201)
    expect(gh.secret('NETSUITE_PRIVATE_KEY')?.value).toBe(pem)

    const second = await admin.call('PUT', './actions/secrets/NETSUITE_PRIVATE_KEY', {
      encrypted_value: await seal(key.key, 'rotated'),
      key_id: key.key_id
    })
    expect(second.status).toBe(204)
    expect(second.body).toBeUndefined()
    expect(gh.secret('NETSUITE_PRIVATE_KEY')?.value).toBe('rotated')
  })

  it('refuses a tampered box with 422 and keeps the old value', async () => {
    gh.setSecret('TAMPER_ME', 'original')
    const key = await publicKey()
    const bytes = Buffer.from(await seal(key.key, 'evil'), 'base64')
    bytes[bytes.length - 1] ^= 0x01
    const res = await admin.call('PUT', './actions/secrets/TAMPER_ME', {
      encrypted_value: bytes.toString('base64'),
      key_id: key.key_id
    })
    expect(res.status).toBe(422)
    expect(gh.secret('TAMPER_ME')?.value).toBe('original')
  })

  it('refuses a wrong key_id with 422', async () => {
    const key = await publicKey()
    const res = await admin.call('PUT', './actions/secrets/WRONG_KEY', {
      encrypted_value: await seal(key.key, 'x'),
      key_id: '1234'
    })
    expect(res.status).toBe(422)
    expect(gh.secret('WRONG_KEY')).toBeUndefined()
  })

  it('refuses a box sealed for the environment key when stored in the repository', async () => {
    const repo = await publicKey()
    const env = await publicKey('./environments/production/secrets/public-key')
    const res = await admin.call('PUT', './actions/secrets/CROSSED', {
      encrypted_value: await seal(env.key, 'x'),
      key_id: repo.key_id
    })
    expect(res.status).toBe(422)
  })

  it.each(['GITHUB_TOKEN_COPY', '1STARTS_WITH_DIGIT', 'HAS-DASH'])(
    'refuses the name %s with 422',
    async name => {
      const key = await publicKey()
      const res = await admin.call('PUT', `./actions/secrets/${name}`, {
        encrypted_value: await seal(key.key, 'x'),
        key_id: key.key_id
      })
      expect(res.status).toBe(422)
      expect(gh.secret(name)).toBeUndefined()
    }
  )

  it('stores names upper-cased, as GitHub does', async () => {
    const key = await publicKey()
    const res = await admin.call('PUT', './actions/secrets/lower_case', {
      encrypted_value: await seal(key.key, 'v'),
      key_id: key.key_id
    })
    expect(res.status).toBe(201)
    const got = await admin.call('GET', './actions/secrets/LOWER_CASE')
    expect(got.body).toMatchObject({ name: 'LOWER_CASE' })
  })
})

describe('GET, list and DELETE', () => {
  it('returns metadata, never the value', async () => {
    gh.setSecret('META_ONLY', 'do-not-serve')
    const res = await admin.call('GET', './actions/secrets/META_ONLY')
    expect(res.status).toBe(200)
    expect(Object.keys(res.body as object).sort()).toEqual(['created_at', 'name', 'updated_at'])
    expect(JSON.stringify(res.body)).not.toContain('do-not-serve')
  })

  it('answers 404 for a secret that does not exist', async () => {
    expect((await admin.call('GET', './actions/secrets/NOPE')).status).toBe(404)
  })

  it('lists with total_count', async () => {
    const res = await admin.call('GET', './actions/secrets')
    const body = res.body as { total_count: number; secrets: { name: string }[] }
    expect(body.total_count).toBe(gh.secrets().length)
    expect(body.secrets.map(s => s.name)).toContain('META_ONLY')
  })

  it('deletes with 204, then 404', async () => {
    gh.setSecret('GOES_AWAY', 'x')
    expect((await admin.call('DELETE', './actions/secrets/GOES_AWAY')).status).toBe(204)
    expect(gh.secret('GOES_AWAY')).toBeUndefined()
    expect((await admin.call('DELETE', './actions/secrets/GOES_AWAY')).status).toBe(404)
  })
})

describe('environment secrets', () => {
  it('are separate from repository secrets', async () => {
    const key = await publicKey('./environments/production/secrets/public-key')
    const res = await admin.call('PUT', './environments/production/secrets/ENV_ONLY', {
      encrypted_value: await seal(key.key, 'env-value'),
      key_id: key.key_id
    })
    expect(res.status).toBe(201)
    expect(gh.secret('ENV_ONLY', 'production')?.value).toBe('env-value')
    expect(gh.secret('ENV_ONLY')).toBeUndefined()
    expect((await admin.call('GET', './actions/secrets/ENV_ONLY')).status).toBe(404)
    expect((await admin.call('GET', './environments/production/secrets/ENV_ONLY')).status).toBe(200)
  })

  it('answer 404 Not Found for an environment that does not exist', async () => {
    const res = await admin.call('GET', './environments/staging/secrets/public-key')
    expect(res.status).toBe(404)
    expect(res.body).toMatchObject({ message: 'Not Found' })
  })
})

describe('tokens', () => {
  it('GITHUB_TOKEN gets 403 Resource not accessible by integration', async () => {
    const github = testClient(gh, gh.tokens.github)
    const key = await github.call('GET', './actions/secrets/public-key')
    expect(key.status).toBe(403)
    expect(key.body).toMatchObject({ message: 'Resource not accessible by integration' })
    const put = await github.call('PUT', './actions/secrets/FROM_GITHUB_TOKEN', {
      encrypted_value: 'AAAA',
      key_id: '1'
    })
    expect(put.status).toBe(403)
    expect(gh.secret('FROM_GITHUB_TOKEN')).toBeUndefined()
  })

  it('an unknown token gets 401 Bad credentials and no token gets 401', async () => {
    const unknown = await testClient(gh, 'ghp_notatoken').call('GET', './actions/secrets')
    expect(unknown.status).toBe(401)
    expect(unknown.body).toMatchObject({ message: 'Bad credentials' })
    expect((await testClient(gh, undefined).call('GET', './actions/secrets')).status).toBe(401)
  })

  it('accepts the "token" scheme as well as "Bearer"', async () => {
    const res = await fetch(`${gh.url}/repos/${gh.owner}/${gh.repo}/actions/secrets`, {
      headers: { authorization: `token ${gh.tokens.admin}` }
    })
    expect(res.status).toBe(200)
  })

  it('a token added with secrets but not variables gets exactly that', async () => {
    const token = gh.addToken('secrets-only', {
      issues: false,
      secrets: true,
      variables: false,
      actions: false
    })
    const client = testClient(gh, token)
    expect((await client.call('GET', './actions/secrets')).status).toBe(200)
    expect((await client.call('GET', './actions/variables')).status).toBe(403)
    expect((await client.call('GET', './issues')).status).toBe(403)
  })
})

describe('responses', () => {
  it("all matched GitHub's response schemas", () => {
    expect(admin.problems).toEqual([])
  })
})

describe('the Environments permission', () => {
  it("governs an environment's secrets and variables when a token is given it", async () => {
    const emulator = await startGitHubEmulator({ environments: ['production'] })
    try {
      const without = testClient(
        emulator,
        emulator.addToken('no-environments', {
          issues: false,
          actions: false,
          secrets: true,
          variables: true,
          environments: false
        })
      )
      const env = './environments/production'
      const refused = await without.call('GET', `${env}/secrets/public-key`)
      expect(refused.status).toBe(403)
      expect(refused.headers.get('x-accepted-github-permissions')).toBe('environments=read')
      expect((await without.call('GET', `${env}/variables`)).status).toBe(403)
      expect((await without.call('GET', './actions/secrets/public-key')).status).toBe(200)
      const only = testClient(
        emulator,
        emulator.addToken('environments-only', {
          issues: false,
          actions: false,
          secrets: false,
          variables: false,
          environments: true
        })
      )
      expect((await only.call('GET', `${env}/secrets/public-key`)).status).toBe(200)
      expect((await only.call('GET', './actions/secrets/public-key')).status).toBe(403)
    } finally {
      await emulator.close()
    }
  })
})

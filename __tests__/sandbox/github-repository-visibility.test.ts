// Each repository on the GitHub emulator has a visibility, and GET /repos answers it as GitHub
// does: `visibility` is public, private or internal, and `private` is false only for public.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startGitHubEmulator, type GitHubEmulator } from '../../sandbox/github/index.js'
import { testClient, type TestClient } from '../../sandbox/github/test-client.js'

let gh: GitHubEmulator
let admin: TestClient

beforeAll(async () => {
  gh = await startGitHubEmulator()
  gh.addRepository('acme/website', { visibility: 'public' })
  gh.addRepository('acme/portal', { visibility: 'internal' })
  gh.addRepository('acme/billing')
  admin = testClient(gh, gh.tokens.admin)
})

afterAll(async () => {
  await gh.close()
})

describe('repository visibility', () => {
  it.each([
    ['acme/website', false, 'public'],
    ['acme/portal', true, 'internal'],
    ['acme/billing', true, 'private'],
    ['acme/erp-sync', true, 'private']
  ])('%s answers private: %s, visibility: %s', async (name, isPrivate, visibility) => {
    const res = await admin.call('GET', `/repos/${name}`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ full_name: name, private: isPrivate, visibility })
  })

  it("every answer matched GitHub's schema", () => {
    expect(admin.problems).toEqual([])
  })
})

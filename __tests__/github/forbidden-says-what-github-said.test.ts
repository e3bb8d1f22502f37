// A 403 is not always a missing permission. Run through the shipped action, each refusal is
// named for what GitHub said (single sign-on, IP allow list, token policy, or the permission
// that is missing, Environments for an environment) with its fix and GitHub's own message as
// data, and nothing is written after it.
import { describe, it, expect, beforeEach, afterEach } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { EC, writesIn } from '../e2e/helpers.js'

const PENDING_KEY = '/repos/acme/erp-sync/actions/secrets/NETSUITE_PRIVATE_KEY_PENDING'

function errorOf(result: RunResult): string {
  expect(result.exitCode).not.toBe(0)
  const errors = result.annotations.filter(a => a.level === 'error').map(a => a.message)
  expect(errors).toHaveLength(1)
  return errors[0]
}

describe('a 403 says what GitHub said', () => {
  let world: World

  beforeEach(async () => {
    world = await startWorld({ environments: ['production'] })
  })
  afterEach(async () => {
    await world.close()
  })

  it('SAML single sign-on: authorize the token, at the address GitHub gives', async () => {
    world.github.injectFault({ method: 'PUT', path: PENDING_KEY, refusal: 'sso' })
    const error = errorOf(await world.step('check', { inputs: EC }))
    expect(error).toContain('SAML single sign-on and admin-token is not authorized for it')
    expect(error).toContain('`https://github.com/orgs/acme/sso?authorization_request=')
    expect(error).toContain('GitHub said: `Resource protected by organization SAML enforcement.')
    expect(error).not.toMatch(/cannot write Actions secrets|Secrets and Variables/)
    expect(writesIn(world.github.log).filter(e => e.status < 300)).toEqual([])
  })

  it("IP allow list: the runner's address, not a permission", async () => {
    world.github.injectFault({ method: 'PUT', path: PENDING_KEY, refusal: 'ip-allow-list' })
    const error = errorOf(await world.step('check', { inputs: EC }))
    expect(error).toContain("the organization's IP allow list does not include this runner")
    expect(error).toContain('GitHub said: `Although you appear to have the correct')
    // GitHub's backticks cannot close the code span they are shown in.
    expect(error).toContain('the ˋacmeˋ organization')
    expect(error).not.toMatch(/cannot write Actions secrets/)
  })

  it('token policy: a token the organization allows', async () => {
    world.github.injectFault({ method: 'PUT', path: PENDING_KEY, refusal: 'token-policy' })
    const error = errorOf(await world.step('check', { inputs: EC }))
    expect(error).toContain('an organization policy forbids this kind of token for admin-token')
    expect(error).toContain("GitHub said: `The 'acme' organization forbids access via")
  })

  it('a missing permission in an environment names Environments, and what GitHub asked for', async () => {
    const secretsAndVariables = world.github.addToken('secrets-and-variables', {
      issues: true,
      actions: true,
      secrets: true,
      variables: true
    })
    const error = errorOf(
      await world.step('check', {
        inputs: EC,
        environment: 'production',
        adminToken: secretsAndVariables
      })
    )
    expect(error).toContain(
      'lacks Environments (read and write; GitHub App: `environments: write`) on acme/erp-sync'
    )
    expect(error).toContain('governed by Environments, not by Secrets and Variables')
    expect(error).toMatch(/GitHub says the request needs `environments=(read|write)`/)
    expect(writesIn(world.github.log).filter(e => e.status < 300)).toEqual([])
  })
})

// admin-token can write the source repository and acme/billing but lacks the organization's
// Secrets and Variables permissions. The promotion completes in the source repository and in
// the targets it can write, then fails the run naming org:acme and the missing permission.
// Once the token is fixed, the next scheduled check writes the target that is behind and
// nothing else; no person has to re-run anything.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { bootstrap, snapshot } from '../e2e/helpers.js'
import { repositoryOnlyToken } from './helpers.js'

describe('a target admin-token cannot write fails the run after the source is complete', () => {
  let world: World
  let promote: RunResult
  let check: RunResult
  let checkLogStart: number
  let orgKeyAfterPromote: unknown

  beforeAll(async () => {
    world = await startWorld({ fanOut: true })
    // A repository-only token: every repository, no organization permissions.
    const limited = repositoryOnlyToken(world)
    await bootstrap(world, { adminToken: limited })
    const certificateId = world.adminUploadsPending()
    const event = world.comment(1, `/certificate-id ${certificateId}`, 'admin-alice')
    promote = await world.step('promote', { event, adminToken: limited })
    orgKeyAfterPromote = world.github.org.secret('NETSUITE_PRIVATE_KEY')
    checkLogStart = world.github.log.length
    check = await world.step('check')
  }, 60_000)
  afterAll(async () => {
    await world.close()
  })

  it('fails the promotion with an error naming the target and the permission', () => {
    expect(promote.exitCode).not.toBe(0)
    expect(promote.outputs.status).toBe('promoted')
    const errors = promote.annotations.filter(a => a.level === 'error').map(a => a.message)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('org:acme')
    expect(errors[0]).toContain('organization permission Secrets')
    expect(errors[0]).toContain('organization_secrets')
  })

  it('completed the source repository and the targets it could write', () => {
    const source = snapshot(world)
    expect(source.variables.NETSUITE_CERTIFICATE_PENDING).toBeUndefined()
    expect(world.github.issue(1)?.state).toBe('closed')
    const billing = world.repositories['acme/billing']
    expect(billing.secret('NETSUITE_PRIVATE_KEY')?.value).toBe(source.secrets.NETSUITE_PRIVATE_KEY)
    expect(
      world.repositories['acme/etl'].variable('NETSUITE_CERTIFICATE_ID', 'production')?.value
    ).toBe(source.variables.NETSUITE_CERTIFICATE_ID)
    expect(orgKeyAfterPromote).toBeUndefined()
    expect(promote.summary).toContain('org:acme: FAILED')
  })

  it('the next check, with a token that may, writes only the target that is behind', () => {
    expect(check.exitCode).toBe(0)
    expect(check.outputs.status).toBe('ok')
    const source = snapshot(world)
    const org = world.github.org
    expect(org.secret('NETSUITE_PRIVATE_KEY')?.value).toBe(source.secrets.NETSUITE_PRIVATE_KEY)
    expect(org.variable('NETSUITE_CERTIFICATE')?.value).toBe(source.variables.NETSUITE_CERTIFICATE)
    expect(org.variable('NETSUITE_CERTIFICATE_ID')?.value).toBe(
      source.variables.NETSUITE_CERTIFICATE_ID
    )
    const targetWrites = world.github.log
      .slice(checkLogStart)
      .filter(
        e =>
          e.method !== 'GET' &&
          e.status < 300 &&
          /\/repos\/acme\/(billing|etl)|\/orgs\//.test(e.path)
      )
    expect(targetWrites.every(e => e.path.startsWith('/orgs/acme/'))).toBe(true)
    expect(targetWrites).toHaveLength(3)
    expect(check.summary).toContain('org:acme: written now')
    expect(check.summary).toContain('acme/billing: up to date')
  })
})

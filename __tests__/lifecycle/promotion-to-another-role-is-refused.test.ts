// A token exchange proves the certificate, not that the integration's calls
// will still be allowed: NetSuite maps each certificate to a role and an
// entity. Where the certificate list can be read, promotion compares the new
// certificate's mapping with the current one's and refuses a different one:
// nothing changes, and the comment names both roles.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import {
  EC,
  firstGeneration,
  snapshot,
  stepExpecting,
  theOpenIssue,
  type Generation
} from '../e2e/helpers.js'
import { actionTexts } from './helpers.js'

describe('an admin uploads the new certificate for another role and replies', () => {
  let world: World
  let first: Generation
  let otherRole: number
  let before: ReturnType<typeof snapshot>
  let promote: RunResult
  let issue: number
  let commentsBefore: number

  beforeAll(async () => {
    world = await startWorld({ canManageCertificates: true })
    first = await firstGeneration(world)
    otherRole = world.netsuite.createRole({ name: 'Accountant' })
    world.advanceDays(30)
    await stepExpecting(world, 'rotate', 'rotation-started', { inputs: EC })
    issue = theOpenIssue(world).number
    const id = world.netsuite.uploadCertificate({
      clientId: world.clientId,
      pem: world.github.variable('NETSUITE_CERTIFICATE_PENDING')!.value,
      roleId: otherRole,
      entityId: world.entityId
    }).certificateId
    before = snapshot(world)
    commentsBefore = world.github.issue(issue)!.comments.length
    const event = world.comment(issue, `/certificate-id ${id}`, 'admin-alice')
    promote = await world.step('promote', { event })
  }, 90_000)
  afterAll(async () => {
    await world.close()
  })

  it('refuses the promotion', () => {
    expect(promote.outputs.status).not.toBe('promoted')
    expect(promote.exitCode).not.toBe(0)
  })

  it('changes nothing: the current credentials stay, the rotation stays pending', () => {
    expect(snapshot(world)).toEqual(before)
    expect(world.github.variable('NETSUITE_CERTIFICATE_ID')?.value).toBe(first.certificateId)
    expect(world.github.issue(issue)?.state).toBe('open')
  })

  it('the comment names both roles', () => {
    const comments = world.github.issue(issue)!.comments.slice(commentsBefore + 1)
    const said = comments.map(c => c.body).join('\n')
    expect(actionTexts(world, issue).join('\n')).toContain(said)
    expect(said).toMatch(new RegExp(`Integration|\\b${world.roleId}\\b`))
    expect(said).toMatch(new RegExp(`Accountant|\\b${otherRole}\\b`))
  })
})

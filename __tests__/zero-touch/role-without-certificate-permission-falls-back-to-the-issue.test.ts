// The role lacks "Manage own OAuth 2.0 Client Credentials certificates": with
// upload auto, check falls back to the admin issue and says which permission
// would make rotations automatic; with upload api, the step fails and says why,
// opening no issue.
import { describe, it, expect, beforeAll } from '@jest/globals'
import type { World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import {
  describeRun,
  expectSucceeded,
  openRotationIssues,
  snapshot,
  prepareOnce,
  uploadAndReply,
  type Generation
} from '../e2e/helpers.js'
import {
  EC,
  INTO_RENEW_WINDOW_DAYS,
  issueText,
  issuesAfter,
  netsuiteCertificates,
  seededWorld,
  uploadsIn
} from './helpers.js'

const PERMISSION = 'Manage own OAuth 2.0 Client Credentials certificates'

// Both upload modes start from the same first promotion: made once, restored per block.
const promoted = prepareOnce(() => seededWorld({ canManageCertificates: false }))

describe('upload auto with a role that may not manage certificates', () => {
  let world: World
  let first: Generation
  let lastIssue: number
  let check: RunResult
  let certificatesBefore: number

  beforeAll(async () => {
    ;({ world, first, lastIssue } = promoted())
    world.advanceDays(INTO_RENEW_WINDOW_DAYS)
    certificatesBefore = netsuiteCertificates(world).length
    check = await world.step('check', { inputs: EC })
  })

  it('starts an ordinary rotation (rotation-started, exit 0)', () => {
    expectSucceeded(check, 'rotation-started')
  })

  it('opens one issue that names the missing permission and asks for the certificate ID', () => {
    const later = issuesAfter(world, lastIssue)
    expect(later).toHaveLength(1)
    expect(later[0].state).toBe('open')
    expect(check.outputs['issue-number']).toBe(String(later[0].number))
    expect(issueText(later[0])).toContain(PERMISSION)
    expect(issueText(later[0])).toContain('/certificate-id <')
  })

  it('says in the log why it fell back', () => {
    const warnings = check.annotations.filter(a => a.level === 'warning').map(a => a.message)
    expect(warnings.join('\n')).toContain(PERMISSION)
  })

  it('uploaded nothing to NetSuite and left the current credentials alone', () => {
    expect(uploadsIn(world.netsuite.log)).toEqual([])
    expect(netsuiteCertificates(world)).toHaveLength(certificatesBefore)
    const state = snapshot(world)
    expect(state.secrets.NETSUITE_PRIVATE_KEY).toBe(first.key)
    expect(state.variables.NETSUITE_CERTIFICATE_ID).toBe(first.certificateId)
    expect(state.secrets.NETSUITE_PRIVATE_KEY_PENDING).toBeDefined()
  })

  it('then the admin flow promotes as usual and the new credentials log in', async () => {
    const { result, certificateId } = await uploadAndReply(world)
    expectSucceeded(result, 'promoted')
    expect(world.github.variable('NETSUITE_CERTIFICATE_ID')?.value).toBe(certificateId)
    expect(world.github.variable('NETSUITE_CERTIFICATE_ID_PREVIOUS')?.value).toBe(
      first.certificateId
    )
    expect(openRotationIssues(world)).toEqual([])
    expect(await world.consumerLogsIn()).toEqual({ ok: true })
  })
})

describe('upload api with a role that may not manage certificates', () => {
  let world: World
  let first: Generation
  let lastIssue: number
  let result: RunResult

  beforeAll(async () => {
    ;({ world, first, lastIssue } = promoted())
    world.advanceDays(INTO_RENEW_WINDOW_DAYS)
    result = await world.step('check', { inputs: { ...EC, upload: 'api' } })
  })

  it('fails the step', () => {
    expect(result.exitCode).not.toBe(0)
    expect(result.conclusion).toBe('failure')
  })

  it('says why: the role lacks the permission', () => {
    const errors = result.annotations.filter(a => a.level === 'error').map(a => a.message)
    expect(errors.length).toBeGreaterThan(0)
    expect(errors.join('\n')).toContain(PERMISSION)
  })

  it('opens no issue', () => {
    expect(issuesAfter(world, lastIssue)).toEqual([])
  })

  it('changes neither NetSuite nor the current credentials', () => {
    expect(uploadsIn(world.netsuite.log)).toEqual([])
    const state = snapshot(world)
    expect(state.secrets.NETSUITE_PRIVATE_KEY).toBe(first.key)
    expect(state.variables.NETSUITE_CERTIFICATE).toBe(first.certificate)
    expect(state.variables.NETSUITE_CERTIFICATE_ID).toBe(first.certificateId)
    expect(describeRun(result)).not.toMatch(/status promoted/)
  })
})

// A sandbox refresh wipes NetSuite's M2M mappings while the certificate is still
// valid, and no other credentials are left to read NetSuite's certificate list. check
// notices (registration-missing, non-zero) but cannot tell a wipe from a revocation,
// so it never offers the refused key again: it opens one issue asking an admin to
// upload a NEW certificate, which repairs a wipe just the same.
import { describe, it, expect, beforeAll } from '@jest/globals'
import type { World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import {
  expectSucceeded,
  openRotationIssues,
  pemLines,
  prepareOnce,
  snapshot,
  stepExpecting,
  theOpenIssue,
  uploadAndReply,
  type Generation
} from '../e2e/helpers.js'
import {
  EC,
  certificateById,
  fingerprintOf,
  issueText,
  issuesAfter,
  netsuiteCertificates,
  seededWorld,
  rotateAutomatically
} from './helpers.js'

const PEM_BLOCK = /```pem\n([\s\S]*?)```/

// Both scenarios start from the same current pair, seeded once; each block restores it.
const restoredPromotedWorld = prepareOnce(() => seededWorld())

describe('check after a sandbox refresh wiped the M2M setup', () => {
  let world: World
  let first: Generation
  let lastIssue: number
  let check: RunResult
  let again: RunResult

  beforeAll(async () => {
    ;({ world, first, lastIssue } = restoredPromotedWorld())
    world.advanceDays(100)
    world.netsuite.wipe()
    check = await world.step('check', { inputs: EC })
    again = await world.step('check', { inputs: EC })
  })

  it('reports registration-missing and fails the step', () => {
    expect(check.outputs.status).toBe('registration-missing')
    expect(check.exitCode).not.toBe(0)
    const errors = check.annotations.filter(a => a.level === 'error').map(a => a.message)
    expect(errors.join('\n')).toContain(first.certificateId)
  })

  it('opens one issue asking for a new certificate, never the refused one', () => {
    const later = issuesAfter(world, lastIssue)
    expect(later).toHaveLength(1)
    expect(check.outputs['issue-number']).toBe(String(later[0].number))
    const text = issueText(later[0])
    expect(text).toContain('/certificate-id <')
    const pem = PEM_BLOCK.exec(later[0].body)?.[1] ?? ''
    expect(pemLines(pem)).not.toEqual(pemLines(first.certificate))
    expect(text).not.toContain(fingerprintOf(first.certificate))
    expect(text).toMatch(/may have been \*\*revoked\*\* on purpose/)
  })

  it('stages a new key as pending, leaving current untouched', () => {
    const state = snapshot(world)
    expect(state.variables.NETSUITE_CERTIFICATE_PENDING).not.toBe(first.certificate)
    expect(state.secrets.NETSUITE_PRIVATE_KEY_PENDING).toBeDefined()
    expect(pemLines(state.secrets.NETSUITE_PRIVATE_KEY_PENDING)).not.toEqual(pemLines(first.key))
    expect(state.secrets.NETSUITE_PRIVATE_KEY).toBe(first.key)
    expect(state.variables.NETSUITE_CERTIFICATE_ID).toBe(first.certificateId)
  })

  it('a second check before the admin acts opens no second issue', () => {
    expect(again.exitCode).not.toBe(0)
    expect(again.outputs.status).toBe('registration-missing')
    expect(issuesAfter(world, lastIssue)).toHaveLength(1)
    expect(again.outputs['issue-number']).toBe(check.outputs['issue-number'])
  })

  it('nothing was uploaded to NetSuite by the action', () => {
    expect(netsuiteCertificates(world)).toEqual([])
  })

  describe('when the admin uploads it and replies', () => {
    let promote: RunResult
    let newId: string

    beforeAll(async () => {
      const issue = theOpenIssue(world)
      ;({ result: promote, certificateId: newId } = await uploadAndReply(world, {
        issueNumber: issue.number
      }))
    })

    it('promote succeeds with the new ID', () => {
      expectSucceeded(promote, 'promoted')
      expect(newId).not.toBe(first.certificateId)
      expect(world.github.variable('NETSUITE_CERTIFICATE_ID')?.value).toBe(newId)
      expect(certificateById(world, newId)?.pem).not.toBe(first.certificate)
    })

    it('makes the new key current, keeping no _PREVIOUS of the refused one', () => {
      const state = snapshot(world)
      expect(state.secrets.NETSUITE_PRIVATE_KEY).not.toBe(first.key)
      expect(state.variables.NETSUITE_CERTIFICATE).not.toBe(first.certificate)
      expect(state.secrets.NETSUITE_PRIVATE_KEY_PENDING).toBeUndefined()
      expect(state.variables.NETSUITE_CERTIFICATE_PENDING).toBeUndefined()
      // The wiped ID is gone from NetSuite; keeping it as previous would only break a rollback.
      expect(state.variables.NETSUITE_CERTIFICATE_ID_PREVIOUS).toBeUndefined()
    })

    it('closes the issue', () => {
      expect(openRotationIssues(world)).toEqual([])
    })

    it('the new credentials log in and the next check is ok', async () => {
      expect(await world.consumerLogsIn()).toEqual({ ok: true })
      await stepExpecting(world, 'check', 'ok', { inputs: EC })
    })
  })
})

// A sandbox refresh inside the grace period after a zero-touch rotation wipes the
// previous certificate too: there is nothing left to revoke. The previous stage
// can no longer be rolled back to, so it should be cleared once, not warned about
// on every scheduled check.
describe('a sandbox refresh inside the grace period after a zero-touch rotation', () => {
  let world: World
  let first: Generation
  let missing: RunResult
  let repaired: RunResult
  let due: RunResult
  let later: RunResult

  beforeAll(async () => {
    ;({ world, first } = restoredPromotedWorld())
    await rotateAutomatically(world)
    world.advanceDays(3)
    world.netsuite.wipe()
    missing = await world.step('check', { inputs: EC })
    ;({ result: repaired } = await uploadAndReply(world))
    world.advanceDays(12)
    due = await world.step('check', { inputs: EC })
    world.advanceDays(7)
    later = await world.step('check', { inputs: EC })
  })

  it('the wipe is noticed, the admin repair promotes and the checks after it pass', () => {
    expect(missing.outputs.status).toBe('registration-missing')
    expectSucceeded(repaired, 'promoted')
    expectSucceeded(due, 'ok')
    expectSucceeded(later, 'ok')
  })

  it('clears the _PREVIOUS stage whose certificate NetSuite no longer has', () => {
    const state = snapshot(world)
    expect(state.variables.NETSUITE_CERTIFICATE_ID_PREVIOUS).toBeUndefined()
    expect(state.secrets.NETSUITE_PRIVATE_KEY_PREVIOUS).toBeUndefined()
    expect(state.variables.NETSUITE_CERTIFICATE_PREVIOUS).toBeUndefined()
  })

  it('does not ask, check after check, to revoke by hand a certificate that no longer exists', () => {
    const warnings = later.annotations.filter(a => a.level === 'warning').map(a => a.message)
    expect(warnings.filter(w => w.includes(first.certificateId))).toEqual([])
  })
})

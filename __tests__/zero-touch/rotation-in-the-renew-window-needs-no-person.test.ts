// Zero-touch: once the first generation is promoted and the role may manage
// certificates, a scheduled check inside the renew window uploads, proves and
// promotes the new certificate itself, leaving only a closed record issue.
// `rotate` with `upload: api` does the same on demand.
import { describe, it, expect, beforeAll } from '@jest/globals'
import type { World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { prepareOnce, snapshot, stepExpecting, type Generation } from '../e2e/helpers.js'
import {
  EC,
  INTO_RENEW_WINDOW_DAYS,
  certificateById,
  fingerprintOf,
  issueText,
  issuesAfter,
  keyMatchesCertificate,
  seededWorld,
  uploadsIn
} from './helpers.js'

const DAY_MS = 86_400_000

// Both commands start from the same current pair, seeded once; each block restores it.
const seeded = prepareOnce(() => seededWorld())

function describeAutomaticRotation(command: 'check' | 'rotate', inputs: Record<string, string>) {
  describe(`${command} (${JSON.stringify(inputs)}) inside the renew window`, () => {
    let world: World
    let first: Generation
    let lastIssue: number
    let result: RunResult
    let netsuiteMark: number
    let rotatedAt: Date

    beforeAll(async () => {
      ;({ world, first, lastIssue } = seeded())
      world.advanceDays(INTO_RENEW_WINDOW_DAYS)
      netsuiteMark = world.netsuite.log.length
      rotatedAt = world.now()
      result = await world.step(command, { inputs: { ...EC, ...inputs } })
    })

    it('reports promoted and exits 0', () => {
      expect({ exit: result.exitCode, status: result.outputs.status }).toEqual({
        exit: 0,
        status: 'promoted'
      })
    })

    it('reports the new certificate in its outputs', () => {
      const current = world.github.variable('NETSUITE_CERTIFICATE')?.value ?? ''
      expect(result.outputs['certificate-id']).toBe(
        world.github.variable('NETSUITE_CERTIFICATE_ID')?.value
      )
      expect(result.outputs['certificate-id']).not.toBe(first.certificateId)
      expect(result.outputs.fingerprint).toBe(fingerprintOf(current))
    })

    it('uploaded exactly one certificate through the endpoint', () => {
      expect(uploadsIn(world.netsuite.log.slice(netsuiteMark))).toHaveLength(1)
    })

    it('leaves no open issue and never asks anyone for work', () => {
      const later = issuesAfter(world, lastIssue)
      expect(later.length).toBeGreaterThan(0)
      expect(later.filter(issue => issue.state !== 'closed')).toEqual([])
      for (const issue of later) expect(issueText(issue)).not.toContain('/certificate-id <')
      expect(world.github.issues().filter(issue => issue.state === 'open')).toEqual([])
    })

    it('leaves a record issue naming old and new IDs, fingerprints and the revoke date', () => {
      const later = issuesAfter(world, lastIssue)
      expect(later).toHaveLength(1)
      const record = issueText(later[0])
      const current = world.github.variable('NETSUITE_CERTIFICATE')?.value ?? ''
      expect(record).toContain(first.certificateId)
      expect(record).toContain(world.github.variable('NETSUITE_CERTIFICATE_ID')?.value ?? '-')
      expect(record).toContain(fingerprintOf(first.certificate))
      expect(record).toContain(fingerprintOf(current))
      // revoke-previous-after-days defaults to 14.
      const revokeOn = new Date(rotatedAt.getTime() + 14 * DAY_MS).toISOString().slice(0, 10)
      expect(record).toContain(revokeOn)
      expect(result.outputs['issue-number']).toBe(String(later[0].number))
    })

    it('makes the new generation current and keeps the old one as previous', () => {
      const state = snapshot(world)
      expect(state.secrets.NETSUITE_PRIVATE_KEY).not.toBe(first.key)
      expect(state.variables.NETSUITE_CERTIFICATE).not.toBe(first.certificate)
      expect(state.variables.NETSUITE_CERTIFICATE_ID).not.toBe(first.certificateId)
      expect(
        keyMatchesCertificate(
          state.secrets.NETSUITE_PRIVATE_KEY,
          state.variables.NETSUITE_CERTIFICATE
        )
      ).toBe(true)
      expect(state.secrets.NETSUITE_PRIVATE_KEY_PREVIOUS).toBe(first.key)
      expect(state.variables.NETSUITE_CERTIFICATE_PREVIOUS).toBe(first.certificate)
      expect(state.variables.NETSUITE_CERTIFICATE_ID_PREVIOUS).toBe(first.certificateId)
    })

    it('removes the pending secret and variable', () => {
      const state = snapshot(world)
      expect(state.secrets.NETSUITE_PRIVATE_KEY_PENDING).toBeUndefined()
      expect(state.variables.NETSUITE_CERTIFICATE_PENDING).toBeUndefined()
    })

    it('NetSuite shows the new certificate, active and mapped to the role and entity', () => {
      const id = world.github.variable('NETSUITE_CERTIFICATE_ID')?.value ?? ''
      const record = certificateById(world, id)
      expect(record).toBeDefined()
      expect(record?.revoked).toBe(false)
      expect(record?.roleId).toBe(world.roleId)
      expect(record?.entityId).toBe(world.entityId)
      expect(fingerprintOf(record?.pem ?? '')).toBe(
        fingerprintOf(world.github.variable('NETSUITE_CERTIFICATE')?.value ?? '')
      )
      // The old one stays usable for rollback until the grace period is over.
      expect(certificateById(world, first.certificateId)?.revoked).toBe(false)
    })

    it('the new current credentials log in', async () => {
      expect(await world.consumerLogsIn()).toEqual({ ok: true })
    })

    it('a further check finds nothing to do', async () => {
      const again = await stepExpecting(world, 'check', 'ok', { inputs: EC })
      expect(again.outputs['certificate-id']).toBe(
        world.github.variable('NETSUITE_CERTIFICATE_ID')?.value
      )
    })
  })
}

describeAutomaticRotation('check', {})
describeAutomaticRotation('rotate', { upload: 'api' })

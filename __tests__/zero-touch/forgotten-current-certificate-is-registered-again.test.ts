// NetSuite forgot the CURRENT certificate alone (an admin deleted its mapping
// instead of revoking it, or a refresh copied an account that lacks it) while
// the previous one is still registered. The previous credentials read the
// certificate list: the current one is not on it, so nothing says the key leaked.
// check registers the SAME certificate again through the certificate endpoint,
// proves it with a token, stores the new ID and reports ok; the key stays and
// nothing is revoked. A revoked certificate takes the other road (a new key,
// see the revoked-current-certificate scenario).
import { describe, it, expect, beforeAll } from '@jest/globals'
import type { World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import {
  expectSucceeded,
  prepareOnce,
  snapshot,
  stepExpecting,
  writesIn,
  type Generation
} from '../e2e/helpers.js'
import {
  EC,
  fingerprintOf,
  issuesAfter,
  lastIssueNumber,
  netsuiteCertificates,
  revocationsIn,
  seededRotatedWorld,
  uploadsIn,
  mark,
  type Mark
} from './helpers.js'

const TOKEN_PATH = /\/oauth2\/v1\/token$/

// Both upload modes start from the same automatic rotation: it runs once through the action,
// and each block restores it.
const rotated = prepareOnce(() => seededRotatedWorld())

describe.each(['auto', 'api'])(
  'check (upload: %s) after NetSuite forgot the current certificate, previous still registered',
  upload => {
    const inputs = { ...EC, upload }

    let world: World
    let first: Generation
    let second: Generation
    let forgottenId: string
    let since: Mark
    let lastIssue: number
    let result: RunResult

    beforeAll(async () => {
      ;({ world, first, second } = rotated())
      world.advanceDays(3)
      forgottenId = world.netsuiteForgetsCurrent()
      since = mark(world)
      lastIssue = lastIssueNumber(world)
      result = await world.step('check', { inputs })
    })

    it('the emulator forgot it without revoking it', () => {
      expect(forgottenId).toBe(second.certificateId)
      expect(netsuiteCertificates(world).filter(c => c.certificateId === forgottenId)).toEqual([])
    })

    it('reports ok, exits 0, and warns that the certificate was uploaded again', () => {
      expectSucceeded(result, 'ok')
      const warnings = result.annotations.filter(a => a.level === 'warning').map(a => a.message)
      expect(warnings.join('\n')).toMatch(/uploaded again/i)
      expect(warnings.join('\n')).not.toMatch(/revoked/i)
      expect(result.annotations.filter(a => a.level === 'error')).toEqual([])
    })

    it('uploads the same certificate once through the certificate endpoint', () => {
      const log = since.netsuite()
      expect(uploadsIn(log)).toHaveLength(1)
      const again = netsuiteCertificates(world).filter(c => c.pem === second.certificate)
      expect(again).toHaveLength(1)
      expect(again[0].certificateId).not.toBe(forgottenId)
      expect(again[0].revoked).toBe(false)
      expect(fingerprintOf(again[0].pem)).toBe(fingerprintOf(second.certificate))
    })

    it('stores the new certificate ID and keeps the key and the certificate', () => {
      const state = snapshot(world)
      const newId = state.variables.NETSUITE_CERTIFICATE_ID
      expect(newId).not.toBe(forgottenId)
      expect(result.outputs['certificate-id']).toBe(newId)
      expect(netsuiteCertificates(world).find(c => c.certificateId === newId)?.pem).toBe(
        second.certificate
      )
      expect(state.secrets.NETSUITE_PRIVATE_KEY).toBe(second.key)
      expect(state.variables.NETSUITE_CERTIFICATE).toBe(second.certificate)
      // Nothing else changed: the previous stage still holds the first generation.
      expect({ ...state.variables, NETSUITE_CERTIFICATE_ID: forgottenId }).toEqual(
        since.state.variables
      )
      expect(state.secrets).toEqual(since.state.secrets)
      expect(state.variables.NETSUITE_CERTIFICATE_ID_PREVIOUS).toBe(first.certificateId)
    })

    it('writes no secret on GitHub: the key secret is not replaced', () => {
      const writes = writesIn(since.github())
      expect(writes.filter(w => /\/secrets\//.test(w.path))).toEqual([])
      expect(writes.some(w => /\/variables\/NETSUITE_CERTIFICATE_ID$/.test(w.path))).toBe(true)
    })

    it('proves the new ID with a token signed by the same key', () => {
      const newId = snapshot(world).variables.NETSUITE_CERTIFICATE_ID
      const proofs = since
        .netsuite()
        .filter(e => TOKEN_PATH.test(e.path) && e.verdict === 'accepted' && e.header?.kid === newId)
      expect(proofs.length).toBeGreaterThan(0)
      expect(world.netsuite.issuedTokens.some(t => t.certificateId === newId)).toBe(true)
    })

    it('never revokes anything and opens no issue', () => {
      expect(revocationsIn(since.netsuite())).toEqual([])
      expect(netsuiteCertificates(world).filter(c => c.revoked)).toEqual([])
      expect(issuesAfter(world, lastIssue)).toEqual([])
    })

    it('the next check passes and the credentials log in, without another upload', async () => {
      const mark = world.netsuite.log.length
      await stepExpecting(world, 'check', 'ok', { inputs })
      expect(await world.consumerLogsIn()).toEqual({ ok: true })
      expect(uploadsIn(world.netsuite.log.slice(mark))).toEqual([])
    })
  }
)

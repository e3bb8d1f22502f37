// doctor against in-memory gateways: each finding, the certificate list with stages, and
// that it writes nothing.
import { X509Certificate } from 'node:crypto'
import { describe, it, expect } from '@jest/globals'
import type { Result } from '../../src/run/context.js'
import { NetSuiteError } from '../../src/netsuite/errors.js'
import {
  credentials,
  FakeGitHub,
  FakeNetSuite,
  harness,
  seedCurrent,
  workflowInputs
} from './fakes.js'

const T0 = new Date('2026-01-01T00:00:00Z')
const DAY = 86_400_000

async function promotedTwice(): Promise<{
  w: { github: FakeGitHub; netsuite: FakeNetSuite; now: Date }
  previousId: string
  currentId: string
}> {
  const github = new FakeGitHub()
  const netsuite = new FakeNetSuite()
  netsuite.canManageCertificates = true
  const old = await seedCurrent(github, netsuite, T0)
  github.secrets.set('NETSUITE_PRIVATE_KEY_PREVIOUS', old.key)
  github.variables.set('NETSUITE_CERTIFICATE_PREVIOUS', old.certificate)
  github.variables.set('NETSUITE_CERTIFICATE_ID_PREVIOUS', old.id)
  const now = await seedCurrent(github, netsuite, new Date(T0.getTime() + DAY))
  return {
    w: { github, netsuite, now: new Date(T0.getTime() + 40 * DAY) },
    previousId: old.id,
    currentId: now.id
  }
}

async function doctor(
  w: { github: FakeGitHub; netsuite: FakeNetSuite; now: Date },
  extra: Record<string, string> = {}
): Promise<Result> {
  return harness(workflowInputs(w.github, { command: 'doctor', ...extra }), w).run('doctor')
}

const finding = (result: Result, check: string) =>
  result.report?.findings.find(f => f.check === check)
const failures = (result: Result) =>
  (result.report?.findings ?? []).filter(f => f.level === 'failure').map(f => f.check)

describe('doctor', () => {
  it('finds a working set-up healthy, lists every certificate with its stage, and writes nothing', async () => {
    const { w, previousId, currentId } = await promotedTwice()
    const stranger = w.netsuite.register((await credentials(T0)).certificate)
    const tokensBefore = w.netsuite.tokens.length
    const result = await doctor(w)
    expect(failures(result)).toEqual([])
    expect(result.status).toBe('healthy')
    expect(result.failure).toBeUndefined()
    expect(result.report?.certificates?.map(c => [c.id, c.stage, c.status])).toEqual([
      [previousId, 'previous', 'active'],
      [currentId, 'current', 'active'],
      [stranger, 'unknown', 'active']
    ])
    expect(finding(result, 'active certificates')?.detail).toMatch(/3 of 5 active/)
    expect(finding(result, `certificate ${stranger}`)?.level).toBe('warning')
    expect(finding(result, 'current pair')?.level).toBe('ok')
    expect(finding(result, 'previous pair')?.level).toBe('ok')
    // Token requests only: one per pair, the list reuses the current token.
    expect(w.netsuite.tokens.length - tokensBefore).toBe(2)
    expect(w.github.writes).toEqual([])
    expect(w.netsuite.uploads).toEqual([])
    expect(w.github.calls.filter(call => !/^(read|probe)/.test(call))).toEqual([])
  })

  it('fails when the current certificate is revoked, and says so from the list', async () => {
    const { w, currentId } = await promotedTwice()
    w.netsuite.revoke(currentId)
    const result = await doctor(w)
    expect(result.status).toBe('unhealthy')
    expect(finding(result, 'current pair')).toMatchObject({
      level: 'failure',
      detail: expect.stringMatching(/revoked/),
      fix: expect.stringMatching(/new key/)
    })
    expect(result.failure).toMatch(/current pair/)
  })

  it('fails for a certificate ID NetSuite does not list', async () => {
    const { w } = await promotedTwice()
    const result = await doctor(w, { 'certificate-id': 'NOT_A_REAL_ID' })
    expect(finding(result, 'current pair')?.detail).toMatch(/does not list this certificate ID/)
    expect(result.status).toBe('unhealthy')
  })

  it("fails when uploads go through the API and the role lacks the permission; warns when they don't", async () => {
    const { w } = await promotedTwice()
    w.netsuite.canManageCertificates = false
    const api = await doctor(w, {
      upload: 'api',
      'netsuite-role-id': '3',
      'netsuite-entity-id': '4'
    })
    expect(finding(api, 'certificate permission')).toMatchObject({
      level: 'failure',
      fix: expect.stringMatching(/Manage own OAuth 2\.0 Client Credentials certificates/)
    })
    const issue = await doctor(w, { upload: 'issue' })
    expect(finding(issue, 'certificate permission')?.level).toBe('warning')
    expect(issue.status).toBe('healthy')
  })

  it('fails at the limit of five active certificates and warns at four', async () => {
    const { w } = await promotedTwice()
    w.netsuite.register((await credentials(T0)).certificate)
    w.netsuite.register((await credentials(T0)).certificate)
    expect(finding(await doctor(w), 'active certificates')).toMatchObject({
      level: 'warning',
      detail: expect.stringMatching(/4 of 5/)
    })
    w.netsuite.register((await credentials(T0)).certificate)
    const full = await doctor(w)
    expect(finding(full, 'active certificates')?.level).toBe('failure')
    expect(full.status).toBe('unhealthy')
  })

  it('fails without admin-token, and for a target admin-token may not write', async () => {
    const { w } = await promotedTwice()
    w.github.forbiddenTargets.add('/repos/acme/billing/actions')
    const result = await doctor(w, { targets: 'acme/billing\nacme/etl' })
    expect(finding(result, 'admin-token')?.level).toBe('ok')
    expect(finding(result, 'admin-token: target acme/etl')?.level).toBe('ok')
    expect(finding(result, 'admin-token: target acme/billing')).toMatchObject({
      level: 'failure',
      fix: expect.stringMatching(/Secrets and Variables \(read and write\) on acme\/billing/)
    })
    w.github.admin = false
    const without = await doctor(w, { 'admin-token': '' })
    expect(finding(without, 'admin-token')?.detail).toMatch(/admin-token is not set/)
    expect(without.status).toBe('unhealthy')
  })

  it('fails for a client ID that is an application ID, and for missing current inputs', async () => {
    const { w } = await promotedTwice()
    const result = await doctor(w, {
      'client-id': '3F2504E0-4F89-11D3-9A0C-0305E82C3301',
      'private-key': ''
    })
    expect(finding(result, 'client-id')?.level).toBe('failure')
    expect(finding(result, 'current pair')).toMatchObject({
      level: 'failure',
      fix: expect.stringMatching(/private-key: \$\{\{ secrets\.NETSUITE_PRIVATE_KEY \}\}/)
    })
  })

  it("compares expiry with renew-before-days and NetSuite's e-mails", async () => {
    const { w } = await promotedTwice()
    const late = await doctor(w, { 'renew-before-days': '20' })
    expect(finding(late, "NetSuite's expiry e-mails")).toMatchObject({
      level: 'warning',
      fix: 'set renew-before-days to 60 or more'
    })
    w.now = new Date(T0.getTime() + 700 * DAY)
    const due = await doctor(w)
    expect(finding(due, 'current certificate expiry')?.level).toBe('warning')
    w.now = new Date(T0.getTime() + 800 * DAY)
    expect(finding(await doctor(w), 'current certificate expiry')?.level).toBe('failure')
  })

  it('knows a pending certificate uploaded through the API by its fingerprint, and proves it', async () => {
    const { w } = await promotedTwice()
    const pending = await credentials(T0)
    const pendingId = w.netsuite.register(pending.certificate)
    const fingerprint = new X509Certificate(pending.certificate).fingerprint256
    w.github.secrets.set('NETSUITE_PRIVATE_KEY_PENDING', pending.key)
    w.github.variables.set('NETSUITE_CERTIFICATE_PENDING', pending.certificate)
    w.github.variables.set(
      'NETSUITE_CERTIFICATE_ID_STATE',
      JSON.stringify({ version: 1, uploads: { [fingerprint]: pendingId } })
    )
    const result = await doctor(w)
    expect(result.report?.certificates?.find(c => c.id === pendingId)?.stage).toBe('pending')
    expect(finding(result, 'pending pair')).toMatchObject({
      level: 'ok',
      detail: expect.stringContaining(`issued a token for certificate ${pendingId}`)
    })
  })

  it("reads NetSuite's USER_ERROR about the role's permission as the missing permission", async () => {
    const { w } = await promotedTwice()
    w.netsuite.certificates = () => ({
      list: async () => {
        throw new NetSuiteError(
          'listing certificates',
          'USER_ERROR',
          400,
          'Your current role does not have permission to perform this action.'
        )
      },
      upload: async () => ({ written: false }),
      revoke: async () => undefined
    })
    const result = await doctor(w, { 'netsuite-role-id': '3', 'netsuite-entity-id': '4' })
    expect(finding(result, 'certificate permission')).toMatchObject({
      level: 'failure',
      detail: expect.stringMatching(/USER_ERROR, HTTP 400/)
    })
  })
})

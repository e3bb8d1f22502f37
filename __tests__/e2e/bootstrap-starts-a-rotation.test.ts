// Bootstrap: `check` with no certificate at all generates an RSA-4096 key pair,
// stores it as pending, and opens exactly one rotation issue an admin can act on.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { X509Certificate, createPrivateKey, createPublicKey } from 'node:crypto'
import { pemLabel } from '../core/helpers.js'
import { startWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import {
  describeRun,
  issueTexts,
  LABEL,
  openRotationIssues,
  pemLines,
  snapshot
} from './helpers.js'

describe('bootstrap: check with no certificate starts a rotation', () => {
  let world: World
  let result: RunResult
  let key: string
  let certificate: string

  beforeAll(async () => {
    world = await startWorld()
    // The default key type: RSA-4096.
    result = await world.step('check')
    const state = snapshot(world)
    key = state.secrets.NETSUITE_PRIVATE_KEY_PENDING ?? ''
    certificate = state.variables.NETSUITE_CERTIFICATE_PENDING ?? ''
  })
  afterAll(async () => {
    await world.close()
  })

  it('reports rotation-started and exits 0', () => {
    expect(result.outputs.status).toBe('rotation-started')
    if (result.exitCode !== 0) throw new Error(describeRun(result))
    expect(result.exitCode).toBe(0)
    expect(result.annotations.filter(a => a.level === 'error')).toEqual([])
  })

  it('registers the key with ::add-mask:: so the runner masks it', () => {
    expect(result.masks).toContain(key)
  })

  it('stores a PKCS#8 RSA-4096 private key as the pending secret', () => {
    expect(pemLabel(key)).toBe('PRIVATE KEY') // PKCS#8
    const privateKey = createPrivateKey(key)
    expect(privateKey.asymmetricKeyType).toBe('rsa')
    expect(privateKey.asymmetricKeyDetails?.modulusLength).toBe(4096)
  })

  it('stores the matching certificate as the pending variable', () => {
    const x509 = new X509Certificate(certificate)
    expect(x509.checkPrivateKey(createPrivateKey(key))).toBe(true)
    expect(
      x509.publicKey
        .export({ type: 'spki', format: 'der' })
        .equals(createPublicKey(key).export({ type: 'spki', format: 'der' }))
    ).toBe(true)
  })

  it('writes no current or previous stage yet, and records the rotation', () => {
    const state = snapshot(world)
    expect(Object.keys(state.secrets)).toEqual(['NETSUITE_PRIVATE_KEY_PENDING'])
    expect(Object.keys(state.variables)).toEqual([
      'NETSUITE_CERTIFICATE_PENDING',
      'NETSUITE_CERTIFICATE_ID_STATE'
    ])
    const record = JSON.parse(state.variables.NETSUITE_CERTIFICATE_ID_STATE) as {
      version: number
      rotation: { issue: number; openedBy: string; fingerprint: string }
    }
    expect(record.version).toBe(1)
    expect(record.rotation).toMatchObject({
      issue: Number(result.outputs['issue-number']),
      openedBy: 'github-actions[bot]',
      fingerprint: result.outputs.fingerprint
    })
  })

  it('opens exactly one issue labelled netsuite-certificate', () => {
    const open = openRotationIssues(world)
    expect(open).toHaveLength(1)
    expect(open[0].labels).toContain(LABEL)
    expect(result.outputs['issue-number']).toBe(String(open[0].number))
    expect(world.github.issues()).toHaveLength(1)
  })

  it('puts the certificate PEM in a pem block, its fingerprint and the reply instructions in the issue', () => {
    const body = openRotationIssues(world)[0].body
    const block = /```pem\n([\s\S]*?)```/.exec(body)?.[1] ?? ''
    const x509 = new X509Certificate(certificate)
    expect(new X509Certificate(block).fingerprint256).toBe(x509.fingerprint256)
    expect(body).toContain(x509.fingerprint256)
    expect(result.outputs.fingerprint).toBe(x509.fingerprint256)
    expect(body).toContain('/certificate-id <')
    expect(body).toMatch(
      /Setup > Integration > (Manage Authentication > )?OAuth 2\.0 Client Credentials \(M2M\) Setup/
    )
  })

  it('never puts private key material in an issue, comment, variable, the log or the summary', () => {
    const lines = pemLines(key)
    expect(lines.length).toBeGreaterThan(40)
    const texts = [
      ...issueTexts(world),
      ...world.github.variables().map(v => v.value),
      // The log before masking, minus the ::add-mask:: commands that register the key (never shown).
      result.rawStdout
        .split('\n')
        .filter(line => !line.startsWith('::add-mask::'))
        .join('\n'),
      result.rawStderr,
      result.rawSummary
    ]
    for (const text of texts) {
      expect(text).not.toContain('PRIVATE KEY')
      for (const line of lines) expect(text.includes(line)).toBe(false)
    }
  })

  it('writes the secret, then the variable, then the issue', () => {
    const at = (method: string, pattern: RegExp): number =>
      world.github.log.findIndex(
        entry => entry.method === method && pattern.test(entry.path) && entry.status < 300
      )
    const secret = at('PUT', /\/actions\/secrets\/NETSUITE_PRIVATE_KEY_PENDING$/)
    const variable = at('POST', /\/actions\/variables$/)
    const issue = at('POST', /\/issues$/)
    expect(secret).toBeGreaterThanOrEqual(0)
    expect(variable).toBeGreaterThan(secret)
    expect(issue).toBeGreaterThan(variable)
  })
})

// A migrated key stored from a secret manager arrives as one line with literal
// "\n", and a certificate variable pasted from Notepad carries a byte-order mark
// and indentation. The action repairs such copying damage (it re-encodes
// whatever it passes on), so verify proves them with NetSuite as usual, and
// warns once per damaged value how to store it clean, quoting none of it.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { X509Certificate } from 'node:crypto'
import { startWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { seedCurrent, type Generation } from '../reliability/helpers.js'
import { stepExpecting } from './helpers.js'

describe('a key pasted as one line with literal \\n', () => {
  let world: World
  let seeded: Generation
  let result: RunResult

  beforeAll(async () => {
    world = await startWorld()
    seeded = seedCurrent(world)
    const oneLine = seeded.key.trim().replace(/\n/g, '\\n')
    expect(oneLine).not.toContain('\n')
    world.github.setSecret('NETSUITE_PRIVATE_KEY', oneLine)
    world.github.setVariable(
      'NETSUITE_CERTIFICATE',
      `\ufeff${seeded.certificate.replace(/^/gm, '  ')}`
    )
    result = await stepExpecting(world, 'verify', 'verified')
  })
  afterAll(async () => {
    await world.close()
  })

  it('signs with it: NetSuite issues a token for the stored certificate ID', () => {
    const issued = world.netsuite.issuedTokens
    expect(issued).toHaveLength(1)
    expect(issued[0].certificateId).toBe(seeded.certificateId)
    expect(result.outputs['certificate-id']).toBe(seeded.certificateId)
  })

  it('outputs the certificate as clean PEM, whatever the variable looked like', () => {
    expect(result.outputs.certificate).toBe(new X509Certificate(seeded.certificate).toString())
    expect(result.outputs.fingerprint).toBe(new X509Certificate(seeded.certificate).fingerprint256)
  })

  it('warns once for the key and once for the certificate, naming where each is stored', () => {
    const warnings = result.rawStdout.split('\n').filter(line => line.startsWith('::warning::'))
    const key = warnings.filter(line => line.includes('private-key was repaired before use'))
    const certificate = warnings.filter(line => line.includes('certificate was repaired'))
    expect(key).toHaveLength(1)
    expect(key[0]).toContain('it has literal \\n')
    expect(key[0]).toContain('if it is the secret NETSUITE_PRIVATE_KEY this action keeps it in')
    expect(key[0]).toContain('gh secret set NETSUITE_PRIVATE_KEY --repo')
    expect(certificate).toHaveLength(1)
    expect(certificate[0]).toMatch(
      /it has .*byte-order mark.*the variable NETSUITE_CERTIFICATE this action keeps it in/
    )
    expect(certificate[0]).toContain('gh variable set NETSUITE_CERTIFICATE --repo')
  })

  it('quotes no part of the key or certificate in a warning', () => {
    const warnings = result.rawStdout.split('\n').filter(line => line.startsWith('::warning::'))
    const body = (pem: string): string[] =>
      pem
        .split('\n')
        .filter(line => line.length > 16 && !line.startsWith('-----'))
        .map(line => line.slice(0, 16))
    for (const piece of [...body(seeded.key), ...body(seeded.certificate)])
      for (const warning of warnings) expect(warning).not.toContain(piece)
  })
})

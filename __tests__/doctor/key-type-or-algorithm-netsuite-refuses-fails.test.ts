// What NetSuite refuses: an RS256 assertion (RSASSA-PKCS1-v1_5, no longer accepted) and
// an RSA key of 2048 bits in the certificate. The algorithm is refused as bad input
// before anything runs; the certificate is a doctor failure with the fix. Either way the
// step fails with an ::error:: naming the fix, and nothing is written.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { World } from '../../sandbox/world.js'
import { expectNothingWritten, expectUnhealthy, runDoctor, type DoctorRun } from './helpers.js'
import { seededWorld } from '../zero-touch/helpers.js'

function rsa2048Certificate(): string {
  const dir = mkdtempSync(join(tmpdir(), 'doctor-rsa2048-'))
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-subj',
        '/CN=too small',
        '-days',
        '365',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem')
      ],
      { stdio: 'pipe' }
    )
    return readFileSync(join(dir, 'cert.pem'), 'utf8')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('doctor with what NetSuite refuses', () => {
  let world: World
  let rs256: DoctorRun
  let small: DoctorRun

  beforeAll(async () => {
    // doctor reads no record or issue for this failure: a seeded current pair will do.
    ;({ world } = await seededWorld())
    rs256 = await runDoctor(world, { inputs: { algorithm: 'RS256' } })
    small = await runDoctor(world, {
      inputs: { certificate: rsa2048Certificate(), 'private-key': '' }
    })
  })
  afterAll(async () => {
    await world.close()
  })

  it('refuses RS256 before running, naming the algorithm to use', () => {
    expect(rs256.result.exitCode).not.toBe(0)
    const errors = rs256.result.annotations.filter(a => a.level === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0].message).toMatch(/RS256.*use PS256/)
    expectNothingWritten(rs256)
  })

  it('fails for an RSA 2048 certificate, naming what NetSuite accepts', () => {
    expectUnhealthy(
      small,
      'current certificate',
      /RSA 2048 is too small: NetSuite accepts RSA 3072/
    )
  })
})

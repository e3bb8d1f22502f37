// Bad input is refused before anything is written: each case fails the step
// with one ::error:: that names the problem and the fix, writes nothing to
// GitHub (no PUT, POST, PATCH or DELETE request at all) and sets no output.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RunResult } from '../../sandbox/runner/index.js'
import { startWorld, type SavedWorld, type StepOptions, type World } from '../../sandbox/world.js'
import {
  ADMIN,
  EC,
  errors,
  opensslCertificate,
  seedCurrent,
  stepOk,
  writesIn
} from '../reliability/helpers.js'

function openssl(args: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'nsm2m-bad-'))
  try {
    execFileSync('openssl', [...args, '-out', join(dir, 'out.pem')], { stdio: 'pipe' })
    return readFileSync(join(dir, 'out.pem'), 'utf8')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const seeded = opensslCertificate()
const other = opensslCertificate()
const rsa3072 = openssl(['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:3072'])
const encrypted = openssl([
  'genpkey',
  '-algorithm',
  'EC',
  '-pkeyopt',
  'ec_paramgen_curve:P-256',
  '-aes256',
  '-pass',
  'pass:x'
])
const garbageCertificate =
  '-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n'

/**
 * Refused before any write: the error, no write request, no output. A token's
 * missing permission is only found by asking GitHub, so there `status=failed`
 * (a documented status) is the one output allowed.
 */
function expectRefused(
  world: World,
  result: RunResult,
  problem: RegExp,
  statusAllowed: boolean
): void {
  const messages = errors(result)
  expect({ exitCode: result.exitCode === 0 ? 0 : 'non-zero', errors: messages.length }).toEqual({
    exitCode: 'non-zero',
    errors: 1
  })
  expect(messages[0]).toMatch(problem)
  expect(
    writesIn(world.github.log).map(entry => `${entry.method} ${entry.path} ${entry.status}`)
  ).toEqual([])
  expect(result.outputs).toEqual(statusAllowed && result.outputs.status ? { status: 'failed' } : {})
}

interface Case {
  name: string
  command: string
  options?: (world: World) => StepOptions
  /** What the ::error:: must say: the problem and how to fix it. */
  problem: RegExp
  /** Found by asking GitHub, not by reading the inputs. */
  runtime?: boolean
}

const CASES: Case[] = [
  {
    name: 'empty account-id',
    command: 'rotate',
    options: () => ({ inputs: { 'account-id': '' } }),
    problem: /account-id/
  },
  {
    name: 'malformed account-id',
    command: 'rotate',
    options: () => ({ inputs: { 'account-id': 'acme corp!' } }),
    problem: /account-id.*(e\.g\.|like|as shown)/i
  },
  {
    name: 'unknown command',
    command: 'explode',
    problem: /command "explode" is unknown: use one of check, rotate, promote, verify, rollback/
  },
  {
    name: 'validity-days 731',
    command: 'rotate',
    options: () => ({ inputs: { 'validity-days': '731' } }),
    problem: /validity-days.*730/
  },
  {
    name: 'key-type rsa-2048',
    command: 'rotate',
    options: () => ({ inputs: { 'key-type': 'rsa-2048' } }),
    problem: /key-type.*rsa-4096/
  },
  {
    name: 'algorithm RS256',
    command: 'verify',
    options: () => ({ inputs: { algorithm: 'RS256' } }),
    problem: /RS256.*PS256/
  },
  {
    name: 'ES256 with an RSA private-key (verify)',
    command: 'verify',
    options: () => ({
      inputs: { algorithm: 'ES256', 'private-key': rsa3072, certificate: undefined }
    }),
    problem: /ES256.*(RSA|PS256)/
  },
  {
    name: 'garbage certificate PEM',
    command: 'check',
    options: () => ({ inputs: { certificate: garbageCertificate } }),
    problem: /certificate/
  },
  {
    name: 'a private key where the certificate goes',
    command: 'check',
    options: () => ({ inputs: { certificate: seeded.key } }),
    problem: /certificate.*(private key|certificate)/i
  },
  {
    name: 'several certificates in the certificate variable',
    command: 'check',
    options: () => ({ inputs: { certificate: seeded.certificate + other.certificate } }),
    problem:
      /^certificate holds 2 certificates: .*Fix: openssl x509 -in certificate\.pem -out certificate-fixed\.pem$/
  },
  {
    name: "OpenSSL's TRUSTED CERTIFICATE form in the certificate variable",
    command: 'check',
    options: () => ({
      inputs: {
        certificate: execFileSync('openssl', ['x509', '-trustout', '-addtrust', 'clientAuth'], {
          input: seeded.certificate,
          encoding: 'utf8'
        })
      }
    }),
    problem: /^certificate is in OpenSSL's TRUSTED CERTIFICATE format.*Fix: openssl x509 -in/
  },
  {
    name: 'a certificate where the private key goes',
    command: 'verify',
    options: () => ({ inputs: { 'private-key': seeded.certificate } }),
    problem: /private-key.*(certificate|private key)/i
  },
  {
    name: 'a passphrase-protected private key',
    command: 'verify',
    options: () => ({ inputs: { 'private-key': encrypted } }),
    problem: /private-key.*(passphrase|encrypted)/i
  },
  {
    name: 'key and certificate that do not match (verify)',
    command: 'verify',
    options: () => ({ inputs: { 'private-key': other.key } }),
    problem: /private-key does not belong to certificate/
  },
  {
    name: 'empty certificate-id on verify',
    command: 'verify',
    options: () => ({ inputs: { 'certificate-id': '' } }),
    problem:
      /^verify needs certificate-id, and it is empty\..*`certificate-id: \$\{\{ vars\.NETSUITE_CERTIFICATE_ID \}\}`.*variable NETSUITE_CERTIFICATE_ID is empty or does not exist.*Until the first rotation is promoted there is no current key.*`vars\.NETSUITE_CERTIFICATE_ID != ''`/
  },
  {
    name: 'an Actions secret in a run Dependabot started (verify)',
    command: 'verify',
    options: () => ({ actor: 'dependabot[bot]' }),
    problem:
      /^verify needs client-id, and it is empty\..*secret NETSUITE_CLIENT_ID arrived empty.*Here this run was started by dependabot\[bot\], and Dependabot's runs get Dependabot secrets, not Actions secrets: keep them out of the job with `if: github\.actor != 'dependabot\[bot\]'`/
  },
  {
    name: 'an Actions secret in a pull request from a fork (verify)',
    command: 'verify',
    options: () => ({
      event: {
        name: 'pull_request',
        payload: {
          number: 7,
          pull_request: {
            number: 7,
            head: { ref: 'patch-1', repo: { full_name: 'mallory/erp-sync' } },
            base: { ref: 'main', repo: { full_name: 'acme/erp-sync' } }
          }
        }
      }
    }),
    problem:
      /^verify needs client-id, and it is empty\..*Here this run is for a pull request from a fork \(mallory\/erp-sync\), and such runs get no secrets: keep them out of the job with `if: github\.event\.pull_request\.head\.repo\.full_name == github\.repository`/
  },
  {
    name: 'an empty private-key secret (verify)',
    command: 'verify',
    options: () => ({ inputs: { 'private-key': '' } }),
    problem:
      /^verify needs private-key, and it is empty\. If the step does not pass it, add `private-key: \$\{\{ secrets\.NETSUITE_PRIVATE_KEY \}\}`\. If it does, the secret NETSUITE_PRIVATE_KEY arrived empty: a secret that does not exist .* or that the run may not read is an empty input/
  },
  {
    name: 'secret-name 1BAD',
    command: 'rotate',
    options: () => ({ inputs: { 'secret-name': '1BAD' } }),
    problem: /secret-name.*letters, digits and _/
  },
  {
    name: 'secret-name GITHUB_KEY',
    command: 'rotate',
    options: () => ({ inputs: { 'secret-name': 'GITHUB_KEY' } }),
    problem: /secret-name.*GITHUB_/
  },
  {
    name: 'certificate-id-variable the certificate variable in other case',
    command: 'rotate',
    options: () => ({
      inputs: {
        'certificate-variable': 'NETSUITE_CERT',
        'certificate-id-variable': 'netsuite_cert'
      }
    }),
    problem: /must differ.*"NETSUITE_CERT".*"netsuite_cert".*without regard to case/
  },
  {
    name: 'certificate-id-variable the pending certificate variable',
    command: 'rotate',
    options: () => ({
      inputs: {
        'certificate-variable': 'NETSUITE_CERT',
        'certificate-id-variable': 'Netsuite_Cert_Pending'
      }
    }),
    problem: /must differ.*"NETSUITE_CERT_PENDING".*"Netsuite_Cert_Pending"/
  },
  {
    name: 'github-token without issues permission (rotate)',
    command: 'rotate',
    options: world => ({
      githubToken: world.github.addToken('noissues', {
        issues: false,
        secrets: false,
        variables: false,
        actions: false
      })
    }),
    problem: /github-token.*issues: write/,
    runtime: true
  },
  {
    name: 'admin-token without secrets permission (rotate)',
    command: 'rotate',
    options: world => ({
      adminToken: world.github.addToken('issuesonly', {
        issues: true,
        secrets: false,
        variables: false,
        actions: false
      })
    }),
    problem: /admin-token.*Secrets/,
    runtime: true
  },
  {
    name: 'an environment that does not exist (rotate)',
    command: 'rotate',
    options: () => ({ inputs: { environment: 'nowhere' } }),
    problem: /environment "nowhere".*Settings > Environments/,
    runtime: true
  }
]

describe('bad input is refused before any write', () => {
  // One world for every case: a seeded current stage, saved once and restored before each
  // case, so each runs in a world that never saw another case.
  let world: World
  let seededWorld: SavedWorld
  beforeAll(async () => {
    world = await startWorld()
    seedCurrent(world)
    seededWorld = world.save()
  })
  afterAll(async () => {
    await world.close()
  })

  // validity-days 0, 731 and "abc" go through the one range check (validateValidityDays),
  // whose values core/generate.test.ts refuses one by one; 731 proves the process refuses.
  // Likewise secret-name "1BAD", "has-dash" and "GITHUB_KEY" go through one name check
  // (names-github-refuses.test.ts); two of them run here.
  describe.each(CASES)('$name', ({ command, options, problem, runtime }) => {
    beforeAll(() => {
      world.restore(seededWorld)
    })

    it('fails with an error naming the problem and the fix, writes nothing, sets no output', async () => {
      const given = options?.(world) ?? {}
      const result = await world.step(command, { ...given, inputs: { ...EC, ...given.inputs } })
      expectRefused(world, result, problem, runtime === true)
      // No issue announces a key that was never stored.
      expect(world.github.issues()).toEqual([])
    })
  })

  describe('promote', () => {
    // Both cases answer the rotation a rotate opened (issue 1): it runs once.
    let rotationOpen: SavedWorld
    beforeAll(async () => {
      world.restore(seededWorld)
      await stepOk(world, 'rotate', 'rotation-started', { inputs: { ...EC } })
      rotationOpen = world.save()
    })

    it('an expired pending certificate is refused', async () => {
      world.restore(rotationOpen)
      const certificateId = world.adminUploadsPending()
      world.advanceDays(731)
      const event = world.comment(1, `/certificate-id ${certificateId}`, ADMIN)
      const logAt = world.github.log.length
      const result = await world.step('promote', { event })
      const messages = errors(result)
      expect(result.exitCode).not.toBe(0)
      expect(messages).toHaveLength(1)
      expect(messages[0]).toMatch(/pending certificate expired.*run rotate again/)
      expect(writesIn(world.github.log.slice(logAt))).toEqual([])
      expect(result.outputs).toEqual({})
    })

    it('/certificate-id with no ID, by an admin, is refused', async () => {
      world.restore(rotationOpen)
      const logAt = world.github.log.length
      const result = await world.step('promote', {
        event: world.comment(1, '/certificate-id', ADMIN)
      })
      const messages = errors(result)
      expect(result.exitCode).not.toBe(0)
      expect(messages).toHaveLength(1)
      expect(messages[0]).toMatch(/no ID.*\/certificate-id <ID>/)
      expect(writesIn(world.github.log.slice(logAt))).toEqual([])
      expect(result.outputs).toEqual({})
    })
  })
})

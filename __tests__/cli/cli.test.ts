// The `netsuite-m2m` command line: exit codes, files and their modes, what is printed, and
// what must never be printed. `token` is in token.test.ts. The contract (the bundle as a child
// process: its exit status, stdout and stderr) is held by the cases that use `runCli`; the
// others test what a command parses, reads and prints, and run `main` in this process
// (`cliInProcess`), which spares a process start per case.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { X509Certificate } from 'node:crypto'
import { chmodSync, existsSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { generateCredentials } from '../../src/core/generate.js'
import { openssl, pemLabel, scratch, type Scratch } from '../core/helpers.js'
import { cliInProcess, ensureBundle, expectNothingSecret, ROOT, runCli } from './run-cli.js'

let tmp: Scratch
/** An EC pair made by the CLI itself in beforeAll, reused by inspect/status/token. */
let ecDir = ''
let rsaDir = ''

beforeAll(async () => {
  ensureBundle()
  tmp = scratch('cli-test')
  ecDir = tmp.path('ec')
  rsaDir = tmp.path('rsa')
  const ec = await cliInProcess([
    'generate',
    '--key-type',
    'ec-p256',
    '--out',
    ecDir,
    '--subject',
    'CN=cli test'
  ])
  expect(ec.code).toBe(0)
  const rsa = await cliInProcess([
    'generate',
    '--key-type',
    'rsa-3072',
    '--days',
    '30',
    '--out',
    rsaDir
  ])
  expect(rsa.code).toBe(0)
})

afterAll(() => tmp.remove())

describe('the tool', () => {
  it('starts with a shebang so the bin runs directly', () => {
    expect(
      readFileSync(join(ROOT, 'dist/cli/index.js'), 'utf8').startsWith('#!/usr/bin/env node\n')
    ).toBe(true)
  })

  it('prints help with every command (exit 0) and --version', async () => {
    const help = await runCli(['--help'])
    expect(help.code).toBe(0)
    for (const command of ['generate', 'inspect', 'token', 'status'])
      expect(help.stdout).toContain(`  ${command}`)
    const version = await runCli(['--version'])
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
    expect(version).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' })
  })

  it('exits 2 with usage on stderr when no command is given', async () => {
    const result = await runCli([])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('Usage: netsuite-m2m <command>')
  })

  it('exits 2 for an unknown command', async () => {
    const result = await runCli(['rotate'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'error: unknown command "rotate": use one of generate, inspect, token, status, doctor (netsuite-m2m --help)\n'
    )
  })

  it.each([['generate'], ['inspect'], ['token'], ['status']])(
    '%s: --help, -h and `help <command>` exit 0',
    async command => {
      for (const args of [
        [command, '--help'],
        [command, '-h'],
        ['help', command]
      ]) {
        const result = await cliInProcess(args)
        expect(result.code).toBe(0)
        expect(result.stdout).toContain(`Usage: netsuite-m2m ${command}`)
      }
    }
  )
})

/** `generate` with these flags exits 2 naming the problem, and writes nothing. */
async function refusedWritingNothing(
  run: typeof runCli,
  args: string[],
  message: RegExp
): Promise<void> {
  const out = tmp.path(`bad-${args.join('-')}`)
  const result = await run(['generate', '--out', out, ...args])
  expect(result.code).toBe(2)
  expect(result.stderr).toMatch(message)
  expect(result.stdout).toBe('')
  expect(existsSync(join(out, 'private-key.pem'))).toBe(false)
}

describe('generate', () => {
  it('writes a key (0600) and a certificate (0644) into a new directory, and prints what to do', async () => {
    const out = tmp.path('new/nested')
    const result = await runCli(['generate', '--key-type', 'ec-p384', '--days', '90', '--out', out])
    expect(result.code).toBe(0)
    const keyPath = join(out, 'private-key.pem')
    const certPath = join(out, 'certificate.pem')
    expect(statSync(keyPath).mode & 0o777).toBe(0o600)
    expect(statSync(certPath).mode & 0o777).toBe(0o644 & ~process.umask())
    const key = readFileSync(keyPath, 'utf8')
    expect(pemLabel(key)).toBe('PRIVATE KEY') // PKCS#8
    expect(openssl(['pkey', '-in', keyPath, '-pubout'])).toBe(
      openssl(['x509', '-in', certPath, '-pubkey', '-noout'])
    )
    const fingerprint = openssl(['x509', '-noout', '-fingerprint', '-sha256', '-in', certPath])
      .trim()
      .split('=')[1]
    expect(result.stdout).toContain(`fingerprint  ${fingerprint}`)
    expect(result.stdout).toContain('key type     ec-p384')
    expect(result.stdout).toMatch(/not after +\S+ \(90 days\)/)
    expect(result.stdout).toContain(
      'Setup > Integration > Manage Authentication >\n     OAuth 2.0 Client Credentials (M2M) Setup > Create New'
    )
    expect(result.stdout).toContain('certificate ID')
    expect(openssl(['x509', '-noout', '-subject', '-nameopt', 'RFC2253', '-in', certPath])).toBe(
      'subject=CN=NetSuite M2M\n'
    )
    expect(result.stderr).toBe('')
    expectNothingSecret(result, key)
  })

  it('refuses to overwrite (exit 1, nothing written) and replaces with --force', async () => {
    const keyBefore = readFileSync(join(ecDir, 'private-key.pem'), 'utf8')
    const certBefore = readFileSync(join(ecDir, 'certificate.pem'), 'utf8')
    const refused = await cliInProcess(['generate', '--key-type', 'ec-p256', '--out', ecDir])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(
      /^error: .*certificate\.pem and .*private-key\.pem already exist: nothing was written\. Use --force/
    )
    expect(readFileSync(join(ecDir, 'private-key.pem'), 'utf8')).toBe(keyBefore)
    expect(readFileSync(join(ecDir, 'certificate.pem'), 'utf8')).toBe(certBefore)

    const copy = tmp.path('force')
    await cliInProcess(['generate', '--key-type', 'ec-p256', '--out', copy])
    const oldKey = readFileSync(join(copy, 'private-key.pem'), 'utf8')
    // Even a key file someone made world-readable comes back as 0600.
    chmodSync(join(copy, 'private-key.pem'), 0o644)
    const forced = await cliInProcess([
      'generate',
      '--key-type',
      'ec-p256',
      '--out',
      copy,
      '--force'
    ])
    expect(forced.code).toBe(0)
    const newKey = readFileSync(join(copy, 'private-key.pem'), 'utf8')
    expect(newKey).not.toBe(oldKey)
    expect(statSync(join(copy, 'private-key.pem')).mode & 0o777).toBe(0o600)
  })

  it('writes --subject in RFC 4514 order: other tools show it as typed', async () => {
    const dir = tmp.path('subject')
    const result = await cliInProcess([
      'generate',
      '--key-type',
      'ec-p256',
      '--out',
      dir,
      '--subject',
      'CN=x,O=Acme,C=US'
    ])
    expect(result.code).toBe(0)
    const certPath = join(dir, 'certificate.pem')
    expect(openssl(['x509', '-noout', '-subject', '-nameopt', 'RFC2253', '-in', certPath])).toBe(
      'subject=CN=x,O=Acme,C=US\n'
    )
    const inspected = await cliInProcess(['inspect', '--certificate', certPath])
    expect(inspected.stdout).toContain('subject      CN=x,O=Acme,C=US\n')
  })

  it('refuses when only one of the two files exists', async () => {
    const dir = tmp.path('only-cert')
    await cliInProcess(['generate', '--key-type', 'ec-p256', '--out', dir])
    rmSync(join(dir, 'private-key.pem'))
    const result = await cliInProcess(['generate', '--key-type', 'ec-p256', '--out', dir])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/certificate\.pem already exists: nothing was written/)
    expect(existsSync(join(dir, 'private-key.pem'))).toBe(false)
  })

  it.each([
    [
      ['--key-type', 'rsa-2048'],
      /^error: --key-type "rsa-2048" is not supported: NetSuite accepts rsa-4096, rsa-3072, ec-p256, ec-p384, ec-p521/
    ],
    // The flag the user typed, not the action's input of the same meaning.
    [['--days', '731'], /^error: --days must be a whole number from 1 to 730/],
    [['--days', '0'], /from 1 to 730/],
    [['--days', '1.5'], /from 1 to 730/],
    [['--days', 'two'], /^error: --days must be a whole number; got "two"/],
    [['--subject', 'NetSuite'], /^error: subject "NetSuite" is malformed/]
  ])('exits 2 for %p and writes nothing', async (args, message) => {
    await refusedWritingNothing(cliInProcess, args, message)
  })

  // Run as the bin: node:util's parseArgs throws errors of Node's own realm, which code
  // loaded in a test's module registry does not recognise as an Error.
  it.each([
    [['--bits', '4096'], /^error: generate: Unknown option '--bits'.*netsuite-m2m generate --help/],
    [['extra'], /^error: generate: .*positional/i],
    [['--out'], /^error: generate: Option '--out <value>' argument missing/]
  ])('exits 2 for %p and writes nothing (flags parseArgs refuses)', async (args, message) => {
    await refusedWritingNothing(runCli, args, message)
  })
})

describe('inspect', () => {
  it('describes a good pair and exits 0', async () => {
    const cert = join(ecDir, 'certificate.pem')
    const result = await cliInProcess([
      'inspect',
      '--certificate',
      cert,
      '--private-key',
      join(ecDir, 'private-key.pem')
    ])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('key type     EC P-256')
    expect(result.stdout).toContain('subject      CN=cli test')
    expect(result.stdout).toMatch(/days left +729\n/)
    expect(result.stdout).toContain('matches the certificate')
    expect(result.stdout).toContain('NetSuite would accept this certificate.')
    expectNothingSecret(result, readFileSync(join(ecDir, 'private-key.pem'), 'utf8'))
  })

  it('prints JSON with --json', async () => {
    const cert = join(rsaDir, 'certificate.pem')
    const result = await cliInProcess([
      'inspect',
      '--certificate',
      cert,
      '--private-key',
      join(rsaDir, 'private-key.pem'),
      '--json'
    ])
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout) as Record<string, Record<string, unknown>>
    const fingerprint = openssl(['x509', '-noout', '-fingerprint', '-sha256', '-in', cert])
      .trim()
      .split('=')[1]
    const serial = openssl(['x509', '-noout', '-serial', '-in', cert]).trim().split('=')[1]
    expect(report.certificate).toMatchObject({
      keyType: 'RSA 3072',
      keyKind: 'rsa',
      keyBits: 3072,
      subject: 'CN=NetSuite M2M',
      serialNumber: serial,
      validityDays: 30,
      daysRemaining: 29,
      fingerprint
    })
    expect(report.privateKey).toMatchObject({ keyType: 'RSA 3072', matchesCertificate: true })
    expect(report.ok).toBe(true)
    expect(report.problems).toEqual([])
  })

  it('exits 1 and lists what NetSuite would refuse apart from what it accepts with a catch', async () => {
    const key = tmp.path('small.key')
    const cert = tmp.path('small.crt')
    openssl([
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1000',
      '-subj',
      '/CN=small'
    ])
    const result = await cliInProcess([
      'inspect',
      '--certificate',
      cert,
      '--private-key',
      join(ecDir, 'private-key.pem')
    ])
    expect(result.code).toBe(1)
    const [refused, acceptedBut] = result.stdout
      .split('NetSuite would refuse this certificate:\n')[1]
      .split('NetSuite would accept this certificate, but:\n')
    expect(refused).toContain('  - RSA 2048 is too small: NetSuite accepts RSA 3072 or 4096')
    expect(acceptedBut).toContain('  - validity is 1000 days, over')
    expect(acceptedBut).toContain(
      '  - the private key does not belong to this certificate: NetSuite accepts the upload, but'
    )
    expect(result.stdout).toContain('does NOT match the certificate')
    const json = await cliInProcess(['inspect', '--certificate', cert, '--json'])
    expect(json.code).toBe(1)
    expect((JSON.parse(json.stdout) as { ok: boolean; problems: string[] }).problems).toHaveLength(
      2
    )
  })

  it.each([
    [[], /^error: inspect: --certificate is required/],
    [
      ['--certificate', '/nonexistent/cert.pem'],
      /^error: --certificate \/nonexistent\/cert.pem: no such file/
    ],
    [
      ['--certificate', 'KEY'],
      /^error: --certificate holds a private key where a certificate was expected/
    ],
    [
      ['--certificate', 'CERT', '--private-key', 'CERT'],
      /^error: --private-key holds a certificate where a private key was expected/
    ]
  ])('exits 2 for %p', async (args, message) => {
    const resolved = args.map(a =>
      a === 'KEY'
        ? join(ecDir, 'private-key.pem')
        : a === 'CERT'
          ? join(ecDir, 'certificate.pem')
          : a
    )
    const result = await cliInProcess(['inspect', ...resolved])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
    expectNothingSecret(result, readFileSync(join(ecDir, 'private-key.pem'), 'utf8'))
  })
})

describe('status', () => {
  it.each([
    ['ok', 200, 0],
    ['renew', 30, 0],
    ['expiring', 5, 1]
  ])('reports %s for a certificate valid %d days (exit %d)', async (state, days, code) => {
    const dir = tmp.path(`status-${state}`)
    await cliInProcess(['generate', '--key-type', 'ec-p256', '--days', String(days), '--out', dir])
    const result = await cliInProcess(['status', '--certificate', join(dir, 'certificate.pem')])
    expect(result.code).toBe(code)
    const [header, row] = result.stdout.trim().split('\n')
    expect(header.split(/\s{2,}/)).toEqual([
      'stage',
      'fingerprint',
      'not after',
      'days left',
      'renew from',
      'state'
    ])
    const cells = row.split(/\s{2,}/)
    expect(cells[0]).toBe('current')
    expect(cells[3]).toBe(String(days - 1))
    expect(cells[5]).toBe(state)
  })

  it('never says to renew before the certificate starts', async () => {
    const dir = tmp.path('status-short')
    await cliInProcess(['generate', '--key-type', 'ec-p256', '--days', '30', '--out', dir])
    const certificate = join(dir, 'certificate.pem')
    const notBefore = new X509Certificate(readFileSync(certificate)).validFrom
    const result = await cliInProcess(['status', '--certificate', certificate, '--json'])
    const { renewFrom } = JSON.parse(result.stdout) as { renewFrom: string }
    // 30 days of validity, renewed from 60 days before expiry: from the day it starts.
    expect(new Date(renewFrom).getTime()).toBe(new Date(notBefore).getTime())
  })

  it('reads a damaged certificate as the action does, and says what it repaired', async () => {
    const pem = readFileSync(join(rsaDir, 'certificate.pem'), 'utf8')
    const file = tmp.write('status-oneline.pem', pem.trim().replace(/\n/g, '\\n'))
    const result = await cliInProcess(['status', '--certificate', file])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe(
      `warning: --certificate ${file} was repaired before use: it has literal \\n where the line breaks belong, damage from copying and pasting. It was read all the same, but other programs that read the file may refuse it; fix: awk '{ gsub(/\\\\r\\\\n|\\\\n/, "\\n"); print }' ${file} > ${file.replace(/\.pem$/, '-fixed.pem')}\n`
    )
  })

  it('reports expired (exit 1) and prints JSON with custom thresholds', async () => {
    const old = await generateCredentials({
      keyType: 'ec-p256',
      validityDays: 10,
      subject: 'CN=old',
      now: new Date(Date.now() - 20 * 86_400_000)
    })
    const file = tmp.write('expired.pem', old.certificatePem)
    const expired = await runCli(['status', '--certificate', file, '--json'])
    expect(expired.code).toBe(1)
    expect(JSON.parse(expired.stdout)).toMatchObject({
      state: 'expired',
      fingerprint: old.fingerprint
    })
    const custom = await cliInProcess([
      'status',
      '--certificate',
      join(rsaDir, 'certificate.pem'),
      '--renew-before-days',
      '10',
      '--json'
    ])
    expect(JSON.parse(custom.stdout)).toMatchObject({ state: 'ok', daysLeft: 29 })
    const bad = await runCli(['status', '--certificate', file, '--fail-before-days', '-3'])
    expect(bad.code).toBe(2)
  })
})

// `netsuite-m2m inspect` over files as users really have them: with a byte-order mark,
// indented, flattened by a secret manager, in OpenSSL's trusted format, several in one
// file, written by PowerShell 5 as UTF-16, or binary DER. Each must get the full report,
// say what is wrong, and print one fix command; running that command (in a shell, as the
// user would) must give a file openssl reads and inspect passes. What inspect reads and
// prints is tested with main in this process (cliInProcess); one case runs the bundle as a
// child process, for the exit status and stderr as a user's shell sees them.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { toPem } from '../../src/core/pem.js'
import { buildSelfSignedCertificate } from '../../src/core/x509.js'
import { EC_KEY, openssl, opensslPair, scratch, type Scratch } from '../core/helpers.js'
import {
  cliInProcess,
  ensureBundle,
  expectNothingSecret,
  runCli,
  type CliResult
} from './run-cli.js'

let tmp: Scratch
let cert = ''
let key = ''
let other = { cert: '', key: '' }
let fingerprint = ''

const pair = (name: string, newkey: string[]): { cert: string; key: string } =>
  opensslPair(tmp, name, newkey)

const write = (name: string, content: string | Buffer): string => {
  writeFileSync(tmp.path(name), content)
  return name
}

/** Runs inspect with the scratch directory as working directory, as a user in that folder would. */
const inspect = (...args: string[]): Promise<CliResult> =>
  cliInProcess(['inspect', ...args], { cwd: tmp.dir })

/** The one `fix:` command printed for a problem whose text matches `about`. */
function fixFor(stdout: string, about: RegExp): string {
  const lines = stdout.split('\n')
  const at = lines.findIndex(line => line.startsWith('  - ') && about.test(line))
  expect(at).toBeGreaterThanOrEqual(0)
  const fix = /^ {4}fix: (.+)$/.exec(lines[at + 1] ?? '')
  expect(fix).not.toBeNull()
  return fix![1]
}

/** The PEM with its line `index` (0-based) changed. */
const lineEdit = (pem: string, index: number, edit: (line: string) => string): string =>
  pem
    .split('\n')
    .map((line, i) => (i === index ? edit(line) : line))
    .join('\n')

/** base64url in the body, as a JWT library or a URL would write it. */
const urlSafe = (pem: string): string =>
  pem
    .split('\n')
    .map(line => (line.startsWith('-----') ? line : line.replace(/\+/g, '-').replace(/\//g, '_')))
    .join('\n')

/** The file a fix command reads: the one it names first. */
const inputOf = (fix: string): string => (/\S+\.pem\b/.exec(fix) as RegExpExecArray)[0]

const sh = (command: string): string =>
  execFileSync('sh', ['-c', command], { cwd: tmp.dir, encoding: 'utf8', stdio: 'pipe' })

/** The awk of macOS and the BSDs ("the one true awk"), where installed (Debian: original-awk). */
const bsdAwk = spawnSync('original-awk', ['BEGIN { exit 0 }']).status === 0

/**
 * Runs a printed fix as the user would, in sh. A fix must work on Linux and
 * macOS alike: it uses no GNU-only sed, and an awk fix gives the same file
 * under the BSD awk macOS ships.
 */
function runFix(command: string, output: string): void {
  expect(command).not.toMatch(/\bsed\b.*\\n/)
  sh(command)
  if (bsdAwk && command.startsWith('awk ')) {
    const withGnuAwk = readFileSync(tmp.path(output))
    sh(`original-awk ${command.slice('awk '.length)}`)
    expect(readFileSync(tmp.path(output))).toEqual(withGnuAwk)
  }
  // A fixed file has no carriage return left anywhere.
  expect(readFileSync(tmp.path(output), 'latin1')).not.toContain('\r')
}

/** Runs the printed fix and checks the result with openssl and inspect. */
async function fixWorks(command: string, output: string, keyFile?: string): Promise<void> {
  runFix(command, output)
  const fixed = openssl(['x509', '-noout', '-fingerprint', '-sha256', '-in', tmp.path(output)])
  expect(fixed.trim().split('=')[1]).toBe(fingerprint)
  const again = await inspect(
    '--certificate',
    output,
    ...(keyFile ? ['--private-key', keyFile] : [])
  )
  expect(again.stdout).toContain('NetSuite would accept this certificate.')
  expect(again.code).toBe(0)
}

beforeAll(() => {
  ensureBundle()
  tmp = scratch('cli-pasted')
  const ec = pair('good', EC_KEY('P-256'))
  cert = ec.cert
  key = ec.key
  other = pair('other', EC_KEY('P-384'))
  write('good.pem', cert)
  write('good-key.pem', key)
  fingerprint = openssl(['x509', '-noout', '-fingerprint', '-sha256'], cert).trim().split('=')[1]
})

afterAll(() => tmp.remove())

describe('a certificate file as users paste it', () => {
  it.each([
    [
      'a UTF-8 byte-order mark',
      (): Buffer => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(cert)]),
      /UTF-8 byte-order mark.*Java/,
      'openssl x509 -in bom.pem -out bom-fixed.pem'
    ],
    [
      'spaces before -----BEGIN',
      (): string => `   ${cert}`,
      /blanks before -----BEGIN.*openssl and Java refuse/,
      "sed 's/^[[:space:]]*//' spaces.pem > spaces-fixed.pem"
    ],
    [
      'a tab before -----BEGIN',
      (): string => `\t${cert}`,
      /blanks before -----BEGIN/,
      "sed 's/^[[:space:]]*//' tab.pem > tab-fixed.pem"
    ],
    [
      'one line with literal \\n (a secret manager)',
      (): string => cert.trim().replace(/\n/g, '\\n'),
      /one line with literal \\n.*openssl, Java and Python refuse/,
      `awk '{ gsub(/\\\\r\\\\n|\\\\n/, "\\n"); print }' oneline.pem > oneline-fixed.pem`
    ],
    [
      'one line with literal \\r\\n (a secret copied on Windows)',
      (): string => cert.trim().replace(/\n/g, '\\r\\n'),
      /one line with literal \\n/,
      `awk '{ gsub(/\\\\r\\\\n|\\\\n/, "\\n"); print }' oneline-crlf.pem > oneline-crlf-fixed.pem`
    ],
    [
      'classic Mac OS line ends (a carriage return alone)',
      (): string => cert.replace(/\n/g, '\r'),
      /carriage return alone.*openssl reads it as one line/,
      "tr '\\r' '\\n' < cr.pem > cr-fixed.pem"
    ],
    [
      'a zero-width space inside a line of base64',
      (): string => lineEdit(cert, 2, line => `${line.slice(0, 10)}\u200b${line.slice(10)}`),
      /^ {2}- the file has characters inside its PEM block that most editors do not show and that are not base64: U\+200B ZERO WIDTH SPACE at line 3, column 11\./,
      "LC_ALL=C tr -d '\\200-\\377' < zwsp.pem > zwsp-fixed.pem"
    ],
    [
      'a no-break space at a line end, and a byte-order mark inside',
      (): string =>
        lineEdit(
          lineEdit(cert, 3, line => `${line}\u00a0`),
          4,
          line => `\ufeff${line}`
        ),
      /U\+00A0 NO-BREAK SPACE at line 4, column 65; U\+FEFF BYTE ORDER MARK at line 5, column 1\./,
      "LC_ALL=C tr -d '\\200-\\377' < nbsp.pem > nbsp-fixed.pem"
    ],
    [
      'URL-safe base64',
      (): string => urlSafe(cert),
      /URL-safe base64 .*: `[-_]` at line \d+, column \d+.*openssl and Python refuse it/,
      `awk '/^-----/ { print; next } { gsub(/-/, "+"); gsub(/_/, "/"); print }' urlsafe.pem > urlsafe-fixed.pem`
    ],
    [
      'one line whose line breaks became spaces',
      (): string => cert.trim().replace(/\n/g, ' '),
      /line breaks became spaces.*openssl and Java refuse/,
      `awk '{ for (i = 1; i <= NF; i++) { w = $i; if (w ~ /^-----(BEGIN|END)/) while (w !~ /^-----(BEGIN|END) .*-----$/ && i < NF) w = w " " $(++i); print w } }' flat.pem > flat-fixed.pem`
    ],
    [
      "OpenSSL's TRUSTED CERTIFICATE format",
      (): string => openssl(['x509', '-trustout', '-addtrust', 'clientAuth'], cert),
      /TRUSTED CERTIFICATE.*Java and Python refuse/,
      'openssl x509 -in trusted.pem -out trusted-fixed.pem'
    ],
    [
      'UTF-16 LE with a BOM (PowerShell 5 `>`)',
      (): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(cert, 'utf16le')]),
      /UTF-16.*PowerShell/,
      'iconv -f UTF-16 -t UTF-8 utf16le.pem > utf16le-fixed.pem'
    ],
    [
      'UTF-16 BE with a BOM',
      (): Buffer =>
        Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(cert, 'utf16le').swap16()]),
      /UTF-16/,
      'iconv -f UTF-16 -t UTF-8 utf16be.pem > utf16be-fixed.pem'
    ],
    [
      'UTF-16 LE without a byte-order mark (iconv would take it for big-endian)',
      (): Buffer => Buffer.from(cert, 'utf16le'),
      /UTF-16/,
      'iconv -f UTF-16LE -t UTF-8 utf16le-nobom.pem > utf16le-nobom-fixed.pem'
    ],
    [
      'binary DER',
      (): Buffer => execFileSync('openssl', ['x509', '-outform', 'der'], { input: cert }),
      /binary DER, not PEM/,
      'openssl x509 -inform der -in der.pem -out der-fixed.pem'
    ]
  ])(
    '%s: full report, what is wrong, a fix that works (exit 1)',
    async (_, content, about, fix) => {
      const name = inputOf(fix)
      write(name, content())
      const result = await inspect('--certificate', name, '--private-key', 'good-key.pem')
      expect(result.stderr).toBe('')
      expect(result.code).toBe(1)
      expect(result.stdout).toContain(`fingerprint  ${fingerprint}`)
      expect(result.stdout).toContain('key type     EC P-256')
      expect(result.stdout).toContain('matches the certificate')
      expect(result.stdout).toContain('Uploading this file as it is may fail:')
      expect(result.stdout).not.toContain('NetSuite would refuse')
      const printed = fixFor(result.stdout, about)
      expect(printed).toBe(fix)
      await fixWorks(printed, name.replace(/\.pem$/, '-fixed.pem'), 'good-key.pem')
      expectNothingSecret(result, key)
    }
  )

  it('checks every certificate in a file with several, and keeps the one the key matches', async () => {
    const small = pair('small', ['-newkey', 'rsa:2048'])
    write('chain.pem', small.cert + cert)
    const result = await inspect('--certificate', 'chain.pem', '--private-key', 'good-key.pem')
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('certificate 1 of 2')
    expect(result.stdout).toContain('certificate 2 of 2')
    expect(result.stdout).toContain(`fingerprint  ${fingerprint}`)
    // The second certificate is checked too, not only the first.
    expect(result.stdout).toContain('  - certificate 1 of 2: RSA 2048 is too small')
    expect(result.stdout).toMatch(/private key +good-key\.pem \(EC P-256\): matches certificate 2/)
    const fix = fixFor(result.stdout, /holds 2 certificates/)
    expect(fix).toBe("awk '/-----BEGIN CERTIFICATE-----/{n++} n==2' chain.pem > chain-fixed.pem")
    await fixWorks(fix, 'chain-fixed.pem', 'good-key.pem')
    const json = JSON.parse((await inspect('--certificate', 'chain.pem', '--json')).stdout) as {
      certificates: { fingerprint: string }[]
    }
    expect(json.certificates.map(c => c.fingerprint)).toHaveLength(2)
    expect(json.certificates[1].fingerprint).toBe(fingerprint)
  })

  it('without a key, keeps the first of several certificates', async () => {
    write('two.pem', cert + other.cert)
    const result = await inspect('--certificate', 'two.pem')
    expect(result.code).toBe(1)
    const fix = fixFor(result.stdout, /holds 2 certificates/)
    expect(fix).toBe('openssl x509 -in two.pem -out two-fixed.pem')
    await fixWorks(fix, 'two-fixed.pem')
  })

  it('names any other character outside base64, where it is, and refuses the file (exit 2)', async () => {
    write(
      'changed.pem',
      lineEdit(cert, 2, line => `${line.slice(0, 6)}.${line.slice(7)}`)
    )
    const result = await runCli(['inspect', '--certificate', 'changed.pem'], { cwd: tmp.dir })
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(
      /^error: --certificate has characters that are not base64 inside its PEM block: `\.` at line 3, column 7\. The text was changed after it was made/
    )
  })

  it('reads and names -----BEGIN X509 CERTIFICATE-----, which every reader accepts (exit 0)', async () => {
    write('x509.pem', cert.replace(/CERTIFICATE/g, 'X509 CERTIFICATE'))
    openssl(['x509', '-noout', '-in', tmp.path('x509.pem')])
    const result = await inspect('--certificate', 'x509.pem', '--private-key', 'good-key.pem')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(`fingerprint  ${fingerprint}`)
    expect(result.stdout).toContain('label        X509 CERTIFICATE (another name for CERTIFICATE')
    expect(result.stdout).toContain('NetSuite would accept this certificate.')
  })

  it('takes Windows line ends (CRLF) as they are: every reader does (exit 0)', async () => {
    write('crlf.pem', cert.replace(/\n/g, '\r\n'))
    const result = await inspect('--certificate', 'crlf.pem', '--private-key', 'good-key.pem')
    expect(result.stdout).not.toContain('Uploading this file as it is may fail')
    expect(result.code).toBe(0)
  })

  it('names a public key, a CSR or a combined key+certificate file for what it is (exit 2)', async () => {
    write('public.pem', openssl(['pkey', '-pubout'], key))
    const result = await inspect('--certificate', 'public.pem')
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(
      /^error: --certificate holds a PUBLIC KEY, not a certificate: NetSuite needs the X\.509 certificate/
    )
  })
})

describe('a private key file as users paste it', () => {
  it.each([
    [
      'one line with literal \\n',
      (): string => key.trim().replace(/\n/g, '\\n'),
      /one line with literal \\n/,
      `awk '{ gsub(/\\\\r\\\\n|\\\\n/, "\\n"); print }' key-oneline.pem > key-oneline-fixed.pem`
    ],
    [
      'binary DER',
      (): Buffer => execFileSync('openssl', ['pkey', '-outform', 'der'], { input: key }),
      /binary DER, not PEM/,
      'openssl pkey -inform der -in key-der.pem -out key-der-fixed.pem'
    ]
  ])('%s: still matched against the certificate, with the fix', async (_, content, about, fix) => {
    const name = inputOf(fix)
    write(name, content())
    const result = await inspect('--certificate', 'good.pem', '--private-key', name)
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/private key +\S+ \(EC P-256\): matches the certificate/)
    expect(result.stdout).toContain('The private key file needs a change before it can be used:')
    expect(fixFor(result.stdout, about)).toBe(fix)
    runFix(fix, fix.split(' ').at(-1)!)
    const again = await inspect(
      '--certificate',
      'good.pem',
      '--private-key',
      fix.split(' ').at(-1)!
    )
    expect(again.code).toBe(0)
    expectNothingSecret(result, key)
  })

  it.each([
    ['PKCS#8', [], 'openssl pkcs8 -in enc8.pem -out enc8-fixed.pem'],
    ['traditional', ['-traditional'], 'openssl pkey -in enctrad.pem -out enctrad-fixed.pem']
  ])(
    'an encrypted %s key still gets the certificate report and the command that decrypts it (exit 1)',
    async (_, extra, fix) => {
      const name = (/-in (\S+)/.exec(fix) as RegExpExecArray)[1]
      write(name, openssl(['pkey', ...extra, '-aes256', '-passout', 'pass:secret'], key))
      const result = await inspect('--certificate', 'good.pem', '--private-key', name)
      expect(result.code).toBe(1)
      expect(result.stderr).toBe('')
      expect(result.stdout).toContain(`fingerprint  ${fingerprint}`)
      expect(result.stdout).toMatch(
        new RegExp(
          `private key +${name}: encrypted with a passphrase; not checked against the certificate`
        )
      )
      const printed = fixFor(result.stdout, /encrypted with a passphrase/)
      expect(printed).toBe(fix)
      sh(`${printed} -passin pass:secret`)
      const again = await inspect(
        '--certificate',
        'good.pem',
        '--private-key',
        `${name.replace('.pem', '-fixed.pem')}`
      )
      expect(again.code).toBe(0)
      expect(again.stdout).toContain('matches the certificate')
    }
  )
})

describe('what inspect says about NetSuite', () => {
  function certificateValidFor(ms: number): string {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    const notBefore = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000)
    return toPem(
      'CERTIFICATE',
      buildSelfSignedCertificate({
        publicKey,
        privateKey,
        kind: 'ec',
        hash: 'sha256',
        subject: [[{ type: 'CN', value: 'long' }]],
        notBefore,
        notAfter: new Date(notBefore.getTime() + ms)
      })
    )
  }

  it('730 days and 1 second is accepted and shortened, not refused, and said precisely', async () => {
    write('long.pem', certificateValidFor(730 * 86_400_000 + 1000))
    const result = await inspect('--certificate', 'long.pem')
    expect(result.code).toBe(1)
    expect(result.stdout).not.toContain('NetSuite would refuse')
    expect(result.stdout).toContain('NetSuite would accept this certificate, but:')
    expect(result.stdout).toMatch(
      / {2}- validity is 730 days and 1 second, over NetSuite's maximum of 730 days: NetSuite shortens it to 730 days, so it stops working on \S+, 1 second before the date it states/
    )
    expect(result.stdout).toMatch(/not after +\S+ \(730 days and 1 second valid\)/)
  })

  it('a key of another certificate: the upload succeeds, the token exchange fails with invalid_client', async () => {
    write('other-key.pem', other.key)
    const result = await inspect('--certificate', 'good.pem', '--private-key', 'other-key.pem')
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('NetSuite would accept this certificate, but:')
    expect(result.stdout).toContain(
      '  - the private key does not belong to this certificate: NetSuite accepts the upload, but every token request signed with this key fails with invalid_client'
    )
    expectNothingSecret(result, other.key)
  })
})

describe('status reads files the same way', () => {
  it('status repairs copying damage and refuses UTF-16 with the conversion (exit 2)', async () => {
    write('status-oneline.pem', cert.trim().replace(/\n/g, '\\n'))
    const repaired = await cliInProcess(
      ['status', '--certificate', 'status-oneline.pem', '--json'],
      {
        cwd: tmp.dir
      }
    )
    expect(repaired.code).toBe(0)
    expect(JSON.parse(repaired.stdout)).toMatchObject({ fingerprint })
    write('status-utf16.pem', Buffer.from(`\ufeff${cert}`, 'utf16le'))
    const refused = await cliInProcess(['status', '--certificate', 'status-utf16.pem'], {
      cwd: tmp.dir
    })
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(
      /^error: --certificate is UTF-16 text.*Fix: iconv -f UTF-16 -t UTF-8 status-utf16\.pem > status-utf16-fixed\.pem\n$/
    )
  })
})

/**
 * `netsuite-m2m generate`: the manual `openssl req -x509 -newkey rsa:4096 ...`
 * step, with NetSuite's rules built in. The private key file is created with
 * mode 0600 and O_EXCL, so it is never readable by others, not even briefly,
 * and never replaces a file (or follows a symlink) someone put there.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import {
  generateCredentials,
  MAX_VALIDITY_DAYS,
  validateValidityDays,
  type GeneratedCredentials
} from '../core/generate.js'
import { DEFAULT_KEY_TYPE, KEY_TYPES, parseKeyType } from '../core/key-types.js'
import {
  CliFailure,
  isoDay,
  optionalString,
  parseFlags,
  parseWholeNumber,
  type Io
} from './args.js'
import { DAY_MS } from '../core/time.js'
import { shellWord } from '../core/pem-problems.js'
import { unignoredInWorkTree } from './git-ignore.js'

export const GENERATE_HELP = `Usage: netsuite-m2m generate [flags]

Creates a private key and a self-signed X.509 certificate NetSuite accepts for
OAuth 2.0 client credentials (M2M), and writes them to DIR:
  DIR/certificate.pem   upload this to NetSuite (public)
  DIR/private-key.pem   PKCS#8, mode 0600; keep it secret, never upload it

Flags:
  --key-type TYPE   ${KEY_TYPES.join(', ')} (default ${DEFAULT_KEY_TYPE})
  --days N          validity in days, 1..${MAX_VALIDITY_DAYS} (default ${MAX_VALIDITY_DAYS}, NetSuite's maximum)
  --subject DN      certificate subject (default "CN=NetSuite M2M"), RFC 4514: most specific
                    first, as openssl -nameopt RFC2253 and keytool show it, e.g.
                    "CN=NetSuite M2M acme/erp,O=Acme,C=US"; \\, and \\+ escape, + joins an RDN
  --out DIR         where to write (default: the current directory); created if missing
  --force           replace existing certificate.pem / private-key.pem
  -h, --help        show this help
`

export async function runGenerate(args: string[], io: Io): Promise<number> {
  const flags = parseFlags('generate', args, {
    'key-type': { type: 'string', default: DEFAULT_KEY_TYPE },
    days: { type: 'string', default: String(MAX_VALIDITY_DAYS) },
    subject: { type: 'string', default: 'CN=NetSuite M2M' },
    out: { type: 'string', default: '.' },
    force: { type: 'boolean', default: false }
  })
  if (flags.help) {
    io.out(GENERATE_HELP)
    return 0
  }
  const keyType = parseKeyType(optionalString(flags, 'key-type') ?? DEFAULT_KEY_TYPE, '--key-type')
  const validityDays = validateValidityDays(
    parseWholeNumber('days', optionalString(flags, 'days') ?? ''),
    '--days'
  )
  const subject = optionalString(flags, 'subject') ?? ''
  const dir = resolve(optionalString(flags, 'out') ?? '.')
  const force = flags.force === true
  const certificatePath = join(dir, 'certificate.pem')
  const keyPath = join(dir, 'private-key.pem')

  // Look before generating (RSA 4096 takes a while) and before writing anything.
  const existing = [certificatePath, keyPath].filter(path => existsSync(path))
  if (existing.length > 0 && !force) {
    throw new CliFailure(
      `${existing.join(' and ')} already exist${existing.length === 1 ? 's' : ''}: nothing was written. Use --force to replace, or --out another directory`
    )
  }

  // Flags are validated by the core (InputError, exit 2) before any file is touched.
  const credentials = await generateCredentials({ keyType, validityDays, subject })

  writeFiles(dir, { keyPath, certificatePath }, credentials, force)
  warnIfGitWouldCommit(keyPath, io)
  io.out(generatedReport({ keyPath, certificatePath }, keyType, credentials).join('\n'))
  return 0
}

interface Paths {
  keyPath: string
  certificatePath: string
}

/** The key first, created 0600 with O_EXCL, then the certificate; never a key without it. */
function writeFiles(
  dir: string,
  paths: Paths,
  credentials: GeneratedCredentials,
  force: boolean
): void {
  const { keyPath, certificatePath } = paths
  mkdirSync(dir, { recursive: true })
  if (force) {
    // A replaced key must not inherit the old file's mode: remove it, then create it afresh.
    rmSync(keyPath, { force: true })
    rmSync(certificatePath, { force: true })
  }
  writeFileSync(keyPath, credentials.privateKeyPem, { mode: 0o600, flag: 'wx' })
  try {
    writeFileSync(certificatePath, credentials.certificatePem, { mode: 0o644, flag: 'wx' })
  } catch (error) {
    // Never leave a key without its certificate (e.g. a file appeared meanwhile).
    rmSync(keyPath, { force: true })
    throw error
  }
}

/** What was written, what it holds, and what to do with it in NetSuite. */
function generatedReport(
  paths: Paths,
  keyType: string,
  credentials: GeneratedCredentials
): string[] {
  const { keyPath, certificatePath } = paths
  const days = Math.round(
    (credentials.notAfter.getTime() - credentials.notBefore.getTime()) / DAY_MS
  )
  return [
    `Wrote ${certificatePath}`,
    `Wrote ${keyPath} (mode 0600; keep it secret)`,
    '',
    `key type     ${keyType}`,
    `fingerprint  ${credentials.fingerprint}`,
    `not before   ${isoDay(credentials.notBefore)}`,
    `not after    ${isoDay(credentials.notAfter)} (${days} days)`,
    '',
    'Next steps:',
    '  1. In NetSuite, go to Setup > Integration > Manage Authentication >',
    '     OAuth 2.0 Client Credentials (M2M) Setup > Create New.',
    `  2. Pick the entity, role and integration record, and upload ${certificatePath}.`,
    '  3. Copy the certificate ID NetSuite shows; with it, the client ID and the key:',
    `     netsuite-m2m token --account-id <ID> --client-id <client ID> --certificate-id <certificate ID> --private-key ${keyPath}`
  ]
}

/** A key written into a repository that does not ignore it is one `git add .` from being committed. */
function warnIfGitWouldCommit(keyPath: string, io: Io): void {
  const workTree = unignoredInWorkTree(keyPath)
  if (workTree === undefined) return
  io.err(
    [
      `warning: ${keyPath} is in the git work tree ${workTree}, and git does not ignore it: a \`git add .\` would commit the private key.`,
      `Have git ignore it, or --out a folder outside the repository; fix: printf 'private-key.pem\\n' >> ${shellWord(join(dirname(keyPath), '.gitignore'))}`
    ].join('\n')
  )
}

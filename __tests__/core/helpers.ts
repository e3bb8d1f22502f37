// Shared by the core tests: run openssl (the independent judge of what the core produces),
// read what a request rejected with, and keep scratch files in one temporary directory per test file.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fixtureKeyFile } from '../fixtures/keys.js'

/** What a request (or any promise) rejected with; the test fails if it did not reject. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected the request to fail')
}

export function openssl(args: string[], input?: string): string {
  return execFileSync('openssl', args, {
    input,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe']
  })
}

export interface Scratch {
  dir: string
  /** Writes `content` to `name` in the scratch directory and returns its path. */
  write: (name: string, content: string) => string
  path: (name: string) => string
  remove: () => void
}

export function scratch(prefix: string): Scratch {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`))
  return {
    dir,
    write: (name, content) => {
      const file = join(dir, name)
      writeFileSync(file, content)
      return file
    },
    path: name => join(dir, name),
    remove: () => rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * The label of a PEM's first BEGIN line: `PRIVATE KEY` is PKCS#8, `RSA PRIVATE
 * KEY` PKCS#1, `EC PRIVATE KEY` SEC1. Tests assert on the label, so no test
 * file carries a key-shaped header, let alone a key.
 */
export function pemLabel(text: string): string | undefined {
  return /^-----BEGIN ([A-Z0-9 ]+)-----\r?\n/.exec(text)?.[1]
}

/** Wraps base64 in a PEM with this label (for malformed-input tests). */
export function pemOf(label: string, body: string): string {
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`
}

/**
 * A self-signed pair made by `openssl req -x509`, the way NetSuite's own help
 * shows, in `tmp`: PEM texts of the certificate and its (PKCS#8) key.
 */
export function opensslPair(
  tmp: Scratch,
  name: string,
  newkey: string[],
  days = 30
): { cert: string; key: string } {
  // `-key FILE` (RSA_KEY) signs with an existing key; `-newkey ...` makes one into keyFile.
  const keyFile = newkey[0] === '-key' ? newkey[1] : tmp.path(`${name}.key`)
  const certFile = tmp.path(`${name}.crt`)
  openssl([
    'req',
    '-x509',
    ...newkey,
    '-nodes',
    ...(newkey[0] === '-key' ? [] : ['-keyout', keyFile]),
    '-out',
    certFile,
    '-days',
    String(days),
    '-subj',
    `/CN=${name}`
  ])
  return { cert: readFileSync(certFile, 'utf8'), key: readFileSync(keyFile, 'utf8') }
}

/**
 * Arguments for opensslPair that sign with the run's RSA key of this size (a
 * PKCS#8 key made once per run, see __tests__/fixtures/keys.ts) rather than make one.
 */
export const RSA_KEY = (bits: 2048 | 3072): string[] => ['-key', fixtureKeyFile(`rsa-${bits}`)]

/** `-newkey` arguments for an EC key on `curve` (P-256, P-384, ...). */
export const EC_KEY = (curve: string): string[] => [
  '-newkey',
  'ec',
  '-pkeyopt',
  `ec_paramgen_curve:${curve}`
]

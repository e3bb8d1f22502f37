// Runs the shipped, bundled CLI (dist/cli/index.js) as a user would: a child `node` process.
import { expect } from '@jest/globals'
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'

export const ROOT = process.cwd()
export const CLI = join(ROOT, 'dist', 'cli', 'index.js')
/** A client ID shaped like NetSuite's (64 hex); it must never appear in any output. */
export const CLIENT_ID = '9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0'

export interface CliResult {
  code: number | null
  stdout: string
  stderr: string
}

/** Asynchronous on purpose: token tests serve HTTP from this very process while the CLI runs. */
export function runCli(args: string[], options: { cwd?: string } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += String(chunk)))
    child.stderr.on('data', chunk => (stderr += String(chunk)))
    child.on('error', reject)
    child.on('close', code => resolve({ code, stdout, stderr }))
  })
}

/**
 * The same command line in this process: `main` of src/cli/main.ts, the function the bin
 * calls, with `cwd` as working directory and what it prints collected line by line as the
 * bin writes it. For the cases that test what a command parses, reads and prints, where a
 * child process per case adds only its start-up (about a fifth of a second of CPU each).
 * The exit status is what `main` resolves to, which the bin sets as the process's; the
 * cases run through `runCli` keep that contract, the output streams and the bundle tested.
 */
export async function cliInProcess(
  args: string[],
  options: { cwd?: string } = {}
): Promise<CliResult> {
  const { main } = await import('../../src/cli/main.js')
  const result = { code: null as number | null, stdout: '', stderr: '' }
  const line = (text: string): string => (text.endsWith('\n') ? text : `${text}\n`)
  const io = {
    out: (text: string) => (result.stdout += line(text)),
    err: (text: string) => (result.stderr += line(text))
  }
  const before = process.cwd()
  process.chdir(options.cwd ?? ROOT)
  try {
    result.code = await main(args, io)
  } finally {
    process.chdir(before)
  }
  return result
}

/** Neither key material nor the client ID may ever reach stdout or stderr. */
export function expectNothingSecret(result: CliResult, keyPem?: string): void {
  const all = result.stdout + result.stderr
  expect(all).not.toMatch(/-----BEGIN [A-Z ]*PRIVATE KEY-----\s*\n\s*[A-Za-z0-9+/]/)
  expect(all).not.toContain(CLIENT_ID)
  if (keyPem) {
    for (const line of keyPem.split('\n').filter(l => l.length > 20 && !l.startsWith('-----'))) {
      expect(all).not.toContain(line)
    }
  }
}

const sleepSync = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

/**
 * Builds the bundle when it is missing; a lock directory keeps two test files
 * from building at once. A stale bundle is an error rather than a silent
 * rebuild: rebuilding wipes dist/ under other test files that may be running it.
 */
export function ensureBundle(): void {
  const lock = join(ROOT, '.tmp', 'bundle.lock')
  if (!existsSync(CLI)) {
    mkdirSync(join(ROOT, '.tmp'), { recursive: true })
    let owner = false
    try {
      mkdirSync(lock)
      owner = true
    } catch {
      // Another test file is building: wait for it (at most 3 minutes).
    }
    if (owner) {
      try {
        execFileSync(process.execPath, ['script/bundle.mjs'], { cwd: ROOT, stdio: 'inherit' })
      } finally {
        rmSync(lock, { recursive: true, force: true })
      }
    } else {
      for (let waited = 0; existsSync(lock) && waited < 180_000; waited += 500) sleepSync(500)
    }
    if (!existsSync(CLI))
      throw new Error('dist/cli/index.js is missing and `npm run bundle` did not make it')
    return
  }
  // dist/sources.sha256 names the sources the bundle was built from (script/bundle.mjs).
  const check = spawnSync(process.execPath, ['script/bundle.mjs', '--check'], {
    cwd: ROOT,
    encoding: 'utf8'
  })
  if (check.status !== 0) {
    throw new Error('dist/ was built from other sources: run `npm run bundle` before the CLI tests')
  }
}

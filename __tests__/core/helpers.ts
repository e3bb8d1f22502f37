// Shared by the core tests: run openssl (the independent judge of what the core produces)
// and keep scratch files in one temporary directory per test file.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

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

/**
 * `generate --out DIR` inside a git work tree that does not ignore the key
 * warns before a `git add .` can commit it; an ignored key, or a folder
 * outside any repository, gets no warning.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from './run-cli.js'

let repo: string
let outside: string

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'nsm2m-git-'))
  outside = mkdtempSync(join(tmpdir(), 'nsm2m-nogit-'))
  execFileSync('git', ['init', '--quiet', repo])
})
afterAll(() => {
  rmSync(repo, { recursive: true, force: true })
  rmSync(outside, { recursive: true, force: true })
})

const generate = (cwd: string, out: string) =>
  runCli(['generate', '--key-type', 'ec-p256', '--out', out], { cwd })

describe('generate --out in a git work tree', () => {
  it('warns when git does not ignore the key, and still writes it', async () => {
    const result = await generate(repo, 'm2m')
    expect(result.code).toBe(0)
    expect(existsSync(join(repo, 'm2m', 'private-key.pem'))).toBe(true)
    expect(result.stderr).toContain(
      `warning: ${join(repo, 'm2m', 'private-key.pem')} is in the git work tree ${repo}, and git does not ignore it`
    )
    expect(result.stderr).toContain("printf 'private-key.pem\\n' >> ")
  })

  it('says nothing when git ignores it', async () => {
    writeFileSync(join(repo, '.gitignore'), 'ignored-keys/\n')
    const result = await generate(repo, 'ignored-keys')
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
  })

  it('the warning’s fix makes git ignore the key', async () => {
    const result = await generate(repo, 'fixed')
    const fix = /fix: (.*)$/m.exec(result.stderr)?.[1]
    expect(fix).toBeDefined()
    execFileSync('sh', ['-c', fix ?? 'false'], { cwd: repo })
    expect(() =>
      execFileSync('git', ['check-ignore', '-q', join('fixed', 'private-key.pem')], { cwd: repo })
    ).not.toThrow()
  })

  it('says nothing outside a git work tree', async () => {
    const result = await generate(outside, 'm2m')
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
  })
})

// `npm test` rebuilds dist/ only when what it is built from changed: dist/sources.sha256 is a
// hash of src/, package.json, the lockfile, tsconfig.json and the bundle script. Checked on a
// copy of those inputs, so nothing here runs ncc or touches the repository.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const INPUTS = ['src', 'package.json', 'package-lock.json', 'tsconfig.json', 'script/bundle.mjs']

function check(dir: string): { status: number | null; out: string } {
  const run = spawnSync(process.execPath, ['script/bundle.mjs', '--check'], {
    cwd: dir,
    encoding: 'utf8'
  })
  return { status: run.status, out: run.stdout + run.stderr }
}

describe('dist/sources.sha256', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'nsm2m-stamp-'))
    for (const input of INPUTS) cpSync(input, join(dir, input), { recursive: true })
    mkdirSync(join(dir, 'dist'))
    cpSync('dist/sources.sha256', join(dir, 'dist/sources.sha256'))
  })
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  it('matches the committed sources, so a fresh clone tests dist/ without rebuilding it', () => {
    expect(check(dir)).toEqual({
      status: 0,
      out: expect.stringMatching(/built from these sources/) as unknown
    })
  })

  it.each([
    ['a source file changes', 'src/core/time.ts'],
    ['the lockfile changes', 'package-lock.json'],
    ['the bundle script changes', 'script/bundle.mjs']
  ])('no longer matches when %s', (_what, file) => {
    const original = readFileSync(join(dir, file))
    writeFileSync(join(dir, file), Buffer.concat([original, Buffer.from('\n')]))
    const answer = check(dir)
    writeFileSync(join(dir, file), original)
    expect(answer).toEqual({
      status: 1,
      out: expect.stringMatching(/stale.*npm run bundle/) as unknown
    })
  })

  it('no longer matches when a source file is added', () => {
    writeFileSync(join(dir, 'src/core/new-module.ts'), 'export const x = 1\n')
    const answer = check(dir)
    rmSync(join(dir, 'src/core/new-module.ts'))
    expect(answer.status).toBe(1)
  })

  it('no longer matches when there is no stamp', () => {
    rmSync(join(dir, 'dist/sources.sha256'))
    expect(check(dir).status).toBe(1)
  })
})

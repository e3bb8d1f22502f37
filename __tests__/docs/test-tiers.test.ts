/**
 * The two test tiers of jest.config.js, as CONTRIBUTING.md describes them: every
 * test file belongs to exactly one, `npm run test:unit` selects the unit folders
 * alone, and a file in any other folder, old or new, lands in the integration tier.
 * Asks Jest itself (`--listTests`), so the globs are judged by the code that uses them.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join, relative } from 'node:path'

const ROOT = process.cwd()
/** The unit tier's folders, as jest.config.js and CONTRIBUTING.md name them. */
const UNIT_FOLDERS = ['core', 'commands', 'lint']

function listTests(...args: string[]): string[] {
  const out = execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'), '--listTests', '--json', ...args],
    { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }
  )
  return (JSON.parse(out) as string[]).map(file => relative(ROOT, file)).sort()
}

function testFilesOnDisk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return testFilesOnDisk(path)
    return entry.name.endsWith('.test.ts') ? [relative(ROOT, path)] : []
  })
}

const isUnit = (file: string): boolean =>
  /^__tests__\/[^/]+\.test\.ts$/.test(file) ||
  UNIT_FOLDERS.some(folder => file.startsWith(`__tests__/${folder}/`))

describe('test tiers', () => {
  const all = listTests()
  const unit = listTests('--selectProjects', 'unit')
  const integration = listTests('--selectProjects', 'integration')
  const onDisk = testFilesOnDisk(join(ROOT, '__tests__')).sort()

  it('npm test runs every test file once', () => {
    expect(all).toEqual(onDisk)
  })

  it('the unit tier is its folders and the files directly in __tests__/, nothing else', () => {
    expect(unit).toEqual(onDisk.filter(isUnit))
    expect(unit.length).toBeGreaterThan(10)
  })

  it('every other file, in any folder, is in the integration tier', () => {
    expect(integration).toEqual(onDisk.filter(file => !isUnit(file)))
    expect(integration.some(file => file.startsWith('__tests__/e2e/'))).toBe(true)
  })
})

/**
 * The two steps of the release workflow that can be run off GitHub: the tag
 * arithmetic (script/release-tag.mjs) and the notes taken from CHANGELOG.md
 * (script/release-notes.mjs), as functions and as the commands the workflow runs.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

interface TagScript {
  parseReleaseTag(tag: string): { version: string; major: string }
  movesMajor(tag: string, existing: string[]): boolean
  releaseTag(
    tag: string,
    options?: { packageVersion?: string; existingTags?: string[] }
  ): { version: string; major: string; moveMajor: boolean }
}
interface NotesScript {
  releaseNotes(changelog: string, version: string): string
}

const root = process.cwd()
const TAG = join(root, 'script', 'release-tag.mjs')
const NOTES = join(root, 'script', 'release-notes.mjs')
let tags: TagScript
let notes: NotesScript
let dir: string

function run(
  script: string,
  ...args: string[]
): { status: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', cwd: dir })
  return { status: r.status, out: r.stdout, err: r.stderr }
}

beforeAll(async () => {
  tags = (await import(pathToFileURL(TAG).href)) as TagScript
  notes = (await import(pathToFileURL(NOTES).href)) as NotesScript
  dir = mkdtempSync(join(tmpdir(), 'release-scripts-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('release tags', () => {
  it.each([
    ['v1.2.3', '1.2.3', 'v1'],
    ['v0.1.0', '0.1.0', 'v0'],
    ['v10.0.12', '10.0.12', 'v10']
  ])('%s is version %s with major tag %s', (tag, version, major) => {
    expect(tags.parseReleaseTag(tag)).toMatchObject({ version, major })
  })

  it.each([
    '1.2.3',
    'v1.2',
    'v1',
    'v1.2.3.4',
    'v01.2.3',
    'v1.02.3',
    'v1.2.3-rc.1',
    'v1.2.3+build.5',
    'V1.2.3',
    'v1.2.3 ',
    'release-1.2.3',
    ''
  ])('refuses %j, saying what a release tag looks like', tag => {
    expect(() => tags.parseReleaseTag(tag)).toThrow(/vMAJOR\.MINOR\.PATCH/)
  })

  it('moves the major tag only for the highest release of that major', () => {
    const existing = ['v1', 'v1.0.0', 'v1.3.0', 'v2.0.0', 'v2', 'v1.4.0-rc.1', 'latest']
    expect(tags.movesMajor('v1.3.1', existing)).toBe(true)
    expect(tags.movesMajor('v1.2.9', existing)).toBe(false)
    expect(tags.movesMajor('v2.0.1', existing)).toBe(true)
    expect(tags.movesMajor('v3.0.0', existing)).toBe(true)
    // the pushed tag itself is among the existing ones when the workflow runs
    expect(tags.movesMajor('v1.3.0', existing)).toBe(true)
    expect(tags.movesMajor('v1.10.0', ['v1.9.0'])).toBe(true)
    expect(tags.movesMajor('v1.9.0', ['v1.10.0'])).toBe(false)
  })

  it('refuses a tag that disagrees with package.json, naming the fix', () => {
    expect(() => tags.releaseTag('v1.2.3', { packageVersion: '1.2.2' })).toThrow(
      /package\.json says 1\.2\.2.*"version": "1\.2\.3"/
    )
    expect(tags.releaseTag('v1.2.3', { packageVersion: '1.2.3' })).toEqual({
      version: '1.2.3',
      major: 'v1',
      moveMajor: true
    })
  })

  it('prints GITHUB_OUTPUT lines, reading the tag list from a file', () => {
    writeFileSync(join(dir, 'tags'), 'v1.0.0\nv1.5.0\nv1\n')
    const ok = run(TAG, 'v1.4.2', '--package-version', '1.4.2', '--tags', join(dir, 'tags'))
    expect(ok).toMatchObject({ status: 0, out: 'version=1.4.2\nmajor=v1\nmove-major=false\n' })
    const bad = run(TAG, 'v1.4')
    expect(bad.status).toBe(1)
    expect(bad.out).toBe('')
    expect(bad.err).toContain('is not a release tag')
  })
})

const CHANGELOG = `# Changelog

Intro text.

## [Unreleased]

- next thing

## [1.10.0] - 2027-03-01

### Added

- ten

## [1.2.0] - 2027-02-01

### Fixed

- a fix, with a [link](https://example.com/x)

## [1.1.0]

## 1.0.0 - 2027-01-01

- first

[Unreleased]: https://github.com/o/r/compare/v1.10.0...HEAD
[1.10.0]: https://github.com/o/r/compare/v1.2.0...v1.10.0
`

describe('release notes from CHANGELOG.md', () => {
  it('takes the body of the version section up to the next heading', () => {
    expect(notes.releaseNotes(CHANGELOG, '1.2.0')).toBe(
      '### Fixed\n\n- a fix, with a [link](https://example.com/x)\n'
    )
    expect(notes.releaseNotes(CHANGELOG, '1.10.0')).toBe('### Added\n\n- ten\n')
  })

  it('accepts a heading without brackets, and drops the link definitions that close the file', () => {
    expect(notes.releaseNotes(CHANGELOG, '1.0.0')).toBe('- first\n')
  })

  it('does not take 1.1.0 for 1.1 or 1.10.0 for 1.1.0', () => {
    expect(() => notes.releaseNotes(CHANGELOG, '1.1')).toThrow(/no section for 1\.1:/)
    expect(() => notes.releaseNotes(CHANGELOG, '1.0')).toThrow(/no section/)
  })

  it('refuses an empty section and a missing one, naming the fix', () => {
    expect(() => notes.releaseNotes(CHANGELOG, '1.1.0')).toThrow(/section for 1\.1\.0 is empty/)
    expect(() => notes.releaseNotes(CHANGELOG, '2.0.0')).toThrow(
      /no section for 2\.0\.0: rename "## \[Unreleased\]" to "## \[2\.0\.0\] - <date>"/
    )
  })

  it('reads Windows line endings', () => {
    expect(notes.releaseNotes(CHANGELOG.replace(/\n/g, '\r\n'), '1.10.0')).toBe(
      '### Added\n\n- ten\n'
    )
  })

  it("works on this repository's CHANGELOG.md: an Unreleased section now, no release yet", () => {
    const ours = readFileSync(join(root, 'CHANGELOG.md'), 'utf8')
    expect(ours).toMatch(/^## \[Unreleased\]$/m)
    const version = String(
      (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version
    )
    const released = new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\]`, 'm').test(ours)
    if (released) expect(notes.releaseNotes(ours, version).length).toBeGreaterThan(20)
    else expect(() => notes.releaseNotes(ours, version)).toThrow(/no section/)
  })

  it('prints the notes, or exits 1 with the reason', () => {
    writeFileSync(join(dir, 'CHANGELOG.md'), CHANGELOG)
    expect(run(NOTES, '1.10.0')).toMatchObject({ status: 0, out: '### Added\n\n- ten\n' })
    const missing = run(NOTES, '9.9.9')
    expect(missing.status).toBe(1)
    expect(missing.out).toBe('')
    expect(missing.err).toContain('no section for 9.9.9')
  })
})

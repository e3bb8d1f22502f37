/**
 * The shell steps of .github/workflows/release.yml, run as the runner runs
 * them (bash -eo pipefail, the step's env, GITHUB_OUTPUT and RUNNER_TEMP
 * files) in a scratch git repository with a bare "origin": the tag check, the
 * notes, the dist/ comparison and the move of the major tag. Only the GitHub
 * parts (the attestation, `gh release create`) cannot run here.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { evaluateIf } from './if-expression.js'
import { parseWorkflow, record, type Node, text } from './workflow-rules.js'

const root = process.cwd()
const workflow = parseWorkflow(readFileSync(join(root, '.github/workflows/release.yml'), 'utf8'))
const steps = (record(record(workflow.jobs).release).steps as unknown[]).map(record)

function stepNamed(name: string): Node {
  const step = steps.find(s => s.name === name)
  if (!step) throw new Error(`release.yml has no step named ${name}`)
  return step
}

let dir: string
let work: string
let origin: string
const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Release Test',
  GIT_AUTHOR_EMAIL: 'release@example.invalid',
  GIT_COMMITTER_NAME: 'Release Test',
  GIT_COMMITTER_EMAIL: 'release@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1'
}
const git = (...args: string[]): string =>
  execFileSync('git', args, { cwd: work, env: { ...process.env, ...GIT_ENV, HOME: dir } })
    .toString()
    .trim()

interface StepRun {
  status: number | null
  stdout: string
  stderr: string
  output: string
  summary: string
}

/** Runs a step's `run:` with bash -eo pipefail, as the runner's default shell does. */
function runStep(name: string, env: Record<string, string>): StepRun {
  const temp = mkdtempSync(join(dir, 'runner-temp-'))
  const output = join(temp, 'github_output')
  const summary = join(temp, 'step_summary')
  writeFileSync(output, '')
  writeFileSync(summary, '')
  const result = spawnSync(
    'bash',
    ['--noprofile', '--norc', '-eo', 'pipefail', '-c', String(stepNamed(name).run)],
    {
      cwd: work,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        ...GIT_ENV,
        HOME: dir,
        RUNNER_TEMP: temp,
        GITHUB_OUTPUT: output,
        GITHUB_STEP_SUMMARY: summary,
        ...env
      }
    }
  )
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    output: readFileSync(output, 'utf8'),
    summary: readFileSync(summary, 'utf8')
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'release-steps-'))
  work = join(dir, 'work')
  origin = join(dir, 'origin.git')
  execFileSync('git', ['init', '--quiet', '--bare', origin])
  mkdirSync(join(work, 'script'), { recursive: true })
  for (const file of ['release-tag.mjs', 'release-notes.mjs', 'run-as-script.mjs'])
    cpSync(join(root, 'script', file), join(work, 'script', file))
  git('init', '--quiet', '--initial-branch', 'main')
  git('remote', 'add', 'origin', origin)
  const release = (version: string, notes: string): string => {
    writeFileSync(join(work, 'package.json'), JSON.stringify({ version }, null, 2))
    writeFileSync(
      join(work, 'CHANGELOG.md'),
      `# Changelog\n\n## [${version}] - 2027-01-01\n\n${notes}\n`
    )
    mkdirSync(join(work, 'dist'), { recursive: true })
    writeFileSync(join(work, 'dist', 'index.js'), `// ${version}\n`)
    git('add', '-A')
    git('commit', '--quiet', '-m', `release ${version}`)
    git('tag', `v${version}`)
    return git('rev-parse', 'HEAD')
  }
  const first = release('1.0.0', '- first')
  git('tag', 'v1', first)
  release('1.2.3', '### Fixed\n\n- the fix')
  git('push', '--quiet', 'origin', 'main', '--tags')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('release.yml holds nothing a dependency could use', () => {
  it('checks out without persisting credentials, and installs without scripts', () => {
    const checkout = steps.find(s => String(s.uses).startsWith('actions/checkout@'))
    expect(record(checkout?.with)['persist-credentials']).toBe(false)
    const installs = steps.filter(s => /\bnpm (ci|install|i)\b/.test(text(s.run)))
    expect(installs.length).toBeGreaterThan(0)
    for (const install of installs) expect(String(install.run)).toContain('--ignore-scripts')
  })
})

describe('release.yml steps', () => {
  it('the tag check writes version, major and move-major to GITHUB_OUTPUT', () => {
    const run = runStep('The tag names the version in package.json', { TAG: 'v1.2.3' })
    expect(run).toMatchObject({ status: 0, output: 'version=1.2.3\nmajor=v1\nmove-major=true\n' })
  })

  it('the tag check refuses a tag package.json disagrees with, or one that is not vX.Y.Z', () => {
    const other = runStep('The tag names the version in package.json', { TAG: 'v1.2.4' })
    expect(other.status).not.toBe(0)
    expect(other.stderr).toContain('package.json says 1.2.3')
    const odd = runStep('The tag names the version in package.json', { TAG: 'v1.2' })
    expect(odd.status).not.toBe(0)
    expect(odd.stderr).toContain('is not a release tag')
  })

  it('the notes step writes the CHANGELOG section, and fails without one', () => {
    const temp = mkdtempSync(join(dir, 'notes-'))
    const ok = runStep('Release notes from CHANGELOG.md', { VERSION: '1.2.3', RUNNER_TEMP: temp })
    expect(ok.status).toBe(0)
    expect(readFileSync(join(temp, 'notes.md'), 'utf8')).toBe('### Fixed\n\n- the fix\n')
    const missing = runStep('Release notes from CHANGELOG.md', { VERSION: '9.9.9' })
    expect(missing.status).not.toBe(0)
    expect(missing.stderr).toContain('no section for 9.9.9')
  })

  it('the dist/ comparison passes on a clean tree and fails on a changed bundle', () => {
    expect(runStep('dist/ is what the sources build', {}).status).toBe(0)
    writeFileSync(join(work, 'dist', 'index.js'), '// rebuilt differently\n')
    const stale = runStep('dist/ is what the sources build', {})
    git('checkout', '--', 'dist')
    expect(stale.status).not.toBe(0)
    expect(stale.stdout).toContain('::error::dist/ does not match the sources')
    expect(stale.stdout).toContain('M dist/index.js')
  })

  it('moving the major tag points origin’s v1 at the tagged commit', () => {
    const before = git('ls-remote', 'origin', 'refs/tags/v1')
    const run = runStep('Move the major tag', { TAG: 'v1.2.3', MAJOR: 'v1' })
    expect(run.status).toBe(0)
    const after = git('ls-remote', 'origin', 'refs/tags/v1').split(/\s+/)[0]
    expect(after).toBe(git('rev-parse', 'v1.2.3^{commit}'))
    expect(after).not.toBe(before.split(/\s+/)[0])
    expect(run.summary).toContain(`v1 now points at ${after} (v1.2.3)`)
  })

  describe('publishing the command line to npm', () => {
    const CHECK = 'Is an npm registry token configured?'
    const PUBLISH = 'Publish the command line to npm, with provenance'
    const publishes = (output: string): boolean => {
      const configured = /configured=(\w+)/.exec(output)?.[1] ?? ''
      const condition = String(stepNamed(PUBLISH).if)
      return evaluateIf(condition, { steps: { 'npm-token': { outputs: { configured } } } })
    }

    it('is skipped, with a notice, when no registry token is configured', () => {
      const run = runStep(CHECK, { NPM_TOKEN: '' })
      expect(run.status).toBe(0)
      expect(run.stdout).toContain('::notice::No NPM_TOKEN secret')
      expect(publishes(run.output)).toBe(false)
    })

    it('runs npm publish --provenance with the token when one is', () => {
      expect(stepNamed(CHECK).env).toEqual({ NPM_TOKEN: '${{ secrets.NPM_TOKEN }}' })
      expect(publishes(runStep(CHECK, { NPM_TOKEN: 'npm_x' }).output)).toBe(true)
      // npm itself stands in: it records its arguments and the configuration it was given.
      const bin = mkdtempSync(join(dir, 'bin-'))
      writeFileSync(
        join(bin, 'npm'),
        '#!/bin/sh\necho "npm $*"\ncat "$NPM_CONFIG_USERCONFIG"\necho "token: $NODE_AUTH_TOKEN"\n'
      )
      chmodSync(join(bin, 'npm'), 0o755)
      expect(stepNamed(PUBLISH).env).toEqual({ NODE_AUTH_TOKEN: '${{ secrets.NPM_TOKEN }}' })
      const run = runStep(PUBLISH, {
        PATH: `${bin}:${process.env.PATH ?? ''}`,
        NODE_AUTH_TOKEN: 'npm_secret_value'
      })
      expect(run.status).toBe(0)
      expect(run.stdout.split('\n')).toEqual([
        'npm publish --provenance --access public --ignore-scripts',
        // The file names the variable; the token itself is never written to disk.
        '//registry.npmjs.org/:_authToken=${NODE_AUTH_TOKEN}',
        'token: npm_secret_value',
        ''
      ])
    })
  })
})

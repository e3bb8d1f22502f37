/**
 * Every workflow file, this repository's and the examples users copy, pins
 * other people's actions by commit SHA and grants token permissions per job,
 * each job the least it uses. Also: Dependabot keeps both up to date, CodeQL
 * scans the code, and the release workflow runs the tested release scripts.
 * Each rule also runs on bad fixtures, so none passes vacuously.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { jobPermissionProblems, pinningProblems, usesLines } from './supply-chain-rules.js'
import { parseWorkflow, permissionsOf, record, type Node, text } from './workflow-rules.js'

const WORKFLOW_DIRS = ['.github/workflows', 'examples/workflows']
const files = WORKFLOW_DIRS.flatMap(dir =>
  readdirSync(dir)
    .filter(f => /\.ya?ml$/.test(f))
    .map(f => join(dir, f))
).sort()
const source = (file: string): string => readFileSync(file, 'utf8')
const load = (file: string): Node => parseWorkflow(source(file))

function steps(workflow: Node, jobId: string): Node[] {
  const list = record(record(workflow.jobs)[jobId]).steps
  return Array.isArray(list) ? list.map(record) : []
}

describe.each(files)('%s', file => {
  it('pins every other action by full commit SHA, with its version in a comment', () => {
    expect(pinningProblems(source(file), load(file))).toEqual([])
  })

  it('grants token permissions per job, never workflow-wide', () => {
    expect(jobPermissionProblems(load(file))).toEqual([])
  })
})

describe('the YAML examples in the docs', () => {
  const docs = readdirSync('docs')
    .filter(name => name.endsWith('.md'))
    .map(name => `docs/${name}`)
  const blocks = ['README.md', 'SECURITY.md', 'CONTRIBUTING.md', ...docs].flatMap(file =>
    [...source(file).matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)].map(m => m[1])
  )

  it('pin other actions the same way', () => {
    const refs = blocks.flatMap(block => usesLines(block))
    expect(refs.length).toBeGreaterThan(2)
    const problems = blocks.flatMap(block => pinningProblems(block, {}))
    // the count check needs a whole workflow; snippets are only steps
    expect(problems.filter(p => !p.startsWith('found '))).toEqual([])
  })
})

describe("this repository's workflows grant each job the least it uses", () => {
  it.each([
    ['ci.yml', 'test', { contents: 'read' }],
    ['ci.yml', 'action', { contents: 'read', issues: 'read' }],
    ['check-dist.yml', 'check-dist', { contents: 'read' }],
    ['codeql.yml', 'analyze', { contents: 'read', 'security-events': 'write' }],
    ['release.yml', 'release', { contents: 'write', 'id-token': 'write', attestations: 'write' }]
  ])('%s %s', (file, job, expected) => {
    expect(permissionsOf(load(join('.github/workflows', file)), job)).toEqual(expected)
  })

  it('and there are no other jobs', () => {
    const all = readdirSync('.github/workflows').flatMap(f =>
      Object.keys(record(load(join('.github/workflows', f)).jobs)).map(job => `${f} ${job}`)
    )
    expect(all.sort()).toEqual(
      [
        'check-dist.yml check-dist',
        'ci.yml action',
        'ci.yml test',
        'codeql.yml analyze',
        'release.yml release'
      ].sort()
    )
  })
})

describe('CI, releases, Dependabot and CodeQL', () => {
  it('CI tests on Node 22 and 24, not on Node 20', () => {
    const matrix = record(
      record(record(record(load('.github/workflows/ci.yml').jobs).test).strategy).matrix
    )
    expect(matrix.node).toEqual([22, 24])
  })

  it('.node-version is the Node the action runs on', () => {
    const runsOn = String(record(record(parse(source('action.yml'))).runs).using)
    expect(`node${source('.node-version').trim()}`).toBe(runsOn)
  })

  it('the release runs on vX.Y.Z tags only, checks dist/, takes notes from CHANGELOG.md, attests dist/ and moves the major tag', () => {
    const workflow = load('.github/workflows/release.yml')
    expect(record(workflow.on)).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } })
    const list = steps(workflow, 'release')
    const runs = list.map(step => text(step.run)).join('\n')
    expect(runs).toContain('node script/release-tag.mjs "$TAG" --package-version')
    expect(runs).toContain('node script/release-notes.mjs "$VERSION"')
    expect(runs).toContain('git status --porcelain dist')
    expect(runs).toContain('gh release create "$TAG" --verify-tag')
    expect(runs).toContain('git push --force origin "refs/tags/$MAJOR"')
    const attest = list.find(step =>
      String(step.uses).startsWith('actions/attest-build-provenance@')
    )
    expect(String(record(attest?.with)['subject-path'])).toContain('dist/**/*.js')
    const order = (wanted: string): number =>
      list.findIndex(step => text(step.run ?? step.uses).includes(wanted))
    expect(order('release-tag.mjs')).toBeLessThan(order('npm ci'))
    expect(order('git status --porcelain dist')).toBeLessThan(order('attest-build-provenance'))
    expect(order('attest-build-provenance')).toBeLessThan(order('gh release create'))
    expect(order('gh release create')).toBeLessThan(order('git push --force'))
    const move = list.find(step => text(step.run).includes('git push --force'))
    expect(move?.if).toBe("steps.tag.outputs.move-major == 'true'")
    expect(record(workflow.concurrency)['cancel-in-progress']).toBe(false)
  })

  it('Dependabot updates npm packages and the pinned actions, examples included', () => {
    const config = record(parse(source('.github/dependabot.yml')))
    expect(config.version).toBe(2)
    const updates = (config.updates as unknown[]).map(record)
    const ecosystems = updates.map(u => u['package-ecosystem'])
    expect(ecosystems.sort()).toEqual(['github-actions', 'npm'])
    const actions = updates.find(u => u['package-ecosystem'] === 'github-actions') ?? {}
    expect(actions.directories).toEqual(['/', '/examples/workflows'])
    for (const update of updates) expect(record(update.schedule).interval).toBe('weekly')
  })

  it('CodeQL analyses JavaScript/TypeScript without the generated dist/', () => {
    const list = steps(load('.github/workflows/codeql.yml'), 'analyze')
    const init = record(
      list.find(s => String(s.uses).startsWith('github/codeql-action/init@'))?.with
    )
    expect(init.languages).toBe('javascript-typescript')
    expect(String(init.config)).toMatch(/paths-ignore:\s*\n\s*- dist/)
    expect(list.some(s => String(s.uses).startsWith('github/codeql-action/analyze@'))).toBe(true)
  })
})

describe('the supply-chain rules catch what they are meant to catch', () => {
  const bad = `
permissions: write-all
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: actions/setup-node@0123456 # v5.0.0
      - uses: github/codeql-action/init@8aad20d150bbac5944a9f9d289da16a4b0d87c1e
      - uses: 'actions/cache@0123456789abcdef0123456789abcdef01234567' # latest
      - uses: docker://alpine:3
      - { uses: actions/upload-artifact@v4 }
      - uses: ./local-action
      - uses: netsuite-m2m-rotate/netsuite-m2m-rotate@v1
  b:
    permissions: read-all
    uses: org/repo/.github/workflows/x.yml@main
  c:
    permissions: { contents: read }
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1
`
  const workflow = parseWorkflow(bad)

  it('flags tags, short SHAs, missing or wrong version comments, unpinned images and hidden uses:', () => {
    expect(pinningProblems(bad, workflow)).toEqual([
      'found 10 uses: but 9 on lines of their own; write each as `uses: owner/repo@<sha> # vX.Y.Z`',
      'line 7: actions/checkout@v5 is not pinned by a full 40-character commit SHA',
      'line 8: actions/setup-node@0123456 is not pinned by a full 40-character commit SHA',
      'line 9: github/codeql-action/init@8aad20d150bbac5944a9f9d289da16a4b0d87c1e has no version comment (# vX.Y.Z)',
      'line 10: actions/cache@0123456789abcdef0123456789abcdef01234567 has no version comment (# vX.Y.Z)',
      'line 11: docker://alpine:3 is not pinned by image digest',
      'line 17: org/repo/.github/workflows/x.yml@main is not pinned by a full 40-character commit SHA'
    ])
  })

  it('reads quoted refs and trailing comments', () => {
    expect(usesLines("  - uses: 'a/b@c' # v1.2.3\n")).toEqual([
      { line: 1, ref: 'a/b@c', comment: '# v1.2.3' }
    ])
  })

  it('flags workflow-wide grants and jobs without a list of their own', () => {
    expect(jobPermissionProblems(workflow)).toEqual([
      'workflow-wide permissions "write-all": use permissions: {} and grant per job',
      'jobs.a: no permissions: block of its own',
      'jobs.b: permissions: read-all; list each scope it needs'
    ])
    expect(
      jobPermissionProblems(parseWorkflow('permissions: { contents: read }\njobs: {}'))
    ).toEqual([
      'workflow-wide permissions {"contents":"read"}: use permissions: {} and grant per job'
    ])
  })
})

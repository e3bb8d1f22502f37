/**
 * Rules the example workflows must keep, as pure functions over parsed YAML, so
 * a test can run them on the examples and on small bad fixtures (proving each
 * rule can fail). Each rule returns a list of problems; empty means compliant.
 */
import { parse } from 'yaml'

export type Node = Record<string, unknown>

export interface ActionSpec {
  inputs: Map<string, { required: boolean }>
}

export interface ActionStep {
  where: string
  jobId: string
  job: Node
  with: Node
}

/** A scalar of the parsed YAML as text ('' for a missing value, a list or a mapping). */
export function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : ''
}

export function record(value: unknown): Node {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Node) : {}
}

export function parseWorkflow(text: string): Node {
  return record(parse(text))
}

export function loadActionSpec(actionYml: string): ActionSpec {
  const inputs = new Map<string, { required: boolean }>()
  for (const [name, spec] of Object.entries(record(record(parse(actionYml)).inputs))) {
    inputs.set(name, { required: record(spec).required === true })
  }
  return { inputs }
}

/** `uses:` that points at this action: the published name at any ref, or the checkout (`./`). */
export function isThisAction(uses: unknown): boolean {
  return (
    typeof uses === 'string' &&
    (/^netsuite-m2m-rotate\/netsuite-m2m-rotate@\S+$/.test(uses) || uses === './')
  )
}

export function jobs(workflow: Node): [string, Node][] {
  return Object.entries(record(workflow.jobs)).map(([id, job]) => [id, record(job)])
}

function steps(job: Node): Node[] {
  return Array.isArray(job.steps) ? job.steps.map(record) : []
}

export function actionSteps(workflow: Node): ActionStep[] {
  const found: ActionStep[] = []
  for (const [jobId, job] of jobs(workflow)) {
    steps(job).forEach((step, index) => {
      if (isThisAction(step.uses)) {
        found.push({ where: `jobs.${jobId}.steps[${index}]`, jobId, job, with: record(step.with) })
      }
    })
  }
  return found
}

/** Only declared inputs, and every required one (the runner would warn, or fail at run time). */
export function inputProblems(workflow: Node, spec: ActionSpec): string[] {
  const problems: string[] = []
  for (const step of actionSteps(workflow)) {
    for (const name of Object.keys(step.with)) {
      if (!spec.inputs.has(name))
        problems.push(`${step.where}: input "${name}" is not declared in action.yml`)
    }
    for (const [name, { required }] of spec.inputs) {
      if (required && !(name in step.with))
        problems.push(`${step.where}: required input "${name}" is missing`)
    }
  }
  return problems
}

/**
 * Event fields anyone can write (GitHub's security hardening guide, "Understanding
 * the risk of script injections"), plus whole-object dumps of the event.
 */
const UNTRUSTED = new RegExp(
  [
    'github\\.head_ref',
    'github\\.event\\.(issue|pull_request|discussion)\\.(title|body)',
    'github\\.event\\.(comment|review|review_comment)\\.body',
    'github\\.event\\.pull_request\\.head\\.(ref|label|repo\\.default_branch)',
    'github\\.event\\.pages\\.[^.\\s]+\\.page_name',
    'github\\.event\\.(commits\\.[^.\\s]+|head_commit)\\.(message|author\\.(email|name))',
    'tojson\\(github\\.event(\\.(issue|comment|pull_request|review|discussion))?\\)'
  ].join('|')
)

/** `github.event['comment'].body` and `github.event.comment.body` read the same. */
function normaliseExpression(expression: string): string {
  return expression
    .replace(
      /\[\s*'([^']*)'\s*\]|\[\s*"([^"]*)"\s*\]/g,
      (_m, a: string | undefined, b: string | undefined) => `.${a ?? b}`
    )
    .replace(/\s+/g, '')
    .toLowerCase()
}

export function expressions(text: string): string[] {
  return [...text.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map(m => m[1])
}

/** Every string in the document with its path, for rules that look everywhere. */
function* strings(value: unknown, path: string[]): Generator<[string[], string]> {
  if (typeof value === 'string') yield [path, value]
  else if (Array.isArray(value))
    for (const [i, item] of value.entries()) yield* strings(item, [...path, String(i)])
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* strings(item, [...path, key])
  }
}

/**
 * Attacker-controlled event data may appear only in `if:` conditions (where it is
 * compared, never executed); anywhere else (a `run:` script, `with:`, `env:`,
 * a step name) it is pasted into text that something interprets.
 */
export function untrustedExpressionProblems(workflow: Node): string[] {
  const problems: string[] = []
  for (const [path, text] of strings(workflow, [])) {
    if (path[path.length - 1] === 'if') continue
    for (const expression of expressions(text)) {
      const hit = UNTRUSTED.exec(normaliseExpression(expression))
      if (hit) problems.push(`${path.join('.')}: untrusted ${hit[0]} outside an if: condition`)
    }
  }
  return problems
}

/** Scripts receive values through `env:` only; `${{ }}` inside a script is code injection waiting to happen. */
export function inlineScriptExpressionProblems(workflow: Node): string[] {
  const problems: string[] = []
  for (const [jobId, job] of jobs(workflow)) {
    steps(job).forEach((step, index) => {
      const scripts: [string, unknown][] = [['run', step.run]]
      if (typeof step.uses === 'string' && step.uses.startsWith('actions/github-script@')) {
        scripts.push(['with.script', record(step.with).script])
      }
      for (const [key, script] of scripts) {
        if (typeof script === 'string' && expressions(script).length > 0) {
          problems.push(
            `jobs.${jobId}.steps[${index}].${key}: uses \${{ }} inline; pass the value through env:`
          )
        }
      }
    })
  }
  return problems
}

/** Each job states its token permissions (job level, or the workflow's), never write-all. */
export function permissionProblems(workflow: Node): string[] {
  const problems: string[] = []
  for (const [jobId, job] of jobs(workflow)) {
    const permissions = job.permissions ?? workflow.permissions
    if (permissions === undefined || permissions === null) {
      problems.push(`jobs.${jobId}: no permissions: block (the default token may be read-write)`)
    } else if (permissions === 'write-all') {
      problems.push(`jobs.${jobId}: permissions: write-all`)
    }
  }
  return problems
}

export function permissionsOf(workflow: Node, jobId: string): unknown {
  return record(workflow.jobs)[jobId] === undefined
    ? undefined
    : (record(record(workflow.jobs)[jobId]).permissions ?? workflow.permissions)
}

export interface Concurrency {
  group?: string
  cancelInProgress?: unknown
}

/** The concurrency that applies to a job: its own, else the workflow's. */
export function concurrencyOf(workflow: Node, jobId: string): Concurrency {
  const raw = record(record(workflow.jobs)[jobId]).concurrency ?? workflow.concurrency
  if (typeof raw === 'string') return { group: raw }
  const node = record(raw)
  return {
    group: typeof node.group === 'string' ? node.group : undefined,
    cancelInProgress: node['cancel-in-progress']
  }
}

/** A rotation or promotion must never be cancelled half way: cancel-in-progress literally false. */
export function concurrencyProblems(workflow: Node): string[] {
  const problems: string[] = []
  for (const [jobId] of jobs(workflow)) {
    const c = concurrencyOf(workflow, jobId)
    if (c.group === undefined) problems.push(`jobs.${jobId}: no concurrency group`)
    if (c.cancelInProgress !== false) {
      problems.push(
        `jobs.${jobId}: cancel-in-progress must be false, got ${JSON.stringify(c.cancelInProgress)}`
      )
    }
  }
  return problems
}

/** GitHub's `author_association` of the people a comment may come from and still act: the
 * organization's owners and members and the repository's collaborators. */
export const ACTING_ASSOCIATIONS = ['OWNER', 'MEMBER', 'COLLABORATOR']

function triggers(workflow: Node): string[] {
  const on = workflow.on
  if (typeof on === 'string') return [on]
  if (Array.isArray(on)) return on.map(String)
  return Object.keys(record(on))
}

/**
 * An issue_comment workflow: every job that can run for a comment skips outsiders in its
 * `if:` by the comment's author association (before a runner starts, a token is minted or a
 * reply is posted), and concurrency sits on the jobs. At the workflow level every comment's
 * run would enter the group, even one whose jobs are all skipped, and where `queue` is not
 * available it replaces the run waiting there, perhaps an admin's /certificate-id.
 */
export function commentJobProblems(workflow: Node): string[] {
  if (!triggers(workflow).includes('issue_comment')) return []
  const problems: string[] = []
  if (workflow.concurrency !== undefined) {
    problems.push('concurrency: on an issue_comment workflow it belongs on each job')
  }
  for (const [jobId, job] of jobs(workflow)) {
    const condition = text(job.if).replace(/\s+/g, ' ')
    if (condition.includes("github.event_name != 'issue_comment'")) continue
    const named = /ASSOCIATION|OWNER|MEMBER|COLLABORATOR|CONTRIBUTOR|NONE|MANNEQUIN/g
    const values = (condition.match(named) ?? []).filter(v => v !== 'ASSOCIATION')
    const skipsOutsiders =
      /github\.event\.comment\.author_association/.test(condition) &&
      ACTING_ASSOCIATIONS.every(a => values.includes(a)) &&
      values.every(v => ACTING_ASSOCIATIONS.includes(v))
    if (!skipsOutsiders) {
      problems.push(
        `jobs.${jobId}: if: must let only ${ACTING_ASSOCIATIONS.join(', ')} comments through (github.event.comment.author_association)`
      )
    }
  }
  return problems
}

/**
 * Supply-chain rules for every workflow file (this repository's and the
 * examples users copy): other people's actions pinned by full commit SHA with
 * the version in a comment, and token permissions granted per job, never
 * workflow-wide. Pure functions returning problems; empty means compliant.
 */
import { jobs, record, type Node } from './workflow-rules.js'

/** The example workflows' stand-in for this action: no release exists yet to pin by SHA. */
export const THIS_ACTION_PLACEHOLDER = 'netsuite-m2m-rotate/netsuite-m2m-rotate@v1'

const PINNED = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(\/[^@\s]+)?@[0-9a-f]{40}$/
const VERSION_COMMENT = /^#\s*v\d+(\.\d+){0,2}(\s|$)/

interface UsesLine {
  line: number
  ref: string
  comment: string
}

/** Every `uses:` line of a workflow's source, with its trailing comment. */
export function usesLines(source: string): UsesLine[] {
  const found: UsesLine[] = []
  source.split('\n').forEach((text, index) => {
    const m = /^\s*(?:-\s+)?uses:\s*(['"]?)([^'"\s#]+)\1\s*(#.*)?$/.exec(text)
    if (m) found.push({ line: index + 1, ref: m[2], comment: (m[3] ?? '').trim() })
  })
  return found
}

/** Every `uses:` value in the parsed workflow: steps, and jobs that call a reusable workflow. */
export function usesValues(workflow: Node): string[] {
  const values: string[] = []
  for (const [, job] of jobs(workflow)) {
    if (typeof job.uses === 'string') values.push(job.uses)
    for (const step of Array.isArray(job.steps) ? job.steps.map(record) : []) {
      if (typeof step.uses === 'string') values.push(step.uses)
    }
  }
  return values
}

/**
 * A tag or branch can be moved to other code after review; a commit SHA cannot.
 * Local actions (`./`) come from the same commit, and the placeholder for this
 * action is exempt until a release exists. The version comment is what
 * Dependabot updates along with the SHA, and what a reviewer reads.
 */
export function pinningProblems(source: string, workflow: Node): string[] {
  const problems: string[] = []
  const lines = usesLines(source)
  const values = usesValues(workflow)
  if (lines.length !== values.length) {
    problems.push(
      `found ${values.length} uses: but ${lines.length} on lines of their own; write each as \`uses: owner/repo@<sha> # vX.Y.Z\``
    )
  }
  for (const { line, ref, comment } of lines) {
    if (ref.startsWith('./') || ref === THIS_ACTION_PLACEHOLDER) continue
    if (ref.startsWith('docker://')) {
      if (!/@sha256:[0-9a-f]{64}$/.test(ref))
        problems.push(`line ${line}: ${ref} is not pinned by image digest`)
      continue
    }
    if (!PINNED.test(ref)) {
      problems.push(`line ${line}: ${ref} is not pinned by a full 40-character commit SHA`)
    } else if (!VERSION_COMMENT.test(comment)) {
      problems.push(`line ${line}: ${ref} has no version comment (# vX.Y.Z)`)
    }
  }
  return problems
}

/**
 * The workflow-wide block grants nothing (`permissions: {}`) or is absent, and
 * each job lists what its token may do, so a job added later starts with nothing.
 */
export function jobPermissionProblems(workflow: Node): string[] {
  const problems: string[] = []
  const top = workflow.permissions
  if (top !== undefined && !(typeof top === 'object' && Object.keys(record(top)).length === 0)) {
    problems.push(
      `workflow-wide permissions ${JSON.stringify(top)}: use permissions: {} and grant per job`
    )
  }
  for (const [jobId, job] of jobs(workflow)) {
    const own = job.permissions
    if (own === undefined || own === null) {
      problems.push(`jobs.${jobId}: no permissions: block of its own`)
    } else if (typeof own === 'string') {
      problems.push(`jobs.${jobId}: permissions: ${own}; list each scope it needs`)
    }
  }
  return problems
}

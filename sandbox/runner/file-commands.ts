// File commands (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV, GITHUB_PATH, GITHUB_STEP_SUMMARY),
// read after the process exits, as actions/runner src/Runner.Worker/FileCommandManager.cs does.

import { readFileSync } from 'node:fs'
import type { StepContext } from './commands.js'

export interface KeyValueParse {
  pairs: Array<[string, string]>
  /** The runner's exception message when the file is malformed; pairs before it still apply. */
  error?: string
}

/** ReadLine on Linux: only "\n" ends a line (a "\r" stays part of the value). */
function readLine(
  text: string,
  at: { index: number }
): { line: string; newline: boolean } | undefined {
  if (at.index >= text.length) return undefined
  const start = at.index
  const lf = text.indexOf('\n', start)
  if (lf < 0) {
    at.index = text.length
    return { line: text.slice(start), newline: false }
  }
  at.index = lf + 1
  return { line: text.slice(start, lf), newline: true }
}

/** EnvFileKeyValuePairs: `name=value` lines and `name<<DELIMITER` heredocs. */
export function parseKeyValueFile(text: string): KeyValueParse {
  const pairs: Array<[string, string]> = []
  const at = { index: 0 }
  for (let read = readLine(text, at); read; read = readLine(text, at)) {
    const line = read.line
    if (line === '') continue
    const eq = line.indexOf('=')
    const heredoc = line.indexOf('<<')
    if (eq >= 0 && (heredoc < 0 || eq < heredoc)) {
      pairs.push([line.slice(0, eq), line.slice(eq + 1)])
    } else if (heredoc >= 0 && (eq < 0 || heredoc < eq)) {
      const name = line.slice(0, heredoc)
      const delimiter = line.slice(heredoc + 2)
      if (!name || !delimiter) {
        return {
          pairs,
          error: `Invalid format '${line}'. Name must not be empty and delimiter must not be empty`
        }
      }
      const start = at.index
      let end = at.index
      let next = readLine(text, at)
      while (next?.line !== delimiter) {
        if (!next)
          return { pairs, error: `Invalid value. Matching delimiter not found '${delimiter}'` }
        if (!next.newline) return { pairs, error: 'Invalid value. EOF marker missing new line.' }
        end = at.index - 1
        next = readLine(text, at)
      }
      pairs.push([name, end > start ? text.slice(start, end) : ''])
    } else {
      return { pairs, error: `Invalid format '${line}'` }
    }
  }
  return { pairs }
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return '' // a deleted file is skipped by the runner too ("File does not exist")
  }
}

/** GitHub rejects step summaries above 1 MiB (CreateStepSummaryCommand.AttachmentSizeLimit). */
const SUMMARY_LIMIT = 1024 * 1024

export interface FileCommandPaths {
  output: string
  summary: string
  state: string
  env: string
  path: string
}

/** FileCommandManager.ProcessFiles, in the runner's extension order. Returns the summary. */
export function processFileCommands(
  files: FileCommandPaths,
  ctx: StepContext
): { summary: string; rawSummary: string } {
  const keyValue = (context: string, path: string, apply: (k: string, v: string) => void): void => {
    const parsed = parseKeyValueFile(readText(path))
    for (const [k, v] of parsed.pairs) apply(k, v)
    if (parsed.error !== undefined) {
      ctx.addIssue('error', `Unable to process file command '${context}' successfully.`)
      ctx.addIssue('error', parsed.error)
      ctx.failed = true
    }
  }

  for (const line of readText(files.path).split('\n')) {
    if (line !== '') ctx.addedPath.push(line)
  }
  keyValue('env', files.env, (k, v) => {
    if (k.toUpperCase() === 'NODE_OPTIONS') {
      ctx.addIssue(
        'error',
        "Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command."
      )
    } else {
      ctx.exportedEnv[k] = v
    }
  })

  const rawSummary = readText(files.summary)
  let summary = ''
  if (Buffer.byteLength(rawSummary) > SUMMARY_LIMIT) {
    ctx.addIssue(
      'error',
      `$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of ${SUMMARY_LIMIT / 1024}k, ` +
        `got ${Math.floor(Buffer.byteLength(rawSummary) / 1024)}k. For more information see: ` +
        'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-markdown-summary'
    )
  } else if (rawSummary !== '') {
    // The runner re-writes the file line by line through the secret masker before uploading.
    const lines = rawSummary.split(/\r\n|\n|\r/)
    if (/(\r\n|\n|\r)$/.test(rawSummary)) lines.pop()
    summary = lines.map(l => ctx.masker.mask(l) + '\n').join('')
  }

  keyValue('state', files.state, (k, v) => {
    ctx.state[k] = v
  })
  keyValue('output', files.output, (k, v) => {
    ctx.outputs[k] = v
  })
  return { summary, rawSummary }
}

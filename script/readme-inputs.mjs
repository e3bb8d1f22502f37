#!/usr/bin/env node
/**
 * Writes README.md's inputs and outputs tables from action.yml, so the docs
 * cannot drift from what the runner actually accepts.
 *
 *   node script/readme-inputs.mjs           rewrite the two regions in README.md
 *   node script/readme-inputs.mjs --check   exit 1 when README.md is out of date
 *   [--readme FILE] [--action FILE]         other files (tests use copies)
 *
 * Only the text between `<!-- inputs:start -->`/`<!-- inputs:end -->` and
 * `<!-- outputs:start -->`/`<!-- outputs:end -->` is touched. The tables sit
 * inside prettier-ignore comments: Prettier pads Markdown tables, which would
 * make every `--check` after `npm run format` fail.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

export const REGIONS = ['inputs', 'outputs']

const GENERATED =
  '<!-- Generated from action.yml by `node script/readme-inputs.mjs`: edit action.yml, then run it. -->'

function line(value) {
  return String(value ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\|/g, '\\|')
}

/**
 * One Markdown table cell: a single line, pipes escaped, and `<`/`>` as
 * entities so placeholders like `<name>` are not swallowed as HTML tags.
 */
export function cell(value) {
  return line(value).replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** Inline code (where `<` needs no escaping) that survives backticks inside the value. */
function code(value) {
  const text = line(value)
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``
}

function entries(node) {
  return node && typeof node === 'object' && !Array.isArray(node) ? Object.entries(node) : []
}

export function inputsTable(action) {
  const rows = entries(action.inputs).map(([name, spec]) => {
    const required = spec?.required === true ? 'Required' : 'Optional'
    const hasDefault =
      spec?.default !== undefined && spec?.default !== null && String(spec.default) !== ''
    return `| ${code(name)} | ${required} | ${hasDefault ? code(spec.default) : ''} | ${cell(spec?.description)} |`
  })
  return ['| Input | Required | Default | Description |', '|---|---|---|---|', ...rows].join('\n')
}

export function outputsTable(action) {
  const rows = entries(action.outputs).map(
    ([name, spec]) => `| ${code(name)} | ${cell(spec?.description)} |`
  )
  return ['| Output | Description |', '|---|---|', ...rows].join('\n')
}

function block(table) {
  return ['<!-- prettier-ignore-start -->', GENERATED, table, '<!-- prettier-ignore-end -->'].join(
    '\n'
  )
}

/**
 * README text with both regions regenerated from the action.yml text.
 * Returns the new text and the regions whose markers are missing (then the
 * text is returned unchanged for those regions).
 */
export function renderReadme(readme, actionYml) {
  const action = parse(actionYml) ?? {}
  const tables = { inputs: inputsTable(action), outputs: outputsTable(action) }
  const missing = []
  let text = readme
  for (const region of REGIONS) {
    const start = `<!-- ${region}:start -->`
    const end = `<!-- ${region}:end -->`
    const from = text.indexOf(start)
    const to = text.indexOf(end, from + start.length)
    if (from === -1 || to === -1) {
      missing.push(region)
      continue
    }
    text = `${text.slice(0, from + start.length)}\n${block(tables[region])}\n${text.slice(to)}`
  }
  return { text, missing }
}

function argument(args, name, fallback) {
  const i = args.indexOf(name)
  return i === -1 ? fallback : args[i + 1]
}

/**
 * The command: rewrites or (`--check`) compares; returns the exit status. `io` is where it
 * prints (the console when run as a script; a test collects it).
 */
export function main(args, io = console) {
  const readmePath = argument(
    args,
    '--readme',
    fileURLToPath(new URL('../README.md', import.meta.url))
  )
  const actionPath = argument(
    args,
    '--action',
    fileURLToPath(new URL('../action.yml', import.meta.url))
  )
  const readme = readFileSync(readmePath, 'utf8')
  const { text, missing } = renderReadme(readme, readFileSync(actionPath, 'utf8'))
  if (missing.length > 0) {
    const markers = missing.map(r => `<!-- ${r}:start --> ... <!-- ${r}:end -->`).join(' and ')
    io.error(`${readmePath} has no ${markers} markers: add them where the tables belong.`)
    return 1
  }
  if (args.includes('--check')) {
    if (text === readme) {
      io.log(`${readmePath} inputs and outputs match action.yml.`)
      return 0
    }
    io.error(
      `${readmePath} is out of date with action.yml: run \`node script/readme-inputs.mjs\` and commit README.md.`
    )
    return 1
  }
  if (text !== readme) writeFileSync(readmePath, text)
  io.log(
    text === readme ? `${readmePath} already up to date.` : `${readmePath} updated from action.yml.`
  )
  return 0
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2))
}

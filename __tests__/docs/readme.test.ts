/**
 * README.md's inputs and outputs tables are generated from action.yml by
 * script/readme-inputs.mjs; this fails when someone edits one without the other.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parse } from 'yaml'

interface Generator {
  renderReadme(readme: string, actionYml: string): { text: string; missing: string[] }
  inputsTable(action: unknown): string
  outputsTable(action: unknown): string
  cell(value: unknown): string
  main(args: string[], io: { log: (text: string) => void; error: (text: string) => void }): number
}

const root = process.cwd()
const script = join(root, 'script', 'readme-inputs.mjs')
const readme = readFileSync(join(root, 'README.md'), 'utf8')
const actionYml = readFileSync(join(root, 'action.yml'), 'utf8')
let generator: Generator

/** The script as CI runs it: a `node` process. */
function run(...args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' })
  return { status: result.status, output: result.stdout + result.stderr }
}

/** The script's main in this process, for the cases about what it writes and says. */
function inProcess(...args: string[]): { status: number | null; output: string } {
  let output = ''
  const print = (text: string): void => {
    output += `${text}\n`
  }
  const status = generator.main(args, { log: print, error: print })
  return { status, output }
}

beforeAll(async () => {
  const specifier: string = pathToFileURL(script).href
  generator = (await import(specifier)) as Generator
})

describe('README.md', () => {
  it('opens with the two commands a newcomer runs', () => {
    const head = readme.split('\n').slice(0, 30).join('\n')
    expect(head).toContain('npm ci && npm start')
    expect(head).toContain('npm ci && npm test')
  })

  it('shows a workflow step (`uses:`) within its first 100 lines, and is at most about 600 lines', () => {
    const lines = readme.split('\n')
    expect(lines.slice(0, 100).some(line => /^\s*-? ?uses: netsuite-m2m-rotate\//.test(line))).toBe(
      true
    )
    expect(lines.length).toBeLessThanOrEqual(600)
  })

  it('lists every section in its Contents', () => {
    const contents = readme.slice(readme.indexOf('## Contents'), readme.indexOf('## Prerequisites'))
    const sections = [...readme.matchAll(/^## (.+)$/gm)]
      .map(m => m[1])
      .filter(h => h !== 'Contents')
    expect(sections.filter(h => !contents.includes(`[${h}](#`))).toEqual([])
  })

  it('has inputs and outputs tables that match action.yml (node script/readme-inputs.mjs --check)', () => {
    const result = run('--check')
    expect(result.output).toContain('match action.yml')
    expect(result.status).toBe(0)
  })

  it('lists every input with Required/Optional and its default, and every output', () => {
    const action = parse(actionYml) as {
      inputs: Record<string, { required?: boolean; default?: string }>
      outputs: Record<string, unknown>
    }
    for (const [name, spec] of Object.entries(action.inputs)) {
      const row = readme.split('\n').find(line => line.startsWith(`| \`${name}\` |`))
      expect(row).toBeDefined()
      expect(row).toContain(spec.required === true ? '| Required |' : '| Optional |')
      if (spec.default) expect(row).toContain(`\`${spec.default}\``)
    }
    for (const name of Object.keys(action.outputs)) {
      expect(readme).toContain(`| \`${name}\` |`)
    }
  })
})

describe('script/readme-inputs.mjs', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'readme-inputs-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('--check fails on a stale table, names the fix, and a rewrite repairs it', () => {
    const file = join(dir, 'README.md')
    const action = join(dir, 'action.yml')
    copyFileSync(join(root, 'action.yml'), action)
    writeFileSync(
      file,
      '# x\n\n<!-- inputs:start -->\n| old |\n<!-- inputs:end -->\n\n<!-- outputs:start -->\n<!-- outputs:end -->\n'
    )
    const stale = inProcess('--check', '--readme', file, '--action', action)
    expect(stale.status).toBe(1)
    expect(stale.output).toContain('run `node script/readme-inputs.mjs`')
    expect(readFileSync(file, 'utf8')).toContain('| old |')

    expect(inProcess('--readme', file, '--action', action).status).toBe(0)
    const fixed = readFileSync(file, 'utf8')
    expect(fixed).not.toContain('| old |')
    expect(fixed.startsWith('# x\n\n<!-- inputs:start -->\n<!-- prettier-ignore-start -->')).toBe(
      true
    )
    expect(inProcess('--check', '--readme', file, '--action', action).status).toBe(0)

    // A new input in action.yml makes the README stale again.
    writeFileSync(
      action,
      actionYml.replace('inputs:\n', "inputs:\n  brand-new:\n    description: 'Added later.'\n")
    )
    expect(inProcess('--check', '--readme', file, '--action', action).status).toBe(1)
  })

  it('fails clearly when the markers are missing', () => {
    const file = join(dir, 'NO-MARKERS.md')
    writeFileSync(file, '# nothing here\n')
    const result = inProcess('--check', '--readme', file)
    expect(result.status).toBe(1)
    expect(result.output).toContain('<!-- inputs:start --> ... <!-- inputs:end -->')
    expect(generator.renderReadme('# x\n', actionYml).missing).toEqual(['inputs', 'outputs'])
  })

  it('renders one row per input and output, escaping pipes and joining lines', () => {
    const action = {
      inputs: {
        a: { description: 'one | two\nthree', required: true },
        b: { description: 'bee', default: '${{ github.token }}' }
      },
      outputs: { c: { description: 'see' } }
    }
    expect(generator.inputsTable(action).split('\n')).toEqual([
      '| Input | Required | Default | Description |',
      '|---|---|---|---|',
      '| `a` | Required |  | one \\| two three |',
      '| `b` | Optional | `${{ github.token }}` | bee |'
    ])
    expect(generator.outputsTable(action).split('\n')).toEqual([
      '| Output | Description |',
      '|---|---|',
      '| `c` | see |'
    ])
    expect(generator.cell('a|b')).toBe('a\\|b')
    // GitHub would drop <name> as an unknown HTML tag.
    expect(generator.cell('<name>_PENDING')).toBe('&lt;name&gt;_PENDING')
  })

  it('touches nothing outside the markers and is idempotent', () => {
    const before =
      'top\n<!-- inputs:start -->\nx\n<!-- inputs:end -->\nmiddle\n<!-- outputs:start --><!-- outputs:end -->\nbottom\n'
    const once = generator.renderReadme(before, actionYml).text
    expect(once.startsWith('top\n<!-- inputs:start -->\n')).toBe(true)
    expect(once).toContain('<!-- inputs:end -->\nmiddle\n<!-- outputs:start -->\n')
    expect(once.endsWith('<!-- outputs:end -->\nbottom\n')).toBe(true)
    expect(generator.renderReadme(once, actionYml).text).toBe(once)
  })
})

/**
 * Writes README.md's table of which command reads which input, from the
 * commands' own declarations (src/commands/*.ts), so the table cannot drift
 * from what each command is handed.
 *
 *   npx tsx script/readme-command-inputs.ts           rewrite the region in README.md
 *   npx tsx script/readme-command-inputs.ts --check   exit 1 when README.md is out of date
 *
 * Only the text between `<!-- command-inputs:start -->` and
 * `<!-- command-inputs:end -->` is touched.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import {
  COMMON_FIELDS,
  FIELD_INPUTS,
  GATEWAY_FIELDS,
  type FieldName
} from '../src/inputs/fields.js'
import { loadCommand } from '../src/commands/registry.js'
import { COMMAND_NAMES } from '../src/run/command.js'
import { FOLLOW_UP_FIELDS } from '../src/follow-up/context.js'

const START = '<!-- command-inputs:start -->'
const END = '<!-- command-inputs:end -->'
const GENERATED =
  "<!-- Generated from the commands' declarations by `npx tsx script/readme-command-inputs.ts`. -->"

const inputsOf = (fields: readonly FieldName[]): string[] => [
  ...new Set(fields.flatMap(field => FIELD_INPUTS[field]))
]

/** The Markdown table, and the line naming the inputs every command reads. */
export async function commandInputsTable(): Promise<string> {
  const commands: Awaited<ReturnType<typeof loadCommand>>[] = []
  // One after another: loading them at once trips Jest's ESM loader in the test of this table.
  for (const name of COMMAND_NAMES) commands.push(await loadCommand(name))
  const everyCommand = inputsOf([
    ...COMMON_FIELDS,
    ...GATEWAY_FIELDS.filter(field => field !== 'adminToken')
  ])
  const followUp = inputsOf(
    FOLLOW_UP_FIELDS.filter(field => ['targets', 'notifyUrl', 'notifyOn'].includes(field))
  )
  const cells = new Map<string, Map<string, string>>()
  for (const { name, command } of commands) {
    const mark = (inputs: string[], word: string): void => {
      for (const input of inputs) {
        if (everyCommand.includes(input)) continue
        const row = cells.get(input) ?? new Map<string, string>()
        if (!row.has(name)) row.set(name, word)
        cells.set(input, row)
      }
    }
    mark(inputsOf(command.needs), 'required')
    if (command.writesSecrets) mark(['admin-token'], 'required')
    mark(inputsOf(command.uses), 'used')
  }
  const order = Object.keys(FIELD_INPUTS)
  const rows = [...cells.keys()]
    .sort((a, b) => rank(a, order) - rank(b, order))
    .map(input => {
      const row = cells.get(input) ?? new Map<string, string>()
      return `| \`${input}\` | ${commands.map(({ name }) => row.get(name) ?? '').join(' | ')} |`
    })
  return [
    `| Input | ${commands.map(({ name }) => `\`${name}\``).join(' | ')} |`,
    `|---|${commands.map(() => '---').join('|')}|`,
    ...rows,
    '',
    `Every command also reads ${everyCommand.map(input => `\`${input}\``).join(', ')}; ` +
      `\`admin-token\` where it writes (not in dry-run; without it \`check\` only reports); ` +
      `and what follows every command reads ${followUp.map(input => `\`${input}\``).join(', ')}.`
  ].join('\n')
}

/** Inputs in the order their fields are listed, so related inputs stand together. */
function rank(input: string, fieldOrder: string[]): number {
  const fields: Record<string, readonly string[]> = FIELD_INPUTS
  const index = fieldOrder.findIndex(field => fields[field]?.includes(input))
  return index === -1 ? fieldOrder.length : index
}

export async function renderReadme(readme: string): Promise<string> {
  const start = readme.indexOf(START)
  const end = readme.indexOf(END)
  if (start === -1 || end < start) throw new Error(`README.md has no ${START} … ${END} region`)
  const region = [
    START,
    '<!-- prettier-ignore-start -->',
    GENERATED,
    await commandInputsTable(),
    '<!-- prettier-ignore-end -->',
    END
  ].join('\n')
  return readme.slice(0, start) + region + readme.slice(end + END.length)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = new URL('../README.md', import.meta.url)
  const readme = readFileSync(path, 'utf8')
  const rendered = await renderReadme(readme)
  if (process.argv.includes('--check')) {
    if (rendered !== readme) {
      console.error(
        'README.md: the table of which command reads which input is out of date; run npx tsx script/readme-command-inputs.ts'
      )
      process.exit(1)
    }
    console.log('README.md: the command inputs table matches the commands')
  } else {
    writeFileSync(path, rendered)
  }
}

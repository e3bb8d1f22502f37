/**
 * README.md's table of which command reads which input is generated from the
 * commands' declarations by script/readme-command-inputs.ts; this fails when a
 * command's declaration changes without the table.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { commandInputsTable, renderReadme } from '../../script/readme-command-inputs.js'

const readme = readFileSync('README.md', 'utf8')

describe("README.md's table of the inputs each command reads", () => {
  it('matches the commands (npx tsx script/readme-command-inputs.ts --check)', async () => {
    expect(await renderReadme(readme)).toBe(readme)
  })

  it('marks what verify cannot run without, and what only the writing commands need', async () => {
    const table = await commandInputsTable()
    const row = (input: string): string[] =>
      (table.split('\n').find(line => line.startsWith(`| \`${input}\` |`)) ?? '')
        .split('|')
        .slice(2, -1)
        .map(cell => cell.trim())
    // Columns: check, rotate, promote, verify, rollback, doctor.
    expect(row('private-key')[3]).toBe('required')
    expect(row('certificate-id')[3]).toBe('required')
    expect(row('admin-token')).toEqual(['', 'required', 'required', '', 'required', ''])
    expect(row('restart')).toEqual(['', 'used', '', '', '', ''])
  })

  it('is rewritten when a declaration changes', async () => {
    const stale = readme.replace(
      '| `restart` |  | used |  |  |  |',
      '| `restart` | used | used |  |  |  |'
    )
    expect(stale).not.toBe(readme)
    expect(await renderReadme(stale)).toBe(readme)
  })
})

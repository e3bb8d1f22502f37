/**
 * action.yml is the contract users write workflows against: every input the
 * code reads and every output it sets must be declared there, and the reverse,
 * with the defaults the README documents.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { STATUSES } from '../src/run/context.js'
import { COMMAND_NAMES } from '../src/run/command.js'

interface ActionYml {
  inputs: Record<string, { required?: boolean; default?: string; description?: string }>
  outputs: Record<string, { description?: string }>
  runs: { using: string; main: string }
}

const action = parse(readFileSync('action.yml', 'utf8')) as ActionYml
// Every input is parsed in src/action/inputs.ts, those of what follows a command (fan-out,
// notifications) in their own module, and the command's name by the shell that loads it.
const config = ['src/action/inputs.ts', 'src/inputs/follow-up.ts', 'src/action/main.ts']
  .map(file => readFileSync(file, 'utf8'))
  .join('\n')
const context = readFileSync('src/run/context.ts', 'utf8')
const main = readFileSync('src/action/main.ts', 'utf8')

/** Input names the config module reads: read('x'), optional(read, 'x'), key('x'), cert('x'), ... */
function inputsReadByCode(): string[] {
  const names = new Set<string>()
  for (const match of config.matchAll(/(?:read\(|\(read, |key\(|cert\()'([a-z-]+)'/g))
    names.add(match[1])
  const secretInputs = /SECRET_INPUTS = \[([^\]]+)\]/.exec(config)?.[1] ?? ''
  for (const match of secretInputs.matchAll(/'([a-z-]+)'/g)) names.add(match[1])
  return [...names].sort()
}

/** Output names: the keys of Result['outputs'] plus status, which run() sets itself. */
function outputsSetByCode(): string[] {
  const union = /outputs: Partial<\s*Record<([\s\S]*?),\s*string\s*>/.exec(context)?.[1] ?? ''
  const names = [...union.matchAll(/'([a-z-]+)'/g)].map(match => match[1])
  if (/setOutput\('status'/.test(main)) names.push('status')
  return names.sort()
}

describe('action.yml', () => {
  it('declares exactly the inputs the code reads', () => {
    const read = inputsReadByCode()
    expect(read.length).toBeGreaterThan(30)
    expect(Object.keys(action.inputs).sort()).toEqual(read)
  })

  it('declares exactly the outputs the code sets', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(outputsSetByCode())
  })

  it('has the defaults of the contract', () => {
    const defaults = Object.fromEntries(
      Object.entries(action.inputs)
        .filter(([, input]) => input.default !== undefined)
        .map(([name, input]) => [name, String(input.default)])
    )
    expect(defaults).toEqual({
      command: 'check',
      'key-type': 'rsa-4096',
      'validity-days': '730',
      'renew-before-days': '60',
      'fail-before-days': '7',
      scope: 'restlets,rest_webservices',
      'secret-name': 'NETSUITE_PRIVATE_KEY',
      'certificate-variable': 'NETSUITE_CERTIFICATE',
      'certificate-id-variable': 'NETSUITE_CERTIFICATE_ID',
      'github-token': '${{ github.token }}',
      'issue-label': 'netsuite-certificate',
      'dry-run': 'false',
      upload: 'auto',
      'allow-custom-endpoints': 'false',
      'revoke-previous-after-days': '14',
      restart: 'false',
      emergency: 'false',
      keepalive: 'true',
      'notify-on':
        'rotation-started,reminder,promoted,rolled-back,revoked,registration-missing,expired,failed'
    })
    expect(action.inputs['account-id'].required).toBe(true)
  })

  it('runs the committed bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })
})

describe('the tables action.yml describes', () => {
  /** The words of a description that are names: lower case, with hyphens. */
  const named = (text = ''): string[] => text.match(/\b[a-z]+(?:-[a-z]+)*\b/g) ?? []

  it("the status output names every status a command ends with, in the code's order", () => {
    const words = named(action.outputs.status.description)
    expect(words.filter(word => (STATUSES as readonly string[]).includes(word))).toEqual([
      ...STATUSES
    ])
  })

  it("the command input names every command, in the registry's order", () => {
    const words = named(action.inputs.command.description)
    expect(words.filter(word => (COMMAND_NAMES as readonly string[]).includes(word))).toEqual([
      ...COMMAND_NAMES
    ])
  })
})

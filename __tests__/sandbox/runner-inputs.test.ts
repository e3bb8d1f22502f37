// The sandbox runner builds INPUT_* the way actions/runner does: user values, action.yml
// defaults (with ${{ github.* }} expanded) for the rest, and a warning for undeclared inputs.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT, inputEnvName, runAction, type RunResult } from '../../sandbox/runner/index.js'
import { evaluateDefault } from '../../sandbox/runner/manifest.js'

const ECHO = join(REPO_ROOT, '__tests__', 'fixtures', 'echo-action')
const TOKEN = 'ghs_0123456789abcdefghijklmnopqrstuvwxyz'

function inputsSeen(result: RunResult): Record<string, string> {
  return JSON.parse(result.outputs.inputs ?? '{}') as Record<string, string>
}

describe('inputEnvName', () => {
  it('upper-cases, keeps hyphens and dots, turns spaces into underscores', () => {
    expect(inputEnvName('github-token')).toBe('INPUT_GITHUB-TOKEN')
    expect(inputEnvName('my input')).toBe('INPUT_MY_INPUT')
    expect(inputEnvName('Mixed.Case_x')).toBe('INPUT_MIXED.CASE_X')
  })
})

describe('input defaults', () => {
  let result: RunResult
  beforeAll(async () => {
    result = await runAction({ actionDir: ECHO, githubToken: TOKEN, inputs: { secret: 's' } })
  })

  it('applies action.yml defaults and expands ${{ github.token }}', () => {
    const seen = inputsSeen(result)
    expect(seen['INPUT_GREETING']).toBe('hello')
    expect(seen['INPUT_GITHUB-TOKEN']).toBe(TOKEN)
    expect(seen['INPUT_EXIT-CODE']).toBe('0')
  })

  it('expands other contexts and keeps the text around them', () => {
    expect(inputsSeen(result)['INPUT_REPO-NAME']).toBe('repo acme/erp-sync on Linux')
  })

  it('prints unquoted YAML scalars the way the runner does', () => {
    expect(inputsSeen(result)['INPUT_COUNT']).toBe('730')
    expect(inputsSeen(result)['INPUT_FLAG']).toBe('false')
  })

  it('sets a declared input without default to the empty string', () => {
    expect(inputsSeen(result)['INPUT_OLD-NAME']).toBe('')
  })

  it('records no warning when every input is declared', () => {
    expect(
      result.annotations.filter(a => a.level === 'warning' && /input/i.test(a.message))
    ).toEqual([])
  })
})

describe('given inputs', () => {
  let result: RunResult
  beforeAll(async () => {
    result = await runAction({
      actionDir: ECHO,
      repository: 'other-org/other-repo',
      inputs: {
        secret: 's',
        greeting: '',
        count: 5,
        flag: true,
        mode: undefined,
        surprise: 'x',
        'old-name': 'o'
      }
    })
  })

  it('stringifies numbers and booleans', () => {
    expect(inputsSeen(result)['INPUT_COUNT']).toBe('5')
    expect(inputsSeen(result)['INPUT_FLAG']).toBe('true')
  })

  it("keeps an explicit '' and treats undefined as not given", () => {
    expect(inputsSeen(result)['INPUT_GREETING']).toBe('')
    expect(inputsSeen(result)['INPUT_MODE']).toBe('normal')
  })

  it('expands github.repository from the repository option', () => {
    expect(inputsSeen(result)['INPUT_REPO-NAME']).toBe('repo other-org/other-repo on Linux')
  })

  it('passes an undeclared input on and warns like the runner', () => {
    expect(inputsSeen(result)['INPUT_SURPRISE']).toBe('x')
    expect(result.annotations).toContainEqual({
      level: 'warning',
      message:
        "Unexpected input(s) 'surprise', valid inputs are ['greeting', 'github-token', 'repo-name', " +
        "'count', 'flag', 'secret', 'exit-code', 'mode', 'wait-ms', 'old-name']",
      properties: {}
    })
  })

  it('warns about a deprecated input that was given', () => {
    expect(result.annotations).toContainEqual({
      level: 'warning',
      message: "Input 'old-name' has been deprecated with message: use greeting instead",
      properties: {}
    })
  })

  it('does not fail the step for a missing required input (only getInput does)', async () => {
    const r = await runAction({ actionDir: ECHO })
    expect(inputsSeen(r)['INPUT_SECRET']).toBe('')
    expect(r.conclusion).toBe('success')
  })
})

describe('action.yml validation', () => {
  const dir = mkdtempSync(join(tmpdir(), 'runner-manifest-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const write = (yml: string): string => {
    const actionDir = mkdtempSync(join(dir, 'a-'))
    writeFileSync(join(actionDir, 'action.yml'), yml)
    writeFileSync(join(actionDir, 'index.js'), '')
    return actionDir
  }

  it('refuses runs.using node16', async () => {
    const actionDir = write('name: x\nruns:\n  using: node16\n  main: index.js\n')
    await expect(runAction({ actionDir })).rejects.toThrow(/runs.using 'node16' is not supported/)
  })

  it('refuses a composite action', async () => {
    const actionDir = write('name: x\nruns:\n  using: composite\n  steps: []\n')
    await expect(runAction({ actionDir })).rejects.toThrow(/'composite' is not supported/)
  })

  it('refuses a default it cannot evaluate instead of guessing', async () => {
    const actionDir = write(
      'name: x\ninputs:\n  a:\n    default: ${{ secrets.X }}\nruns:\n  using: node20\n  main: index.js\n'
    )
    await expect(runAction({ actionDir })).rejects.toThrow(/cannot evaluate \$\{\{ secrets.X \}\}/)
  })

  it('reads action.yaml when there is no action.yml', async () => {
    const actionDir = mkdtempSync(join(dir, 'b-'))
    writeFileSync(
      join(actionDir, 'action.yaml'),
      'name: x\nruns:\n  using: node20\n  main: index.js\n'
    )
    writeFileSync(join(actionDir, 'index.js'), 'process.exitCode = 4\n')
    expect((await runAction({ actionDir })).exitCode).toBe(4)
  })
})

describe('evaluateDefault', () => {
  const contexts = { github: { token: 't', repository: 'o/r' }, env: { NAME: 'v' } }
  it('evaluates string literals with doubled quotes', () => {
    expect(evaluateDefault("${{ 'it''s' }}", contexts, 'a')).toBe("it's")
  })
  it('looks context properties up case-insensitively; unknown ones are empty', () => {
    expect(
      evaluateDefault('${{ GitHub.REPOSITORY }}/${{ env.name }}/${{ github.nope }}', contexts, 'a')
    ).toBe('o/r/v/')
  })
})

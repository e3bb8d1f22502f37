// File commands (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_STATE), the event payload and the
// exit status, read back the way actions/runner's FileCommandManager does.
import { describe, it, expect, beforeAll } from '@jest/globals'
import { join } from 'node:path'
import {
  REPO_ROOT,
  parseKeyValueFile,
  runAction,
  type RunResult
} from '../../sandbox/runner/index.js'

const ECHO = join(REPO_ROOT, '__tests__', 'fixtures', 'echo-action')

describe('a successful run', () => {
  let result: RunResult
  beforeAll(async () => {
    result = await runAction({
      actionDir: ECHO,
      inputs: { secret: 'top-secret-value', greeting: 'hi there' },
      event: {
        name: 'issue_comment',
        payload: { action: 'created', comment: { body: '/certificate-id 42' } }
      }
    })
  })

  it('exits 0 and concludes success', () => {
    expect(result.exitCode).toBe(0)
    expect(result.signal).toBeNull()
    expect(result.killed).toBe(false)
    expect(result.conclusion).toBe('success')
  })

  it('reads name=value outputs', () => {
    expect(result.outputs.greeting).toBe('hi there')
  })

  it('reads heredoc outputs with their inner newlines', () => {
    expect(result.outputs.multi).toBe('line one\nline two\n  indented')
  })

  it('reads legacy ::set-output and warns about it', () => {
    expect(result.outputs.legacy).toBe('old-style')
    expect(
      result.annotations.some(
        a => a.level === 'warning' && a.message.startsWith('The `set-output` command is deprecated')
      )
    ).toBe(true)
  })

  it('reads the step summary, masked as GitHub renders it', () => {
    expect(result.rawSummary).toBe('### Echo\n\nGreeting: hi there\nSecret: top-secret-value\n')
    expect(result.summary).toBe('### Echo\n\nGreeting: hi there\nSecret: ***\n')
  })

  it('reads GITHUB_STATE', () => {
    expect(result.state).toEqual({ phase: 'main' })
  })

  it('hands the event name and payload file to the action', () => {
    expect(JSON.parse(result.outputs.event ?? '')).toEqual({
      name: 'issue_comment',
      payload: { action: 'created', comment: { body: '/certificate-id 42' } }
    })
  })

  it('runs in GITHUB_WORKSPACE and names the file-command files like the runner', () => {
    expect(result.outputs.cwd).toBe(result.env.GITHUB_WORKSPACE)
    expect(result.env.GITHUB_OUTPUT).toBe(result.requestedFiles.output)
    expect(result.requestedFiles.output).toMatch(
      /\/_runner_file_commands\/set_output_[0-9a-f-]{36}$/
    )
    expect(result.requestedFiles.summary).toMatch(/\/step_summary_[0-9a-f-]{36}$/)
  })
})

describe('exit status', () => {
  it('reports a non-zero exit code as a failed step', async () => {
    const result = await runAction({ actionDir: ECHO, inputs: { secret: 's', 'exit-code': 3 } })
    expect(result.exitCode).toBe(3)
    expect(result.conclusion).toBe('failure')
  })

  it('fails the step on a malformed GITHUB_OUTPUT but keeps the outputs before it', async () => {
    const result = await runAction({
      actionDir: ECHO,
      inputs: { secret: 'unrelated-secret', mode: 'bad-output' }
    })
    expect(result.exitCode).toBe(0)
    expect(result.conclusion).toBe('failure')
    expect(result.outputs.greeting).toBe('hello')
    expect(result.outputs.broken).toBeUndefined()
    expect(result.annotations.filter(a => a.level === 'error').map(a => a.message)).toEqual(
      expect.arrayContaining([
        "Unable to process file command 'output' successfully.",
        "Invalid value. Matching delimiter not found 'EOF'"
      ])
    )
  })
})

describe('parseKeyValueFile', () => {
  it('splits name=value at the first = and keeps a trailing CR', () => {
    expect(parseKeyValueFile('a=b=c\nempty=\r\n\nz=1')).toEqual({
      pairs: [
        ['a', 'b=c'],
        ['empty', '\r'],
        ['z', '1']
      ]
    })
  })

  it('reads heredocs, including an empty one, and prefers = when it comes first', () => {
    expect(parseKeyValueFile('x<<EOF\none\n\ntwo\nEOF\ny<<D\nD\nk=v<<w\n')).toEqual({
      pairs: [
        ['x', 'one\n\ntwo'],
        ['y', ''],
        ['k', 'v<<w']
      ]
    })
  })

  it('reports the runner errors', () => {
    expect(parseKeyValueFile('nothing here\n').error).toBe("Invalid format 'nothing here'")
    expect(parseKeyValueFile('<<EOF\n').error).toMatch(/Name must not be empty/)
    expect(parseKeyValueFile('a=1\nx<<EOF\nvalue').error).toBe(
      'Invalid value. EOF marker missing new line.'
    )
    expect(parseKeyValueFile('a=1\nx<<EOF\nvalue').pairs).toEqual([['a', '1']])
  })
})

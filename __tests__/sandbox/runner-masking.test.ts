// Workflow commands and secret masking, as actions/runner parses and applies them.
import { describe, it, expect, beforeAll } from '@jest/globals'
import { join } from 'node:path'
import {
  REPO_ROOT,
  SecretMasker,
  parseWorkflowCommand,
  runAction,
  type RunResult
} from '../../sandbox/runner/index.js'
import { StepContext } from '../../sandbox/runner/commands.js'

const ECHO = join(REPO_ROOT, '__tests__', 'fixtures', 'echo-action')
const TOKEN = 'ghs_maskmemaskmemaskmemaskmemaskme1234'
const SECRET = 'first-line-Pa55\n  second-line-W0rd'

describe('masking in a run', () => {
  let result: RunResult
  beforeAll(async () => {
    result = await runAction({
      actionDir: ECHO,
      githubToken: TOKEN,
      inputs: { secret: SECRET, greeting: 'greeting-from-a-secret' },
      secretValues: ['greeting-from-a-secret']
    })
  })

  it('records ::add-mask:: values', () => {
    expect(result.masks).toEqual([SECRET])
  })

  it('masks every line of a multi-line ::add-mask:: value in stdout and stderr', () => {
    expect(result.rawStdout).toContain('the secret is first-line-Pa55')
    expect(result.rawStderr).toContain('second-line-W0rd')
    for (const text of [result.stdout, result.stderr]) {
      expect(text).not.toContain('first-line-Pa55')
      expect(text).not.toContain('second-line-W0rd')
    }
    expect(result.stdout).toContain('the secret is ***\n  ***\n')
  })

  it('masks github.token and secretValues like ${{ secrets.* }}', () => {
    expect(result.rawStdout).toContain(`token ${TOKEN}`)
    expect(result.stdout).toContain('token ***')
    expect(result.rawSummary).toContain('greeting-from-a-secret')
    expect(result.summary).toContain('Greeting: ***')
  })

  it('parses annotations with decoded data and properties; a workspace path becomes repo-relative', () => {
    expect(result.annotations).toContainEqual({
      level: 'error',
      message: 'first\nsecond 100%',
      properties: {
        file: 'src/a.ts',
        line: '3',
        col: '5',
        title: 'Bad: one, two',
        repo: 'acme/erp-sync'
      }
    })
    expect(result.annotations).toContainEqual({
      level: 'warning',
      message: 'careful',
      properties: { file: 'lib/b.ts' }
    })
    expect(result.annotations).toContainEqual({
      level: 'notice',
      message: 'note',
      properties: { title: 'N' }
    })
    expect(result.annotations).toContainEqual({
      level: 'debug',
      message: 'dbg % done',
      properties: {}
    })
  })

  it('does not treat ::group:: as an annotation', () => {
    expect(result.annotations.some(a => a.message === 'folded')).toBe(false)
  })
})

describe('mask timing', () => {
  it('leaves a secret printed before its ::add-mask:: visible, as on github.com', async () => {
    const result = await runAction({
      actionDir: ECHO,
      inputs: { secret: 'late-masked-value', mode: 'leak-before-mask' }
    })
    expect(result.stdout).toContain('early late-masked-value\n')
    expect(result.stdout).toContain('the secret is ***\n')
  })
})

describe('parseWorkflowCommand', () => {
  it('parses v2 commands with properties, after leading spaces, case-insensitively', () => {
    expect(parseWorkflowCommand('  ::Warning file=a%2Cb.ts,line=2,bad,empty=::x %0A y')).toEqual({
      command: 'warning',
      properties: { file: 'a,b.ts', line: '2' },
      data: 'x \n y'
    })
  })

  it('decodes %25 last so escaped escapes survive', () => {
    expect(parseWorkflowCommand('::error title=%253A::%250A')).toEqual({
      command: 'error',
      properties: { title: '%3A' },
      data: '%0A'
    })
  })

  it('ignores unknown commands and plain text', () => {
    expect(parseWorkflowCommand('::unknown::x')).toBeUndefined()
    expect(parseWorkflowCommand('hello :: world')).toBeUndefined()
  })

  it('parses the legacy ##[command] form', () => {
    expect(parseWorkflowCommand('log ##[warning file=a.ts;line=2]x%5Dy')).toEqual({
      command: 'warning',
      properties: { file: 'a.ts', line: '2' },
      data: 'x]y'
    })
  })
})

describe('StepContext', () => {
  const step = (): StepContext =>
    new StepContext({ workspace: '/w/r/r', repository: 'o/r', allowUnsecureCommands: false })

  it('stops and resumes command processing with ::stop-commands::', () => {
    const s = step()
    expect(s.processLine('::stop-commands::tok123')).toBe(true)
    expect(s.processLine('::error::ignored')).toBe(false)
    expect(s.processLine('::tok123::')).toBe(true)
    expect(s.processLine('::error::counted')).toBe(true)
    expect(s.annotations.map(a => a.message)).toEqual(['counted'])
  })

  it('warns about an empty ::add-mask::', () => {
    const s = step()
    s.processLine('::add-mask::   ')
    expect(s.masks).toEqual([])
    expect(s.annotations[0]?.message).toBe(
      "Can't add secret mask for empty string in ##[add-mask] command."
    )
  })

  it('fails the step on ::set-env:: unless unsecure commands are allowed', () => {
    const s = step()
    s.processLine('::set-env name=A::b')
    expect(s.failed).toBe(true)
    expect(s.exportedEnv).toEqual({})
    expect(s.annotations[0]?.message).toBe(
      "Unable to process command '::set-env name=A::b' successfully."
    )
    expect(s.annotations[1]?.message).toMatch(/^The `set-env` command is disabled/)
  })

  it('masks annotation messages but not their properties', () => {
    const s = step()
    s.masker.addValue('hunter2')
    s.processLine('::error title=hunter2::pw hunter2')
    expect(s.annotations[0]).toEqual({
      level: 'error',
      message: 'pw ***',
      properties: { title: 'hunter2' }
    })
  })
})

describe('SecretMasker', () => {
  it('masks the encodings the runner registers', () => {
    const m = new SecretMasker()
    m.addValue('s3cr3t"val/ue')
    expect(m.mask(Buffer.from('s3cr3t"val/ue').toString('base64'))).toBe('***')
    expect(m.mask(JSON.stringify({ k: 's3cr3t"val/ue' }))).toBe('{"k":"***"}')
    expect(m.mask(`u=${encodeURIComponent('s3cr3t"val/ue')}`)).toBe('u=***')
  })

  it('merges overlapping and adjacent matches into one ***', () => {
    const m = new SecretMasker()
    m.addValue('abcd')
    m.addValue('cdef')
    expect(m.mask('xabcdefy abcdabcd')).toBe('x***y ***')
  })

  it('registers each trimmed line of a multi-line secret', () => {
    const m = new SecretMasker()
    m.addMultiline('line-one\r\n   line-two  ')
    expect(m.mask('a line-one b line-two c')).toBe('a *** b *** c')
  })
})

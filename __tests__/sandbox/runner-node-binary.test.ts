// Which Node runs the action: `.ci/run` points SANDBOX_NODE at a Node 24 binary so the end-to-end
// suites run the bundle on the version action.yml declares. A wrapper script stands in for that
// binary here: it announces itself on stderr, then hands over to the Node running the tests.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT, nodeBinary, runAction } from '../../sandbox/runner/index.js'

const ECHO = join(REPO_ROOT, '__tests__', 'fixtures', 'echo-action')
const saved = process.env.SANDBOX_NODE
let dir: string
let wrapper: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sandbox-node-'))
  wrapper = join(dir, 'node')
  writeFileSync(
    wrapper,
    `#!/bin/sh\necho "wrapper ran: $*" >&2\nexec ${JSON.stringify(process.execPath)} "$@"\n`
  )
  chmodSync(wrapper, 0o755)
})
afterEach(() => {
  if (saved === undefined) delete process.env.SANDBOX_NODE
  else process.env.SANDBOX_NODE = saved
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the Node binary that runs the action', () => {
  it('is the one SANDBOX_NODE named when the suite started (Node 24 in the second pass of .ci/run)', async () => {
    const action = join(dir, 'version-action')
    mkdirSync(action, { recursive: true })
    writeFileSync(
      join(action, 'action.yml'),
      'name: version\ndescription: prints its Node version\nruns:\n  using: node24\n  main: index.mjs\n'
    )
    writeFileSync(join(action, 'index.mjs'), 'console.log(`::notice::node ${process.version}`)\n')
    const expected = saved ? execFileSync(saved, ['--version']).toString().trim() : process.version
    const result = await runAction({ actionDir: action })
    expect(result.annotations.map(a => a.message)).toEqual([`node ${expected}`])
  })

  it('is SANDBOX_NODE when set', async () => {
    process.env.SANDBOX_NODE = wrapper
    expect(nodeBinary()).toBe(wrapper)
    const result = await runAction({ actionDir: ECHO, inputs: { secret: 's' } })
    expect(result.rawStderr).toContain('wrapper ran: ')
    expect(result.rawStderr).toContain(join(ECHO, 'index.mjs'))
    expect(result.conclusion).toBe('success')
  })

  it('is the Node running the tests when SANDBOX_NODE is unset or empty', async () => {
    delete process.env.SANDBOX_NODE
    expect(nodeBinary()).toBe(process.execPath)
    process.env.SANDBOX_NODE = ''
    expect(nodeBinary()).toBe(process.execPath)
    const result = await runAction({ actionDir: ECHO, inputs: { secret: 's' } })
    expect(result.rawStderr).not.toContain('wrapper ran')
  })

  it('is the node option above all', () => {
    process.env.SANDBOX_NODE = '/nonexistent/node'
    expect(nodeBinary({ node: wrapper })).toBe(wrapper)
  })

  it('never reaches the action environment', async () => {
    process.env.SANDBOX_NODE = wrapper
    const result = await runAction({ actionDir: ECHO, inputs: { secret: 's' } })
    expect(Object.keys(result.env)).not.toContain('SANDBOX_NODE')
  })
})

/**
 * `npm run sandbox` lets a person drive the lifecycle by hand; a scripted
 * session proves every command it advertises still works end to end.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

const SCRIPT = [
  'check key-type=ec-p256',
  'issue',
  'upload',
  'reply reader-rita',
  'reply admin-alice',
  'verify',
  'summary',
  'advance 700',
  'rotate key-type=ec-p256',
  'upload',
  'reply writer-wes',
  'rollback',
  'forget',
  'wipe',
  'check',
  'nonsense',
  'state',
  'quit'
].join('\n')

describe('npm run sandbox', () => {
  const result = spawnSync(join('node_modules', '.bin', 'tsx'), ['sandbox/play.ts'], {
    input: SCRIPT,
    encoding: 'utf8',
    timeout: 120_000
  })
  const out = result.stdout
  const statuses = [...out.matchAll(/status=([a-z-]+|\(none\))/g)].map(match => match[1])

  it('runs every step of the story and exits cleanly', () => {
    expect(result.status).toBe(0)
    expect(statuses).toEqual([
      'rotation-started',
      'rotation-pending', // the reader is refused
      'promoted',
      'verified',
      'rotation-started',
      'promoted', // a writer may promote
      'rolled-back',
      'registration-missing' // after the sandbox refresh
    ])
  })

  it('shows the issue, the refusal, the summary and the state', () => {
    expect(out).toContain('Setup > Integration > Manage Authentication')
    expect(out).toMatch(/reply on #1: @reader-rita only people with write/)
    expect(out).toContain('| stage | certificate ID |')
    expect(out).toMatch(/NETSUITE_PRIVATE_KEY_PREVIOUS/)
    expect(out).toContain('unknown command "nonsense"')
    expect(out).toMatch(/NetSuite forgot \S+ \(not revoked\)/)
  })

  it('never prints a private key', () => {
    expect(out).not.toMatch(/PRIVATE KEY-----/)
  })
})

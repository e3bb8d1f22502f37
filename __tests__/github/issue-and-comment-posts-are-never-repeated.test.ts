// GitHub can fail after doing the work: the issue is opened (or the comment posted) and the
// answer is a 5xx. A retry would open a second issue or say the same thing twice, so these
// POSTs are never retried; other requests still are. The rerun converges from the record.
import { describe, it, expect, beforeEach, afterEach } from '@jest/globals'
import { startGitHubEmulator, type GitHubEmulator } from '../../sandbox/github/index.js'
import { gatewayFor, recordingLogger, type RecordingLogger } from './helpers.js'

let gh: GitHubEmulator
let log: RecordingLogger

beforeEach(async () => {
  gh = await startGitHubEmulator()
  log = recordingLogger()
})

afterEach(async () => {
  await gh.close()
})

const ISSUES = '/repos/acme/erp-sync/issues'

describe('a 5xx after GitHub applied the request', () => {
  it('opening an issue is sent once: one issue, and the run fails saying so', async () => {
    gh.injectFault({ method: 'POST', path: ISSUES, status: 502, afterApplying: true, count: 3 })
    const opening = gatewayFor(gh, log).createIssue({
      title: 'Rotate',
      body: 'b',
      labels: ['netsuite-certificate'],
      assignees: []
    })
    await expect(opening).rejects.toThrow(/open issue "Rotate" failed: GitHub answered HTTP 502/)
    expect(gh.log.filter(e => e.method === 'POST' && e.path === ISSUES)).toHaveLength(1)
    expect(gh.issues()).toHaveLength(1)
  })

  it('a comment is posted once', async () => {
    const issue = gh.createIssue({ title: 'Rotate' })
    const path = `${ISSUES}/${issue.number}/comments`
    gh.injectFault({ method: 'POST', path, status: 500, afterApplying: true, count: 3 })
    await expect(gatewayFor(gh, log).comment(issue.number, 'once')).rejects.toThrow(/HTTP 500/)
    expect(gh.log.filter(e => e.path === path)).toHaveLength(1)
    expect(gh.issue(issue.number)?.comments.map(c => c.body)).toEqual(['once'])
  })

  it('a read is still retried after a 5xx', async () => {
    const issue = gh.createIssue({ title: 'Rotate' })
    gh.injectFault({ method: 'GET', path: `${ISSUES}/${issue.number}`, status: 502 })
    expect((await gatewayFor(gh, log).findIssue(issue.number))?.title).toBe('Rotate')
  })
})

// What people other than the action do on the GitHub emulator: custom repository roles in the
// collaborator permission answer, labels created in the UI with their own spelling, and issues
// opened, labelled, closed, reopened and edited by others.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startGitHubEmulator, type GitHubEmulator } from '../../sandbox/github/index.js'
import { testClient, type TestClient } from '../../sandbox/github/test-client.js'

let gh: GitHubEmulator
let bot: TestClient

beforeAll(async () => {
  gh = await startGitHubEmulator()
  bot = testClient(gh, gh.tokens.github)
})

afterAll(async () => {
  await gh.close()
})

describe('custom repository roles', () => {
  it('role_name names the custom role; permission is the legacy form of its base role', async () => {
    gh.setCustomRole('deployer-dana', 'deployer', 'write')
    gh.setCustomRole('auditor-abe', 'auditor', 'read')
    gh.setCustomRole('steward-sam', 'steward', 'maintain')
    const answer = async (login: string): Promise<unknown> => {
      const res = await bot.call('GET', `./collaborators/${login}/permission`)
      expect(res.status).toBe(200)
      const body = res.body as { permission: string; role_name: string }
      return { permission: body.permission, role_name: body.role_name }
    }
    expect(await answer('deployer-dana')).toEqual({ permission: 'write', role_name: 'deployer' })
    expect(await answer('auditor-abe')).toEqual({ permission: 'read', role_name: 'auditor' })
    expect(await answer('steward-sam')).toEqual({ permission: 'write', role_name: 'steward' })
  })

  it('setting a built-in role replaces the custom one', async () => {
    gh.setCustomRole('mover-max', 'mover', 'write')
    gh.setPermission('mover-max', 'triage')
    const res = await bot.call('GET', './collaborators/mover-max/permission')
    expect(res.body).toMatchObject({ permission: 'read', role_name: 'triage' })
  })
})

describe('labels keep the spelling they were created with', () => {
  it('an issue labelled in another case carries the existing spelling, and filtering ignores case', async () => {
    gh.createLabel('NetSuite-Certificate')
    const res = await bot.call('POST', './issues', {
      title: 'rotation',
      labels: ['netsuite-certificate']
    })
    expect(res.status).toBe(201)
    expect((res.body as { labels: { name: string }[] }).labels.map(l => l.name)).toEqual([
      'NetSuite-Certificate'
    ])
    const list = await bot.call('GET', './issues?labels=NETSUITE-CERTIFICATE')
    expect((list.body as { number: number }[]).map(i => i.number)).toContain(
      (res.body as { number: number }).number
    )
  })
})

describe('issues changed by other people', () => {
  it('an outsider opens, triage labels, someone closes, reopens and edits', () => {
    const issue = gh.createIssue({ title: 'copy', body: 'original', user: 'outsider-otto' })
    expect(issue.user.login).toBe('outsider-otto')
    expect(issue.labels).toEqual([])
    gh.labelIssue(issue.number, 'netsuite-certificate', 'triage-tom')
    expect(gh.issue(issue.number)?.labels).toEqual(['NetSuite-Certificate'])
    gh.setIssueState(issue.number, 'closed', 'triage-tom')
    expect(gh.issue(issue.number)).toMatchObject({ state: 'closed', state_reason: 'completed' })
    gh.setIssueState(issue.number, 'open', 'triage-tom')
    expect(gh.issue(issue.number)).toMatchObject({ state: 'open', state_reason: 'reopened' })
    gh.editIssue(issue.number, { body: 'changed' }, 'outsider-otto')
    expect(gh.issue(issue.number)?.body).toBe('changed')
    expect(() => gh.labelIssue(9999, 'x', 'triage-tom')).toThrow(/no issue #9999/)
  })
})

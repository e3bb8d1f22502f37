// Issues, comments, labels, collaborator permissions, workflows and the repository on the
// GitHub emulator.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startGitHubEmulator, type GitHubEmulator } from '../../sandbox/github/index.js'
import { loadOpenApi } from '../../sandbox/github/openapi.js'
import { testClient, type TestClient } from '../../sandbox/github/test-client.js'

interface IssueJson {
  number: number
  title: string
  state: string
  state_reason: string | null
  labels: { id: number; name: string; color: string }[]
  assignees: { login: string }[]
  user: { login: string; type: string }
  comments: number
  closed_at: string | null
  pull_request?: unknown
}

let gh: GitHubEmulator
let bot: TestClient

beforeAll(async () => {
  gh = await startGitHubEmulator()
  bot = testClient(gh, gh.tokens.github)
})

afterAll(async () => {
  await gh.close()
})

/** Follows rel="next" until there is none, as Octokit's paginate does. */
async function allPages(path: string): Promise<{ items: IssueJson[]; requests: number }> {
  const items: IssueJson[] = []
  let url: string | undefined = path
  let requests = 0
  while (url !== undefined) {
    const res = await bot.call('GET', url)
    expect(res.status).toBe(200)
    items.push(...(res.body as IssueJson[]))
    requests++
    const next = /<([^>]+)>; rel="next"/.exec(res.headers.get('link') ?? '')?.[1]
    url = next === undefined ? undefined : next.slice(gh.url.length)
  }
  return { items, requests }
}

describe('creating issues', () => {
  it('POST creates with 201, creates missing labels, and the bot is the author', async () => {
    const res = await bot.call('POST', './issues', {
      title: 'Upload the new NetSuite certificate',
      body: 'steps',
      labels: ['netsuite-certificate']
    })
    expect(res.status).toBe(201)
    const issue = res.body as IssueJson
    expect(issue.labels).toEqual([
      expect.objectContaining({ name: 'netsuite-certificate', color: 'ededed' })
    ])
    expect(issue.user).toMatchObject({ login: 'github-actions[bot]', type: 'Bot' })
    expect(issue.pull_request).toBeUndefined()
    expect('pull_request' in issue).toBe(false)
    expect(res.headers.get('location')).toBe(`${gh.url}/repos/acme/erp-sync/issues/${issue.number}`)
    expect(gh.issue(issue.number)).toMatchObject({
      title: 'Upload the new NetSuite certificate',
      labels: ['netsuite-certificate'],
      state: 'open'
    })
  })

  it('keeps collaborator assignees and refuses the issue (422) for anyone else', async () => {
    gh.setPermission('alice', 'write')
    const res = await bot.call('POST', './issues', { title: 'assign', assignees: ['alice'] })
    expect(res.status).toBe(201)
    expect((res.body as IssueJson).assignees.map(a => a.login)).toEqual(['alice'])
    const before = gh.issues().length
    const refused = await bot.call('POST', './issues', {
      title: 'assign',
      assignees: ['alice', 'mallory']
    })
    expect(refused.status).toBe(422)
    expect(refused.body).toMatchObject({
      message: 'Validation Failed',
      errors: [{ value: 'mallory', resource: 'Issue', field: 'assignees', code: 'invalid' }]
    })
    expect(gh.issues()).toHaveLength(before)
  })

  it('refuses an issue without a title (OpenAPI validation) and creates nothing', async () => {
    const before = gh.issues().length
    const res = await bot.call('POST', './issues', { body: 'no title' })
    expect(res.status).toBe(422)
    expect((res.body as { message: string }).message).toBe(
      'Invalid request.\n\n"title" wasn\'t supplied.'
    )
    expect(gh.issues()).toHaveLength(before)
  })
})

describe('listing issues', () => {
  let fresh: GitHubEmulator
  let client: TestClient

  beforeAll(async () => {
    fresh = await startGitHubEmulator()
    client = testClient(fresh, fresh.tokens.github)
    for (let i = 1; i <= 7; i++) fresh.createIssue({ title: `issue ${i}`, labels: ['bulk'] })
    fresh.createIssue({ title: 'a pull request', labels: ['bulk'], pullRequest: true })
    fresh.createIssue({ title: 'two labels', labels: ['bulk', 'Netsuite-Certificate'] })
    const closed = fresh.createIssue({ title: 'closed one', labels: ['netsuite-certificate'] })
    const patched = await client.call('PATCH', `./issues/${closed.number}`, { state: 'closed' })
    expect(patched.status).toBe(200)
  })

  afterAll(async () => {
    await fresh.close()
  })

  const list = async (query: string): Promise<IssueJson[]> => {
    const res = await client.call('GET', `./issues${query}`)
    expect(res.status).toBe(200)
    return res.body as IssueJson[]
  }

  it('returns open issues by default, pull requests included with a pull_request key', async () => {
    const open = await list('')
    expect(open).toHaveLength(9)
    const pr = open.find(i => i.title === 'a pull request')
    expect(pr?.pull_request).toMatchObject({ html_url: expect.stringContaining('/pull/') })
    expect(open.filter(i => i.pull_request !== undefined)).toHaveLength(1)
  })

  it('filters by state', async () => {
    expect((await list('?state=closed')).map(i => i.title)).toEqual(['closed one'])
    expect(await list('?state=all')).toHaveLength(10)
  })

  it('filters by labels, all of them, case-insensitively', async () => {
    expect((await list('?labels=netsuite-certificate')).map(i => i.title)).toEqual(['two labels'])
    expect((await list('?labels=bulk,NETSUITE-certificate')).map(i => i.title)).toEqual([
      'two labels'
    ])
    expect(await list('?labels=bulk,absent')).toEqual([])
    const all = await list('?labels=netsuite-certificate&state=all')
    expect(all.map(i => i.title).sort()).toEqual(['closed one', 'two labels'])
  })

  it('sorts newest first by default and oldest first on request', async () => {
    const desc = await list('?per_page=100')
    expect(desc[0].number).toBeGreaterThan(desc[desc.length - 1].number)
    const asc = await list('?direction=asc&per_page=100')
    expect(asc.map(i => i.number)).toEqual([...desc.map(i => i.number)].reverse())
  })

  it('paginates with Link rel="next" and rel="last"', async () => {
    const res = await client.call('GET', './issues?state=all&per_page=3')
    const link = res.headers.get('link') ?? ''
    expect(link).toContain('page=2>; rel="next"')
    expect(link).toContain('page=4>; rel="last"')
    expect(link).toContain('per_page=3')
    const middle = await client.call('GET', './issues?state=all&per_page=3&page=2')
    expect(middle.headers.get('link')).toContain('page=1>; rel="prev"')
    const lastPage = await client.call('GET', './issues?state=all&per_page=3&page=4')
    expect(lastPage.headers.get('link')).not.toContain('rel="next"')
    expect(lastPage.body as unknown[]).toHaveLength(1)
  })

  it('following rel="next" visits every issue exactly once', async () => {
    const saved = bot
    bot = client
    try {
      const { items, requests } = await allPages('./issues?state=all&per_page=4')
      expect(requests).toBe(3)
      expect(new Set(items.map(i => i.number)).size).toBe(10)
    } finally {
      bot = saved
    }
  })

  it('filters by creator', async () => {
    fresh.createIssue({ title: 'by bob', user: 'bob' })
    expect((await list('?creator=bob')).map(i => i.title)).toEqual(['by bob'])
  })

  it('caps per_page at 100 and refuses a per_page that is not a number', async () => {
    expect((await client.call('GET', './issues?per_page=abc')).status).toBe(422)
    for (let i = 0; i < 100; i++) fresh.createIssue({ title: `more ${i}` })
    const res = await client.call('GET', './issues?state=all&per_page=500')
    expect(res.body as unknown[]).toHaveLength(100)
    expect(res.headers.get('link')).toContain('rel="next"')
  })

  // Last in this block, so it covers every request above.
  it("answered with GitHub's response schemas", () => {
    expect(client.problems).toEqual([])
  })
})

describe('updating issues, comments and labels', () => {
  it('PATCH closes with state_reason and sets closed_at; reopening clears it', async () => {
    const issue = gh.createIssue({ title: 'to close' })
    const closed = await bot.call('PATCH', `./issues/${issue.number}`, {
      state: 'closed',
      state_reason: 'completed'
    })
    expect(closed.status).toBe(200)
    expect(closed.body).toMatchObject({ state: 'closed', state_reason: 'completed' })
    expect((closed.body as IssueJson).closed_at).toMatch(/Z$/)
    expect(gh.issue(issue.number)?.state).toBe('closed')
    const reopened = await bot.call('PATCH', `./issues/${issue.number}`, { state: 'open' })
    expect(reopened.body).toMatchObject({
      state: 'open',
      state_reason: 'reopened',
      closed_at: null
    })
  })

  it('PATCH replaces body, title and labels', async () => {
    const issue = gh.createIssue({ title: 't', labels: ['old'] })
    const res = await bot.call('PATCH', `./issues/${issue.number}`, {
      title: 't2',
      body: 'b2',
      labels: ['new-one']
    })
    expect(res.status).toBe(200)
    expect(gh.issue(issue.number)).toMatchObject({ title: 't2', body: 'b2', labels: ['new-one'] })
  })

  it('PATCH on a missing issue is 404', async () => {
    expect((await bot.call('PATCH', './issues/9999', { state: 'closed' })).status).toBe(404)
  })

  it('an invalid state is refused with 422 (OpenAPI enum)', async () => {
    const issue = gh.createIssue({ title: 'enum' })
    const res = await bot.call('PATCH', `./issues/${issue.number}`, { state: 'done' })
    expect(res.status).toBe(422)
    expect(gh.issue(issue.number)?.state).toBe('open')
  })

  it('POST labels adds (creating new ones) and returns all labels of the issue', async () => {
    const issue = gh.createIssue({ title: 'labels', labels: ['a'] })
    const res = await bot.call('POST', `./issues/${issue.number}/labels`, { labels: ['b', 'A'] })
    expect(res.status).toBe(200)
    expect((res.body as { name: string }[]).map(l => l.name)).toEqual(['a', 'b'])
    expect(gh.issue(issue.number)?.labels).toEqual(['a', 'b'])
  })

  it('comments: POST 201, list, GET by id, and the count on the issue', async () => {
    const issue = gh.createIssue({ title: 'discuss' })
    const human = gh.addComment(issue.number, '/certificate-id ABC', 'alice')
    const res = await bot.call('POST', `./issues/${issue.number}/comments`, { body: 'Thanks' })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ body: 'Thanks', user: { login: 'github-actions[bot]' } })
    const list = await bot.call('GET', `./issues/${issue.number}/comments`)
    expect((list.body as { body: string }[]).map(c => c.body)).toEqual([
      '/certificate-id ABC',
      'Thanks'
    ])
    const one = await bot.call('GET', `./issues/comments/${human.id}`)
    expect(one.body).toMatchObject({ id: human.id, user: { login: 'alice' } })
    expect((await bot.call('GET', './issues/comments/1')).status).toBe(404)
    expect(((await bot.call('GET', `./issues/${issue.number}`)).body as IssueJson).comments).toBe(2)
    expect(gh.issue(issue.number)?.comments.map(c => c.user.login)).toEqual([
      'alice',
      'github-actions[bot]'
    ])
  })

  it('a comment on a missing issue is 404 and an empty comment is 422', async () => {
    expect((await bot.call('POST', './issues/9999/comments', { body: 'x' })).status).toBe(404)
    const issue = gh.createIssue({ title: 'empty' })
    expect((await bot.call('POST', `./issues/${issue.number}/comments`, { body: '' })).status).toBe(
      422
    )
  })
})

describe('collaborator permission', () => {
  it.each([
    ['admin', 'admin'],
    ['maintain', 'write'],
    ['write', 'write'],
    ['triage', 'read'],
    ['read', 'read'],
    ['none', 'none']
  ] as const)('role %s reads as legacy permission %s', async (role, legacy) => {
    const login = `user-${role}`
    gh.setPermission(login, role)
    const res = await bot.call('GET', `./collaborators/${login}/permission`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ permission: legacy, role_name: role, user: { login } })
  })

  it('an author who commented but has no role is "none"', async () => {
    const issue = gh.createIssue({ title: 'outsider' })
    gh.addComment(issue.number, '/certificate-id X', 'drive-by')
    const res = await bot.call('GET', './collaborators/drive-by/permission')
    expect(res.body).toMatchObject({ permission: 'none' })
  })

  it('a login that is not a user is 404', async () => {
    const res = await bot.call('GET', './collaborators/nobody-at-all/permission')
    expect(res.status).toBe(404)
    expect(res.body).toMatchObject({ message: 'nobody-at-all is not a user' })
  })
})

describe('workflows and the repository', () => {
  it('lists, gets by id and by file name, and enables (204)', async () => {
    const list = await bot.call('GET', './actions/workflows')
    const body = list.body as { total_count: number; workflows: { id: number; path: string }[] }
    expect(body.total_count).toBe(gh.workflows.length)
    const workflow = gh.workflows[0]
    workflow.state = 'disabled_inactivity'
    const file = workflow.path.split('/').pop() ?? ''
    expect((await bot.call('GET', `./actions/workflows/${file}`)).body).toMatchObject({
      id: workflow.id,
      state: 'disabled_inactivity'
    })
    expect((await bot.call('PUT', `./actions/workflows/${workflow.id}/enable`)).status).toBe(204)
    expect(gh.workflows[0].state).toBe('active')
    expect((await bot.call('PUT', './actions/workflows/nope.yml/enable')).status).toBe(404)
  })

  it('enabling needs the actions capability', async () => {
    const token = gh.addToken('issues-only', {
      issues: true,
      secrets: false,
      variables: false,
      actions: false
    })
    gh.workflows[0].state = 'disabled_inactivity'
    const res = await testClient(gh, token).call(
      'PUT',
      `./actions/workflows/${gh.workflows[0].id}/enable`
    )
    expect(res.status).toBe(403)
    expect(gh.workflows[0].state).toBe('disabled_inactivity')
  })

  it("GET /repos/{owner}/{repo} describes the repository and the token's permissions", async () => {
    const res = await bot.call('GET', `/repos/${gh.owner}/${gh.repo}`)
    expect(res.body).toMatchObject({
      name: 'erp-sync',
      full_name: 'acme/erp-sync',
      private: true,
      default_branch: 'main',
      owner: { login: 'acme' },
      permissions: { admin: false, push: true, pull: true }
    })
    expect((await bot.call('GET', '/repos/acme/other')).status).toBe(404)
  })
})

describe('issue_comment webhook payload', () => {
  it('has the issue with label objects, the comment, repository and sender', () => {
    const issue = gh.createIssue({ title: 'rotation', labels: ['netsuite-certificate'] })
    const comment = gh.addComment(issue.number, '/certificate-id ID', 'alice')
    const event = gh.issueCommentEvent(issue.number, comment.id) as {
      action: string
      issue: IssueJson
      comment: { id: number; body: string }
      repository: { full_name: string }
      sender: { login: string }
    }
    expect(event.action).toBe('created')
    expect(event.issue.labels[0]).toMatchObject({ name: 'netsuite-certificate' })
    expect('pull_request' in event.issue).toBe(false)
    expect(event.comment).toMatchObject({ id: comment.id, body: '/certificate-id ID' })
    expect(event.repository.full_name).toBe('acme/erp-sync')
    expect(event.sender.login).toBe('alice')
    const api = loadOpenApi()
    expect(api.checkResponse('issues/get', 200, event.issue)).toEqual([])
    expect(api.checkResponse('issues/get-comment', 200, event.comment)).toEqual([])
  })

  it('marks a pull request with a pull_request key', () => {
    const pr = gh.createIssue({ title: 'pr', pullRequest: true })
    const comment = gh.addComment(pr.number, 'hi', 'alice')
    const event = gh.issueCommentEvent(pr.number, comment.id) as { issue: IssueJson }
    expect(event.issue.pull_request).toBeDefined()
  })
})

describe('responses', () => {
  it("all matched GitHub's response schemas", () => {
    expect(bot.problems).toEqual([])
  })
})

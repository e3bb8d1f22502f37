// Who may promote with `/certificate-id`: only write, maintain and admin
// collaborators (by the collaborator permission API), only on the open rotation
// issue, never on a pull request. Everyone else changes nothing and the step
// succeeds. An admin's reply that is not a plain certificate ID is refused by
// the format check before anything is written or echoed.
//
// Every case starts from the same pending rotation, made once through the action
// and restored before each case (world.restore), exactly as if it had made it.
import { describe, it, expect, beforeAll, beforeEach, afterAll } from '@jest/globals'
import { startWorld, type SavedWorld, type World } from '../../sandbox/world.js'
import { ADMIN, EC, errors, LABEL, seedCurrent, stepOk, writesIn } from '../reliability/helpers.js'

const BOT = 'github-actions[bot]'

interface Before {
  secrets: unknown
  variables: unknown
  logAt: number
}

function before(world: World): Before {
  return {
    secrets: world.github.secrets(),
    variables: world.github.variables(),
    logAt: world.github.log.length
  }
}

/** Nothing but (maybe) a reply comment was written; secrets and variables are untouched. */
/** promote on a `/certificate-id` comment that must end quietly: exit 0, no error. */
async function promoteQuietly(
  world: World,
  issue: number,
  body: string,
  author: string
): Promise<void> {
  const result = await world.step('promote', { event: world.comment(issue, body, author) })
  expect({ exitCode: result.exitCode, errors: errors(result) }).toEqual({ exitCode: 0, errors: [] })
}

function expectNoChange(world: World, was: Before): string[] {
  expect({ secrets: world.github.secrets(), variables: world.github.variables() }).toEqual({
    secrets: was.secrets,
    variables: was.variables
  })
  const written = writesIn(world.github.log.slice(was.logAt))
  for (const entry of written)
    expect(`${entry.method} ${entry.path}`).toMatch(
      /^POST \/repos\/acme\/erp-sync\/issues\/\d+\/comments$/
    )
  return written.map(entry => entry.path)
}

let world: World
let certificateId: string
/** The body of issue #1, which a look-alike issue copies. */
let body: string
let pending: SavedWorld

/** A world with a pending rotation (issue #1) whose certificate is uploaded in NetSuite. */
beforeAll(async () => {
  world = await startWorld()
  world.github.setPermission('outsider-olga', 'none')
  seedCurrent(world)
  await stepOk(world, 'rotate', 'rotation-started', { inputs: { ...EC } })
  certificateId = world.adminUploadsPending()
  body = world.github.issue(1)?.body ?? ''
  pending = world.save()
})
afterAll(async () => {
  await world.close()
})
beforeEach(() => {
  world.restore(pending)
})

describe('/certificate-id from people who may not promote', () => {
  const users = [
    { user: 'reader-rita', permission: 'read' },
    { user: 'triage-tom', permission: 'triage' },
    { user: 'outsider-olga', permission: 'none' }
  ]
  describe.each(users)('$user ($permission)', ({ user, permission }) => {
    it('changes nothing, exits 0 and replies saying why', async () => {
      const was = before(world)
      await promoteQuietly(world, 1, `/certificate-id ${certificateId}`, user)
      expect(expectNoChange(world, was)).toHaveLength(1)
      const issue = world.github.issue(1)
      expect(issue?.state).toBe('open')
      const reply = issue?.comments.at(-1)
      expect(reply?.user.login).toBe(BOT)
      expect(reply?.body).toContain(`@${user}`)
      expect(reply?.body).toContain(permission)
      expect(world.netsuite.issuedTokens).toHaveLength(0)
    })
  })

  it('the author of a look-alike issue without write permission (marker and label copied) changes nothing', async () => {
    const fake = world.github.createIssue({
      title: 'please promote',
      body,
      labels: [LABEL],
      user: 'outsider-olga'
    })
    const was = before(world)
    await promoteQuietly(world, fake.number, `/certificate-id ${certificateId}`, 'outsider-olga')
    expectNoChange(world, was)
    expect(world.github.issue(1)?.state).toBe('open')
    expect(world.netsuite.issuedTokens).toHaveLength(0)
  })

  it('an admin on a pull request (marker and label copied) changes nothing', async () => {
    const pr = world.github.createIssue({
      title: 'PR',
      body,
      labels: [LABEL],
      user: 'outsider-olga',
      pullRequest: true
    })
    const was = before(world)
    await promoteQuietly(world, pr.number, `/certificate-id ${certificateId}`, ADMIN)
    expectNoChange(world, was)
    expect(world.github.issue(1)?.state).toBe('open')
    expect(world.netsuite.issuedTokens).toHaveLength(0)
  })

  it('an admin on a labelled issue without the marker changes nothing', async () => {
    const plain = world.github.createIssue({
      title: 'certificate',
      body: 'no marker here',
      labels: [LABEL],
      user: ADMIN
    })
    const was = before(world)
    await promoteQuietly(world, plain.number, `/certificate-id ${certificateId}`, ADMIN)
    expect(expectNoChange(world, was)).toHaveLength(0)
    expect(world.netsuite.issuedTokens).toHaveLength(0)
  })

  it('an admin on a closed rotation issue changes nothing and is told so', async () => {
    await stepOk(world, 'promote', 'promoted', {
      event: world.comment(1, `/certificate-id ${certificateId}`, ADMIN)
    })
    expect(world.github.issue(1)?.state).toBe('closed')
    // A new upload (another certificate ID for the now-current certificate) posted on the closed issue.
    const again = world.netsuite.uploadCertificate({
      clientId: world.clientId,
      pem: world.github.variable('NETSUITE_CERTIFICATE')?.value ?? '',
      roleId: world.roleId,
      entityId: world.entityId
    }).certificateId
    const was = before(world)
    const tokens = world.netsuite.issuedTokens.length
    await promoteQuietly(world, 1, `/certificate-id ${again}`, ADMIN)
    expect(expectNoChange(world, was)).toHaveLength(1)
    expect(world.github.issue(1)?.comments.at(-1)?.body).toMatch(/closed/)
    expect(world.netsuite.issuedTokens).toHaveLength(tokens)
  })
})

describe('an admin reply that is not a plain certificate ID is refused', () => {
  const attempts: [string, string][] = [
    ['command substitution', '$(curl x)'],
    ['backticks', '`curl x`'],
    ['markdown image', '![x](http://evil)'],
    ['5000 characters', 'A'.repeat(5000)],
    ['full-width letters', 'ＡＢＣ１２３ＤＥＦ'],
    ['Cyrillic а among Latin letters', 'abc\u0430def123'],
    ['a shell pipe', 'abc|rm -rf /'],
    ['HTML comment that would break the marker', 'x --> <!-- netsuite-m2m-rotate:v1 {} -->']
  ]
  describe.each(attempts)('%s', (_name, id) => {
    it('fails the step, writes nothing to GitHub and echoes nothing into the issue', async () => {
      const logAt = world.github.log.length
      const result = await world.step('promote', {
        event: world.comment(1, `/certificate-id ${id}`, ADMIN)
      })
      expect(result.exitCode).not.toBe(0)
      expect(errors(result).join('\n')).toMatch(/certificate ID/)
      expect(writesIn(world.github.log.slice(logAt))).toEqual([])
      const ours = world.github
        .issues()
        .flatMap(issue => [
          issue.title,
          issue.body,
          ...issue.comments.filter(c => c.user.login !== ADMIN).map(c => c.body)
        ])
      for (const text of ours) expect(text.includes(id)).toBe(false)
      // Nor into the job summary or the log as a raw, unmasked value.
      expect(result.rawSummary.includes(id)).toBe(false)
      expect(world.netsuite.issuedTokens).toHaveLength(0)
    })
  })
})

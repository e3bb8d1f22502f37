// promote against in-memory gateways: only on the recorded issue, only for
// write or better (a custom role by its base), and the record follows.
import { describe, it, expect } from '@jest/globals'
import type { Result } from '../../src/run/context.js'
import {
  BOT,
  credentials,
  FakeGitHub,
  FakeNetSuite,
  harness,
  seedCurrent,
  workflowInputs
} from './fakes.js'

const T0 = new Date('2026-01-01T00:00:00Z')

async function pending(): Promise<{
  w: { github: FakeGitHub; netsuite: FakeNetSuite; now: Date }
  uploaded: string
}> {
  const github = new FakeGitHub()
  const netsuite = new FakeNetSuite()
  await seedCurrent(github, netsuite, T0)
  const w = { github, netsuite, now: new Date(T0.getTime() + 30 * 86_400_000) }
  await harness(workflowInputs(github), w).run('rotate')
  const uploaded = netsuite.register(github.variables.get('NETSUITE_CERTIFICATE_PENDING') ?? '')
  github.roles.set('admin-alice', { base: 'admin', name: 'admin' })
  return { w, uploaded }
}

function commentEvent(issue: number, body: string, login: string): Record<string, unknown> {
  return {
    action: 'created',
    issue: { number: issue, title: 't', body: '', state: 'open', labels: [], user: { login: BOT } },
    comment: { body, user: { login } }
  }
}

async function reply(
  w: { github: FakeGitHub; netsuite: FakeNetSuite; now: Date },
  issue: number,
  body: string,
  login: string,
  extra: Record<string, string> = {}
): Promise<Result> {
  return replying(w, issue, body, login, extra).run('promote')
}

function replying(
  w: { github: FakeGitHub; netsuite: FakeNetSuite; now: Date },
  issue: number,
  body: string,
  login: string,
  extra: Record<string, string> = {}
): ReturnType<typeof harness> {
  const event = commentEvent(issue, body, login)
  return harness(workflowInputs(w.github, extra), { ...w, event, eventName: 'issue_comment' })
}

describe('promote', () => {
  it('a reply on the recorded issue promotes and clears the open rotation', async () => {
    const { w, uploaded } = await pending()
    const result = await reply(w, 1, `/certificate-id ${uploaded}`, 'admin-alice')
    expect(result.status).toBe('promoted')
    expect(w.github.variables.get('NETSUITE_CERTIFICATE_ID')).toBe(uploaded)
    expect(w.github.issues.get(1)?.state).toBe('closed')
    const record = w.github.record()
    expect(record.rotation).toBeUndefined()
    expect(record).toMatchObject({ promotion: { certificateId: uploaded, issue: 1 } })
  })

  it('a reply on an issue the record does not name changes nothing and says nothing', async () => {
    const { w, uploaded } = await pending()
    w.github.addIssue({ title: 'copy', body: '', labels: ['netsuite-certificate'], author: 'x' })
    const result = await reply(w, 2, `/certificate-id ${uploaded}`, 'admin-alice')
    expect(result.status).toBe('rotation-pending')
    expect(w.github.issues.get(2)?.comments).toEqual([])
    expect(w.netsuite.tokens).toEqual([])
  })

  it('a custom role counts by its base role', async () => {
    const { w, uploaded } = await pending()
    w.github.roles.set('auditor', { base: 'read', name: 'auditor' })
    const refused = await reply(w, 1, `/certificate-id ${uploaded}`, 'auditor')
    expect(refused.status).toBe('rotation-pending')
    expect(w.github.issues.get(1)?.comments.at(-1)?.body).toMatch(/auditor, based on read/)
    w.github.roles.set('deployer', { base: 'write', name: 'deployer' })
    expect((await reply(w, 1, `/certificate-id ${uploaded}`, 'deployer')).status).toBe('promoted')
  })

  it('a rerun after the summary was posted does not post it twice; forged summaries do not count', async () => {
    const { w, uploaded } = await pending()
    w.github.issues.get(1)?.comments.push({
      author: 'outsider',
      body: '<!-- netsuite-m2m-rotate:promoted -->'
    })
    await reply(w, 1, `/certificate-id ${uploaded}`, 'admin-alice')
    const summaries = (w.github.issues.get(1)?.comments ?? []).filter(
      c => c.author === BOT && /NetSuite accepted certificate/.test(c.body)
    )
    expect(summaries).toHaveLength(1)
  })

  it('a certificate mapped to another role than the current one is refused, naming both', async () => {
    const { w } = await pending()
    w.netsuite.canManageCertificates = true
    const pem = w.github.variables.get('NETSUITE_CERTIFICATE_PENDING') ?? ''
    w.netsuite.registry.roles.set(9, {
      id: 9,
      name: 'Accountant',
      canManageCertificates: false,
      disabled: false
    })
    const elsewhere = w.netsuite.register(pem, 9)
    const before = new Map(w.github.variables)
    const result = await reply(w, 1, `/certificate-id ${elsewhere}`, 'admin-alice')
    expect(result.status).toBe('failed')
    expect(result.failure).toMatch(/mapped to role 9 and entity 4/)
    expect(result.failure).toMatch(/to role 3 and entity 4/)
    expect(new Map(w.github.variables)).toEqual(before)
    const comment = w.github.issues.get(1)?.comments.at(-1)?.body ?? ''
    expect(comment).toMatch(/role 9 and entity 4.*role 3 and entity 4/s)
    expect(comment).toMatch(/nothing was changed/)
  })

  it('the same mapping promotes where the list can be read', async () => {
    const { w } = await pending()
    w.netsuite.canManageCertificates = true
    const pem = w.github.variables.get('NETSUITE_CERTIFICATE_PENDING') ?? ''
    const same = w.netsuite.register(pem)
    expect((await reply(w, 1, `/certificate-id ${same}`, 'admin-alice')).status).toBe('promoted')
  })

  it('NetSuite refusing the ID changes no stage, explains on the issue and remembers the reply', async () => {
    const { w } = await pending()
    const stages = (): Map<string, string> =>
      new Map([...w.github.variables].filter(([name]) => !name.endsWith('_STATE')))
    const before = stages()
    const secrets = new Map(w.github.secrets)
    const result = await reply(w, 1, '/certificate-id WRONG', 'admin-alice')
    expect(result.status).toBe('failed')
    expect(stages()).toEqual(before)
    expect(new Map(w.github.secrets)).toEqual(secrets)
    expect(w.github.issues.get(1)?.comments.at(-1)?.body).toMatch(/invalid_client/)
    // A restart that drops this rotation names it: it may be this rotation's certificate.
    expect(w.github.record()).toMatchObject({ rotation: { repliedIds: ['WRONG'] } })
  })

  describe('the replaced key in _PREVIOUS', () => {
    /** A pending promotion whose _PREVIOUS still holds a key of an older generation. */
    async function withOlderPrevious(): Promise<
      Awaited<ReturnType<typeof pending>> & { older: string }
    > {
      const p = await pending()
      const older = (await credentials(T0)).key
      p.w.github.secrets.set('NETSUITE_PRIVATE_KEY_PREVIOUS', older)
      return { ...p, older }
    }

    it('is the replaced certificate’s key: kept beside its certificate and ID', async () => {
      const { w, uploaded } = await withOlderPrevious()
      const replaced = {
        key: w.github.secrets.get('NETSUITE_PRIVATE_KEY'),
        certificate: w.github.variables.get('NETSUITE_CERTIFICATE')
      }
      const result = await reply(w, 1, `/certificate-id ${uploaded}`, 'admin-alice')
      expect(result.status).toBe('promoted')
      expect(w.github.secrets.get('NETSUITE_PRIVATE_KEY_PREVIOUS')).toBe(replaced.key)
      expect(w.github.variables.get('NETSUITE_CERTIFICATE_PREVIOUS')).toBe(replaced.certificate)
    })

    it('a private-key that is not the replaced certificate’s is not kept, and the older key there is removed', async () => {
      const { w, uploaded } = await withOlderPrevious()
      const stranger = (await credentials(T0)).key
      const run = replying(w, 1, `/certificate-id ${uploaded}`, 'admin-alice', {
        'private-key': stranger,
        certificate: ''
      })
      const result = await run.run('promote')
      expect(result.status).toBe('promoted')
      expect(w.github.secrets.has('NETSUITE_PRIVATE_KEY_PREVIOUS')).toBe(false)
      expect(
        run.log
          .filter(l => l.level === 'warning')
          .map(l => l.message)
          .join('\n')
      ).toMatch(
        /private-key does not belong to the replaced certificate .* rollback will not be possible/
      )
    })

    it('without private-key, the older key there is removed, never left beside the replaced certificate', async () => {
      const { w, uploaded } = await withOlderPrevious()
      const run = replying(w, 1, `/certificate-id ${uploaded}`, 'admin-alice', {
        'private-key': ''
      })
      expect((await run.run('promote')).status).toBe('promoted')
      expect(w.github.secrets.has('NETSUITE_PRIVATE_KEY_PREVIOUS')).toBe(false)
      expect(w.github.variables.get('NETSUITE_CERTIFICATE_PREVIOUS')).toBeDefined()
      expect(run.log.map(l => l.message).join('\n')).toMatch(/private-key was not given/)
    })
  })

  it('a pending key and certificate from different rotations stop it before anything is written', async () => {
    const { w, uploaded } = await pending()
    const other = await credentials(w.now)
    const inputs = workflowInputs(w.github, {
      'pending-private-key': other.key,
      'new-certificate-id': uploaded
    })
    const writes = w.github.writes.length
    await expect(harness(inputs, w).run('promote')).rejects.toThrow(
      'pending-private-key does not belong to pending-certificate: pass secrets.NETSUITE_PRIVATE_KEY_PENDING and vars.NETSUITE_CERTIFICATE_PENDING from the same rotation'
    )
    expect(w.github.writes.length).toBe(writes)
  })
})

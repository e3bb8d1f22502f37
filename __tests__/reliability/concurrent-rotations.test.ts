// Two rotations at the same time (no concurrency group): the rotation record
// names one of the two issues. The next check or rotate must leave that issue
// open and announcing the certificate whose key is the pending secret (or start
// afresh when the two runs left a mismatched pair), so that the admin's upload
// can still be promoted. The other issue is not the record's: it is left alone.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { X509Certificate } from 'node:crypto'
import { startWorld, type World } from '../../sandbox/world.js'
import {
  ADMIN,
  currentWorks,
  EC,
  errors,
  keyId,
  LABEL,
  openRotationIssues,
  seedCurrent,
  stepOk
} from './helpers.js'

const ROUNDS: { followUp: 'check' | 'rotate'; round: number }[] = [
  { followUp: 'check', round: 1 },
  { followUp: 'check', round: 2 },
  { followUp: 'rotate', round: 1 },
  { followUp: 'rotate', round: 2 }
]

function recordedIssue(world: World): number | undefined {
  const raw = world.github.variable('NETSUITE_CERTIFICATE_ID_STATE')?.value
  return raw ? (JSON.parse(raw) as { rotation?: { issue?: number } }).rotation?.issue : undefined
}

describe.each(ROUNDS)('two concurrent rotates, then $followUp (round $round)', ({ followUp }) => {
  let world: World
  beforeAll(async () => {
    world = await startWorld()
  })
  afterAll(async () => {
    await world.close()
  })

  it('keeps one issue, matching the pending secret and variable, and the promotion works', async () => {
    seedCurrent(world)
    const runs = await Promise.all([
      world.step('rotate', { inputs: { ...EC } }),
      world.step('rotate', { inputs: { ...EC } })
    ])
    for (const run of runs)
      expect({ exitCode: run.exitCode, errors: errors(run) }).toEqual({ exitCode: 0, errors: [] })

    // Two outcomes are legitimate, depending on how the two runs interleaved: the stored
    // pending pair belongs together (that rotation stays pending on the recorded issue),
    // or the key of one run sits next to the certificate of the other (the recorded issue
    // is closed and a fresh rotation starts).
    const followed = await world.step(followUp, { inputs: { ...EC } })
    expect({ exitCode: followed.exitCode, errors: errors(followed) }).toEqual({
      exitCode: 0,
      errors: []
    })
    expect(['rotation-pending', 'rotation-started']).toContain(followed.outputs.status)
    const recorded = recordedIssue(world)
    expect(String(recorded)).toBe(followed.outputs['issue-number'])
    const open = openRotationIssues(world)
    expect(open).toContain(recorded)
    // Issues the action opened but the record does not name are never touched again.
    const closed = world.github
      .issues()
      .filter(issue => issue.labels.includes(LABEL) && issue.state === 'closed')
    for (const issue of closed)
      expect(issue.comments.at(-1)?.body).toMatch(/a fresh rotation replaces it/)

    const pendingKey = world.github.secret('NETSUITE_PRIVATE_KEY_PENDING')?.value ?? ''
    const pendingCertificate = world.github.variable('NETSUITE_CERTIFICATE_PENDING')?.value ?? ''
    const kept = world.github.issue(recorded ?? 0)
    // The recorded issue announces the pending certificate, and the pair an admin will upload and
    // the key that will sign belong together.
    expect({
      issueAnnouncesPendingCertificate: (kept?.body ?? '').includes(
        new X509Certificate(pendingCertificate).fingerprint256
      ),
      pendingKeyMatchesPendingCertificate: keyId(pendingCertificate) === keyId(pendingKey)
    }).toEqual({
      issueAnnouncesPendingCertificate: true,
      pendingKeyMatchesPendingCertificate: true
    })

    const certificateId = world.adminUploadsPending()
    const event = world.comment(recorded ?? 0, `/certificate-id ${certificateId}`, ADMIN)
    await stepOk(world, 'promote', 'promoted', { event })
    // The promoted pair works: an integration logs in with what is now stored.
    expect(await currentWorks(world)).toEqual({ ok: true })
  })
})

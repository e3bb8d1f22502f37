// Two rotations at the same time (no concurrency group): the next check or
// rotate must leave one open issue, closing the other with a comment, and the
// kept issue must announce the certificate whose key is the pending secret, so
// that the admin's upload can still be promoted.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { X509Certificate } from 'node:crypto'
import { startWorld, type World } from '../../sandbox/world.js'
import {
  ADMIN,
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

function marker(body: string): { fingerprint?: string } {
  const json = /<!-- netsuite-m2m-rotate:v1 (\{.*?\}) -->/.exec(body)?.[1]
  return json ? (JSON.parse(json) as { fingerprint?: string }) : {}
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
    // pending pair matches one issue (that rotation stays pending, the other issue is
    // closed as a duplicate), or the key of one run sits next to the certificate of the
    // other (both issues are closed and a fresh rotation starts).
    const followed = await world.step(followUp, { inputs: { ...EC } })
    expect({ exitCode: followed.exitCode, errors: errors(followed) }).toEqual({
      exitCode: 0,
      errors: []
    })
    expect([followUp === 'rotate' ? 'rotation-pending' : 'ok', 'rotation-started']).toContain(
      followed.outputs.status
    )
    const open = openRotationIssues(world)
    expect(open).toHaveLength(1)
    const closed = world.github
      .issues()
      .filter(issue => issue.labels.includes(LABEL) && issue.state === 'closed')
    for (const issue of closed)
      expect(issue.comments.at(-1)?.body).toMatch(
        new RegExp(`duplicate of #${open[0]}|a fresh rotation replaces it`)
      )

    const pendingKey = world.github.secret('NETSUITE_PRIVATE_KEY_PENDING')?.value ?? ''
    const pendingCertificate = world.github.variable('NETSUITE_CERTIFICATE_PENDING')?.value ?? ''
    const kept = world.github.issue(open[0])
    // The kept issue announces the pending certificate, and the pair an admin will upload and the
    // key that will sign belong together.
    expect({
      issueAnnouncesPendingCertificate:
        marker(kept?.body ?? '').fingerprint ===
        new X509Certificate(pendingCertificate).fingerprint256,
      pendingKeyMatchesPendingCertificate: keyId(pendingCertificate) === keyId(pendingKey)
    }).toEqual({
      issueAnnouncesPendingCertificate: true,
      pendingKeyMatchesPendingCertificate: true
    })

    const certificateId = world.adminUploadsPending()
    const event = world.comment(open[0], `/certificate-id ${certificateId}`, ADMIN)
    await stepOk(world, 'promote', 'promoted', { event })
    await stepOk(world, 'verify', 'verified')
  })
})

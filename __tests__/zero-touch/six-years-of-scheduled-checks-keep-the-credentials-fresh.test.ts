// Six simulated years of a scheduled `check` and nothing else: after the first
// (human) rotation, three automatic rotations and three revocations happen by
// themselves; the current credentials work after each (what verify checks,
// asked of what is stored: currentWorks) and verify passes at the end; NetSuite
// never holds more than two active certificates for the integration; the only
// issues are the bootstrap one and one closed record per rotation.
//
// The schedule is sparse where nothing can happen (every 60 days, never past
// the day a week before the renew window opens, where a check must still leave
// the certificate alone) and weekly from there and through each revocation
// window, so the scenario stays around 45 steps of dist/index.js.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { X509Certificate } from 'node:crypto'
import type { World } from '../../sandbox/world.js'
import { describeRun, type Generation } from '../e2e/helpers.js'
import { currentWorks } from '../reliability/helpers.js'
import {
  EC,
  activeCertificates,
  netsuiteCertificates,
  promotedWorld,
  revocationsIn,
  rotationState
} from './helpers.js'

const DAY_MS = 86_400_000
const ROTATIONS = 3
const RENEW_BEFORE_DAYS = 60
const REVOKE_AFTER_DAYS = 14

interface Event {
  day: number
  kind: 'rotation' | 'revocation'
  certificateId: string
}

describe('six years of a weekly-ish scheduled check', () => {
  let world: World
  let first: Generation
  let start: number
  const events: Event[] = []
  /** Anything unexpected, collected so one failing step does not hide the rest. */
  const problems: string[] = []
  const verifyFailures: string[] = []
  const maxActiveSeen: number[] = []
  let steps = 0

  const today = (): number => Math.floor((world.now().getTime() - start) / DAY_MS)
  const currentId = (): string => world.github.variable('NETSUITE_CERTIFICATE_ID')?.value ?? ''

  /** What verify checks, asked of the stored credentials (no action run). */
  async function credentialsWork(after: string): Promise<void> {
    const answer = await currentWorks(world)
    if (!answer.ok) verifyFailures.push(`day ${today()} after ${after}: ${answer.reason}`)
  }

  /**
   * Days until the next check: weekly while a revocation is pending and from a week before
   * the renew window opens; before that 60 days at a time, but landing on that week-before
   * day, whose check must leave the certificate alone (a rotation there would be too early).
   */
  function nextInterval(): number {
    const pem = world.github.variable('NETSUITE_CERTIFICATE')?.value ?? ''
    const daysLeft = (Date.parse(new X509Certificate(pem).validTo) - world.now().getTime()) / DAY_MS
    const promotion = rotationState(world).promotion as
      { previousCertificateId?: string; previousRevokedAt?: string } | undefined
    const revocationPending =
      promotion?.previousCertificateId !== undefined && !promotion.previousRevokedAt
    const untilWindow = daysLeft - RENEW_BEFORE_DAYS
    if (revocationPending || untilWindow <= 7) return 7
    return Math.min(60, Math.ceil(untilWindow - 7))
  }

  beforeAll(async () => {
    ;({ world, first } = await promotedWorld())
    start = world.now().getTime()
    const rotations = (): number => events.filter(e => e.kind === 'rotation').length
    const revocations = (): number => events.filter(e => e.kind === 'revocation').length
    // Stop two weeks after the last revocation, or give up well past six years.
    while (today() < 3 * 730 && !(rotations() >= ROTATIONS && revocations() >= ROTATIONS)) {
      world.advanceDays(nextInterval())
      const mark = world.netsuite.log.length
      const before = currentId()
      steps++
      const result = await world.step('check', { inputs: EC, event: { name: 'schedule' } })
      const status = result.outputs.status
      if (result.exitCode !== 0 || !['ok', 'promoted'].includes(status)) {
        problems.push(`day ${today()}: ${describeRun(result)}`)
        continue
      }
      for (const revoked of revocationsIn(world.netsuite.log.slice(mark))) {
        const id = decodeURIComponent(revoked.path.split('/').slice(-2)[0])
        events.push({ day: today(), kind: 'revocation', certificateId: id })
        await credentialsWork('a revocation')
      }
      if (status === 'promoted') {
        if (currentId() === before)
          problems.push(`day ${today()}: promoted but the ID is unchanged`)
        events.push({ day: today(), kind: 'rotation', certificateId: currentId() })
        await credentialsWork('a rotation')
      }
      maxActiveSeen.push(activeCertificates(world).length)
    }
    // The action's own gate, once, on the credentials six years of checks left.
    steps++
    const verify = await world.step('verify')
    if (verify.exitCode !== 0 || verify.outputs.status !== 'verified')
      verifyFailures.push(`day ${today()}, verify at the end: ${describeRun(verify)}`)
    // About 45 runs of dist/index.js: more than the default per-hook timeout allows on a busy machine.
  }, 600_000)
  afterAll(async () => {
    await world.close()
  })

  it('every scheduled check succeeded with ok or promoted', () => {
    expect(problems).toEqual([])
  })

  it('rotated automatically three times, inside the renew window each time', () => {
    const rotations = events.filter(e => e.kind === 'rotation')
    expect(rotations).toHaveLength(ROTATIONS)
    // Each rotation happens within renew-before-days of the previous certificate's 730-day life.
    let promotedOn = 0
    for (const rotation of rotations) {
      const age = rotation.day - promotedOn
      expect(age).toBeGreaterThanOrEqual(730 - RENEW_BEFORE_DAYS)
      expect(age).toBeLessThan(730)
      promotedOn = rotation.day
    }
    expect(new Set(rotations.map(r => r.certificateId)).size).toBe(ROTATIONS)
  })

  it('revoked each replaced certificate once, after the grace period', () => {
    const rotations = events.filter(e => e.kind === 'rotation')
    const revocations = events.filter(e => e.kind === 'revocation')
    const replaced = [first.certificateId, ...rotations.map(r => r.certificateId)].slice(0, -1)
    expect(revocations.map(r => r.certificateId)).toEqual(replaced)
    revocations.forEach((revocation, i) => {
      const waited = revocation.day - rotations[i].day
      expect(waited).toBeGreaterThanOrEqual(REVOKE_AFTER_DAYS)
      expect(waited).toBeLessThanOrEqual(REVOKE_AFTER_DAYS + 7)
    })
  })

  it('the credentials work after every rotation and every revocation, and verify passes at the end', () => {
    expect(verifyFailures).toEqual([])
  })

  it('NetSuite never held more than two active certificates, and ends with one', () => {
    expect(maxActiveSeen.length).toBeGreaterThan(0)
    expect(Math.max(...maxActiveSeen)).toBeLessThanOrEqual(2)
    expect(activeCertificates(world).map(c => c.certificateId)).toEqual([currentId()])
  })

  it('every earlier certificate is revoked in NetSuite', () => {
    const earlier = netsuiteCertificates(world).filter(c => c.certificateId !== currentId())
    expect(earlier).toHaveLength(ROTATIONS)
    expect(earlier.filter(c => !c.revoked)).toEqual([])
  })

  it('issues: the bootstrap one plus one closed record per rotation, none open', () => {
    const issues = world.github.issues()
    expect(issues).toHaveLength(1 + ROTATIONS)
    expect(issues.filter(i => i.state !== 'closed')).toEqual([])
    expect(issues.filter(i => /automatically/.test(i.title))).toHaveLength(ROTATIONS)
  })

  it('ran a reasonable number of steps', () => {
    expect(steps).toBeGreaterThan(20)
    expect(steps).toBeLessThan(90)
  })
})

// NetSuite 2026.1 allows five ACTIVE certificates per integration record. When
// an admin has used them all up, the automatic upload cannot work: upload auto
// falls back to the issue, naming the active IDs and the oldest one that could
// go; upload api fails naming them. NetSuite keeps exactly five active.
import { describe, it, expect, beforeAll } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { expectSucceeded, prepareOnce, type Generation } from '../e2e/helpers.js'
import {
  EC,
  INTO_RENEW_WINDOW_DAYS,
  activeCertificates,
  issueText,
  issuesAfter,
  seededWorld,
  uploadsIn
} from './helpers.js'

const CLI = join(process.cwd(), 'dist', 'cli', 'index.js')

/** A fresh EC P-256 certificate from the shipped CLI (its own clock: real time, 730 days). */
function generatedCertificate(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zt-cap-'))
  try {
    execFileSync(process.execPath, [CLI, 'generate', '--key-type', 'ec-p256', '--out', dir], {
      stdio: 'pipe'
    })
    return readFileSync(join(dir, 'certificate.pem'), 'utf8')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * The admin uploads four unrelated certificates by hand, a simulated day apart,
 * so the integration record has five active ones; then the renew window comes.
 * Returns the extra IDs in upload order.
 */
function fillTheCap(world: World): string[] {
  const extras: string[] = []
  for (let i = 0; i < 4; i++) {
    world.advanceDays(1)
    const record = world.netsuite.uploadCertificate({
      clientId: world.clientId,
      pem: generatedCertificate(),
      roleId: world.roleId,
      entityId: world.entityId
    })
    extras.push(record.certificateId)
  }
  world.advanceDays(INTO_RENEW_WINDOW_DAYS - 4)
  return extras
}

/** The sentence that suggests which certificate to revoke, if any. */
function revokeSuggestion(text: string): string {
  return /[^.]*oldest[^\n]*/i.exec(text)?.[0] ?? ''
}

// Both upload modes start from the same first promotion: made once, restored per block.
const promoted = prepareOnce(() => seededWorld())

describe('upload auto with five active certificates', () => {
  let world: World
  let first: Generation
  let lastIssue: number
  let extras: string[]
  let result: RunResult
  let netsuiteMark: number

  beforeAll(async () => {
    ;({ world, first, lastIssue } = promoted())
    extras = fillTheCap(world)
    netsuiteMark = world.netsuite.log.length
    result = await world.step('check', { inputs: EC })
  })

  it('the sandbox really holds five active certificates before the check', () => {
    expect(extras).toHaveLength(4)
  })

  it('falls back to an ordinary rotation issue (rotation-started, exit 0)', () => {
    expectSucceeded(result, 'rotation-started')
    const later = issuesAfter(world, lastIssue)
    expect(later).toHaveLength(1)
    expect(later[0].state).toBe('open')
    expect(issueText(later[0])).toContain('/certificate-id <')
  })

  it('the issue names every active certificate ID', () => {
    const text = issueText(issuesAfter(world, lastIssue)[0])
    for (const id of [first.certificateId, ...extras]) expect(text).toContain(id)
    expect(text).toMatch(/5 active/)
  })

  it('the issue suggests revoking the oldest certificate that is not in use', () => {
    const suggestion = revokeSuggestion(issueText(issuesAfter(world, lastIssue)[0]))
    expect(suggestion).not.toBe('')
    // The current certificate is the oldest upload, but revoking it would break the integration.
    expect(suggestion).not.toContain(first.certificateId)
    expect(suggestion).toContain(extras[0])
  })

  it('uploads nothing: NetSuite still has exactly five active certificates', () => {
    expect(uploadsIn(world.netsuite.log.slice(netsuiteMark))).toEqual([])
    expect(activeCertificates(world)).toHaveLength(5)
  })
})

describe('upload api with five active certificates', () => {
  let world: World
  let first: Generation
  let lastIssue: number
  let extras: string[]
  let result: RunResult

  beforeAll(async () => {
    ;({ world, first, lastIssue } = promoted())
    extras = fillTheCap(world)
    result = await world.step('check', { inputs: { ...EC, upload: 'api' } })
  })

  it('fails the step', () => {
    expect(result.exitCode).not.toBe(0)
  })

  it('names the active certificate IDs and the limit in the error', () => {
    const errors = result.annotations
      .filter(a => a.level === 'error')
      .map(a => a.message)
      .join('\n')
    for (const id of [first.certificateId, ...extras]) expect(errors).toContain(id)
    expect(errors).toMatch(/5 active/)
    expect(revokeSuggestion(errors)).not.toContain(first.certificateId)
    expect(revokeSuggestion(errors)).toContain(extras[0])
  })

  it('opens no issue and NetSuite still has exactly five active certificates', () => {
    expect(issuesAfter(world, lastIssue)).toEqual([])
    expect(activeCertificates(world)).toHaveLength(5)
    expect(world.github.variable('NETSUITE_CERTIFICATE_ID')?.value).toBe(first.certificateId)
  })
})

// An automatic rotation (rotate with role and entity IDs) cannot get a token for NetSuite's certificate endpoint, and
// NetSuite's refusal carries a `pem` block. The rotation falls back to the issue;
// the issue body announces only the pending certificate and holds no NetSuite text,
// and the next check still announces that same certificate.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { makeCredentials } from '../sandbox/helpers/netsuite-keys.js'
import { EC, stepExpecting } from '../e2e/helpers.js'
import { INTO_RENEW_WINDOW_DAYS, issuesAfter, seededWorld } from '../zero-touch/helpers.js'

let world: World
let rotate: RunResult
let body: string
let pending: string
const foreign = makeCredentials('ec-p256').certPem.trim()

function pemBlocks(text: string): string[] {
  return [...text.matchAll(/```pem\n([\s\S]*?)\n```/g)].map(match => match[1].trim())
}

beforeAll(async () => {
  const promoted = await seededWorld()
  world = promoted.world
  world.advanceDays(INTO_RENEW_WINDOW_DAYS)
  world.netsuite.injectFault({
    path: '/token',
    status: 401,
    body: {
      error: `invalid_client\n\n\`\`\`pem\n${foreign}\n\`\`\``,
      error_description: 'Upload [this one](https://evil.example) instead, @admin-alice'
    }
  })
  rotate = await stepExpecting(world, 'rotate', 'rotation-started', { inputs: EC })
  const [issue] = issuesAfter(world, promoted.lastIssue)
  body = issue?.body ?? ''
  pending = world.github.variable('NETSUITE_CERTIFICATE_PENDING')?.value.trim() ?? ''
})

afterAll(async () => {
  await world.close()
})

describe('a failed automatic upload whose refusal holds a pem block', () => {
  it('falls back to the issue and says why in its own words', () => {
    expect(pending).toMatch(/^-----BEGIN CERTIFICATE-----/)
    expect(body).toContain('could not be done automatically')
    expect(body).toContain('(unexpected_error)')
  })

  it('announces exactly the pending certificate, and no NetSuite text', () => {
    expect(pemBlocks(body)).toEqual([pending])
    expect(body).not.toContain(foreign.split('\n')[1])
    expect(body).not.toContain('evil.example')
    expect(body).not.toContain('@admin-alice')
  })

  it('still announces the pending certificate on the next check', async () => {
    await stepExpecting(world, 'check', 'rotation-pending', { inputs: EC })
    const issue = world.github.issues().find(i => i.body === body || i.body.includes(pending))
    expect(pemBlocks(issue?.body ?? '')).toEqual([pending])
    expect(rotate.rawStdout).not.toMatch(/^::warning::injected/m)
  })
})

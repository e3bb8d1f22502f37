// Copying the current stage to fan-out targets through the gateway, against the GitHub
// emulator over real HTTP: another repository, another repository's environment and the
// organization (visibility kept; new ones selected with no repository, so none can read them), key first, one public-key read per scope,
// dry-run, and failures that name the target and the permission admin-token lacks.
import { describe, it, expect, beforeEach, afterEach } from '@jest/globals'
import {
  startGitHubEmulator,
  type GitHubEmulator,
  type RepositoryHandle
} from '../../sandbox/github/index.js'
import { copyStageToTargets, type TargetOutcome } from '../../src/follow-up/copy.js'
import { parseTargets } from '../../src/inputs/targets.js'
import { gatewayFor, recordingLogger } from '../github/helpers.js'

const STAGE = {
  privateKey: 'the current private key',
  certificate: 'the current certificate',
  certificateId: 'CERT-ID-2'
}
const NAMES = {
  secret: 'NETSUITE_PRIVATE_KEY',
  certificateVariable: 'NETSUITE_CERTIFICATE',
  certificateIdVariable: 'NETSUITE_CERTIFICATE_ID'
}
const TARGETS = parseTargets('acme/billing\nacme/etl@prod/eu\norg:acme')

let gh: GitHubEmulator
let billing: RepositoryHandle
let etl: RepositoryHandle

beforeEach(async () => {
  gh = await startGitHubEmulator()
  billing = gh.addRepository('acme/billing')
  etl = gh.addRepository('acme/etl', { environments: ['prod/eu'] })
})

afterEach(async () => {
  await gh.close()
})

async function copy(
  options: Parameters<typeof gatewayFor>[2] = {},
  targets = TARGETS
): Promise<{ outcomes: TargetOutcome[]; warnings: string[] }> {
  const log = recordingLogger()
  const gateway = gatewayFor(gh, log, options)
  const outcomes = await copyStageToTargets(gateway.scopeWriter(), targets, STAGE, NAMES)
  return { outcomes, warnings: log.warnings() }
}

const stageAt = (read: {
  secret: (n: string) => { value: string } | undefined
  variable: (n: string) => { value: string } | undefined
}): (string | undefined)[] => [
  read.secret(NAMES.secret)?.value,
  read.variable(NAMES.certificateVariable)?.value,
  read.variable(NAMES.certificateIdVariable)?.value
]

describe('a promotion reaching every target', () => {
  it('lands the stage in the repository, the environment and the organization', async () => {
    const { outcomes } = await copy()
    expect(outcomes.map(o => [o.target, o.error])).toEqual([
      ['acme/billing', undefined],
      ['acme/etl@prod/eu', undefined],
      ['org:acme', undefined]
    ])
    const expected = [STAGE.privateKey, STAGE.certificate, STAGE.certificateId]
    expect(stageAt(billing)).toEqual(expected)
    expect(
      stageAt({ secret: n => etl.secret(n, 'prod/eu'), variable: n => etl.variable(n, 'prod/eu') })
    ).toEqual(expected)
    expect(stageAt(gh.org)).toEqual(expected)
    // Nothing went to the source repository or to the environment's repository itself.
    expect(gh.secrets()).toEqual([])
    expect(etl.secrets()).toEqual([])
  })

  it('writes the key first at every target', async () => {
    await copy()
    const writes = gh.log.filter(e => e.method !== 'GET').map(e => e.path)
    for (const prefix of [
      '/repos/acme/billing/actions/',
      '/repos/acme/etl/environments/prod%2Feu/',
      '/orgs/acme/actions/'
    ]) {
      const mine = writes.filter(p => p.startsWith(prefix))
      expect(mine[0]).toBe(`${prefix}secrets/NETSUITE_PRIVATE_KEY`)
      expect(mine.length).toBeGreaterThanOrEqual(3)
    }
  })

  it('new organization secrets and variables are selected with no repository: none can read them', async () => {
    gh.addRepository('acme/website', { visibility: 'public' })
    await copy()
    for (const [kind, name] of [
      ['secret', NAMES.secret],
      ['variable', NAMES.certificateVariable],
      ['variable', NAMES.certificateIdVariable]
    ] as const) {
      const entry = kind === 'secret' ? gh.org.secret(name) : gh.org.variable(name)
      expect(entry).toMatchObject({ visibility: 'selected', selectedRepositoryIds: [] })
      // What the visibility means: no repository of the organization, private or public.
      expect(gh.org.readers(kind, name)).toEqual([])
    }
  })

  it('says once how an admin chooses the repositories of new organization entries', async () => {
    const log = recordingLogger()
    const writer = gatewayFor(gh, log).scopeWriter()
    await copyStageToTargets(writer, parseTargets('org:acme'), STAGE, NAMES)
    await copyStageToTargets(writer, parseTargets('org:acme'), STAGE, NAMES)
    const told = log.warnings().filter(w => /no repository can read/.test(w))
    expect(told).toHaveLength(1)
    expect(told[0]).toMatch(/org:acme/)
    expect(told[0]).toMatch(/NETSUITE_PRIVATE_KEY/)
    expect(told[0]).toMatch(/gh secret set NETSUITE_PRIVATE_KEY --org acme --repos/)
    expect(told[0]).toMatch(/\/orgs\/acme\/actions\/secrets\/NETSUITE_PRIVATE_KEY\/repositories\//)
    expect(told[0]).toMatch(/Settings > Secrets and variables > Actions/)
    expect(told[0]).not.toContain(STAGE.privateKey)
  })

  it('an existing private secret keeps its visibility, with a warning naming who can read it', async () => {
    gh.addRepository('acme/website', { visibility: 'public' })
    gh.org.setSecret(NAMES.secret, 'old key', { visibility: 'private' })
    const { warnings } = await copy({}, parseTargets('org:acme'))
    expect(gh.org.secret(NAMES.secret)).toMatchObject({
      value: STAGE.privateKey,
      visibility: 'private'
    })
    // Every private repository of the organization reads it; the public one does not.
    expect(gh.org.readers('secret', NAMES.secret)).toEqual([
      'acme/billing',
      'acme/erp-sync',
      'acme/etl'
    ])
    const wide = warnings.filter(w => /visibility "private"/.test(w))
    expect(wide).toHaveLength(1)
    expect(wide[0]).toMatch(/every private and internal repository of acme/)
    expect(wide[0]).toMatch(/NETSUITE_PRIVATE_KEY/)
  })

  it('an existing secret visible to all repositories keeps it, with a warning that says so', async () => {
    gh.addRepository('acme/website', { visibility: 'public' })
    gh.org.setSecret(NAMES.secret, 'old key', { visibility: 'all' })
    const { warnings } = await copy({}, parseTargets('org:acme'))
    expect(gh.org.secret(NAMES.secret)?.visibility).toBe('all')
    expect(gh.org.readers('secret', NAMES.secret)).toContain('acme/website')
    expect(warnings.some(w => /every repository of acme, public ones included/.test(w))).toBe(true)
  })

  it('a selected secret is never narrowed to what a limited token can list', async () => {
    gh.org.setSecret(NAMES.secret, 'old key', {
      visibility: 'selected',
      repositories: ['acme/billing', 'acme/etl']
    })
    const limited = gh.addToken('billing-only-org', {
      issues: false,
      actions: false,
      secrets: true,
      variables: true,
      orgSecrets: true,
      orgVariables: true,
      repositories: ['acme/billing']
    })
    const { outcomes } = await copy({ adminToken: limited }, parseTargets('org:acme'))
    expect(outcomes[0].error).toMatch(/selected for 2 repositories/)
    expect(outcomes[0].error).toMatch(/admin-token can see only 1/)
    expect(outcomes[0].error).not.toMatch(/rerun repairs/i)
    expect(outcomes[0].writes).toEqual([])
    expect(gh.org.secret(NAMES.secret)).toMatchObject({ value: 'old key', visibility: 'selected' })
    expect(gh.org.readers('secret', NAMES.secret)).toEqual(['acme/billing', 'acme/etl'])
  })

  it('existing repository variables are updated in place, with no POST', async () => {
    billing.setVariable(NAMES.certificateVariable, 'old')
    billing.setVariable(NAMES.certificateIdVariable, 'OLD')
    await copy({}, parseTargets('acme/billing'))
    expect(stageAt(billing)).toEqual([STAGE.privateKey, STAGE.certificate, STAGE.certificateId])
    expect(gh.log.filter(e => e.method === 'POST')).toEqual([])
  })

  it('reads each scope’s public key once per run, however many writes and copies', async () => {
    const log = recordingLogger()
    const writer = gatewayFor(gh, log).scopeWriter()
    await copyStageToTargets(writer, TARGETS, STAGE, NAMES)
    await copyStageToTargets(writer, TARGETS, { ...STAGE, certificateId: 'CERT-ID-3' }, NAMES)
    const keyReads = gh.log.filter(e => e.path.endsWith('/secrets/public-key')).map(e => e.path)
    expect(keyReads.sort()).toEqual([
      '/orgs/acme/actions/secrets/public-key',
      '/repos/acme/billing/actions/secrets/public-key',
      '/repos/acme/etl/environments/prod%2Feu/secrets/public-key'
    ])
    expect(billing.variable(NAMES.certificateIdVariable)?.value).toBe('CERT-ID-3')
  })
})

describe('dry-run', () => {
  it('lists the writes per target and sends none', async () => {
    const { outcomes } = await copy({ dryRun: true })
    expect(outcomes).toEqual([
      {
        target: 'acme/billing',
        writes: [
          'write secret NETSUITE_PRIVATE_KEY (acme/billing)',
          'write variable NETSUITE_CERTIFICATE (acme/billing)',
          'write variable NETSUITE_CERTIFICATE_ID (acme/billing)'
        ]
      },
      {
        target: 'acme/etl@prod/eu',
        writes: [
          'write secret NETSUITE_PRIVATE_KEY (acme/etl@prod/eu)',
          'write variable NETSUITE_CERTIFICATE (acme/etl@prod/eu)',
          'write variable NETSUITE_CERTIFICATE_ID (acme/etl@prod/eu)'
        ]
      },
      {
        target: 'org:acme',
        writes: [
          'write secret NETSUITE_PRIVATE_KEY (org:acme)',
          'write variable NETSUITE_CERTIFICATE (org:acme)',
          'write variable NETSUITE_CERTIFICATE_ID (org:acme)'
        ]
      }
    ])
    expect(gh.log.filter(e => e.method !== 'GET')).toEqual([])
    expect(billing.secrets()).toEqual([])
    expect(gh.org.secret(NAMES.secret)).toBeUndefined()
  })
})

describe('a target that cannot be written', () => {
  const repoOnlyToken = (): string =>
    gh.addToken('repo-only', {
      issues: false,
      actions: false,
      secrets: true,
      variables: true,
      environments: true
    })

  it('without organization permissions: names org:acme and the permission; others still written', async () => {
    const { outcomes } = await copy({ adminToken: repoOnlyToken() })
    const org = outcomes.find(o => o.target === 'org:acme')
    expect(org?.error).toMatch(/fan-out target org:acme/)
    expect(org?.error).toMatch(/organization permission Secrets \(read and write\) on acme/)
    expect(org?.error).toMatch(/organization_secrets/)
    expect(org?.writes).toEqual([])
    expect(outcomes.filter(o => o.error === undefined).map(o => o.target)).toEqual([
      'acme/billing',
      'acme/etl@prod/eu'
    ])
    expect(stageAt(billing)[2]).toBe(STAGE.certificateId)
    expect(gh.org.variable(NAMES.certificateVariable)).toBeUndefined()
  })

  it('with organization Secrets but not Variables: the key lands, the variables name their permission', async () => {
    const token = gh.addToken('org-secrets-only', {
      issues: false,
      actions: false,
      secrets: false,
      variables: false,
      orgSecrets: true
    })
    const { outcomes } = await copy({ adminToken: token }, parseTargets('org:acme'))
    expect(outcomes[0].writes).toEqual(['write secret NETSUITE_PRIVATE_KEY (org:acme)'])
    expect(outcomes[0].error).toMatch(/organization permission Variables/)
    expect(outcomes[0].error).toMatch(/organization_actions_variables/)
    expect(gh.org.secret(NAMES.secret)?.value).toBe(STAGE.privateKey)
  })

  it('a repository the token was not given: names it and the repository permissions', async () => {
    const token = gh.addToken('billing-only', {
      issues: false,
      actions: false,
      secrets: true,
      variables: true,
      repositories: ['acme/billing']
    })
    const { outcomes } = await copy(
      { adminToken: token },
      parseTargets('acme/billing\nacme/etl@prod/eu')
    )
    expect(outcomes[0].error).toBeUndefined()
    expect(outcomes[1].error).toMatch(/fan-out target acme\/etl@prod\/eu/)
    // An environment's secrets and variables are governed by the Environments permission.
    expect(outcomes[1].error).toMatch(
      /Environments \(read and write; GitHub App: `environments: write`\) on acme\/etl/
    )
    expect(outcomes[1].error).not.toMatch(/Secrets and Variables/)
  })

  it('an environment that does not exist says so', async () => {
    const { outcomes } = await copy({}, parseTargets('acme/etl@staging'))
    expect(outcomes[0].error).toMatch(/the environment "staging" of acme\/etl does not exist/)
  })

  it('a rate limit at a target is a rate limit, not a permission', async () => {
    gh.injectFault({
      path: '/repos/acme/billing/actions/secrets/public-key',
      rateLimit: 'primary',
      resetIn: 1800
    })
    const { outcomes } = await copy({}, parseTargets('acme/billing'))
    expect(outcomes[0].error).toMatch(/rate limit for admin-token is used up until/)
    expect(outcomes[0].error).not.toMatch(/lacks/)
  })
})

// The `targets` parser: the three forms, what is skipped, and every refusal naming the line.
import { describe, it, expect } from '@jest/globals'
import { InputError } from '../../src/core/errors.js'
import { parseTargets } from '../../src/inputs/targets.js'

describe('parseTargets', () => {
  it('reads the three forms, one per line, skipping blank lines and # comments', () => {
    const text = [
      '# consumers of the ERP credentials',
      'acme/suitecloud-deploy',
      '',
      '  acme/billing@prod/eu  ',
      'org:acme',
      'ORG:Other-Org\r',
      ''
    ].join('\n')
    expect(parseTargets(text)).toEqual([
      { kind: 'repository', owner: 'acme', repo: 'suitecloud-deploy' },
      { kind: 'environment', owner: 'acme', repo: 'billing', environment: 'prod/eu' },
      { kind: 'organization', org: 'acme' },
      { kind: 'organization', org: 'Other-Org' }
    ])
  })

  it('nothing, or only comments, is no target', () => {
    expect(parseTargets(undefined)).toEqual([])
    expect(parseTargets('\n# none yet\n')).toEqual([])
  })

  it.each([
    ['acme', /line 1: "acme" is not owner\/repo, owner\/repo@environment or org:ORG/],
    ['acme/erp/sync', /is not owner\/repo/],
    ['https://github.com/acme/billing', /is a URL: write the repository as owner\/repo/],
    ['-acme/billing', /names the owner "-acme", which is not a GitHub login/],
    ['acme/bill ing', /names the repository "bill ing"/],
    ['acme/..', /names the repository ".."/],
    ['acme/billing@', /names an environment that is empty/],
    [`acme/billing@${'e'.repeat(256)}`, /longer than 255/],
    ['org:', /does not name an organization/],
    ['org:acme corp', /does not name an organization/]
  ])('refuses %j', (line, message) => {
    expect(() => parseTargets(line)).toThrow(InputError)
    expect(() => parseTargets(line)).toThrow(message)
  })

  it('names the line of the refusal', () => {
    expect(() => parseTargets('acme/a\n\nnot a target')).toThrow(/^targets line 3: /)
  })

  it('refuses a control character without echoing it', () => {
    let message = ''
    try {
      parseTargets('acme/billing@prod\u0007')
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toMatch(/line 1 contains a control character/)
    expect(message).not.toContain('\u0007')
  })

  it('refuses a duplicate, compared without regard to case', () => {
    expect(() => parseTargets('acme/Billing@Prod\nACME/billing@prod')).toThrow(
      /line 2: ACME\/billing@prod is already on line 1/
    )
    // Another environment of the same repository is another target.
    expect(parseTargets('acme/billing\nacme/billing@prod')).toHaveLength(2)
  })

  it('refuses the source itself, but not another scope of the same repository', () => {
    const source = { owner: 'acme', repo: 'erp-sync' }
    expect(() => parseTargets('Acme/ERP-sync', source)).toThrow(
      /is where the credentials are stored already/
    )
    expect(parseTargets('acme/erp-sync@production', source)).toHaveLength(1)
    expect(() =>
      parseTargets('acme/erp-sync@production', { ...source, environment: 'production' })
    ).toThrow(/stored already/)
  })
})

// The run's own repository (or environment) and a fan-out target are written by one writer:
// the same scope gets the same requests whichever way it is reached (the same paths, the same
// variable upsert, the same deletes), each scope's public key is read once per run however
// many times it is written, and a refusal is explained by one function that names the
// repository, the environment and the permission admin-token lacks, a target as such.
// GitHub's owner names ([A-Za-z0-9-]) and repository names ([A-Za-z0-9._-]) are unchanged by
// URL encoding, so no real name can tell two path builders apart: the requests are compared.
import { describe, it, expect, afterEach } from '@jest/globals'
import { startGitHubEmulator, type GitHubEmulator } from '../../sandbox/github/index.js'
import type { ActionsScope } from '../../src/github/actions-scope.js'
import type { GitHubGateway } from '../../src/github/gateway.js'
import { gatewayFor, recordingLogger } from './helpers.js'

const HOME: ActionsScope = {
  kind: 'environment',
  owner: 'acme',
  repo: 'erp-sync',
  environment: 'prod/eu'
}

let emulators: GitHubEmulator[] = []

async function emulator(): Promise<GitHubEmulator> {
  const gh = await startGitHubEmulator({ environments: ['prod/eu'] })
  gh.addRepository('acme/billing')
  emulators.push(gh)
  return gh
}

afterEach(async () => {
  await Promise.all(emulators.map(gh => gh.close()))
  emulators = []
})

/** The secret and variable writes a run makes to one scope, in the order a promotion and a
 * clean-up make them: create, update, delete, and delete again what is already gone. */
interface Entries {
  putSecret(name: string, value: string): Promise<unknown>
  setVariable(name: string, value: string): Promise<unknown>
  deleteSecret(name: string): Promise<unknown>
  deleteVariable(name: string): Promise<unknown>
}

async function writeAll(entries: Entries): Promise<void> {
  await entries.putSecret('NETSUITE_PRIVATE_KEY', 'key one')
  await entries.setVariable('NETSUITE_CERTIFICATE_ID', 'ONE')
  await entries.putSecret('NETSUITE_PRIVATE_KEY', 'key two')
  await entries.setVariable('NETSUITE_CERTIFICATE_ID', 'TWO')
  await entries.deleteSecret('NETSUITE_PRIVATE_KEY')
  await entries.deleteVariable('NETSUITE_CERTIFICATE_ID')
  await entries.deleteSecret('NETSUITE_PRIVATE_KEY')
  await entries.deleteVariable('NETSUITE_CERTIFICATE_ID')
}

/** Each request as sent; the key ID (each emulator makes its own keys) shown by its presence. */
const requests = (gh: GitHubEmulator): string[] =>
  gh.log.map(e => {
    const body = JSON.stringify(e.body ?? null).replace(/"key_id":"[^"]+"/, '"key_id":"[key]"')
    return `${e.method} ${e.path}${e.query ? `?${e.query}` : ''} ${e.status} ${body}`
  })

function homeGateway(gh: GitHubEmulator, adminToken = gh.tokens.admin): GitHubGateway {
  return gatewayFor(gh, recordingLogger(), { environment: 'prod/eu', adminToken })
}

/** A run in acme/billing whose fan-out target is acme/erp-sync@prod/eu. */
function targetWriter(gh: GitHubEmulator, adminToken = gh.tokens.admin): Entries {
  const writer = gatewayFor(gh, recordingLogger(), {
    repo: 'billing',
    adminToken
  }).scopeWriter()
  return {
    putSecret: (name, value) => writer.putSecret(HOME, name, value),
    setVariable: (name, value) => writer.setVariable(HOME, name, value),
    deleteSecret: name => writer.deleteSecret(HOME, name),
    deleteVariable: name => writer.deleteVariable(HOME, name)
  }
}

describe('the home scope and a fan-out target to the same scope', () => {
  it('get the same requests, from the first public key to the last delete', async () => {
    const [home, target] = [await emulator(), await emulator()]
    await writeAll(homeGateway(home))
    await writeAll(targetWriter(target))
    expect(requests(target)).toEqual(requests(home))
    // What the requests were: one key read, a PATCH that creates by POST, one of each delete
    // that counts, and the second deletes of what is gone answered 404 and taken as done.
    const base = '/repos/acme/erp-sync/environments/prod%2Feu'
    expect(home.log.map(e => `${e.method} ${e.path} ${e.status}`)).toEqual([
      `GET ${base}/secrets/public-key 200`,
      `PUT ${base}/secrets/NETSUITE_PRIVATE_KEY 201`,
      `PATCH ${base}/variables/NETSUITE_CERTIFICATE_ID 404`,
      `POST ${base}/variables 201`,
      `PUT ${base}/secrets/NETSUITE_PRIVATE_KEY 204`,
      `PATCH ${base}/variables/NETSUITE_CERTIFICATE_ID 204`,
      `DELETE ${base}/secrets/NETSUITE_PRIVATE_KEY 204`,
      `DELETE ${base}/variables/NETSUITE_CERTIFICATE_ID 204`,
      `DELETE ${base}/secrets/NETSUITE_PRIVATE_KEY 404`,
      `DELETE ${base}/variables/NETSUITE_CERTIFICATE_ID 404`
    ])
    expect(home.repository('acme/erp-sync').secrets('prod/eu')).toEqual([])
  })

  it('read the public key of each scope once per run, however the writes reach it', async () => {
    const gh = await emulator()
    const gateway = gatewayFor(gh, recordingLogger())
    const billing: ActionsScope = { kind: 'repository', owner: 'acme', repo: 'billing' }
    await gateway.putSecret('NETSUITE_PRIVATE_KEY', 'one')
    await gateway.scopeWriter().putSecret(billing, 'NETSUITE_PRIVATE_KEY', 'one')
    // A second look at the writer is the same writer, with the keys it already read.
    await gateway.scopeWriter().putSecret(billing, 'NETSUITE_PRIVATE_KEY', 'two')
    await gateway.putSecret('NETSUITE_PRIVATE_KEY', 'two')
    const keyReads = gh.log.filter(e => e.path.endsWith('/public-key')).map(e => e.path)
    expect(keyReads).toEqual([
      '/repos/acme/erp-sync/actions/secrets/public-key',
      '/repos/acme/billing/actions/secrets/public-key'
    ])
    expect(gh.repository('acme/billing').secret('NETSUITE_PRIVATE_KEY')?.value).toBe('two')
  })
})

describe('one explanation of a refusal', () => {
  /** What the home scope and the target said when the same write to the same scope failed. */
  async function refusals(
    token: (gh: GitHubEmulator) => string
  ): Promise<{ home: string; target: string }> {
    const [a, b] = [await emulator(), await emulator()]
    const failure = (promise: Promise<unknown>): Promise<string> =>
      promise.then(
        () => 'succeeded',
        (error: unknown) => (error as Error).message
      )
    const home = await failure(homeGateway(a, token(a)).putSecret('NETSUITE_PRIVATE_KEY', 'k'))
    const target = await failure(targetWriter(b, token(b)).putSecret('NETSUITE_PRIVATE_KEY', 'k'))
    return { home, target }
  }

  /** The target's message is the home scope's, naming the target as such. */
  const asTarget = (home: string): string =>
    home
      .replace('(environment prod/eu)', '(acme/erp-sync@prod/eu)')
      .replace('failed: ', 'failed: fan-out target acme/erp-sync@prod/eu: ')

  it('without the Environments permission: the repository, the permission, what GitHub asked', async () => {
    const { home, target } = await refusals(gh =>
      gh.addToken('no-environments', {
        issues: true,
        actions: true,
        secrets: true,
        variables: true
      })
    )
    expect(home).toMatch(/^write secret NETSUITE_PRIVATE_KEY \(environment prod\/eu\) failed: /)
    expect(home).toContain('admin-token cannot write Actions secrets/variables')
    expect(home).toContain(
      'Environments (read and write; GitHub App: `environments: write`) on acme/erp-sync'
    )
    expect(home).toMatch(/GitHub says the request needs `environments=/)
    expect(home).toContain('GITHUB_TOKEN never')
    expect(target).toBe(asTarget(home))
  })

  it('a repository admin-token was not given: it names the repository and how to give it', async () => {
    const { home, target } = await refusals(gh =>
      gh.addToken('billing-only', {
        issues: true,
        actions: true,
        secrets: true,
        variables: true,
        environments: true,
        repositories: ['acme/billing']
      })
    )
    expect(home).toContain('GitHub answered 404')
    expect(home).toContain('the environment "prod/eu" of acme/erp-sync does not exist')
    expect(home).toContain('Settings > Environments')
    expect(home).toContain(
      'give admin-token access with Environments (read and write; GitHub App: `environments: write`) on acme/erp-sync'
    )
    expect(target).toBe(asTarget(home))
  })
})

// Nothing secret leaves the process: every command (and its failing paths) runs
// with step debug logging on, and every byte that reaches the log, the outputs,
// the job summary, GitHub (issues, comments, variables, request bodies and
// paths) or the NetSuite emulator is scanned for private key material, the
// client ID, access tokens, signed assertions and the tokens themselves.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { RunResult } from '../../sandbox/runner/index.js'
import type { StepOptions } from '../../sandbox/world.js'
import { COMPRESSED_TIME, startWorld, type World } from '../../sandbox/world.js'
import { ADMIN, EC, armFault, pemLines, writes } from '../reliability/helpers.js'

const TOKEN_PATH = '/services/rest/auth/oauth2/v1/token'
const JWT = /eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/

describe('no secret leaks, with step debug logging on', () => {
  let world: World
  const runs: { name: string; result: RunResult }[] = []
  const privateKeys = new Set<string>()

  /** Every private key as it appears in GitHub's secrets, captured before a later step deletes it. */
  const capture = (): void => {
    for (const secret of world.github.secrets()) privateKeys.add(secret.value)
  }
  const step = async (
    name: string,
    command: string,
    options: StepOptions = {}
  ): Promise<RunResult> => {
    capture()
    const result = await world.step(command, {
      debug: true,
      ...options,
      inputs: { ...EC, ...options.inputs }
    })
    runs.push({ name, result })
    capture()
    return result
  }
  const reply = (issue: number, id: string): StepOptions['event'] =>
    world.comment(issue, `/certificate-id ${id}`, ADMIN)

  beforeAll(async () => {
    world = await startWorld()
    // Bootstrap, first promotion, verify.
    await step('check (bootstrap)', 'check')
    await step('promote refused: wrong ID', 'promote', {
      event: reply(1, 'NOT_THE_RIGHT_ID_0123456789')
    })
    await step('promote', 'promote', { event: reply(1, world.adminUploadsPending()) })
    await step('verify', 'verify')
    await step('verify: wrong certificate ID', 'verify', {
      inputs: { 'certificate-id': 'WRONG_ID_0123456789' }
    })
    // NetSuite errors that echo the request back: a fake assertion, and the client ID.
    world.netsuite.injectFault({
      path: TOKEN_PATH,
      status: 401,
      body: {
        error: 'invalid_client',
        error_description: `bad assertion eyJhbGciOiJQUzI1NiJ9.eyJpc3MiOiIke3dvcmxkLmNsaWVudElkfSJ9.c2lnbmF0dXJlLXNpZ25hdHVyZQ for iss ${world.clientId}`
      }
    })
    await step('verify: NetSuite echoes the request', 'verify')
    world.netsuite.injectFault({ path: TOKEN_PATH, status: 401 })
    await step('verify: NetSuite status-only 401', 'verify')
    world.netsuite.injectFault({ path: TOKEN_PATH, status: 500, count: 4 })
    // Retried after backoffs: compressed, they take no real seconds.
    await step('verify: NetSuite 500s', 'verify', { timeScale: COMPRESSED_TIME })
    // Second rotation with a GitHub outage on the issue; the rerun announces the stored pair, then promotion and rollback.
    const outage = armFault(world, writes.openIssue(), { status: 500 }, Infinity)
    await step('rotate: GitHub 500 on the issue', 'rotate')
    outage.disarm()
    await step('rotate (rerun)', 'rotate')
    const second = world.github.issues().find(issue => issue.state === 'open')?.number ?? 0
    world.netsuite.injectFault({
      path: TOKEN_PATH,
      status: 400,
      body: {
        error: 'invalid_request',
        error_description: `echo client_id=${world.clientId}&client_assertion=eyJhbGciOiJFUzI1NiJ9.eyJzY29wZSI6WyJyZXN0bGV0cyJdfQ.c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWc`
      }
    })
    await step('promote: NetSuite echoes the request', 'promote', {
      event: reply(second, world.adminUploadsPending())
    })
    const pendingId = world.netsuite.certificates(world.clientId).at(-1)?.certificateId ?? ''
    await step('promote (second)', 'promote', { event: reply(second, pendingId) })
    await step('rollback', 'rollback')
    const failing = armFault(
      world,
      writes.putSecret('NETSUITE_PRIVATE_KEY'),
      { status: 500 },
      Infinity
    )
    await step('rollback: GitHub 500 on the key', 'rollback')
    failing.disarm()
    await step('check', 'check')
  }, 240_000)
  afterAll(async () => {
    await world.close()
  })

  const secrets = (): { name: string; value: string }[] => [
    ...[...privateKeys].flatMap(key => [
      { name: 'private key PEM', value: key },
      ...pemLines(key).map(line => ({ name: 'private key line', value: line }))
    ]),
    { name: 'client ID', value: world.clientId },
    ...world.netsuite.issuedTokens.map(token => ({
      name: 'access token',
      value: token.accessToken
    })),
    { name: 'admin token', value: world.github.tokens.admin },
    { name: 'GITHUB_TOKEN', value: world.github.tokens.github }
  ]
  const scan = (where: string, text: string, skip: string[] = []): string[] => {
    const found = secrets()
      .filter(secret => !skip.includes(secret.name) && text.includes(secret.value))
      .map(secret => `${where}: ${secret.name}`)
    if (JWT.test(text)) found.push(`${where}: a signed JWT`)
    return found
  }
  const withoutMasks = (text: string): string =>
    text
      .split(/\r?\n/)
      .filter(line => !/^::add-mask::/.test(line))
      .join('\n')

  it('ran every command, and the happy paths succeeded', () => {
    const status = Object.fromEntries(runs.map(run => [run.name, run.result.outputs.status]))
    expect(status).toMatchObject({
      'check (bootstrap)': 'rotation-started',
      promote: 'promoted',
      verify: 'verified',
      'rotate (rerun)': 'rotation-started',
      'promote (second)': 'promoted',
      rollback: 'rolled-back'
    })
    expect(privateKeys.size).toBeGreaterThanOrEqual(2)
    expect(world.netsuite.issuedTokens.length).toBeGreaterThanOrEqual(3)
  })

  it('the log (stdout and stderr, outside ::add-mask:: lines) holds no secret', () => {
    const found = runs.flatMap(({ name, result }) => [
      ...scan(`${name} stdout`, withoutMasks(result.rawStdout)),
      ...scan(`${name} stderr`, withoutMasks(result.rawStderr))
    ])
    expect(found).toEqual([])
  })

  it('outputs hold no secret, and access-token is always masked', () => {
    const found = runs.flatMap(({ name, result }) =>
      Object.entries(result.outputs)
        .filter(([output]) => output !== 'access-token')
        .flatMap(([output, value]) => scan(`${name} output ${output}`, value))
    )
    expect(found).toEqual([])
    const tokens = runs.filter(run => run.result.outputs['access-token'])
    expect(tokens.length).toBeGreaterThanOrEqual(3)
    for (const { result } of tokens) expect(result.masks).toContain(result.outputs['access-token'])
  })

  it('the job summaries hold no secret', () => {
    expect(runs.flatMap(({ name, result }) => scan(`${name} summary`, result.rawSummary))).toEqual(
      []
    )
  })

  it('issues, comments and variables hold no secret', () => {
    const texts = [
      ...world.github
        .issues()
        .flatMap(issue => [issue.title, issue.body, ...issue.comments.map(c => c.body)]),
      ...world.github.variables().map(variable => `${variable.name}=${variable.value}`)
    ]
    expect(texts.flatMap((text, i) => scan(`issue/variable text ${i}`, text))).toEqual([])
    for (const text of texts) expect(text).not.toContain('PRIVATE KEY')
  })

  it('no request to GitHub carries a secret in its path, query or body (sealed values aside)', () => {
    const found = world.github.log.flatMap((entry, i) =>
      scan(
        `GitHub request ${i} ${entry.method} ${entry.path}`,
        `${entry.path}?${entry.query} ${JSON.stringify(entry.body ?? null)}`
      )
    )
    expect(found).toEqual([])
  })

  it('the NetSuite emulator saw no private key, GitHub token or raw assertion', () => {
    // The client ID legitimately reaches NetSuite (iss claim, certificate endpoint path).
    const found = world.netsuite.log.flatMap((entry, i) =>
      scan(`NetSuite request ${i} ${entry.path}`, JSON.stringify(entry), [
        'client ID',
        'access token'
      ])
    )
    expect(found).toEqual([])
  })

  it('no key is left in RUNNER_TEMP', () => {
    expect(
      runs
        .filter(run => run.result.leftoverFiles.length > 0)
        .map(run => `${run.name}: ${run.result.leftoverFiles.join(', ')}`)
    ).toEqual([])
  })
})

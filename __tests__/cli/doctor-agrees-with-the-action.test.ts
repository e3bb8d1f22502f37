// `netsuite-m2m doctor` does the NetSuite half of the action's doctor. On the same world
// (a promoted zero-touch set-up, plus a certificate an admin uploaded by hand) both show
// the same certificate table and the same NetSuite findings; --json gives the same as
// data; neither writes anything; a revoked current certificate makes the CLI exit 1. The
// healthy report runs the bundle as a child process; --json, the refusal and --help run the
// CLI's main in this process.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { World } from '../../sandbox/world.js'
import type { LogEntry } from '../../sandbox/netsuite/index.js'
import { generateCredentials } from '../../src/core/generate.js'
import type { Generation } from '../e2e/helpers.js'
import { promotedWorld } from '../zero-touch/helpers.js'
import { row, runDoctor, type DoctorRun } from '../doctor/helpers.js'
import { cliInProcess, runCli, type CliResult } from './run-cli.js'

const certificateLines = (text: string): string[] =>
  text.split('\n').filter(line => line.startsWith('| `'))

describe('netsuite-m2m doctor and the action on the same world', () => {
  let world: World
  let first: Generation
  let stranger: string
  let dir: string
  let action: DoctorRun
  let cli: CliResult
  let json: CliResult
  let cliLog: LogEntry[]

  const cliArgs = (extra: string[] = []): string[] => [
    'doctor',
    '--token-url',
    world.netsuite.tokenUrl,
    '--client-id',
    world.clientId,
    '--certificate-id',
    first.certificateId,
    '--private-key',
    join(dir, 'private-key.pem'),
    '--certificates-url',
    world.netsuite.certificatesUrl(world.clientId),
    ...extra
  ]

  beforeAll(async () => {
    ;({ world, first } = await promotedWorld())
    const { certificatePem } = await generateCredentials({
      keyType: 'ec-p256',
      validityDays: 365,
      subject: 'CN=by hand',
      now: world.now()
    })
    stranger = world.netsuite.uploadCertificate({
      clientId: world.clientId,
      pem: certificatePem,
      roleId: world.roleId,
      entityId: world.entityId
    }).certificateId
    dir = mkdtempSync(join(tmpdir(), 'cli-doctor-'))
    writeFileSync(join(dir, 'private-key.pem'), first.key, { mode: 0o600 })
    action = await runDoctor(world)
    const mark = world.netsuite.log.length
    cli = await runCli(cliArgs())
    json = await cliInProcess(cliArgs(['--json']))
    cliLog = world.netsuite.log.slice(mark)
  })
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true })
    await world.close()
  })

  it('both find the set-up healthy', () => {
    expect(action.result.exitCode).toBe(0)
    expect(cli.code).toBe(0)
    expect(cli.stdout).toMatch(/^netsuite-m2m doctor: healthy/)
  })

  it('print the same certificate table', () => {
    const fromAction = certificateLines(action.result.summary)
    expect(fromAction.length).toBe(2)
    expect(certificateLines(cli.stdout)).toEqual(fromAction)
    expect(cli.stdout).toContain('(2 of 5 active)')
  })

  it('agree on every NetSuite finding', () => {
    for (const check of [
      'current pair',
      'certificate permission',
      'active certificates',
      `certificate ${stranger}`
    ]) {
      expect(row(action.result, check)).not.toBe('')
      expect(cli.stdout.split('\n')).toContain(row(action.result, check))
    }
  })

  it('--json gives the same as data', () => {
    expect(json.code).toBe(0)
    const data = JSON.parse(json.stdout) as {
      healthy: boolean
      activeCertificates: number
      certificates: { id: string; stage: string; status: string }[]
    }
    expect(data.healthy).toBe(true)
    expect(data.activeCertificates).toBe(2)
    expect(data.certificates.map(c => [c.id, c.stage, c.status])).toEqual([
      [first.certificateId, 'current', 'active'],
      [stranger, 'unknown', 'active']
    ])
  })

  it('writes nothing and never prints the client ID', () => {
    expect(cliLog.filter(e => e.method !== 'GET' && !e.path.endsWith('/token'))).toEqual([])
    for (const out of [cli, json]) expect(out.stdout + out.stderr).not.toContain(world.clientId)
  })

  it('exits 1 when NetSuite refuses the pair', async () => {
    world.netsuite.revokeCertificate(first.certificateId)
    const refused = await cliInProcess(cliArgs())
    expect(refused.code).toBe(1)
    expect(refused.stdout).toMatch(/unhealthy/)
    expect(refused.stdout).toMatch(/❌ failure \| current pair \| NetSuite refused/)
  })

  it('--help names its own flags and those of token it takes', async () => {
    const help = await cliInProcess(['doctor', '--help'])
    expect(help.code).toBe(0)
    for (const flag of ['--certificates-url', '--json', '--client-id', '--token-url'])
      expect(help.stdout).toContain(flag)
    expect(help.stdout).not.toContain('--print-token')
  })
})

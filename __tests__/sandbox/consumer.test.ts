// The sandbox's consumer: an integration that reads the stored current credentials and signs
// its own assertion. Tests use it to ask "can the integration log in now?" without running the
// action, so it must say no for every reason NetSuite would refuse.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startWorld, type World } from '../../sandbox/world.js'
import { seedCurrent } from '../reliability/helpers.js'

describe('a consumer of the stored credentials', () => {
  let world: World
  beforeAll(async () => {
    world = await startWorld({ environments: ['production'] })
  })
  afterAll(async () => {
    await world.close()
  })

  it('cannot log in before anything is stored', async () => {
    expect(await world.consumerLogsIn()).toEqual({
      ok: false,
      reason: expect.stringMatching(/no stored credentials/) as unknown
    })
  })

  it('logs in with a current EC pair, with one token exchange in the NetSuite log', async () => {
    seedCurrent(world)
    const since = world.netsuite.log.length
    expect(await world.consumerLogsIn()).toEqual({ ok: true })
    expect(world.netsuite.log.length - since).toBe(1)
  })

  it('reads the environment first and falls back to the repository, as a workflow does', async () => {
    expect(await world.consumerLogsIn('production')).toEqual({ ok: true })
    const { certificateId } = seedCurrent(world, 'production')
    world.netsuite.revokeCertificate(certificateId)
    expect(await world.consumerLogsIn('production')).toMatchObject({ ok: false })
    expect(await world.consumerLogsIn()).toEqual({ ok: true })
  })

  it('is refused when the stored key does not match the certificate', async () => {
    const other = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey
    const saved = world.github.secret('NETSUITE_PRIVATE_KEY')?.value ?? ''
    world.github.setSecret(
      'NETSUITE_PRIVATE_KEY',
      other.export({ type: 'pkcs8', format: 'pem' }).toString()
    )
    const answer = await world.consumerLogsIn()
    world.github.setSecret('NETSUITE_PRIVATE_KEY', saved)
    expect(answer).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/signature/i) as unknown
    })
  })

  it('is refused once the certificate is revoked or has expired', async () => {
    expect(await world.consumerLogsIn()).toEqual({ ok: true })
    world.advanceDays(731)
    expect(await world.consumerLogsIn()).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/expired/) as unknown
    })
    world.advanceDays(-731)
    world.netsuite.revokeCertificate(world.github.variable('NETSUITE_CERTIFICATE_ID')?.value ?? '')
    expect(await world.consumerLogsIn()).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/revoked/) as unknown
    })
  })

  it('signs RSA keys with PS256, which NetSuite accepts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nsm2m-consumer-'))
    try {
      const [keyFile, certFile] = [join(dir, 'key.pem'), join(dir, 'cert.pem')]
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:3072',
          '-nodes',
          '-keyout',
          keyFile,
          '-out',
          certFile,
          '-subj',
          '/CN=rsa-consumer',
          '-days',
          '30'
        ],
        { stdio: 'pipe' }
      )
      const { certificateId } = world.netsuite.uploadCertificate({
        clientId: world.clientId,
        pem: readFileSync(certFile, 'utf8'),
        roleId: world.roleId,
        entityId: world.entityId
      })
      world.github.setSecret('NETSUITE_PRIVATE_KEY', readFileSync(keyFile, 'utf8'))
      world.github.setVariable('NETSUITE_CERTIFICATE_ID', certificateId)
      expect(await world.consumerLogsIn()).toEqual({ ok: true })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

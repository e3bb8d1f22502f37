// The action's certificate client (src/netsuite/certificates.ts) against the emulator's
// answers as NetSuite REST sends them: application/vnd.oracle.resource+json, nested
// role and entity objects, and a revoke answered in plain text.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomUUID } from 'node:crypto'
import { startNetSuiteEmulator } from '../../sandbox/netsuite/index.js'
import type { CertificateRecord, NetSuiteEmulator } from '../../sandbox/netsuite/index.js'
import { Writes } from '../../src/core/dry-run.js'
import { CertificateEndpoint, parseRemoteCertificate } from '../../src/netsuite/certificates.js'
import { NetSuiteError } from '../../src/netsuite/errors.js'
import { exchange, makeCredentials, signJwt } from './helpers/netsuite-keys.js'

let emu: NetSuiteEmulator
let clientId: string
let roleId: number
let entityId: number
let current: CertificateRecord
let endpoint: CertificateEndpoint
let token: string

beforeAll(async () => {
  emu = await startNetSuiteEmulator()
  clientId = emu.createIntegration().clientId
  roleId = emu.createRole({ name: 'Rotator', canManageCertificates: true })
  entityId = emu.createEntity({ name: 'ci-user' })
  const rsa = makeCredentials('rsa-3072')
  current = emu.uploadCertificate({ clientId, pem: rsa.certPem, roleId, entityId })
  const iat = Math.floor(Date.now() / 1000)
  const claims = {
    iss: clientId,
    scope: ['rest_webservices'],
    aud: emu.tokenUrl,
    iat,
    exp: iat + 600,
    jti: randomUUID()
  }
  const jwt = signJwt({ alg: 'PS256', typ: 'JWT', kid: current.certificateId }, claims, rsa.keyPem)
  token = String((await exchange(emu.tokenUrl, jwt)).json.access_token)
  endpoint = new CertificateEndpoint(
    emu.certificatesUrl(clientId),
    token,
    new Writes(false, { info: () => undefined })
  )
})

afterAll(async () => {
  await emu.close()
})

describe('CertificateEndpoint against NetSuite-shaped answers', () => {
  it('lists certificates with their ID, validity and the nested role and entity IDs and names', async () => {
    expect(await endpoint.list()).toEqual([
      {
        id: current.certificateId,
        active: true,
        revoked: false,
        validFrom: current.notBefore,
        validUntil: current.notAfter,
        role: String(roleId),
        entity: String(entityId),
        roleName: 'Rotator',
        entityName: 'ci-user'
      }
    ])
  })

  it('uploads, reads the new ID from certificate_id, and revokes with a plain-text answer', async () => {
    const upload = await endpoint.upload(makeCredentials('ec-p256').certPem, roleId, entityId)
    expect(upload).toEqual({
      written: true,
      value: emu.certificates(clientId).at(-1)?.certificateId
    })
    const id = upload.written ? (upload.value ?? '') : ''
    await endpoint.revoke(id)
    // A revoked certificate stays listed, marked so: the action tells it from one that is gone.
    expect((await endpoint.list()).find(c => c.id === id)).toMatchObject({
      active: false,
      revoked: true
    })
    expect(emu.certificates(clientId).find(c => c.certificateId === id)?.revoked).toBe(true)
    expect((await endpoint.list()).find(c => c.id === id)?.active).toBe(false)
  })

  it('in dry-run reports the upload and the revocation, sends neither and yields no ID', async () => {
    const said: string[] = []
    const dry = new CertificateEndpoint(
      emu.certificatesUrl(clientId),
      token,
      new Writes(true, { info: message => said.push(message) })
    )
    const before = emu.certificates(clientId).length
    expect(await dry.upload(makeCredentials('ec-p256').certPem, roleId, entityId)).toEqual({
      written: false
    })
    const listed = (await dry.list())[0]?.id ?? ''
    await dry.revoke(listed)
    expect(emu.certificates(clientId)).toHaveLength(before)
    expect(emu.certificates(clientId).find(c => c.certificateId === listed)?.revoked).toBe(false)
    expect(said).toEqual([
      expect.stringMatching(
        /^dry-run: would upload the certificate to NetSuite \(role \d+, entity \d+\)$/
      ),
      `dry-run: would revoke certificate ${listed} in NetSuite`
    ])
  })

  it('reports a refusal by its NetSuite REST code, with the description as data', async () => {
    const error = await endpoint.revoke('NO_SUCH_ID').then(
      () => undefined,
      (caught: unknown) => caught
    )
    expect(error).toBeInstanceOf(NetSuiteError)
    expect((error as NetSuiteError).code).toBe('NONEXISTENT_ID')
    expect((error as NetSuiteError).status).toBe(404)
    expect((error as NetSuiteError).message).toContain(
      'NetSuite answered `NONEXISTENT_ID` (HTTP 404): `no certificate NO_SUCH_ID for this integration`'
    )
  })
})

describe('parseRemoteCertificate', () => {
  it('drops an entry whose ID is not a plain token, so it is never shown or sent back', () => {
    expect(parseRemoteCertificate({ certificate_id: '```pem\n-----BEGIN' })).toBeUndefined()
    expect(parseRemoteCertificate({ certificate_id: 'abc/../revoke' })).toBeUndefined()
    expect(parseRemoteCertificate({ certificate_id: 'Ab-9_z' })?.id).toBe('Ab-9_z')
  })

  it('reads a role or entity given as an ID or as {id, name}, and ignores anything else', () => {
    expect(parseRemoteCertificate({ id: 'A', role: 3, entity: '7' })).toMatchObject({
      role: '3',
      entity: '7'
    })
    expect(
      parseRemoteCertificate({ id: 'A', role: { id: '3', name: 'Admin' }, entity: { id: 7 } })
    ).toMatchObject({ role: '3', entity: '7' })
    expect(parseRemoteCertificate({ id: 'A', role: '@admin' })?.role).toBeUndefined()
  })
})

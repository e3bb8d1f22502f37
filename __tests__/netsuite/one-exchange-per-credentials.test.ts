// The NetSuite gateway against the emulator, over real HTTP: within one gateway (one run) a
// token is exchanged once per client ID, certificate ID, key and scope set and then handed
// out again; a failed exchange, a revoked certificate's token and a token NetSuite refused
// are never handed out; a new gateway (the next run) exchanges again.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createPrivateKey } from 'node:crypto'
import { startNetSuiteEmulator, type NetSuiteEmulator } from '../../sandbox/netsuite/index.js'
import { NetSuiteGateway } from '../../src/netsuite/gateway.js'
import type { Credentials } from '../../src/netsuite/client.js'
import { NetSuiteError } from '../../src/netsuite/errors.js'
import type { Logger } from '../../src/core/logger.js'
import { Writes } from '../../src/core/dry-run.js'
import { makeCredentials, type TestCredentials } from '../sandbox/helpers/netsuite-keys.js'

const QUIET: Logger = {
  info: () => undefined,
  notice: () => undefined,
  warning: () => undefined,
  error: () => undefined,
  debug: () => undefined,
  setSecret: () => undefined
}
const RUN_SCOPES = ['restlets', 'rest_webservices']

let ns: NetSuiteEmulator
let clientId: string
let roleId: number
let entityId: number
const pairs: TestCredentials[] = [makeCredentials('ec-p256'), makeCredentials('ec-p256')]

beforeEach(async () => {
  ns = await startNetSuiteEmulator()
  clientId = ns.createIntegration({ name: 'GitHub' }).clientId
  roleId = ns.createRole({ name: 'Rotator', canManageCertificates: true })
  entityId = ns.createEntity({ name: 'ci-user' })
})
afterEach(async () => {
  await ns.close()
})

function upload(pair: TestCredentials): string {
  return ns.uploadCertificate({ clientId, pem: pair.certPem, roleId, entityId }).certificateId
}

function credentialsOf(pair: TestCredentials, certificateId: string): Credentials {
  return { clientId, certificateId, privateKey: createPrivateKey(pair.keyPem), algorithm: 'ES256' }
}

const gateway = (scopes = RUN_SCOPES): NetSuiteGateway =>
  new NetSuiteGateway(ns.tokenUrl, scopes, QUIET, new Writes(false, QUIET))

/** Each token request so far: its certificate ID, scopes and verdict. */
const requests = (): string[] =>
  ns.tokenRequests().map(e => `${String(e.header?.kid)} ${String(e.claims?.scope)} ${e.verdict}`)

describe('one exchange per credentials and scopes in a run', () => {
  it('the same credentials get the same token, however they are built', async () => {
    const id = upload(pairs[0])
    const netsuite = gateway()
    const first = await netsuite.prove(credentialsOf(pairs[0], id))
    const again = await netsuite.prove(credentialsOf(pairs[0], id))
    expect(again.accessToken).toBe(first.accessToken)
    expect(requests()).toEqual([`${id} restlets,rest_webservices accepted`])
  })

  it('the certificate endpoint uses the run token when the run scopes include rest_webservices', async () => {
    const id = upload(pairs[0])
    const netsuite = gateway()
    const proof = await netsuite.prove(credentialsOf(pairs[0], id))
    const forList = await netsuite.prove(credentialsOf(pairs[0], id), ['rest_webservices'])
    expect(forList.accessToken).toBe(proof.accessToken)
    expect(
      await netsuite.certificates(ns.certificatesUrl(clientId), forList.accessToken).list()
    ).toHaveLength(1)
    expect(requests()).toHaveLength(1)
  })

  it('another scope set is another exchange', async () => {
    const id = upload(pairs[0])
    const netsuite = gateway(['restlets'])
    await netsuite.prove(credentialsOf(pairs[0], id))
    await netsuite.prove(credentialsOf(pairs[0], id), ['rest_webservices'])
    await netsuite.prove(credentialsOf(pairs[0], id), ['rest_webservices'])
    expect(requests()).toEqual([`${id} restlets accepted`, `${id} rest_webservices accepted`])
  })

  it('another certificate ID, key or client ID is another exchange', async () => {
    const [a, b] = [upload(pairs[0]), upload(pairs[1])]
    const netsuite = gateway()
    const tokens = [
      await netsuite.prove(credentialsOf(pairs[0], a)),
      await netsuite.prove(credentialsOf(pairs[1], b)),
      // The other key under the first ID, and another client: NetSuite refuses both.
      await netsuite.prove(credentialsOf(pairs[1], a)).catch((e: unknown) => e),
      await netsuite
        .prove({ ...credentialsOf(pairs[0], a), clientId: 'f'.repeat(64) })
        .catch((e: unknown) => e)
    ]
    expect(tokens[0]).not.toEqual(tokens[1])
    expect(tokens[2]).toMatchObject({ code: 'invalid_client' })
    // NetSuite answers an unknown client with server_error, which is retried.
    expect(tokens[3]).toMatchObject({ code: 'server_error' })
    expect(requests().slice(0, 3)).toEqual([
      `${a} restlets,rest_webservices accepted`,
      `${b} restlets,rest_webservices accepted`,
      `${a} restlets,rest_webservices refused`
    ])
    expect(
      ns
        .tokenRequests()
        .slice(3)
        .map(e => e.claims?.iss)
    ).toContain('f'.repeat(64))
  })

  it('a failed exchange is not kept: the next request is a real one', async () => {
    const pair = pairs[0]
    const netsuite = gateway()
    // Not uploaded yet: refused.
    await expect(netsuite.prove(credentialsOf(pair, 'not-yet-known'))).rejects.toThrow(
      NetSuiteError
    )
    const id = upload(pair)
    ns.injectFault({ path: '/token', status: 400, body: { error: 'invalid_request' } })
    await expect(netsuite.prove(credentialsOf(pair, id))).rejects.toThrow(NetSuiteError)
    const token = await netsuite.prove(credentialsOf(pair, id))
    expect(token.accessToken).toMatch(/^eyJ/)
    expect(requests().map(r => r.split(' ').pop())).toEqual(['refused', 'fault', 'accepted'])
  })

  it('the next run (a new gateway) exchanges again', async () => {
    const id = upload(pairs[0])
    await gateway().prove(credentialsOf(pairs[0], id))
    await gateway().prove(credentialsOf(pairs[0], id))
    expect(requests()).toHaveLength(2)
  })
})

describe('a token that can no longer work is not handed out', () => {
  it('revoking a certificate through the gateway drops its token', async () => {
    const [current, previous] = [upload(pairs[0]), upload(pairs[1])]
    const netsuite = gateway()
    const token = await netsuite.prove(credentialsOf(pairs[0], current))
    await netsuite.prove(credentialsOf(pairs[1], previous))
    await netsuite.certificates(ns.certificatesUrl(clientId), token.accessToken).revoke(previous)
    await expect(netsuite.prove(credentialsOf(pairs[1], previous))).rejects.toMatchObject({
      code: 'invalid_client'
    })
    // The current certificate's token still works and is still handed out.
    await netsuite.prove(credentialsOf(pairs[0], current))
    expect(requests().filter(r => r.startsWith(current))).toHaveLength(1)
    expect(requests().filter(r => r.startsWith(previous))).toHaveLength(2)
  })

  it('a token the certificate endpoint refuses (401) is exchanged again', async () => {
    const id = upload(pairs[0])
    const netsuite = gateway()
    const token = await netsuite.prove(credentialsOf(pairs[0], id))
    // Revoked in NetSuite's UI meanwhile: the token dies with its certificate.
    ns.revokeCertificate(id)
    await expect(
      netsuite.certificates(ns.certificatesUrl(clientId), token.accessToken).list()
    ).rejects.toMatchObject({ status: 401 })
    await expect(netsuite.prove(credentialsOf(pairs[0], id))).rejects.toMatchObject({
      code: 'invalid_client'
    })
    expect(requests().map(r => r.split(' ').pop())).toEqual(['accepted', 'refused'])
  })
})

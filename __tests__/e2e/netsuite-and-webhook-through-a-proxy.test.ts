// A self-hosted runner inside a company network reaches the internet only through a proxy
// (HTTPS_PROXY). NetSuite and the chat webhook are served here under names only the proxy
// resolves, over https (the runner trusts the front's issuer through NODE_EXTRA_CA_CERTS, as
// it would a company's inspection CA): the promotion reaches both only through the proxy,
// which logs each host it forwarded. NO_PROXY is honoured as @actions/http-client reads it (a
// domain covers its subdomains): listed hosts are not sent through the proxy.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { COMPRESSED_TIME, startWorld, type World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import { startForwardingProxy, type ForwardingProxy } from '../../sandbox/proxy/index.js'
import { certificateFor, startTlsFront, type TlsFront } from '../../sandbox/proxy/tls-front.js'
import { bootstrap } from './helpers.js'

const NETSUITE = 'netsuite.proxy-only.test'
const CHAT = 'chat.proxy-only.test'

describe('NetSuite and the webhook through a proxy', () => {
  let world: World
  let proxy: ForwardingProxy
  const fronts: TlsFront[] = []
  let promote: RunResult
  let bypassed: RunResult
  let proxiedBeforeBypass: number
  let netsuiteBeforeBypass: number

  beforeAll(async () => {
    world = await startWorld({ webhook: true })
    await bootstrap(world)
    const tls = certificateFor([NETSUITE, CHAT])
    const caFile = join(mkdtempSync(join(tmpdir(), 'proxy-ca-')), 'ca.pem')
    writeFileSync(caFile, tls.cert)
    const hook = new URL(world.webhook!.url)
    fronts.push(await startTlsFront(tls, Number(new URL(world.netsuite.url).port)))
    fronts.push(await startTlsFront(tls, Number(hook.port)))
    proxy = await startForwardingProxy({
      [NETSUITE]: fronts[0].port,
      [CHAT]: fronts[1].port
    })
    world.netsuite.answerAs(`https://${NETSUITE}`)
    const proxied = {
      'allow-custom-endpoints': 'true',
      'certificates-url': world.netsuite
        .certificatesUrl(world.clientId)
        .replace(world.netsuite.url, `https://${NETSUITE}`),
      'notify-url': `https://${CHAT}${hook.pathname}`
    }
    const env = {
      HTTPS_PROXY: proxy.url,
      // Set explicitly: a runner's own NO_PROXY must not decide the test.
      NO_PROXY: 'github.example',
      NODE_EXTRA_CA_CERTS: caFile
    }
    const certificateId = world.adminUploadsPending()
    const event = world.comment(1, `/certificate-id ${certificateId}`, 'admin-alice')
    promote = await world.step('promote', { event, inputs: proxied, env })
    proxiedBeforeBypass = proxy.log.length
    netsuiteBeforeBypass = world.netsuite.log.length
    bypassed = await world.step('verify', {
      inputs: proxied,
      env: { ...env, NO_PROXY: 'example.org, proxy-only.test' },
      // The names resolve nowhere without the proxy: each attempt fails and is retried after a
      // backoff, compressed so it takes no real seconds.
      timeScale: COMPRESSED_TIME
    })
  }, 90_000)
  afterAll(async () => {
    await proxy?.close()
    for (const front of fronts) await front.close()
    await world.close()
  })

  it('promotes, proving the new certificate at NetSuite through the proxy', () => {
    expect(promote.annotations.filter(a => a.level === 'error')).toEqual([])
    expect(promote.exitCode).toBe(0)
    expect(promote.outputs.status).toBe('promoted')
    expect(world.netsuite.issuedTokens.length).toBeGreaterThan(0)
  })

  it('reached NetSuite and the webhook only through the proxy, which forwarded both', () => {
    const hosts = proxy.log.slice(0, proxiedBeforeBypass).map(e => `${e.method} ${e.host}`)
    expect(hosts).toContain(`CONNECT ${NETSUITE}:443`)
    expect(hosts).toContain(`CONNECT ${CHAT}:443`)
    expect(proxy.log.every(e => e.forwarded)).toBe(true)
    const promoted = world.webhook!.requests.filter(r =>
      JSON.stringify(r.json).includes('"event":"promoted"')
    )
    expect(promoted).toHaveLength(1)
  })

  it('sent GitHub requests (loopback here) directly, as @actions/http-client does', () => {
    expect(proxy.log.some(e => e.host.startsWith('127.0.0.1'))).toBe(false)
  })

  it('NO_PROXY naming a parent domain keeps both hosts off the proxy', () => {
    expect(proxy.log).toHaveLength(proxiedBeforeBypass)
    // Directly, the names do not resolve: NetSuite cannot be reached and the run says so.
    expect(bypassed.exitCode).not.toBe(0)
    expect(world.netsuite.log).toHaveLength(netsuiteBeforeBypass)
    const errors = bypassed.annotations.filter(a => a.level === 'error').map(a => a.message)
    expect(errors.join('\n')).toContain(`could not reach NetSuite at ${NETSUITE}`)
  })
})

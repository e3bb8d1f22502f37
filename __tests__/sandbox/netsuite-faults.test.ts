// Injected faults: status, latency, drop and hang, each on the requests it matches only.
import { afterEach, describe, expect, it } from '@jest/globals'
import { startNetSuiteEmulator } from '../../sandbox/netsuite/index.js'
import type { NetSuiteEmulator } from '../../sandbox/netsuite/index.js'
import { exchange } from './helpers/netsuite-keys.js'

let emu: NetSuiteEmulator | undefined

afterEach(async () => {
  await emu?.close()
  emu = undefined
})

async function start(): Promise<NetSuiteEmulator> {
  emu = await startNetSuiteEmulator()
  return emu
}

/** Waits (without a time limit of its own; Jest's timeout bounds it) until the log has n entries. */
async function logLength(server: NetSuiteEmulator, n: number): Promise<void> {
  while (server.log.length < n) await new Promise(resolve => setTimeout(resolve, 5))
}

describe('injectFault', () => {
  it('answers the next `count` matching requests with the status and body, then normally', async () => {
    const server = await start()
    server.injectFault({
      path: '/token',
      method: 'post',
      status: 503,
      body: { busy: true },
      count: 2
    })
    const first = await exchange(server.tokenUrl, 'a.b.c')
    const listing = await fetch(server.certificatesUrl('x')) // another path: untouched
    const second = await exchange(server.tokenUrl, 'a.b.c')
    const third = await exchange(server.tokenUrl, 'a.b.c')
    expect([first.status, listing.status, second.status, third.status]).toEqual([
      503, 401, 503, 400
    ])
    expect(first.json).toEqual({ busy: true })
    expect(server.log.map(e => e.verdict)).toEqual(['fault', 'refused', 'fault', 'refused'])
    expect(server.log[0]?.reason).toBe('fault: injected status 503')
  })

  it('matches a RegExp path and a method', async () => {
    const server = await start()
    server.injectFault({ path: /\/certificates$/, method: 'GET', status: 500, body: 'boom' })
    const post = await fetch(server.certificatesUrl('x'), { method: 'POST' })
    const get = await fetch(server.certificatesUrl('x'))
    expect([post.status, get.status]).toEqual([401, 500])
    expect(await get.text()).toBe('boom')
  })

  it('delays a request, then handles it normally', async () => {
    const server = await start()
    server.injectFault({ path: '/token', latencyMs: 1500 })
    let slowDone = false
    const slow = exchange(server.tokenUrl, 'a.b.c').then(res => {
      slowDone = true
      return res
    })
    // A request sent after the delayed one is answered first.
    const quick = await fetch(server.certificatesUrl('x'))
    expect(quick.status).toBe(401)
    expect(slowDone).toBe(false)
    const res = await slow
    expect(res.status).toBe(400)
    expect(res.json.error).toBe('invalid_request')
    expect(server.log.map(e => e.path)).toEqual([
      new URL(server.certificatesUrl('x')).pathname,
      '/services/rest/auth/oauth2/v1/token'
    ])
  })

  it('drops the connection without an answer', async () => {
    const server = await start()
    server.injectFault({ path: '/token', drop: true })
    await expect(exchange(server.tokenUrl, 'a.b.c')).rejects.toThrow()
    expect(server.log[0]).toMatchObject({
      status: 0,
      verdict: 'fault',
      reason: 'fault: connection dropped'
    })
    expect((await exchange(server.tokenUrl, 'a.b.c')).status).toBe(400)
  })

  it('leaves a request hanging until close()', async () => {
    const server = await start()
    server.injectFault({ hang: true })
    let settled = false
    const pending = exchange(server.tokenUrl, 'a.b.c').then(
      () => 'answered',
      () => 'failed'
    )
    void pending.then(() => (settled = true))
    await logLength(server, 1)
    expect(server.log[0]).toMatchObject({
      status: 0,
      verdict: 'fault',
      reason: 'fault: request left hanging'
    })
    expect(settled).toBe(false)
    await server.close()
    expect(await pending).toBe('failed')
  })

  it('redirects a request elsewhere on request, with an empty body', async () => {
    const server = await start()
    server.injectFault({ path: '/token', redirectTo: 'https://elsewhere.example/token' })
    const res = await fetch(server.tokenUrl, { method: 'POST', redirect: 'manual', body: 'x=1' })
    expect(res.status).toBe(307)
    expect(res.headers.get('location')).toBe('https://elsewhere.example/token')
    expect(await res.text()).toBe('')
    server.injectFault({ redirectTo: '/moved', status: 308 })
    expect((await fetch(server.certificatesUrl('x'), { redirect: 'manual' })).status).toBe(308)
    expect(server.log.map(e => e.reason)).toEqual([
      'fault: redirected (307) to https://elsewhere.example/token',
      'fault: redirected (308) to /moved'
    ])
  })

  it('refuses a fault that does nothing or two things', async () => {
    const server = await start()
    expect(() => server.injectFault({ path: '/token' })).toThrow(
      /needs status, redirectTo, latencyMs, drop or hang/
    )
    expect(() => server.injectFault({ drop: true, hang: true })).toThrow(
      /one of status \(or redirect\), drop or hang/
    )
    expect(() => server.injectFault({ redirectTo: '/x', status: 200 })).toThrow(/3xx/)
    expect(() => server.injectFault({ afterHandling: true, latencyMs: 5 })).toThrow(
      /afterHandling fault needs a status/
    )
    expect(() => server.injectFault({ drop: true, count: 0 })).toThrow(/count must be >= 1/)
  })
})

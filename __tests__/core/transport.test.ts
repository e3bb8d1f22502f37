// The HTTP client every request goes out through (src/core/transport.ts), against real
// servers on 127.0.0.1: what it sends, the Response it answers with, redirects as fetch()
// treats them, failures shaped as fetch's, and the CONNECT tunnel through a proxy.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createServer as createTlsServer } from 'node:https'
import { globalAgent } from 'node:https'
import { createServer as createNetServer, type AddressInfo } from 'node:net'
import { readFetchFailure } from '../../src/core/fetch-failure.js'
import { readCapped } from '../../src/core/response-body.js'
import { send } from '../../src/core/transport.js'
import { rejection } from './helpers.js'
import { startForwardingProxy, type ForwardingProxy } from '../../sandbox/proxy/index.js'
import { certificateFor } from '../../sandbox/proxy/tls-front.js'

interface Heard {
  method: string
  url: string
  headers: IncomingMessage['headers']
  body: string
}

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void

/** A server that records what it heard and answers through `handler`. */
async function serve(handler: Handler): Promise<{ url: string; heard: Heard[]; server: Server }> {
  const heard: Heard[] = []
  const server = createServer((req, res) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (chunk: string) => (body += chunk))
    req.on('end', () => {
      heard.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body })
      handler(req, res, body)
    })
  })
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, heard, server }
}

const servers: Server[] = []
async function server(handler: Handler): Promise<{ url: string; heard: Heard[] }> {
  const started = await serve(handler)
  servers.push(started.server)
  return started
}
afterAll(async () => {
  for (const s of servers) {
    s.closeAllConnections()
    await new Promise(done => s.close(done))
  }
})

const get = (url: string, init: Partial<Parameters<typeof send>[1]> = {}): Promise<Response> =>
  send(url, { headers: new Headers(), ...init })

describe('what is sent', () => {
  it('a string body as text, URLSearchParams as a form, with fetch()’s content types and a length', async () => {
    const { url, heard } = await server((_, res) => res.end('ok'))
    await get(`${url}/text`, { method: 'post', body: 'hello' })
    await get(`${url}/form`, { method: 'POST', body: new URLSearchParams({ a: '1', b: 'x y' }) })
    await get(`${url}/json`, {
      method: 'PUT',
      body: '{"a":1}',
      headers: new Headers({ 'content-type': 'application/json', 'user-agent': 'me/1' })
    })
    expect(heard.map(h => [h.method, h.url, h.headers['content-type'], h.body])).toEqual([
      ['POST', '/text', 'text/plain;charset=UTF-8', 'hello'],
      ['POST', '/form', 'application/x-www-form-urlencoded;charset=UTF-8', 'a=1&b=x+y'],
      ['PUT', '/json', 'application/json', '{"a":1}']
    ])
    expect(heard[1].headers['content-length']).toBe('9')
    expect(heard[2].headers['user-agent']).toBe('me/1')
    expect(heard[0].headers.accept).toBe('*/*')
  })

  it('a length, never chunked: an empty PUT says 0 and a GET sends none', async () => {
    const { url, heard } = await server((_, res) => res.end())
    await get(url, { method: 'PUT' })
    await get(url)
    expect(heard.map(h => [h.headers['content-length'], h.headers['transfer-encoding']])).toEqual([
      ['0', undefined],
      [undefined, undefined]
    ])
  })

  it('bytes as they are, and refuses a body it cannot send before sending anything', async () => {
    const { url, heard } = await server((_, res) => res.end())
    await get(url, { method: 'POST', body: new Uint8Array([104, 105]) })
    expect(heard[0].body).toBe('hi')
    await expect(get(url, { method: 'POST', body: new Blob(['x']) })).rejects.toThrow(
      /only a string/
    )
    // As fetch(): credentials in a URL are refused, never sent as Basic authorization.
    const withUser = new URL(url)
    withUser.username = 'user'
    await expect(get(withUser.href)).rejects.toThrow(/user name or password/)
    expect(heard).toHaveLength(1)
  })
})

describe('the answer', () => {
  it('is a Response with the status, every header, the body and the URL asked', async () => {
    const { url } = await server((_, res) => {
      res.writeHead(201, 'Made', [
        ['x-one', 'a'],
        ['x-one', 'b'],
        ['content-type', 'application/json']
      ])
      res.end('{"made":true}')
    })
    const response = await get(`${url}/thing?q=1`)
    expect(response).toBeInstanceOf(Response)
    expect([response.status, response.statusText, response.ok]).toEqual([201, 'Made', true])
    expect(response.headers.get('x-one')).toBe('a, b')
    expect(await response.json()).toEqual({ made: true })
    expect(response.url).toBe(`${url}/thing?q=1`)
    expect(response.redirected).toBe(false)
  })

  it('has no body for 204, 304 and HEAD', async () => {
    const { url } = await server((req, res) => {
      res.writeHead(req.url === '/304' ? 304 : req.url === '/204' ? 204 : 200).end()
    })
    for (const [path, method] of [
      ['/204', 'GET'],
      ['/304', 'GET'],
      ['/200', 'HEAD']
    ]) {
      const response = await get(url + path, { method })
      expect(response.body).toBeNull()
    }
  })

  it('of a server that never stops is read only as far as the caller asks', async () => {
    const { url } = await server((_, res) => {
      const chunk = 'x'.repeat(16 * 1024)
      const more = (): void =>
        void (res.write(chunk) ? setImmediate(more) : res.once('drain', more))
      more()
    })
    const text = await readCapped(await get(url), 40_000)
    expect(text).toHaveLength(40_000)
  })
})

describe('redirects, as fetch() follows them', () => {
  let a: { url: string; heard: Heard[] }
  let b: { url: string; heard: Heard[] }
  beforeAll(async () => {
    b = await server((_, res) => res.end('b'))
    a = await server((req, res) => {
      const [, status, where] = /^\/(\d+)(?:\/(.*))?$/.exec(req.url ?? '') ?? []
      if (!status) return void res.end('a')
      const to =
        where === 'elsewhere' ? `${b.url}/landed` : where === 'loop' ? `/${status}/loop` : '/landed'
      res.writeHead(Number(status), { location: to }).end()
    })
  })

  it('302 and 303 turn a POST into a GET without its body; 307 and 308 repeat it', async () => {
    for (const status of [302, 303, 307, 308]) {
      const before = a.heard.length
      const response = await get(`${a.url}/${status}`, {
        method: 'POST',
        body: 'payload',
        headers: new Headers({ 'content-type': 'text/plain' })
      })
      expect(response.status).toBe(200)
      expect(response.redirected).toBe(true)
      expect(response.url).toBe(`${a.url}/landed`)
      const landed = a.heard.slice(before)[1]
      const kept = status >= 307
      expect([landed.method, landed.body, landed.headers['content-type']]).toEqual(
        kept ? ['POST', 'payload', 'text/plain'] : ['GET', '', undefined]
      )
    }
  })

  it('keeps Authorization on the same origin and drops it on another', async () => {
    const headers = new Headers({ authorization: 'Bearer secret-token' })
    await get(`${a.url}/301`, { headers })
    expect(a.heard.at(-1)?.headers.authorization).toBe('Bearer secret-token')
    await get(`${a.url}/301/elsewhere`, { headers })
    expect(b.heard.at(-1)?.url).toBe('/landed')
    expect(b.heard.at(-1)?.headers.authorization).toBeUndefined()
  })

  it("'manual' answers with the redirect; 'error' and a loop fail as fetch() does", async () => {
    const manual = await get(`${a.url}/307`, { redirect: 'manual' })
    expect([manual.status, manual.headers.get('location')]).toEqual([307, '/landed'])

    const refused = await rejection(get(`${a.url}/307`, { redirect: 'error' }))
    expect(refused).toBeInstanceOf(TypeError)
    expect((refused as Error).message).toBe('fetch failed')

    const before = a.heard.length
    const loop = await rejection(get(`${a.url}/302/loop`))
    expect(((loop as Error).cause as Error).message).toMatch(/redirect count exceeded/)
    expect(a.heard.length - before).toBe(21)
  })
})

describe('failures read as fetch() failures', () => {
  it('a refused connection: TypeError "fetch failed" with the system error as its cause', async () => {
    const { url, server: closed } = await serve(() => undefined)
    await new Promise(done => closed.close(done))
    const error = await rejection(get(url))
    expect(error).toBeInstanceOf(TypeError)
    expect(readFetchFailure(error)).toMatchObject({ timedOut: false, code: 'ECONNREFUSED' })
  })

  it('no answer before the signal’s timeout: the TimeoutError, as fetch() rejects', async () => {
    const { url } = await server(() => undefined)
    const error = await rejection(get(url, { signal: AbortSignal.timeout(50) }))
    expect((error as Error).name).toBe('TimeoutError')
    expect(readFetchFailure(error).timedOut).toBe(true)
  })

  it('a body cut off by the timeout fails its reader with the TimeoutError', async () => {
    const { url } = await server((_, res) => res.write('a first part'))
    const response = await get(url, { signal: AbortSignal.timeout(100) })
    const error = await rejection(response.text())
    expect((error as Error).name).toBe('TimeoutError')
  })

  it('an already aborted signal sends nothing', async () => {
    const { url, heard } = await server((_, res) => res.end())
    const controller = new AbortController()
    controller.abort()
    expect(((await rejection(get(url, { signal: controller.signal }))) as Error).name).toBe(
      'AbortError'
    )
    expect(heard).toHaveLength(0)
  })
})

describe('https', () => {
  it('checks the server’s certificate against the trusted ones', async () => {
    const tls = certificateFor(['localhost'])
    const secure = createTlsServer(tls, (_, res) => res.end('secret'))
    servers.push(secure)
    await new Promise<void>(done => secure.listen(0, '127.0.0.1', done))
    const url = `https://localhost:${(secure.address() as AddressInfo).port}/`
    const untrusted = await rejection(get(url))
    expect(readFetchFailure(untrusted).code).toMatch(/SELF_SIGNED|UNABLE_TO_VERIFY/)
    // What NODE_EXTRA_CA_CERTS does for a whole process.
    const saved = globalAgent.options.ca
    globalAgent.options.ca = tls.cert
    try {
      expect(await (await get(url)).text()).toBe('secret')
    } finally {
      globalAgent.options.ca = saved
    }
  })
})

describe('through a proxy', () => {
  let proxy: ForwardingProxy
  let target: { url: string; heard: Heard[] }
  beforeAll(async () => {
    target = await server((req, res) => {
      if (req.url === '/away')
        return void res.writeHead(302, { location: 'http://direct.test/' }).end()
      res.end('through')
    })
    const port = Number(new URL(target.url).port)
    proxy = await startForwardingProxy({ 'internal.test': port, 'direct.test': port })
  })
  afterAll(async () => {
    await proxy.close()
  })

  it('tunnels with CONNECT, sending the proxy URL’s credentials decoded, as the runner toolkit does', async () => {
    const via = new URL(proxy.url)
    via.username = 'me'
    via.password = 'p%40ss'
    const response = await get('http://internal.test/hello', { proxyFor: () => via })
    expect(await response.text()).toBe('through')
    expect(proxy.log.at(-1)).toEqual({
      method: 'CONNECT',
      host: 'internal.test:80',
      forwarded: true,
      proxyAuthorization: `Basic ${Buffer.from('me:p@ss').toString('base64')}`
    })
    expect(target.heard.at(-1)?.headers.host).toBe('internal.test')
  })

  it('asks again for each redirect which proxy, if any, it goes through', async () => {
    const asked: string[] = []
    const before = proxy.log.length
    const response = await get('http://internal.test/away', {
      proxyFor: url => {
        asked.push(url.host)
        return new URL(proxy.url)
      }
    })
    expect(await response.text()).toBe('through')
    expect(asked).toEqual(['internal.test', 'direct.test'])
    expect(proxy.log.slice(before).map(e => e.host)).toEqual(['internal.test:80', 'direct.test:80'])
  })

  it('a proxy that never answers the CONNECT still ends at the timeout, as a TimeoutError', async () => {
    // Reads the request and never answers (reading is what lets it see the client hang up).
    const silent = createNetServer(socket => socket.resume())
    await new Promise<void>(done => silent.listen(0, '127.0.0.1', done))
    try {
      const via = new URL(`http://127.0.0.1:${(silent.address() as AddressInfo).port}`)
      const error = await rejection(
        get('http://internal.test/', { proxyFor: () => via, signal: AbortSignal.timeout(100) })
      )
      expect(readFetchFailure(error).timedOut).toBe(true)
      expect((error as Error).name).toBe('TimeoutError')
    } finally {
      await new Promise(done => silent.close(done))
    }
  })

  it('a tunnel the proxy refuses fails as a network error naming the proxy’s answer', async () => {
    const error = await rejection(
      get('http://unknown.test/', { proxyFor: () => new URL(proxy.url) })
    )
    expect(error).toBeInstanceOf(TypeError)
    expect(readFetchFailure(error).causeMessage).toMatch(
      /refused the tunnel to unknown\.test:80: HTTP 502/
    )
  })
})

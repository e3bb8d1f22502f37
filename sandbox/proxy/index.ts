// A forwarding HTTP proxy on 127.0.0.1, as a company network puts in front of its self-hosted
// runners: CONNECT requests (https) are tunnelled, absolute-URI requests (plain http) are
// forwarded, and every host it forwarded to is logged. It has its own small "DNS": `hosts`
// maps names nobody else resolves to ports on 127.0.0.1, so a client reaches those names only
// through this proxy. Any other name is refused with 502: tests never reach the network.
import { createServer, request as httpRequest, type IncomingMessage } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'

export interface ProxyEntry {
  /** CONNECT for a tunnel, else the forwarded request's method. */
  method: string
  /** `host:port` as the client asked for it. */
  host: string
  /** Whether it was forwarded (false: a name the proxy does not know, refused). */
  forwarded: boolean
  /** The Proxy-Authorization header the client sent, if any. */
  proxyAuthorization?: string
}

export interface ForwardingProxy {
  /** What HTTPS_PROXY / HTTP_PROXY is set to, e.g. http://127.0.0.1:1234 */
  url: string
  log: ProxyEntry[]
  close(): Promise<void>
}

export async function startForwardingProxy(
  hosts: Record<string, number> = {}
): Promise<ForwardingProxy> {
  const log: ProxyEntry[] = []
  const sockets = new Set<Socket>()
  const known = new Map(Object.entries(hosts).map(([name, port]) => [name.toLowerCase(), port]))
  /** The local port a `host:port` goes to, or undefined for a name the proxy refuses. */
  const resolve = (hostPort: string, defaultPort: number): number | undefined => {
    const match = /^\[?([^\]]+?)\]?(?::(\d+))?$/.exec(hostPort)
    if (!match) return undefined
    const [, name, port] = match
    if (known.has(name.toLowerCase())) return known.get(name.toLowerCase())
    if (name === '127.0.0.1' || name === 'localhost') return Number(port ?? defaultPort)
    return undefined
  }
  const record = (req: IncomingMessage, host: string, forwarded: boolean): void => {
    const auth = req.headers['proxy-authorization']
    log.push({
      method: req.method ?? '',
      host,
      forwarded,
      ...(auth ? { proxyAuthorization: auth } : {})
    })
  }

  const server = createServer((req, res) => {
    // Plain http through a proxy: the request line carries the absolute URI.
    let target: URL
    try {
      target = new URL(req.url ?? '')
    } catch {
      res.writeHead(400).end('absolute URI expected')
      return
    }
    const port = resolve(target.host, 80)
    record(req, target.host, port !== undefined)
    if (port === undefined) {
      res.writeHead(502).end(`proxy: unknown host ${target.host}`)
      return
    }
    const headers = { ...req.headers }
    delete headers['proxy-authorization']
    delete headers['proxy-connection']
    const upstream = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: req.method,
        path: target.pathname + target.search,
        headers
      },
      answer => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      }
    )
    upstream.on('error', () => res.destroy())
    req.pipe(upstream)
  })
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const host = req.url ?? ''
    const port = resolve(host, 443)
    record(req, host, port !== undefined)
    if (port === undefined) {
      client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n')
      return
    }
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length > 0) upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    sockets.add(upstream)
    upstream.on('close', () => sockets.delete(upstream))
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    log,
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>(done => server.close(() => done()))
    }
  }
}

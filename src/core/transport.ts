/**
 * HTTP requests on Node's own `http`, `https` and `tls` modules, answered as a standard
 * `Response`, with the parts of fetch() this tool uses: method, headers, a string, bytes or
 * URLSearchParams body, `redirect` ('follow', 'manual' or 'error'), `signal`, and a tunnel
 * through a proxy (HTTP CONNECT, for https:// and http:// alike).
 *
 * Why not the global fetch: Node's fetch parses HTTP with a WebAssembly build of llhttp that
 * each new process compiles before its first request, and an action run is a new process.
 * On Node 20 that costs more CPU than everything else a run does; `http`/`https` use the
 * parser compiled into Node. `npm run bench` compares the two.
 *
 * Failures look as fetch's do, so callers read them one way (core/fetch-failure.ts): a
 * network or TLS error rejects with TypeError "fetch failed" whose `cause` is the system
 * error; an aborted request (AbortSignal.timeout) rejects with the signal's reason.
 */
import * as http from 'node:http'
import * as https from 'node:https'
import { isIP, type Socket } from 'node:net'
import { Readable, type Duplex } from 'node:stream'
import * as tls from 'node:tls'

export interface SendOptions {
  method?: string
  headers: Headers
  body?: RequestInit['body']
  redirect?: RequestInit['redirect']
  signal?: AbortSignal | null
  /** The proxy a request to this URL tunnels through; undefined for a direct connection. */
  proxyFor?: (url: URL) => URL | undefined
}

/** fetch()'s limit, and the status codes it follows. */
const MAX_REDIRECTS = 20
const REDIRECTS = new Set([301, 302, 303, 307, 308])
/** Statuses whose answer never has a body (a Response refuses one). */
const NO_BODY = new Set([101, 103, 204, 205, 304])

/** Why a request was aborted: the signal's reason (a TimeoutError for AbortSignal.timeout). */
function abortReason(signal: AbortSignal | undefined): Error {
  const reason: unknown = signal?.reason
  // Not `instanceof Error`: a DOMException made in another realm (a vm context) is no Error there.
  return typeof reason === 'object' && reason !== null && 'name' in reason
    ? (reason as Error)
    : new DOMException('This operation was aborted', 'AbortError')
}

function fetchFailed(cause: unknown): TypeError {
  return new TypeError('fetch failed', { cause })
}

/** The body as bytes, and the content type fetch() gives it when the caller named none. */
function encodeBody(body: RequestInit['body']): { bytes?: Buffer; type?: string } {
  if (body === undefined || body === null) return {}
  if (typeof body === 'string')
    return { bytes: Buffer.from(body), type: 'text/plain;charset=UTF-8' }
  if (body instanceof URLSearchParams) {
    return {
      bytes: Buffer.from(body.toString()),
      type: 'application/x-www-form-urlencoded;charset=UTF-8'
    }
  }
  if (body instanceof ArrayBuffer) return { bytes: Buffer.from(body) }
  if (ArrayBuffer.isView(body)) {
    return { bytes: Buffer.from(body.buffer, body.byteOffset, body.byteLength) }
  }
  throw new TypeError('request body: only a string, bytes or URLSearchParams can be sent')
}

const defaultPortOf = (url: URL): number => (url.protocol === 'https:' ? 443 : 80)
const portOf = (url: URL): number => Number(url.port || defaultPortOf(url))
const bare = (hostname: string): string => hostname.replace(/^\[|\]$/g, '')

/** Basic credentials from a proxy URL's user and password, decoded as the runner toolkit does. */
function proxyAuthorization(proxy: URL): Record<string, string> {
  if (!proxy.username && !proxy.password) return {}
  const pair = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`
  return { 'proxy-authorization': `Basic ${Buffer.from(pair).toString('base64')}` }
}

/** TLS over an open socket to `target`, checked against its name (or IP address). */
function secure(socket: Socket, target: URL): tls.TLSSocket {
  const host = bare(target.hostname)
  return tls.connect({
    socket,
    host,
    ...(isIP(host) ? {} : { servername: host }),
    ALPNProtocols: ['http/1.1']
  })
}

type Connected = (error: Error | null, socket?: Duplex) => void

/**
 * A connection to `target` through the proxy: CONNECT host:port, then (for https://) TLS to
 * the target inside the tunnel, so the proxy sees only the host name.
 */
function tunnel(proxy: URL, target: URL, signal: AbortSignal | undefined, done: Connected): void {
  const authority = `${target.hostname}:${portOf(target)}`
  const connect = (proxy.protocol === 'https:' ? https : http).request({
    host: bare(proxy.hostname),
    port: portOf(proxy),
    method: 'CONNECT',
    path: authority,
    headers: { host: authority, ...proxyAuthorization(proxy) },
    agent: false,
    ...(signal ? { signal } : {})
  })
  connect.once('connect', (answer, socket) => {
    if (answer.statusCode !== 200) {
      socket.destroy()
      done(
        Object.assign(
          new Error(
            `the proxy at ${proxy.host} refused the tunnel to ${authority}: HTTP ${answer.statusCode}`
          ),
          { code: 'PROXY_REFUSED' }
        )
      )
      return
    }
    done(null, target.protocol === 'https:' ? secure(socket, target) : socket)
  })
  connect.on('error', error => done(error))
  connect.end()
}

/** One request of a chain of redirects. */
interface Hop {
  url: URL
  method: string
  headers: Headers
  body?: Buffer
}

interface Answer {
  message: http.IncomingMessage
  url: URL
}

/** One request, one answer (redirects are the caller's). */
function exchange(hop: Hop, options: SendOptions): Promise<Answer> {
  const { url, method, headers, body } = hop
  const signal = options.signal ?? undefined
  const proxy = options.proxyFor?.(url)
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason(signal))
    const outgoing: Record<string, string> = {}
    headers.forEach((value, name) => (outgoing[name] = value))
    // A length, never chunked: an empty PUT or POST says 0, as fetch() does.
    if (body || (method !== 'GET' && method !== 'HEAD')) {
      outgoing['content-length'] = String(body?.byteLength ?? 0)
    }
    const request = (url.protocol === 'https:' ? https : http).request(url, {
      method,
      // Without an agent (a tunnel) Node would name even the default port in the Host header.
      defaultPort: defaultPortOf(url),
      headers: outgoing,
      ...(proxy
        ? {
            createConnection: (_: unknown, done: (error: Error | null, socket: Duplex) => void) => {
              tunnel(proxy, url, signal, done as Connected)
              return undefined
            }
          }
        : {})
    })
    const abort = (): void => {
      request.destroy()
      reject(abortReason(signal))
    }
    signal?.addEventListener('abort', abort, { once: true })
    request.once('response', message => {
      signal?.removeEventListener('abort', abort)
      // The body's reader (or nobody, for an answer without one) gets its errors; never a crash.
      message.on('error', () => undefined)
      // From here an abort ends the body: the stream errors with the signal's reason.
      const stop = (): void => void message.destroy(abortReason(signal))
      signal?.addEventListener('abort', stop, { once: true })
      message.once('close', () => signal?.removeEventListener('abort', stop))
      resolve({ message, url })
    })
    request.on('error', error => {
      signal?.removeEventListener('abort', abort)
      reject(signal?.aborted ? abortReason(signal) : fetchFailed(error))
    })
    request.end(body)
  })
}

function toResponse(answer: Answer, method: string, redirected: boolean): Response {
  const { message } = answer
  const headers = new Headers()
  const raw = message.rawHeaders
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i], raw[i + 1])
  const status = message.statusCode ?? 0
  const empty = NO_BODY.has(status) || method === 'HEAD'
  if (empty) message.resume()
  const response = new Response(empty ? null : (Readable.toWeb(message) as ReadableStream), {
    status,
    statusText: message.statusMessage ?? '',
    headers
  })
  Object.defineProperties(response, {
    url: { value: answer.url.href },
    redirected: { value: redirected }
  })
  return response
}

/** Where a redirect leads, and what of the request goes there (as fetch() decides). */
function redirectTarget(answer: Answer, request: Hop): Hop {
  const location = answer.message.headers.location ?? ''
  const next = new URL(location, answer.url)
  if (next.protocol !== 'https:' && next.protocol !== 'http:') {
    throw fetchFailed(new Error(`redirect to a ${next.protocol} URL`))
  }
  if (next.username || next.password)
    throw fetchFailed(new Error('redirect to a URL with credentials'))
  const status = answer.message.statusCode ?? 0
  const headers = new Headers(request.headers)
  let { method, body } = request
  if (
    (status === 303 && method !== 'GET' && method !== 'HEAD') ||
    ((status === 301 || status === 302) && method === 'POST')
  ) {
    method = 'GET'
    body = undefined
    for (const name of ['content-type', 'content-encoding', 'content-language', 'content-location'])
      headers.delete(name)
  }
  // Credentials stay with the origin they were meant for.
  if (next.origin !== answer.url.origin) {
    headers.delete('authorization')
    headers.delete('cookie')
  }
  return { url: next, method, headers, body }
}

/** fetch(url, options) on Node's http and https. */
export async function send(url: string | URL, options: SendOptions): Promise<Response> {
  const { bytes, type } = encodeBody(options.body)
  const headers = new Headers(options.headers)
  if (type && !headers.has('content-type')) headers.set('content-type', type)
  if (!headers.has('accept')) headers.set('accept', '*/*')
  const first = new URL(url)
  // As fetch(): credentials go in headers, never in the URL (Node's http would send them).
  if (first.username || first.password) {
    throw new TypeError('a URL with a user name or password cannot be requested')
  }
  let request: Hop = {
    url: first,
    method: (options.method ?? 'GET').toUpperCase(),
    headers,
    body: bytes
  }
  for (let hops = 0; ; hops++) {
    const answer = await exchange(request, options)
    const status = answer.message.statusCode ?? 0
    const mode = options.redirect ?? 'follow'
    if (
      !REDIRECTS.has(status) ||
      mode === 'manual' ||
      answer.message.headers.location === undefined
    ) {
      return toResponse(answer, request.method, hops > 0)
    }
    answer.message.destroy()
    if (mode === 'error') throw fetchFailed(new Error(`unexpected redirect (HTTP ${status})`))
    if (hops === MAX_REDIRECTS) throw fetchFailed(new Error('redirect count exceeded'))
    request = redirectTarget(answer, request)
  }
}

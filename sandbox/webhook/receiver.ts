// A chat service's incoming webhook on 127.0.0.1: records every request and
// answers as Slack's does (POST of a JSON object with a `text` string -> 200
// "ok"; a wrong path -> 404 "no_service"; anything else -> 400
// "invalid_payload"), or as told: fail, hang, redirect, refuse unknown fields
// (Google Chat), or answer without end.
import { createServer } from 'node:http'
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { randomBytes } from 'node:crypto'
import { mediaType, readBody } from '../netsuite/http.js'

export interface WebhookRequest {
  at: Date
  method: string
  /** Path and query as received. */
  target: string
  headers: IncomingHttpHeaders
  body: string
  /** The body parsed as JSON, when it is JSON. */
  json?: unknown
  /** What the receiver answered (0 when it hung). */
  status: number
}

export type WebhookBehaviour =
  /** Slack's answers (the default). */
  | { kind: 'slack' }
  /** Google Chat: a JSON object with only fields its Message type knows, else 400 INVALID_ARGUMENT. */
  | { kind: 'google-chat' }
  /** Answer this status (default 500) to every request. */
  | { kind: 'fail'; status?: number }
  /** Read the request, record it, never answer; close() ends the socket. */
  | { kind: 'hang' }
  /** Answer a redirect to `location` (default status 307, which would repeat the POST). */
  | { kind: 'redirect'; location: string; status?: number }
  /** Answer 200 and keep writing until the client goes away. */
  | { kind: 'endless' }

export interface WebhookReceiver {
  /** The webhook URL, with a random token in its path as real services have. */
  url: string
  /** The token part of the path (what masking must hide). */
  token: string
  requests: WebhookRequest[]
  /** Bytes written to clients that went away in `endless` mode. */
  endlessBytesWritten: number[]
  behave(behaviour: WebhookBehaviour): void
  /** Resolves once `count` requests were recorded (Jest's timeout bounds the wait). */
  waitForRequests(count: number): Promise<void>
  close(): Promise<void>
}

export interface WebhookReceiverOptions {
  behaviour?: WebhookBehaviour
}

/** Fields of Google Chat's Message resource a webhook may set. */
const GOOGLE_CHAT_FIELDS = new Set([
  'text',
  'cards',
  'cardsV2',
  'thread',
  'accessoryWidgets',
  'fallbackText',
  'privateMessageViewer'
])

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body)
  } catch {
    return undefined
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

interface Answer {
  status: number
  type: string
  body: string
}

const text = (status: number, body: string): Answer => ({ status, type: 'text/plain', body })

function slackAnswer(req: IncomingMessage, json: unknown): Answer {
  if (req.method !== 'POST') return text(405, 'invalid_method')
  if (mediaType(req.headers['content-type']) !== 'application/json' || !isObject(json))
    return text(400, 'invalid_payload')
  if (typeof json.text !== 'string' || json.text.trim() === '') return text(400, 'no_text')
  return text(200, 'ok')
}

function googleChatAnswer(req: IncomingMessage, json: unknown): Answer {
  const error = (message: string): Answer => ({
    status: 400,
    type: 'application/json',
    body: JSON.stringify({ error: { code: 400, message, status: 'INVALID_ARGUMENT' } })
  })
  if (req.method !== 'POST') return text(405, 'Method Not Allowed')
  if (!isObject(json)) return error('Invalid JSON payload received.')
  const unknown = Object.keys(json).filter(key => !GOOGLE_CHAT_FIELDS.has(key))
  if (unknown.length > 0) {
    return error(
      unknown
        .map(key => `Invalid JSON payload received. Unknown name "${key}": Cannot find field.`)
        .join('\n')
    )
  }
  return {
    status: 200,
    type: 'application/json',
    body: JSON.stringify({ name: 'spaces/AAAA/messages/1', text: json.text ?? '' })
  }
}

export async function startWebhookReceiver(
  options: WebhookReceiverOptions = {}
): Promise<WebhookReceiver> {
  let behaviour: WebhookBehaviour = options.behaviour ?? { kind: 'slack' }
  const token = randomBytes(18).toString('base64url')
  const hookPath = `/services/T0SANDBOX/B0SANDBOX/${token}`
  const requests: WebhookRequest[] = []
  const endlessBytesWritten: number[] = []
  const sockets = new Set<Socket>()
  const waiters: Array<() => void> = []

  const record = (entry: WebhookRequest): void => {
    requests.push(entry)
    for (const wake of waiters.splice(0)) wake()
  }

  const endless = (res: ServerResponse): void => {
    res.writeHead(200, { 'content-type': 'text/plain' })
    const chunk = Buffer.alloc(16 * 1024, 'x')
    let written = 0
    const pump = (): void => {
      while (!res.destroyed && res.write(chunk)) written += chunk.length
      if (!res.destroyed) written += chunk.length
    }
    res.on('drain', pump)
    res.on('close', () => endlessBytesWritten.push(written))
    pump()
  }

  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const raw = await readBody(req)
    // An oversized body is recorded as empty: no notification comes near the limit.
    const body = raw === 'too-large' ? '' : raw.toString('utf8')
    const json = parseJson(body)
    const base = {
      at: new Date(),
      method: req.method ?? 'GET',
      target: req.url ?? '/',
      headers: req.headers,
      body,
      ...(json === undefined ? {} : { json })
    }
    const onHook = new URL(base.target, 'http://receiver.invalid').pathname === hookPath
    let answer: Answer | undefined
    if (!onHook) answer = text(404, 'no_service')
    else if (behaviour.kind === 'hang') {
      record({ ...base, status: 0 })
      return
    } else if (behaviour.kind === 'endless') {
      record({ ...base, status: 200 })
      endless(res)
      return
    } else if (behaviour.kind === 'redirect') {
      const status = behaviour.status ?? 307
      record({ ...base, status })
      res.writeHead(status, { location: behaviour.location, 'content-type': 'text/plain' })
      res.end('moved')
      return
    } else if (behaviour.kind === 'fail') answer = text(behaviour.status ?? 500, 'internal_error')
    else if (behaviour.kind === 'google-chat') answer = googleChatAnswer(req, json)
    else answer = slackAnswer(req, json)
    record({ ...base, status: answer.status })
    res.writeHead(answer.status, { 'content-type': answer.type })
    res.end(answer.body)
  }

  const server = createServer((req, res) => {
    serve(req, res).catch(() => res.destroy())
  })
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}${hookPath}`,
    token,
    requests,
    endlessBytesWritten,
    behave: next => {
      behaviour = next
    },
    waitForRequests: count =>
      new Promise(resolve => {
        const check = (): void => {
          if (requests.length >= count) resolve()
          else waiters.push(check)
        }
        check()
      }),
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>(resolve => server.close(() => resolve()))
    }
  }
}

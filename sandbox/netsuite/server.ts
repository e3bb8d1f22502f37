// The emulator's HTTP server: routes, one log entry per request, faults, and a
// close() that ends every socket at once so Jest exits cleanly.
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { parseJwt } from './jwt.js'
import { CLIENTS_PREFIX, handleCertificates, matchesCertificates } from './certificates-endpoint.js'
import { Faults, describeFault } from './faults.js'
import { readBody, restError } from './http.js'
import { Registry } from './registry.js'
import { TOKEN_PATH, handleToken } from './token-endpoint.js'
import { restoreFields, saveFields, type SavedFields } from '../saved-state.js'
import type {
  Fault,
  IssuedToken,
  LogEntry,
  NetSuiteEmulator,
  NetSuiteEmulatorOptions,
  Outcome,
  RequestContext
} from './types.js'

export async function startNetSuiteEmulator(
  opts: NetSuiteEmulatorOptions = {}
): Promise<NetSuiteEmulator> {
  const now = opts.now ?? Date.now
  const skewSeconds = opts.skewSeconds ?? 300
  const accountId = opts.accountId ?? '1234567_SB1'
  const registry = new Registry(now)
  const log: LogEntry[] = []
  const issuedTokens: IssuedToken[] = []
  const seenJti = new Map<string, number>()
  const faults = new Faults()
  const sockets = new Set<Socket>()
  const timers = new Set<NodeJS.Timeout>()
  let closed = false
  let tokenUrl = ''

  const route = (req: RequestContext): Outcome => {
    if (req.path === TOKEN_PATH) {
      return handleToken(req, { registry, tokenUrl, now, skewSeconds, issuedTokens, seenJti })
    }
    if (matchesCertificates(req.path))
      return handleCertificates(req, { registry, now, issuedTokens })
    return restError(404, 'NONEXISTENT_ID', `no resource at ${req.path} in account ${accountId}`)
  }

  const delay = (ms: number): Promise<void> =>
    new Promise(resolve => {
      const timer = setTimeout(() => {
        timers.delete(timer)
        resolve()
      }, ms)
      timers.add(timer)
    })

  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const entry = {
      at: new Date(now()),
      method: req.method ?? 'GET',
      path: new URL(req.url ?? '/', 'http://emulator.invalid').pathname,
      ...(req.headers['user-agent'] ? { userAgent: req.headers['user-agent'] } : {})
    }
    try {
      const body = await readBody(req)
      const jwt = entry.path === TOKEN_PATH && body !== 'too-large' ? peekJwt(body) : {}
      const fault = faults.take(entry.method, entry.path)
      if (fault?.latencyMs) await delay(fault.latencyMs)
      if (closed) return
      const context = { method: entry.method, path: entry.path, headers: req.headers }
      if (fault?.afterHandling && body !== 'too-large') {
        const handled = route({ ...context, body })
        const status = fault.status ?? 502
        log.push({
          ...entry,
          ...jwt,
          status,
          verdict: 'fault',
          reason: `${describeFault(fault)} (handled: ${handled.verdict}${handled.reason ? `, ${handled.reason}` : ''})`
        })
        send(res, injected(fault, status))
        return
      }
      if (fault && (fault.drop || fault.hang || fault.status !== undefined || fault.redirectTo)) {
        const status = fault.redirectTo ? (fault.status ?? 307) : (fault.status ?? 0)
        log.push({ ...entry, ...jwt, status, verdict: 'fault', reason: describeFault(fault) })
        if (fault.drop) req.socket.destroy()
        else if (fault.redirectTo) send(res, redirected(fault.redirectTo, status))
        else if (fault.status !== undefined) send(res, injected(fault, status))
        return // hang: never answer; close() ends the socket
      }
      const outcome =
        body === 'too-large'
          ? restError(413, 'INVALID_CONTENT', 'request body too large')
          : route({ ...context, body })
      send(res, outcome)
      log.push({
        ...entry,
        status: outcome.status,
        verdict: outcome.verdict,
        reason: outcome.reason,
        error: outcome.error,
        header: outcome.header ?? jwt.header,
        claims: outcome.claims ?? jwt.claims
      })
    } catch (error) {
      // An emulator bug must be loud, not look like a NetSuite answer.
      const reason = `emulator error: ${error instanceof Error ? error.message : String(error)}`
      log.push({ ...entry, status: 500, verdict: 'fault', reason })
      if (!res.headersSent)
        send(res, {
          status: 500,
          body: { error: 'emulator_error', error_description: reason },
          verdict: 'refused'
        })
    }
  }

  const server = createServer((req, res) => void serve(req, res))
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  tokenUrl = url + TOKEN_PATH

  return {
    url,
    get tokenUrl() {
      return tokenUrl
    },
    answerAs(base) {
      tokenUrl = base.replace(/\/+$/, '') + TOKEN_PATH
      return tokenUrl
    },
    certificatesUrl: clientId =>
      `${url}${CLIENTS_PREFIX}${encodeURIComponent(clientId)}/certificates`,
    createIntegration: o => registry.createIntegration(o),
    createRole: o => registry.createRole(o),
    createEntity: o => registry.createEntity(o),
    uploadCertificate: o => registry.upload(o),
    revokeCertificate: id => registry.revoke(id),
    certificates: clientId => registry.list(clientId),
    forgetCertificate: id => registry.forget(id),
    wipe: () => registry.wipe(),
    log,
    issuedTokens,
    tokenRequests: () => log.filter(entry => entry.path === TOKEN_PATH),
    injectFault: (fault: Fault) => faults.add(fault),
    clearFaults: () => faults.clear(),
    save: () => ({
      netsuite: {
        registry: saveFields(registry),
        lists: saveFields({ log, issuedTokens, seenJti }),
        tokenUrl
      }
    }),
    restore({ netsuite: saved }) {
      const {
        registry: records,
        lists,
        tokenUrl: savedTokenUrl
      } = saved as {
        registry: SavedFields
        lists: SavedFields
        tokenUrl: string
      }
      restoreFields(registry, records)
      restoreFields({ log, issuedTokens, seenJti }, lists)
      faults.clear()
      tokenUrl = savedTokenUrl
    },
    close: async () => {
      if (closed) return
      closed = true
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      await new Promise<void>(resolve => {
        server.close(() => resolve())
        server.closeAllConnections()
        for (const socket of sockets) socket.destroy()
      })
    }
  }
}

function send(res: ServerResponse, outcome: Outcome): void {
  const text = typeof outcome.body === 'string'
  const payload = text ? (outcome.body as string) : JSON.stringify(outcome.body)
  res.writeHead(outcome.status, {
    'content-type': text ? 'text/plain; charset=utf-8' : 'application/json',
    ...outcome.headers,
    'content-length': String(Buffer.byteLength(payload))
  })
  res.end(payload)
}

function injected(fault: Fault, status: number): Outcome {
  const body =
    fault.body === undefined
      ? { error: 'server_error', error_description: `injected fault (HTTP ${status})` }
      : fault.body
  return {
    status,
    body: typeof body === 'string' ? body : (body as Record<string, unknown>),
    verdict: 'refused'
  }
}

/** What a load balancer or a hijacked DNS name might answer: go and ask somewhere else. */
function redirected(location: string, status: number): Outcome {
  return { status, body: '', headers: { location }, verdict: 'refused' }
}

/** Decoded header and claims for the log, even when the request is refused before verification. */
function peekJwt(body: Buffer): Pick<LogEntry, 'header' | 'claims'> {
  const assertion = new URLSearchParams(body.toString('utf8')).get('client_assertion')
  if (!assertion) return {}
  const parsed = parseJwt(assertion)
  return 'problem' in parsed ? {} : { header: parsed.header, claims: parsed.claims }
}

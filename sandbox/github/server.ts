// The request pipeline, in the order GitHub applies it: injected faults (they stand for the
// network and GitHub's own outages, so they come first and never touch state), credentials,
// the documented route, the repository, the token's permissions, then the request's query and
// body against GitHub's schemas, and only then the handler. Every request is logged once.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import { errorReply, type Ctx, type Handler, type Reply, type TokenInfo } from './context.js'
import { actionsHandlers } from './handlers-actions.js'
import { issuesHandlers } from './handlers-issues.js'
import type { OpenApi, RouteMatch } from './openapi.js'
import type { Renderer } from './render.js'
import { handlersOrg } from './handlers-org.js'
import type { OrgState } from './org-state.js'
import type { RepoState } from './state.js'
import type { Fault, RequestLogEntry } from './types.js'

const HANDLERS: Record<string, Handler> = { ...actionsHandlers, ...issuesHandlers, ...handlersOrg }
const GENERIC_DOCS = 'https://docs.github.com/rest'
const RATE_LIMIT_DOCS = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api'
/** The REST API versions GitHub serves; a request naming another is refused with 400. */
const API_VERSIONS = ['2022-11-28', '2026-03-10']
const MAX_BODY = 1024 * 1024

export interface ActiveFault extends Fault {
  remaining: number
}

export interface PipelineDeps {
  /** The main repository (issues, workflows, the rotation's own secrets). */
  state: RepoState
  /** Every repository served, the main one included, by lower-cased `owner/repo`. */
  repos: Map<string, RepoState>
  org: OrgState
  render: (state: RepoState) => Renderer
  api: OpenApi
  baseUrl: () => string
  /** Token value -> who it is and what it may do. */
  tokens: Map<string, TokenInfo>
  faults: ActiveFault[]
  log: RequestLogEntry[]
  /** Responses held open by a `hang` fault, released by close(). */
  hanging: Set<ServerResponse>
}

/** GitHub App permission names, as x-accepted-github-permissions spells them. */
const PERMISSION_NAMES: Partial<Record<keyof TokenInfo['caps'], string>> = {
  variables: 'actions_variables',
  orgSecrets: 'organization_secrets',
  orgVariables: 'organization_actions_variables',
  environments: 'environments'
}

/** Which token capability an operation needs. Collaborator permission and the repository
 * itself only need metadata, which every token has unless told otherwise. */
function capabilityFor(operationId: string): keyof TokenInfo['caps'] {
  if (/-org-(secret|public-key)|selected-repos-for-org-secret/.test(operationId))
    return 'orgSecrets'
  if (/-org-variable|selected-repos-for-org-variable/.test(operationId)) return 'orgVariables'
  // Environment secrets and variables are the Environments permission's, not Secrets/Variables.
  if (/-environment-(secret|variable|public-key)/.test(operationId)) return 'environments'
  if (/secret|public-key/.test(operationId)) return 'secrets'
  if (/variable/.test(operationId)) return 'variables'
  if (/workflow/.test(operationId)) return 'actions'
  if (operationId.startsWith('issues/')) return 'issues'
  return 'metadata'
}

function faultBody(status: number): Record<string, string> {
  const messages: Record<number, string> = {
    401: 'Bad credentials',
    403: 'Forbidden',
    404: 'Not Found',
    409: 'Conflict',
    422: 'Validation Failed',
    429: 'API rate limit exceeded'
  }
  const message = status >= 500 ? 'Server Error' : (messages[status] ?? 'Error')
  return { message, documentation_url: GENERIC_DOCS, status: String(status) }
}

/** What GitHub answers when a rate limit is hit (docs: "Rate limits for the REST API"). A
 * primary limit empties `x-ratelimit-remaining` until `x-ratelimit-reset`; a secondary one
 * says so in its message and may carry `retry-after`, with budget left. */
function rateLimitReply(fault: Fault, requestId: string, userId: number): Reply {
  const status = fault.status ?? 403
  if (fault.rateLimit === 'primary') {
    const reset = Math.floor(Date.now() / 1000) + (fault.resetIn ?? 3600)
    return {
      status,
      body: {
        message: `API rate limit exceeded for user ID ${userId}. If you reach out to GitHub Support for help, please include the request ID ${requestId} and timestamp ${new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')}.`,
        documentation_url: `${RATE_LIMIT_DOCS}#primary-rate-limit`,
        status: String(status)
      },
      headers: {
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(reset),
        'x-ratelimit-used': '5000'
      }
    }
  }
  return {
    status,
    body: {
      message: `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${requestId}.`,
      documentation_url: `${RATE_LIMIT_DOCS}#about-secondary-rate-limits`,
      status: String(status)
    },
    headers: fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) }
  }
}

/** GitHub's 403s that are not a missing permission: SAML single sign-on not authorized for the
 * token (with the `x-github-sso` header naming where to authorize it), an IP allow list, an
 * organization's policy on tokens. Messages as GitHub words them. */
function refusalReply(refusal: NonNullable<Fault['refusal']>, org: string, docs: string): Reply {
  if (refusal === 'sso') {
    return {
      ...errorReply(
        403,
        'Resource protected by organization SAML enforcement. You must grant your Personal Access token access to this organization.',
        docs
      ),
      headers: {
        'x-github-sso': `required; url=https://github.com/orgs/${org}/sso?authorization_request=AZSCKtL4U8yX1H3sCQIVnVgmjmon5fWxks5YrqhJzahpY3JsZWRfYWNjZXNzX3JlcXVlc3RfjAWCA`
      }
    }
  }
  if (refusal === 'ip-allow-list') {
    return errorReply(
      403,
      `Although you appear to have the correct authorization credentials, the \`${org}\` organization has an IP allow list enabled, and your IP address is not permitted to access this resource.`,
      docs
    )
  }
  return errorReply(
    403,
    `The '${org}' organization forbids access via a fine-grained personal access tokens if the token's lifetime is greater than 366 days. Please adjust your token's lifetime at the following URL: https://github.com/settings/personal-access-tokens/4242`,
    docs
  )
}

/** A copy of a body fit for the log: sealed values are not the log's business. */
function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, k === 'encrypted_value' ? '[sealed]' : redact(v)])
  )
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_BODY) chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

export function createPipeline(deps: PipelineDeps) {
  const { state, api, tokens, faults, log } = deps
  let requestCounter = 0

  const nextRequestId = (): string => `EMU:${(++requestCounter).toString(16).toUpperCase()}`

  function send(res: ServerResponse, reply: Reply, requestId: string, version: string): void {
    const headers: Record<string, string> = {
      'x-github-api-version-selected': version,
      'x-github-request-id': requestId,
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-used': '1',
      'x-ratelimit-resource': 'core',
      ...reply.headers
    }
    if (reply.body === undefined || reply.status === 204) {
      res.writeHead(reply.status, headers).end()
      return
    }
    headers['content-type'] = 'application/json; charset=utf-8'
    res.writeHead(reply.status, headers).end(JSON.stringify(reply.body))
  }

  function takeFault(method: string, path: string): ActiveFault | undefined {
    const fault = faults.find(
      f =>
        f.remaining > 0 &&
        (f.method === undefined || f.method.toUpperCase() === method) &&
        (typeof f.path === 'string' ? f.path === path : f.path.test(path))
    )
    if (fault) fault.remaining -= 1
    return fault
  }

  function identify(header: string | undefined): TokenInfo | 'none' | 'unknown' {
    const m = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header ?? '')
    if (!m) return 'none'
    return tokens.get(m[1]) ?? 'unknown'
  }

  /** Everything after faults and credentials: route, repository, permission, validation. */
  function serve(
    route: RouteMatch,
    token: TokenInfo,
    request: { url: URL; body: unknown; badJson: boolean }
  ): Reply {
    const { operation, params } = route
    const docs = operation.docs
    let repoState = state
    if (operation.template.startsWith('/repos/')) {
      const fullName = `${String(params.owner)}/${String(params.repo)}`.toLowerCase()
      const found = deps.repos.get(fullName)
      // A repository the token was not given is as invisible as one that does not exist.
      const visible = token.repositories === undefined || token.repositories.includes(fullName)
      if (!found || !visible) return errorReply(404, 'Not Found', docs)
      repoState = found
    } else if (String(params.org).toLowerCase() !== deps.org.login.toLowerCase()) {
      return errorReply(404, 'Not Found', docs)
    }
    const capability = capabilityFor(operation.operationId)
    if (!token.caps[capability]) {
      const reply = errorReply(403, 'Resource not accessible by integration', docs)
      const level = operation.method === 'GET' ? 'read' : 'write'
      const name = PERMISSION_NAMES[capability] ?? capability
      return { ...reply, headers: { 'x-accepted-github-permissions': `${name}=${level}` } }
    }
    if (request.badJson) return errorReply(400, 'Problems parsing JSON', docs)
    const problem =
      api.checkQuery(operation, request.url.searchParams) ?? api.checkBody(operation, request.body)
    if (problem) return errorReply(422, `Invalid request.\n\n${problem}`, docs)
    const handler = HANDLERS[operation.operationId]
    if (!handler) throw new Error(`no handler for ${operation.operationId}`)
    const ctx: Ctx = {
      state: repoState,
      repos: deps.repos,
      org: deps.org,
      render: deps.render(repoState),
      renderFor: deps.render,
      operation,
      params,
      query: request.url.searchParams,
      body: request.body,
      token,
      url: request.url
    }
    return handler(ctx)
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req)
    const method = (req.method ?? 'GET').toUpperCase()
    const url = new URL(req.url ?? '/', deps.baseUrl())
    let body: unknown
    let badJson = false
    if (raw.trim() !== '') {
      try {
        body = JSON.parse(raw)
      } catch {
        badJson = true
      }
    }
    const who = identify(req.headers.authorization)
    const route = api.match(method, url.pathname)
    const versionHeader = req.headers['x-github-api-version']
    const apiVersion = Array.isArray(versionHeader) ? versionHeader.join(',') : versionHeader
    const entry: RequestLogEntry = {
      method,
      path: url.pathname,
      query: url.search.replace(/^\?/, ''),
      status: 0,
      token: typeof who === 'string' ? who : who.name,
      operationId: route?.operation.operationId,
      ...(apiVersion === undefined ? {} : { apiVersion }),
      ...(req.headers['user-agent'] ? { userAgent: req.headers['user-agent'] } : {})
    }
    if (body !== undefined) entry.body = redact(body)
    else if (badJson) entry.body = '[unparseable]'
    log.push(entry)

    const fault = takeFault(method, url.pathname)
    if (fault?.drop) {
      req.socket.destroy()
      return
    }
    if (fault?.hang) {
      deps.hanging.add(res)
      return
    }
    const requestId = nextRequestId()
    let reply: Reply
    if (fault?.rateLimit) {
      const login = typeof who === 'string' ? 'anonymous' : who.login
      reply = rateLimitReply(fault, requestId, state.user(login).id)
    } else if (fault?.refusal) {
      reply = refusalReply(fault.refusal, deps.org.login, route?.operation.docs ?? GENERIC_DOCS)
    } else if (fault) {
      if (fault.afterApplying && route && typeof who !== 'string') {
        // The work is done; only the answer is lost.
        serve(route, who, { url, body, badJson })
      }
      const retryAfter: Record<string, string> =
        fault.retryAfter === undefined ? {} : { 'retry-after': `${fault.retryAfter}` }
      reply = {
        status: fault.status ?? 500,
        body: faultBody(fault.status ?? 500),
        headers: retryAfter
      }
    } else if (
      (method === 'PUT' || method === 'POST') &&
      req.headers['content-length'] === undefined
    ) {
      // GitHub's front answers a PUT or POST without a length (no body, or a chunked one) with
      // 411; its docs ask for `Content-Length: 0` on a PUT with no body.
      reply = { status: 411, body: { message: 'Length Required' } }
    } else if (apiVersion !== undefined && !API_VERSIONS.includes(apiVersion)) {
      // Without the header GitHub serves its default version; with one it does not serve, 400.
      reply = errorReply(
        400,
        `Invalid API version '${apiVersion}'. Supported versions: ${API_VERSIONS.join(', ')}.`,
        route?.operation.docs ?? GENERIC_DOCS
      )
    } else if (who === 'none') {
      reply = errorReply(401, 'Requires authentication', route?.operation.docs ?? GENERIC_DOCS)
    } else if (who === 'unknown') {
      reply = errorReply(401, 'Bad credentials', GENERIC_DOCS)
    } else if (!route) {
      // Not in GitHub's description (or not in the subset): fail loudly, so a client that
      // relies on it is noticed here rather than against the real API.
      process.stderr.write(`github emulator: no documented route for ${method} ${url.pathname}\n`)
      reply = errorReply(404, 'Not Found', GENERIC_DOCS)
    } else {
      try {
        reply = serve(route, who, { url, body, badJson })
      } catch (error) {
        process.stderr.write(
          `github emulator: ${String(error instanceof Error ? error.stack : error)}\n`
        )
        reply = { status: 500, body: faultBody(500) }
      }
    }
    entry.status = reply.status
    send(res, reply, requestId, apiVersion ?? API_VERSIONS[0])
  }
}

/** Sockets to destroy on close(), so a hung request or a keep-alive connection never holds a
 * test open. */
export function trackSockets(sockets: Set<Socket>): (socket: Socket) => void {
  return socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  }
}

// The token exchange against a real HTTP server on loopback: what is sent, how each
// NetSuite answer becomes an error with a hint, what is retried, and what is never printed.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { verify, constants } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { HINTS, NetSuiteError, redact } from '../../src/netsuite/errors.js'
import {
  MAX_BODY_BYTES,
  NetworkError,
  RedirectRefused,
  type RetryPolicy
} from '../../src/netsuite/http.js'
import { proveCredentials } from '../../src/netsuite/client.js'
import { exchangeToken } from '../../src/netsuite/token.js'
import { fixtureKeyPair } from '../fixtures/keys.js'

interface Seen {
  method: string
  url: string
  contentType: string
  form: URLSearchParams
}
type Handler = (request: Seen, response: ServerResponse) => void

let server: Server
let base = ''
let handler: Handler = (_, response) => response.end()
let seen: Seen[] = []

const POLICY: RetryPolicy = { attempts: 3, baseDelayMs: 10, maxDelayMs: 20, timeoutMs: 5000 }
const CLIENT_ID = 'c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2'
const ACCESS_TOKEN =
  'eyJraWQiOiJhYmMiLCJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ'
const { privateKey, publicKey } = fixtureKeyPair('rsa-3072')
const privatePem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string
const keyLine = privatePem.split('\n')[1]

const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Handler =>
  (_, response) => {
    response.writeHead(status, { 'content-type': 'application/json', ...headers })
    response.end(JSON.stringify(body))
  }

beforeAll(async () => {
  server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = []
    request.on('data', chunk => chunks.push(chunk as Buffer))
    request.on('end', () => {
      const entry = {
        method: request.method ?? '',
        url: request.url ?? '',
        contentType: request.headers['content-type'] ?? '',
        form: new URLSearchParams(Buffer.concat(chunks).toString('utf8'))
      }
      seen.push(entry)
      handler(entry, response)
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise(resolve => server.close(resolve))
})

beforeEach(() => {
  seen = []
})

const tokenUrl = (): string => `${base}/services/rest/auth/oauth2/v1/token`

/** Proves the test credentials; returns the outcome and the assertion that was sent. */
async function prove(
  policy: RetryPolicy = POLICY
): Promise<{ result?: unknown; error?: Error; assertion: string }> {
  let assertion = ''
  try {
    const result = await proveCredentials(
      { clientId: CLIENT_ID, certificateId: 'CERT_ID-1', privateKey, algorithm: 'PS256' },
      {
        tokenUrl: tokenUrl(),
        scopes: ['restlets', 'rest_webservices'],
        policy,
        onAssertion: a => (assertion = a)
      }
    )
    return { result, assertion }
  } catch (error) {
    return { error: error as Error, assertion }
  }
}

/** Nothing secret may appear in an error a user or CI log will see. */
function expectNoSecrets(error: Error | undefined, assertion: string): void {
  expect(error).toBeDefined()
  const text = `${error?.message}\n${error?.stack}`
  expect(assertion.length).toBeGreaterThan(100)
  expect(text).not.toContain(assertion)
  expect(text).not.toContain(assertion.split('.')[2])
  expect(text).not.toContain(CLIENT_ID)
  expect(text).not.toContain(keyLine)
  expect(text).not.toContain(ACCESS_TOKEN)
}

describe('exchangeToken success', () => {
  it('posts the client-credentials form with the assertion and reads a string expires_in', async () => {
    handler = json(200, { access_token: ACCESS_TOKEN, expires_in: '3600', token_type: 'bearer' })
    const { result, assertion } = await prove()
    expect(result).toEqual({ accessToken: ACCESS_TOKEN, expiresIn: 3600, tokenType: 'bearer' })
    expect(seen).toHaveLength(1)
    expect(seen[0].method).toBe('POST')
    expect(seen[0].url).toBe('/services/rest/auth/oauth2/v1/token')
    expect(seen[0].contentType).toBe('application/x-www-form-urlencoded')
    expect(Object.fromEntries(seen[0].form)).toEqual({
      grant_type: 'client_credentials',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion
    })
    // The assertion on the wire is signed by our key (checked with node:crypto) for our token URL.
    const [h, p, s] = assertion.split('.')
    const pss = { key: publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }
    expect(verify('sha256', Buffer.from(`${h}.${p}`), pss, Buffer.from(s, 'base64url'))).toBe(true)
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >
    expect(claims.aud).toBe(tokenUrl())
    expect(claims.iss).toBe(CLIENT_ID)
  })

  it('reads a numeric expires_in and defaults the token type', async () => {
    handler = json(200, { access_token: ACCESS_TOKEN, expires_in: 1800 })
    const result = await exchangeToken(tokenUrl(), 'a.b.c', POLICY)
    expect(result).toEqual({ accessToken: ACCESS_TOKEN, expiresIn: 1800, tokenType: 'Bearer' })
  })

  it('retries a 503 and succeeds on the next attempt', async () => {
    let count = 0
    handler = (request, response) => {
      count++
      if (count === 1) return json(503, { error: 'server_error' })(request, response)
      json(200, { access_token: ACCESS_TOKEN, expires_in: '3600', token_type: 'Bearer' })(
        request,
        response
      )
    }
    const { result } = await prove()
    expect(result).toMatchObject({ accessToken: ACCESS_TOKEN })
    expect(seen).toHaveLength(2)
    // Each attempt is signed afresh: a retry never repeats the jti of the lost one.
    const jtis = seen.map(request => {
      const payload = (request.form.get('client_assertion') ?? '').split('.')[1] ?? ''
      return (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { jti: string }).jti
    })
    expect(new Set(jtis).size).toBe(2)
  })

  it('retries a 429 honouring Retry-After', async () => {
    let count = 0
    handler = (request, response) => {
      count++
      if (count === 1)
        return json(429, { error: 'rate_limited' }, { 'retry-after': '0' })(request, response)
      json(200, { access_token: ACCESS_TOKEN })(request, response)
    }
    const { result } = await prove()
    expect(result).toMatchObject({ accessToken: ACCESS_TOKEN })
    expect(seen).toHaveLength(2)
  })
})

describe('exchangeToken errors', () => {
  it.each([
    ['invalid_client', 401, HINTS.invalid_client, 1],
    ['invalid_grant', 400, HINTS.invalid_grant, 1],
    ['invalid_request', 400, HINTS.invalid_request, 1],
    ['invalid_scope', 400, HINTS.invalid_scope, 1],
    ['server_error', 500, HINTS.server_error, 3],
    [
      'something_new',
      400,
      'See the Login Audit Trail in NetSuite (Setup > Users/Roles > View Login Audit Trail) for the detail code.',
      1
    ],
    ['something_new', 403, HINTS.invalid_client, 1]
  ])('%s (HTTP %d) becomes a NetSuiteError with its hint', async (code, status, hint, requests) => {
    handler = json(status, { error: code, error_description: `details for ${code}` })
    const { error, assertion } = await prove()
    expect(error).toBeInstanceOf(NetSuiteError)
    const ns = error as NetSuiteError
    // A code outside the known OAuth codes is NetSuite's free text: shown as unexpected_error.
    const shown = code === 'something_new' ? 'unexpected_error' : code
    expect(ns.code).toBe(shown)
    expect(ns.status).toBe(status)
    expect(ns.hint).toBe(hint)
    expect(ns.description).toBe(`details for ${code}`)
    expect(ns.message).toBe(
      `token exchange failed: NetSuite answered \`${shown}\` (HTTP ${status}): \`details for ${code}\`. ${hint}`
    )
    // 4xx answers are final; 5xx are retried up to the policy's attempts.
    expect(seen).toHaveLength(requests)
    expectNoSecrets(error, assertion)
  })

  it('describes a non-JSON 502 page by its status and content type', async () => {
    handler = (_, response) => {
      response.writeHead(502, { 'content-type': 'text/html' })
      response.end('<html><body>Bad Gateway</body></html>')
    }
    const { error } = await prove()
    const ns = error as NetSuiteError
    expect(ns).toBeInstanceOf(NetSuiteError)
    expect(ns.code).toBe('http_error')
    expect(ns.status).toBe(502)
    expect(ns.description).toBe('unexpected text/html body')
    expect(ns.hint).toBe('NetSuite had a server problem; rerun later.')
    expect(seen).toHaveLength(POLICY.attempts)
  })

  it('reports a 200 without an access token', async () => {
    handler = json(200, { token_type: 'Bearer' })
    const { error } = await prove()
    expect((error as NetSuiteError).code).toBe('no_access_token')
  })

  it('never retries invalid_client', async () => {
    handler = json(401, { error: 'invalid_client' })
    await prove({ ...POLICY, attempts: 5 })
    expect(seen).toHaveLength(1)
  })

  it('redacts an error_description that echoes the assertion, an access token and the client ID', async () => {
    handler = (request, response) => {
      const echoed = request.form.get('client_assertion') ?? ''
      json(400, {
        error: 'invalid_request',
        error_description: `bad assertion ${echoed} for ${CLIENT_ID}; token ${ACCESS_TOKEN}; Bearer abc.def`
      })(request, response)
    }
    const { error, assertion } = await prove()
    expect(error).toBeInstanceOf(NetSuiteError)
    expect((error as NetSuiteError).description).toContain('bad assertion [redacted]')
    expect((error as NetSuiteError).description).toContain('Bearer [redacted]')
    expectNoSecrets(error, assertion)
  })
})

describe('network failures', () => {
  it('gives up on a server that never answers after the policy attempts', async () => {
    handler = () => {
      // Never respond: the client's timeout must end each attempt.
    }
    const { error, assertion } = await prove({
      attempts: 3,
      baseDelayMs: 10,
      maxDelayMs: 20,
      timeoutMs: 200
    })
    expect(error).toBeInstanceOf(NetworkError)
    expect(error?.message).toBe(
      `could not reach NetSuite at ${new URL(base).host} after 3 attempts: no answer within 0.2 s. Check account-id (or token-url) and that the runner can reach NetSuite; a rerun repairs a passing outage.`
    )
    expect(seen).toHaveLength(3)
    expectNoSecrets(error, assertion)
  })

  it('reports a refused connection', async () => {
    const closed = createServer()
    await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise(resolve => closed.close(resolve))
    let error: unknown
    try {
      await exchangeToken(`http://127.0.0.1:${port}/token`, 'a.b.c', { ...POLICY, attempts: 2 })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(NetworkError)
    expect((error as Error).message).toMatch(
      new RegExp(`at 127\\.0\\.0\\.1:${port} after 2 attempts: connection failed \\(.*ECONNREFUSED`)
    )
  })
})

describe('a TLS failure', () => {
  it('is reported on one line, though the text OpenSSL gives spans several', async () => {
    let error: unknown
    try {
      // https to a plain-http server: the TLS handshake fails with OpenSSL's multi-line text.
      await exchangeToken(`https://${new URL(base).host}/token`, 'a.b.c', {
        ...POLICY,
        attempts: 1
      })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(NetworkError)
    expect((error as Error).message).toMatch(/after 1 attempts: connection failed \(.*SSL/)
    expect((error as Error).message).not.toMatch(/[\r\n]/)
  })
})

describe('redirects', () => {
  it.each([301, 302, 303, 307, 308])(
    'refuses a %d and never sends the assertion where it points',
    async status => {
      handler = (request, response) => {
        if (request.url.startsWith('/elsewhere')) {
          json(200, { access_token: ACCESS_TOKEN, expires_in: '3600' })(request, response)
          return
        }
        response.writeHead(status, { location: `${base}/elsewhere/token` })
        response.end()
      }
      const { error, assertion } = await prove()
      expect(error).toBeInstanceOf(RedirectRefused)
      expect(error?.message).toContain(
        `answered with a redirect (HTTP ${status}) to \`${new URL(base).host}\``
      )
      expect(error?.message).toContain('Redirects are refused, never followed')
      expect(seen.map(request => request.url)).toEqual(['/services/rest/auth/oauth2/v1/token'])
      expectNoSecrets(error, assertion)
    }
  )
})

describe('what NetSuite sends is data', () => {
  it('shows a code that is not a known one as unexpected_error, and its text as inline code', async () => {
    handler = json(400, {
      error: '[click](https://evil.example) @admin ```pem',
      error_description: 'see `https://evil.example`\n::warning::injected\r\nnext line'
    })
    const { error } = await prove()
    const ns = error as NetSuiteError
    expect(ns.code).toBe('unexpected_error')
    expect(ns.message).not.toContain('evil.example)')
    expect(ns.message).not.toContain('@admin')
    expect(ns.message).not.toMatch(/[\r\n]/)
    expect(ns.description).toBe('see `https://evil.example` ::warning::injected next line')
    // The description cannot close its code span: backticks become a look-alike.
    expect(ns.message).toContain(': `see ˋhttps://evil.exampleˋ ::warning::injected next line`.')
  })

  it('cuts a long description to 300 characters after redacting it', async () => {
    handler = (request, response) => {
      const echoed = request.form.get('client_assertion') ?? ''
      // The assertion starts at character 290: cut first, its start would slip through.
      json(400, { error: 'invalid_request', error_description: `${'x'.repeat(289)} ${echoed}` })(
        request,
        response
      )
    }
    const { error, assertion } = await prove()
    const description = (error as NetSuiteError).description ?? ''
    expect(description).toHaveLength(300)
    expect(description).toBe(`${'x'.repeat(289)} [redacted]`)
    expectNoSecrets(error, assertion)
  })

  it('reads at most 64 KiB of an answer that never ends', async () => {
    let sent = 0
    handler = (_, response) => {
      response.writeHead(400, { 'content-type': 'application/json' })
      const chunk = `{"error":"invalid_request","error_description":"${'y'.repeat(16_000)}`
      const pump = (): void => {
        while (!response.destroyed && response.write(chunk)) sent += chunk.length
        if (!response.destroyed) response.once('drain', pump)
      }
      pump()
    }
    const { error } = await prove({ ...POLICY, attempts: 1, timeoutMs: 60_000 })
    // Not JSON once cut: described by status alone, and nothing was retried.
    expect(error).toBeInstanceOf(NetSuiteError)
    expect((error as NetSuiteError).code).toBe('http_error')
    expect((error as NetSuiteError).status).toBe(400)
    expect(sent).toBeGreaterThan(MAX_BODY_BYTES)
    expect(MAX_BODY_BYTES).toBe(64 * 1024)
  })
})

describe('redact', () => {
  it('replaces JWTs, bearer tokens and the given secrets, and keeps everything else', () => {
    const jwt = `${'a'.repeat(10)}.${'b'.repeat(10)}.${'c'.repeat(10)}`
    expect(redact(`x ${jwt}, Bearer abc.def and ${CLIENT_ID}!`, [CLIENT_ID])).toBe(
      'x [redacted], Bearer [redacted] and [redacted]!'
    )
    expect(redact('version 1.2.3 of host.example.com, short.a.b')).toBe(
      'version 1.2.3 of host.example.com, short.a.b'
    )
  })

  it.each([
    ['one 64 KiB run of token characters', 'A'.repeat(65_536), 'AAAAAAAA'],
    ['dots every 7 characters', 'abcdefg.'.repeat(8_192), 'abcdefg.abcdefg.'],
    ['two long parts', `${'A'.repeat(32_000)}.${'B'.repeat(32_000)}`, 'AAAAAAAA']
  ])('handles an adversarial body (%s) correctly', (_name, body, start) => {
    const out = redact(body)
    expect(out).toHaveLength(300)
    expect(out.startsWith(start)).toBe(true)
    expect(out.endsWith('…')).toBe(true)
    expect(out).not.toContain('[redacted]')
  })

  it('redacts the word after each of 9000 bearers', () => {
    expect(redact('Bearer '.repeat(9_000))).toBe(`${'Bearer [redacted] '.repeat(16)}Bearer [red…`)
  })

  it('finds a JWT before 64 KiB of near-misses, and only the JWT', () => {
    const jwt = `${'a'.repeat(10)}.${'b'.repeat(10)}.${'c'.repeat(10)}`
    const out = redact(`${jwt} ${'abcdefgh.abcdefgh.x '.repeat(3_300)}`)
    expect(out.startsWith('[redacted] abcdefgh.abcdefgh.x abcdefgh.abcdefgh.x')).toBe(true)
    expect(out.match(/\[redacted\]/g)).toHaveLength(1)
  })
})

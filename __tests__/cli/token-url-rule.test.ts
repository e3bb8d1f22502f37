// `netsuite-m2m token --token-url` follows the action's endpoint rule: https:// only
// (plain http only for loopback), *.netsuite.com unless --allow-custom-endpoints,
// and a redirect is refused, never followed.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { generateKeyPairSync } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CLIENT_ID, expectNothingSecret, runCli } from './run-cli.js'

const TOKEN_PATH = '/services/rest/auth/oauth2/v1/token'
let dir: string
let server: Server
let port: number
const paths: string[] = []

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'token-url-rule-'))
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
  writeFileSync(join(dir, 'private-key.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }), {
    mode: 0o600
  })
  // Redirects every token request to /elsewhere, which would hand out a token.
  server = createServer((request, response) => {
    paths.push(request.url ?? '')
    request.resume()
    if (request.url === TOKEN_PATH) {
      response.writeHead(307, { location: `/elsewhere${TOKEN_PATH}` })
      response.end()
    } else {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ access_token: 'from.elsewhere.token', expires_in: '3600' }))
    }
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true })
  server.closeAllConnections()
  await new Promise(resolve => server.close(resolve))
})

const token = (url: string, extra: string[] = []): string[] => [
  'token',
  '--client-id',
  CLIENT_ID,
  '--certificate-id',
  'CERT-123',
  '--private-key',
  join(dir, 'private-key.pem'),
  '--token-url',
  url,
  ...extra
]

describe('--token-url', () => {
  it.each([
    [
      'plain http on a host that is not loopback',
      (): string[] => token(`http://0.0.0.0:${port}${TOKEN_PATH}`),
      /^error: --token-url must be an https:\/\/ URL \(plain http:\/\/ only for 127\.0\.0\.1, localhost or \[::1\]\)/
    ],
    [
      'plain http even with --allow-custom-endpoints',
      (): string[] => token(`http://0.0.0.0:${port}${TOKEN_PATH}`, ['--allow-custom-endpoints']),
      /^error: --token-url must be an https:\/\/ URL/
    ],
    [
      'an https host that is not NetSuite',
      (): string[] => token(`https://0.0.0.0:${port}${TOKEN_PATH}`),
      /^error: --token-url host 0\.0\.0\.0 is not a NetSuite host .* set --allow-custom-endpoints/
    ]
  ])('refuses %s with exit 2, sending nothing', async (_name, args, message) => {
    const before = paths.length
    const result = await runCli(args())
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
    expect(paths.length).toBe(before)
    expectNothingSecret(result)
  })

  it('refuses a redirect from a loopback endpoint and never follows it', async () => {
    const before = paths.length
    const result = await runCli(token(`http://127.0.0.1:${port}${TOKEN_PATH}`))
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/answered with a redirect \(HTTP 307\)/)
    expect(result.stderr).toMatch(/Redirects are refused, never followed/)
    expect(paths.slice(before)).toEqual([TOKEN_PATH])
    expect(result.stdout).not.toContain('from.elsewhere.token')
    expectNothingSecret(result)
  })
})

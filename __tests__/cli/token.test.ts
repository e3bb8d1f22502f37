// `netsuite-m2m token` against a tiny NetSuite token endpoint on loopback. The server checks
// what it is sent with node:crypto; the tests check what the CLI prints. An exchange that
// succeeds, --print-token and invalid_client run the bundle as a child process (exit status,
// stdout and stderr as a shell sees them); the other cases run main in this process.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { constants, generateKeyPairSync, verify, X509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { scratch, type Scratch } from '../core/helpers.js'
import { cliInProcess, CLIENT_ID, ensureBundle, expectNothingSecret, runCli } from './run-cli.js'

const ACCESS_TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjbGktdGVzdCJ9.dG9rZW4tc2lnbmF0dXJlLWJ5dGVz'

let tmp: Scratch
let ecDir = ''
let rsaDir = ''

beforeAll(async () => {
  ensureBundle()
  tmp = scratch('cli-token-test')
  ecDir = tmp.path('ec')
  rsaDir = tmp.path('rsa')
  expect((await cliInProcess(['generate', '--key-type', 'ec-p256', '--out', ecDir])).code).toBe(0)
  expect((await cliInProcess(['generate', '--key-type', 'rsa-3072', '--out', rsaDir])).code).toBe(0)
})

afterAll(() => tmp.remove())

describe('token', () => {
  let server: Server
  let url = ''
  let answer: (response: ServerResponse) => void = () => undefined
  const assertions: string[] = []

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = ''
      request.on('data', chunk => (body += String(chunk)))
      request.on('end', () => {
        assertions.push(new URLSearchParams(body).get('client_assertion') ?? '')
        answer(response)
      })
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/services/rest/auth/oauth2/v1/token`
  })

  afterAll(async () => {
    server.closeAllConnections()
    await new Promise(resolve => server.close(resolve))
  })

  const reply = (status: number, body: unknown) => (response: ServerResponse) => {
    response.writeHead(status, { 'content-type': 'application/json' })
    response.end(JSON.stringify(body))
  }
  const tokenArgs = (dir: string, extra: string[] = []): string[] => [
    'token',
    '--account-id',
    '1234567_SB1',
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

  it('proves the credentials and reports the outcome without the token', async () => {
    answer = reply(200, { access_token: ACCESS_TOKEN, expires_in: '3600', token_type: 'Bearer' })
    assertions.length = 0
    const result = await runCli(tokenArgs(ecDir))
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(
      // The account as NetSuite shows it, not as its host names spell it.
      'NetSuite accepted certificate ID CERT-123 for account 1234567_SB1 (ES256'
    )
    expect(result.stdout).toContain('token type   Bearer')
    expect(result.stdout).toContain('expires in   3600 s')
    expect(result.stdout).not.toContain(ACCESS_TOKEN)
    expectNothingSecret(result, readFileSync(join(ecDir, 'private-key.pem'), 'utf8'))
    // The assertion the server got is ES256 over the certificate's key, verified with node:crypto.
    expect(assertions).toHaveLength(1)
    const [h, p, s] = assertions[0].split('.')
    const cert = new X509Certificate(readFileSync(join(ecDir, 'certificate.pem')))
    const data = Buffer.from(`${h}.${p}`)
    expect(
      verify(
        'sha256',
        data,
        { key: cert.publicKey, dsaEncoding: 'ieee-p1363' },
        Buffer.from(s, 'base64url')
      )
    ).toBe(true)
    expect(JSON.parse(Buffer.from(h, 'base64url').toString())).toEqual({
      alg: 'ES256',
      typ: 'JWT',
      kid: 'CERT-123'
    })
    expect(JSON.parse(Buffer.from(p, 'base64url').toString())).toMatchObject({
      iss: CLIENT_ID,
      aud: url
    })
  })

  it('signs PS256 by default for an RSA key', async () => {
    answer = reply(200, { access_token: ACCESS_TOKEN, expires_in: 3600 })
    assertions.length = 0
    const result = await cliInProcess(tokenArgs(rsaDir, ['--scope', 'restlets']))
    expect(result.code).toBe(0)
    const [h, p, s] = assertions[0].split('.')
    const cert = new X509Certificate(readFileSync(join(rsaDir, 'certificate.pem')))
    const pss = { key: cert.publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }
    expect(verify('sha256', Buffer.from(`${h}.${p}`), pss, Buffer.from(s, 'base64url'))).toBe(true)
    expect(JSON.parse(Buffer.from(p, 'base64url').toString())).toMatchObject({
      scope: ['restlets']
    })
  })

  it('reads a damaged key as the action does, and says what it repaired, never the key', async () => {
    answer = reply(200, { access_token: ACCESS_TOKEN, expires_in: 3600 })
    const key = readFileSync(join(ecDir, 'private-key.pem'), 'utf8')
    const file = tmp.write('key-windows-oneline.pem', `${key.trim().replace(/\n/g, '\\r\\n')}\r\n`)
    const result = await cliInProcess([...tokenArgs(ecDir).slice(0, -3), file, '--token-url', url])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe(
      `warning: --private-key ${file} was repaired before use: it has Windows line ends (CRLF) and literal \\n where the line breaks belong, damage from copying and pasting. It was read all the same, but other programs that read the file may refuse it; fix: awk '{ gsub(/\\\\r\\\\n|\\\\n/, "\\n"); print }' ${file} > ${file.replace(/\.pem$/, '-fixed.pem')}\n`
    )
    expectNothingSecret(result, key)
  })

  it('refuses an RSA 2048 key before contacting NetSuite: NetSuite refuses its certificate', async () => {
    const small = tmp.write(
      'rsa2048.pem',
      generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
        type: 'pkcs8',
        format: 'pem'
      }) as string
    )
    assertions.length = 0
    const result = await cliInProcess([...tokenArgs(ecDir).slice(0, -3), small, '--token-url', url])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(
      new RegExp(`^error: --private-key ${small}: RSA 2048 is too small: NetSuite accepts RSA 3072`)
    )
    expect(assertions).toHaveLength(0)
  })

  it('prints only the token with --print-token', async () => {
    answer = reply(200, { access_token: ACCESS_TOKEN, expires_in: '3600', token_type: 'Bearer' })
    const result = await runCli(tokenArgs(ecDir, ['--print-token']))
    expect(result).toEqual({ code: 0, stdout: `${ACCESS_TOKEN}\n`, stderr: '' })
  })

  it('exits 1 on invalid_client with the hint, never printing the client ID NetSuite echoes', async () => {
    answer = reply(401, {
      error: 'invalid_client',
      error_description: `unknown client ${CLIENT_ID}`
    })
    const result = await runCli(tokenArgs(ecDir))
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(
      /^error: token exchange failed: NetSuite answered `invalid_client` \(HTTP 401\)/
    )
    expect(result.stderr).toContain('the certificate ID is unknown, revoked or expired')
    expect(result.stderr).toContain('unknown client [redacted]')
    expectNothingSecret(result, readFileSync(join(ecDir, 'private-key.pem'), 'utf8'))
  })

  it.each([
    [['--algorithm', 'RS256'], /^error: --algorithm RS256 is refused: .*use PS256/],
    [
      ['--algorithm', 'PS256'],
      /^error: --algorithm PS256 needs an RSA key but the key is EC P-256: .*leave --algorithm out/
    ],
    [['--scope', ' , '], /^error: --scope " , " is malformed/],
    [['--token-url', 'ftp://x/token'], /^error: --token-url must be an https:\/\/ URL/]
  ])('exits 2 for %p before contacting NetSuite', async (args, message) => {
    assertions.length = 0
    const result = await cliInProcess(tokenArgs(ecDir, args))
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
    expect(assertions).toHaveLength(0)
  })

  it.each([
    [['token', '--client-id', CLIENT_ID], /^error: token: --account-id is required/],
    [
      ['token', '--account-id', 'foo bar', '--client-id', CLIENT_ID],
      /^error: account-id "foo bar" is malformed/
    ],
    [
      ['token', '--account-id', '1234567', '--certificate-id', 'K'],
      /^error: token: --client-id is required/
    ]
  ])('exits 2 for missing or bad flags %#', async (args, message) => {
    const result = await cliInProcess(args)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
    expectNothingSecret(result)
  })
})

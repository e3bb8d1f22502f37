// A notification can carry no private key, client ID, assertion or token, whichever
// field one is smuggled into, and its text can neither mention people nor link
// anywhere but the issue and the run.
import { describe, expect, it } from '@jest/globals'
import { generateKeyPairSync, randomBytes, sign } from 'node:crypto'
import {
  buildNotification,
  requestBody,
  type NotificationFacts
} from '../../src/follow-up/notify-payload.js'
import { NOTIFICATION_EVENTS } from '../../src/inputs/notify-on.js'
import { sampleFacts, SAMPLE_ISSUE_URL, SAMPLE_RUN_URL } from './facts.js'

const b64url = (value: string | Buffer): string => Buffer.from(value).toString('base64url')

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string
const clientId = randomBytes(32).toString('hex')
function jwt(claims: Record<string, unknown>): string {
  const input = `${b64url(JSON.stringify({ alg: 'PS256', typ: 'JWT', kid: 'kid-1' }))}.${b64url(JSON.stringify(claims))}`
  const signature = sign('sha256', Buffer.from(input), {
    key: privateKey,
    padding: 6, // RSA_PKCS1_PSS_PADDING
    saltLength: 32
  })
  return `${input}.${b64url(signature)}`
}
const assertion = jwt({ iss: clientId, scope: ['restlets'], aud: 'https://x/token', jti: 'j' })
const accessToken = jwt({ sub: '42', exp: 2_000_000_000 })

const SECRETS: Record<string, string> = { privateKeyPem, clientId, assertion, accessToken }
const ALL = Object.values(SECRETS)

const base = sampleFacts({ status: 'failed', command: 'verify' })

/** Each way a secret could reach a string field of the facts: alone, or inside a plausible value. */
function smuggled(secret: string): Array<Partial<NotificationFacts>> {
  return [
    { account: secret },
    { account: `1234567-${secret}` },
    { environment: secret },
    { environment: `prod ${secret}` },
    { certificateId: secret },
    { fingerprint: secret },
    { serverUrl: `https://github.com/${secret}` },
    { serverUrl: `https://${secret}.example` },
    { repository: { owner: secret, repo: 'erp-sync' } },
    { repository: { owner: 'acme', repo: secret } },
    { runId: secret }
  ]
}

/** Every 12-character window of each secret, so a leaked line of a PEM or one JWT segment is caught too. */
function fragments(secret: string): string[] {
  const body = secret.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '')
  const out: string[] = []
  for (let i = 0; i + 12 <= body.length; i += 6) out.push(body.slice(i, i + 12))
  return out
}

/** Plain loops, one assertion: the scan runs over thousands of payloads. */
function expectNoSecret(body: string): void {
  const leaked = ALL.flatMap(secret => [secret, ...fragments(secret)]).filter(piece =>
    body.includes(piece)
  )
  expect(leaked).toEqual([])
}

describe('a notification never carries a secret', () => {
  it('has no field a key, client ID, assertion or token could go in', () => {
    const payload = buildNotification('failed', base)
    expect(Object.keys(payload).sort()).toEqual(['netsuite', 'text'])
    expect(Object.keys(payload.netsuite).sort()).toEqual(
      [
        'account',
        'certificateId',
        'daysRemaining',
        'environment',
        'event',
        'expiresAt',
        'fingerprint',
        'issueUrl',
        'runUrl',
        'status'
      ].sort()
    )
    // @ts-expect-error the facts type has no place for a client ID
    buildNotification('failed', { ...base, clientId })
  })

  it('drops properties of a wider object passed in as facts', () => {
    const wide = { ...base, clientId, privateKey: privateKeyPem, assertion, accessToken }
    for (const event of NOTIFICATION_EVENTS) {
      expectNoSecret(requestBody(buildNotification(event, wide), 'text-and-netsuite'))
    }
  })

  it.each(Object.keys(SECRETS))(
    'keeps %s out of every field of every event when the caller names it',
    name => {
      const secret = SECRETS[name]
      for (const change of smuggled(secret)) {
        for (const event of NOTIFICATION_EVENTS) {
          const payload = buildNotification(event, { ...base, ...change }, { withhold: ALL })
          expectNoSecret(requestBody(payload, 'text-and-netsuite'))
          expectNoSecret(requestBody(payload, 'text-only'))
        }
      }
    }
  )

  it.each(['privateKeyPem', 'assertion', 'accessToken', 'clientId'])(
    'keeps %s out by its shape alone when it sits in a free-text field',
    name => {
      const secret = SECRETS[name]
      // A 64-hex client ID has the shape of a certificate ID: there only the caller's withhold list tells them apart.
      const changes = smuggled(secret).filter(
        change => !(name === 'clientId' && 'certificateId' in change)
      )
      for (const change of changes) {
        const payload = buildNotification('promoted', { ...base, ...change })
        expectNoSecret(requestBody(payload, 'text-and-netsuite'))
      }
    }
  )

  it('does not let the withhold check blank fields for short, harmless values', () => {
    const payload = buildNotification('promoted', base, { withhold: ['', 'acme', 'prod'] })
    expect(payload.netsuite.environment).toBe('production')
    expect(payload.netsuite.issueUrl).toBe(SAMPLE_ISSUE_URL)
  })
})

describe('the text can mention nobody and link nowhere else', () => {
  const hostile = [
    '@channel @here @everyone @all',
    '<!channel> <!here> <@U024BE7LH> <users/all>',
    '<https://evil.example/login|click here> [docs](https://evil.example)',
    'www.evil.example evil.example/phish http://evil.example',
    '**bold** `code` ~strike~ _it_ > quote | pipe & amp',
    'para\u2028graph'
  ]

  it.each(NOTIFICATION_EVENTS)('%s: hostile environment names', event => {
    for (const environment of hostile) {
      const { text, netsuite } = buildNotification(event, { ...base, environment })
      const forbidden = ['@', '<', '>', '](', '|', '&', 'evil.example', 'www.', '\u2028']
      expect(forbidden.filter(piece => text.includes(piece))).toEqual([])
      expect(text.match(/https?:\/\/\S+/g)).toEqual([SAMPLE_ISSUE_URL, SAMPLE_RUN_URL])
      expect(netsuite.environment).toBe(environment) // data for machines, exactly as configured
    }
    const { text } = buildNotification(event, { ...base, environment: hostile[0] })
    expect(text).toContain('(_channel _here _everyone _all)')
  })

  it('carries no environment name with control characters at all', () => {
    const { text, netsuite } = buildNotification('promoted', {
      ...base,
      environment: 'prod\n@channel\r'
    })
    expect(netsuite.environment).toBeNull()
    expect(text).not.toMatch(/[\r\n@]|channel/)
  })

  it('keeps an unusual but harmless environment name exactly in the netsuite object', () => {
    const { text, netsuite } = buildNotification('promoted', {
      ...base,
      environment: 'prod.eu @ouest'
    })
    expect(netsuite.environment).toBe('prod.eu @ouest')
    expect(text).toContain('(prod_eu _ouest)')
  })

  it('drops an account ID longer than NetSuite writes one', () => {
    expect(
      buildNotification('promoted', { ...base, account: 'a'.repeat(41) }).netsuite.account
    ).toBeNull()
    expect(
      buildNotification('promoted', { ...base, account: 'a'.repeat(40) }).netsuite.account
    ).toBe('A'.repeat(40))
  })

  it('drops account and certificate ID values that are not plain tokens', () => {
    const { text, netsuite } = buildNotification('promoted', {
      ...base,
      account: '<!channel>',
      certificateId: '@here'
    })
    expect(netsuite.account).toBeNull()
    expect(netsuite.certificateId).toBeNull()
    expect(text).not.toMatch(/[@<>]/)
    expect(text.startsWith('NetSuite account (production): new certificate promoted')).toBe(true)
  })
})

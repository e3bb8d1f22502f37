// notify-url: https only (http for loopback), masked before validation, never echoed.
import { describe, expect, it } from '@jest/globals'
import { inspect } from 'node:util'
import { InputError } from '../../src/core/errors.js'
import { isLoopbackHost } from '../../src/core/endpoint.js'
import { parseNotifyUrl } from '../../src/inputs/notify-url.js'

const SLACK = 'https://hooks.slack.com/services/T0ABCDEFG/B0HIJKLMN/s3cr3tT0kenValue9Xy8Zw7V'
const GOOGLE =
  'https://chat.googleapis.com/v1/spaces/AAAAbcdEfg/messages?key=AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI&token=hHuPA8Ft28chPJ4VPdt-mnqZGjObmuasaZUpOr49H0g%3D'

function parse(raw: string): { masked: string[]; result: ReturnType<typeof parseNotifyUrl> } {
  const masked: string[] = []
  return { masked, result: parseNotifyUrl(raw, value => masked.push(value)) }
}

function refusal(raw: string): { message: string; masked: string[] } {
  const masked: string[] = []
  try {
    parseNotifyUrl(raw, value => masked.push(value))
  } catch (error) {
    if (error instanceof InputError) return { message: error.message, masked }
    throw error
  }
  throw new Error('parseNotifyUrl accepted the URL')
}

describe('parseNotifyUrl', () => {
  it('returns nothing for an empty input: no notifications', () => {
    expect(parse('').result).toBeUndefined()
    expect(parse('  ').result).toBeUndefined()
  })

  it('masks the URL and each token-bearing piece of it', () => {
    const { masked, result } = parse(`  ${SLACK}\n`)
    expect(result).toBeDefined()
    expect(masked).toContain(SLACK)
    expect(masked).toContain('s3cr3tT0kenValue9Xy8Zw7V')
    expect(masked).not.toContain('services') // short segments would blank unrelated log text
    const google = parse(GOOGLE).masked
    expect(google).toContain('AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI')
    expect(google).toContain('hHuPA8Ft28chPJ4VPdt-mnqZGjObmuasaZUpOr49H0g=')
  })

  it('never shows the URL when printed, interpolated or serialised', () => {
    const url = parse(SLACK).result!
    expect(url.forRequest()).toBe(SLACK)
    // eslint-disable-next-line @typescript-eslint/restrict-template-expressions -- how a careless caller would print it
    const printed = [String(url), `${url}`, JSON.stringify({ url }), inspect(url, { depth: 5 })]
    for (const text of printed) expect(text).not.toContain('s3cr3tT0ken')
  })

  it('sends Google Chat the text alone and everyone else the netsuite object too', () => {
    expect(parse(GOOGLE).result!.shape).toBe('text-only')
    expect(parse(SLACK).result!.shape).toBe('text-and-netsuite')
    expect(
      parse('https://discord.com/api/webhooks/123/abcdefghijklmnopqrstu/slack').result!.shape
    ).toBe('text-and-netsuite')
  })

  it('accepts plain http only on loopback hosts', () => {
    for (const raw of [
      'http://127.0.0.1:8080/hook',
      'http://127.10.0.1/hook',
      'http://localhost:3000/hook',
      'http://[::1]:9000/hook'
    ]) {
      expect(parse(raw).result).toBeDefined()
    }
    for (const raw of [
      'http://hooks.slack.com/services/T0/B0/s3cr3tT0kenValue9Xy8Zw7V',
      'http://10.0.0.5/hook',
      'http://127.0.0.1.evil.example/hook',
      'ftp://127.0.0.1/hook'
    ]) {
      const { message } = refusal(raw)
      expect(message).toMatch(/must be an https:\/\/ URL/)
    }
  })

  it('refuses malformed values, user:password@ and spaces, and masks them first', () => {
    const cases = [
      'hooks.slack.com/services/T0/B0/s3cr3tT0kenValue9Xy8Zw7V',
      'https://user:p4ssw0rdSecretValue123@hooks.example.com/x',
      'https://hooks.slack.com/services/T0/B0/s3cr3t T0kenValue9Xy8Zw7V'
    ]
    const reasons = [/is not a URL/, /user name or password/, /spaces or control characters/]
    cases.forEach((raw, i) => {
      const { message, masked } = refusal(raw)
      expect(message).toMatch(reasons[i])
      expect(masked).toContain(raw)
    })
  })

  it('never repeats any part of the URL in an error', () => {
    const secretParts = ['s3cr3tT0kenValue9Xy8Zw7V', 'p4ssw0rdSecretValue123', 'hooks.example.com']
    const raws = [
      'http://hooks.example.com/services/s3cr3tT0kenValue9Xy8Zw7V',
      'https://user:p4ssw0rdSecretValue123@hooks.example.com/x',
      'https://hooks.example.com/s3cr3tT0kenValue9Xy8Zw7V\u0007',
      'https//hooks.example.com/s3cr3tT0kenValue9Xy8Zw7V'
    ]
    for (const raw of raws) {
      const { message } = refusal(raw)
      for (const part of secretParts) expect(message).not.toContain(part)
      expect(message).toContain('not shown')
    }
  })
})

describe('isLoopbackHost', () => {
  it('knows loopback names and addresses and nothing else', () => {
    expect(
      ['localhost', 'LocalHost', '127.0.0.1', '127.255.0.9', '[::1]'].map(isLoopbackHost)
    ).toEqual([true, true, true, true, true])
    expect(
      ['api.localhost', 'localhost.example.com', '128.0.0.1', '0.0.0.0', '127.0.0.1.nip.io'].map(
        isLoopbackHost
      )
    ).toEqual([false, false, false, false, false])
  })
})

// The endpoint rule shared by the action's token-url / certificates-url and the CLI's --token-url.
import { describe, expect, it } from '@jest/globals'
import { checkEndpoint, isLoopbackHost } from '../../src/core/endpoint.js'
import { InputError } from '../../src/core/errors.js'

const rule = { name: 'token-url', allowCustomHost: false, allowCustomHostWith: 'allow-x: true' }
const TOKEN = 'https://1234567-sb1.suitetalk.api.netsuite.com/services/rest/auth/oauth2/v1/token'

describe('checkEndpoint', () => {
  it.each([
    [TOKEN, TOKEN],
    [
      '  https://1234567.restlets.api.NETSUITE.com/x  ',
      'https://1234567.restlets.api.netsuite.com/x'
    ],
    ['http://127.0.0.1:8080/t', 'http://127.0.0.1:8080/t'],
    ['http://127.1.2.3/t', 'http://127.1.2.3/t'],
    ['http://localhost:9/t', 'http://localhost:9/t'],
    ['http://[::1]:9/t', 'http://[::1]:9/t']
  ])('accepts %s', (raw, expected) => {
    expect(checkEndpoint(raw, rule)).toBe(expected)
  })

  it.each([
    ['http://1234567.suitetalk.api.netsuite.com/t', /must be an https:\/\/ URL/],
    ['http://0.0.0.0:9/t', /must be an https:\/\/ URL/],
    ['http://10.0.0.1/t', /must be an https:\/\/ URL/],
    ['http://evil.localhost/t', /must be an https:\/\/ URL/],
    ['ftp://1234567.suitetalk.api.netsuite.com/t', /must be an https:\/\/ URL/],
    ['https://example.com/t', /host example\.com is not a NetSuite host .*set allow-x: true/],
    ['https://netsuite.com.evil.example/t', /is not a NetSuite host/],
    ['https://evilnetsuite.com/t', /is not a NetSuite host/],
    ['https://user:pw@1234567.suitetalk.api.netsuite.com/t', /must not carry a user name/],
    ['not a url', /token-url is not a URL/]
  ])('refuses %s', (raw, message) => {
    expect(() => checkEndpoint(raw, rule)).toThrow(InputError)
    expect(() => checkEndpoint(raw, rule)).toThrow(message)
  })

  it('allows another https host only when told to, and never plain http to it', () => {
    const custom = { ...rule, allowCustomHost: true }
    expect(checkEndpoint('https://proxy.example.com/t', custom)).toBe('https://proxy.example.com/t')
    expect(() => checkEndpoint('http://proxy.example.com/t', custom)).toThrow(/https:\/\//)
  })

  it('never repeats the URL path or query, which may hold a secret', () => {
    expect(() => checkEndpoint('http://example.com/t?key=SECRET', rule)).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('SECRET') })
    )
  })
})

describe('isLoopbackHost', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.255.0.9', true],
    ['localhost', true],
    ['LOCALHOST', true],
    ['[::1]', true],
    ['128.0.0.1', false],
    ['127.0.0.1.example.com', false],
    ['localhost.example.com', false],
    ['0.0.0.0', false]
  ])('%s -> %s', (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback)
  })
})

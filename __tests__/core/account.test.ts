import { describe, expect, it } from '@jest/globals'
import { certificatesUrlFor, normaliseAccountId, tokenUrlFor } from '../../src/core/account.js'
import { InputError } from '../../src/core/errors.js'

describe('normaliseAccountId', () => {
  it.each([
    ['1234567', '1234567'],
    ['1234567_SB1', '1234567-sb1'],
    ['1234567-SB1', '1234567-sb1'],
    [' TSTDRV1431250 ', 'tstdrv1431250'],
    ['1234567_RP', '1234567-rp'],
    ['https://1234567-sb1.app.netsuite.com/app/center/card.nl', '1234567-sb1'],
    ['https://1234567.app.netsuite.com', '1234567'],
    ['https://1234567-sb1.restlets.api.netsuite.com/app/site/hosting/restlet.nl', '1234567-sb1'],
    ['https://TSTDRV1431250.suitetalk.api.netsuite.com/services/rest/record/v1', 'tstdrv1431250'],
    ['http://1234567.suitetalk.api.netsuite.com/', '1234567']
  ])('%p -> %p', (raw, expected) => {
    expect(normaliseAccountId(raw)).toBe(expected)
  })

  it.each([
    ['', /account-id is empty.*1234567_SB1/],
    ['   ', /account-id is empty/],
    ['foo bar', /"foo bar" is malformed: expected .*1234567_SB1/],
    [
      'https://example.com',
      /"example.com" is not a NetSuite account domain: expected e.g. 1234567-sb1.app.netsuite.com/
    ],
    ['https://1234567.app.netsuite.com.evil.example/', /not a NetSuite account domain/],
    ['https://', /not a valid URL/],
    ['12_34_', /"12_34_" is malformed/],
    ['_1234567', /malformed/],
    ['1234567__SB1', /malformed/],
    ['1234567.sb1', /malformed/],
    ['x'.repeat(41), /malformed/]
  ])('refuses %p', (raw, message) => {
    expect(() => normaliseAccountId(raw)).toThrow(InputError)
    expect(() => normaliseAccountId(raw)).toThrow(message)
  })

  it('does not echo a very long input in full', () => {
    const raw = `1234567${'x'.repeat(500)}`
    let message = ''
    try {
      normaliseAccountId(raw)
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toMatch(/malformed/)
    expect(message.length).toBeLessThan(300)
  })
})

describe('endpoint URLs', () => {
  it('derives the token URL on suitetalk.api', () => {
    expect(tokenUrlFor('1234567-sb1')).toBe(
      'https://1234567-sb1.suitetalk.api.netsuite.com/services/rest/auth/oauth2/v1/token'
    )
    expect(tokenUrlFor(normaliseAccountId('TSTDRV1431250'))).toBe(
      'https://tstdrv1431250.suitetalk.api.netsuite.com/services/rest/auth/oauth2/v1/token'
    )
  })

  it('derives the certificates URL on restlets.api, encoding the client ID', () => {
    expect(certificatesUrlFor('1234567', 'abc123')).toBe(
      'https://1234567.restlets.api.netsuite.com/services/rest/auth/oauth2/v1/clients/abc123/certificates'
    )
    expect(certificatesUrlFor('1234567-sb1', 'a/b c')).toBe(
      'https://1234567-sb1.restlets.api.netsuite.com/services/rest/auth/oauth2/v1/clients/a%2Fb%20c/certificates'
    )
  })
})

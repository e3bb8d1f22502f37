// Text from outside (inputs, NetSuite's answers) shown as data: one line, cut, inline code.
import { generateKeyPairSync } from 'node:crypto'
import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/core/errors.js'
import {
  clip,
  inlineCode,
  oneLine,
  refuseControlCharacters,
  refuseControlCharactersInInputs
} from '../../src/core/outside-text.js'

describe('refuseControlCharacters', () => {
  it.each([
    ['a\nb', /a line break at character 2/],
    ['a\rb', /a line break at character 2/],
    ['a\u2028b', /a line break/],
    ['a\tb', /a tab at character 2/],
    ['a\u001bb', /the control character U\+001B/],
    ['a\u0085b', /the control character U\+0085/],
    ['a\u202eb', /the control character U\+202E/]
  ])('refuses %j, naming the input but not repeating it', (value, message) => {
    expect(() => refuseControlCharacters('subject', value)).toThrow(InputError)
    expect(() => refuseControlCharacters('subject', value)).toThrow(message)
    expect(() => refuseControlCharacters('subject', `${value}SECRET`)).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('SECRET') })
    )
  })

  it('accepts plain text, spaces and non-ASCII letters', () => {
    expect(() => refuseControlCharacters('subject', 'CN=Zoë Müller, O=Acme')).not.toThrow()
  })

  it('checks every one-line input but leaves PEM inputs and scope alone', () => {
    const values: Record<string, string> = {
      // A multi-line PEM made here, so no key is ever committed.
      'private-key': generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({
        type: 'pkcs8',
        format: 'pem'
      }) as string,
      certificate: '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----',
      scope: 'restlets\nrest_webservices',
      environment: 'production\n'
    }
    const read = (name: string): string => values[name] ?? ''
    expect(() => refuseControlCharactersInInputs(read)).not.toThrow()
    values['issue-assignees'] = 'alice,\nbob'
    expect(() => refuseControlCharactersInInputs(read)).toThrow(/^issue-assignees contains/)
  })
})

describe('shown as data', () => {
  it('oneLine folds every run of whitespace and control characters', () => {
    expect(oneLine(' a\r\n\tb\u0000\u2029c ')).toBe('a b c')
  })

  it('clip cuts with an ellipsis to exactly the limit', () => {
    expect(clip('x'.repeat(301))).toBe(`${'x'.repeat(299)}…`)
    expect(clip('x'.repeat(300))).toBe('x'.repeat(300))
  })

  it('inlineCode cannot be closed from inside', () => {
    expect(inlineCode('a ` [x](https://e.example) ``` b\n::warning::y')).toBe(
      '`a ˋ [x](https://e.example) ˋˋˋ b ::warning::y`'
    )
    expect(inlineCode('')).toBe('` `')
  })
})

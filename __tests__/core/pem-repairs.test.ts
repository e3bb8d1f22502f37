// A key or certificate damaged by copying (a byte-order mark, CRLF line ends, a secret
// manager's one-line form with literal "\n", spaces for line breaks, indentation) is
// repaired and used, and the reader says which repairs it made, so the owner can be
// warned once that the stored value is damaged and how to store it clean. The warning
// is built from fixed words and names: no part of the key can reach it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { generateKeyPairSync, type KeyObject } from 'node:crypto'
import {
  describeRepairs,
  parseCertificate,
  parsePrivateKey,
  readPrivateKeyFile,
  type PemRepair
} from '../../src/core/inspect.js'
import { fixtureKeyPair } from '../fixtures/keys.js'
import { EC_KEY, opensslPair, scratch, type Scratch } from './helpers.js'

type Mangle = (pem: string) => string

const DAMAGE: Array<[string, Mangle, PemRepair[], RegExp]> = [
  ['a UTF-8 byte-order mark', pem => `\ufeff${pem}`, ['utf8-bom'], /a byte-order mark/],
  ['CRLF line ends', pem => pem.replace(/\n/g, '\r\n'), ['crlf'], /Windows line ends \(CRLF\)/],
  [
    'one line with literal \\n',
    pem => pem.trim().replace(/\n/g, '\\n'),
    ['escaped-newlines'],
    /literal \\n where the line breaks belong/
  ],
  [
    'one line with literal \\r\\n',
    pem => pem.trim().replace(/\n/g, '\\r\\n'),
    ['escaped-newlines'],
    /literal \\n where the line breaks belong/
  ],
  [
    'line breaks that became spaces',
    pem => pem.trim().replace(/\n/g, ' '),
    ['flattened'],
    /spaces where the line breaks belong/
  ],
  [
    'classic Mac OS line ends (a carriage return alone)',
    pem => pem.replace(/\n/g, '\r'),
    ['cr-line-ends'],
    /carriage returns alone for line ends/
  ],
  [
    'a zero-width space inside a line and a no-break space at a line end',
    pem =>
      pem
        .split('\n')
        .map((line, i) => (i === 1 ? `${line.slice(0, 5)}\u200b${line.slice(5)}\u00a0` : line))
        .join('\n'),
    ['invisible-characters'],
    /invisible characters \(such as a no-break or zero-width space\) in its base64/
  ],
  [
    'URL-safe base64 (- and _)',
    pem =>
      pem
        .split('\n')
        .map(line =>
          line.startsWith('-----') ? line : line.replace(/\+/g, '-').replace(/\//g, '_')
        )
        .join('\n'),
    ['url-safe-base64'],
    /URL-safe base64 \(- and _ for \+ and \/\)/
  ],
  [
    'every line indented (a YAML block)',
    pem => pem.replace(/^/gm, '    '),
    ['indented'],
    /blanks at the start of its lines/
  ]
]

const SECRET = { kind: 'secret', name: 'NETSUITE_PRIVATE_KEY' } as const
const VARIABLE = { kind: 'variable', name: 'NETSUITE_CERTIFICATE' } as const

const rsa = fixtureKeyPair('rsa-3072').privateKey
const ec = ecKeyWhoseBase64HasPlusOrSlash()
const KEYS: Array<[string, string]> = [
  ['PKCS#8 RSA', rsa.export({ type: 'pkcs8', format: 'pem' }) as string],
  ['PKCS#1 RSA', rsa.export({ type: 'pkcs1', format: 'pem' }) as string],
  ['SEC1 EC', ec.export({ type: 'sec1', format: 'pem' }) as string],
  ['PKCS#8 EC', ec.export({ type: 'pkcs8', format: 'pem' }) as string]
]

/**
 * A P-256 key whose SEC1 and PKCS#8 forms each hold a + or a / in their base64: a short
 * key sometimes has neither (about one in three hundred), and then the URL-safe damage
 * below would change nothing and prove nothing.
 */
function ecKeyWhoseBase64HasPlusOrSlash(): KeyObject {
  const hasOne = (pem: string): boolean => /[+/]/.test(pem.replace(/-----[A-Z0-9 ]+-----/g, ''))
  for (;;) {
    const key = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey
    const forms = [
      key.export({ type: 'sec1', format: 'pem' }),
      key.export({ type: 'pkcs8', format: 'pem' })
    ]
    if (forms.every(pem => hasOne(pem as string))) return key
  }
}

const der = (key: KeyObject): Buffer => key.export({ type: 'pkcs8', format: 'der' })

/** The base64 body of a PEM, and every 12-character window of it: a leaked line or part of one. */
function fragments(pem: string): string[] {
  const body = pem.replace(/-----[A-Z0-9 ]+-----/g, '').replace(/\s+/g, '')
  const out = [body]
  for (let i = 0; i + 12 <= body.length; i += 4) out.push(body.slice(i, i + 12))
  return out
}

function expectNothingOf(pem: string, text: string): void {
  // One assertion over all windows: a failure shows only which windows leaked.
  const leaked = fragments(pem).filter(piece => text.includes(piece))
  expect(leaked).toEqual([])
}

describe.each(KEYS)('a %s key pasted into a secret', (_, pem) => {
  const original = der(parsePrivateKey(pem).keyObject)

  it('reads clean, with no repairs and no warning', () => {
    const info = parsePrivateKey(pem)
    expect(info.repairs).toEqual([])
    expect(describeRepairs(info, 'private-key', SECRET)).toBeUndefined()
  })

  it.each(DAMAGE)('with %s is repaired, and says so', (_name, mangle, repairs, phrase) => {
    expect(mangle(pem)).not.toBe(pem)
    const info = parsePrivateKey(mangle(pem), 'private-key')
    expect(der(info.keyObject).equals(original)).toBe(true)
    expect(info.repairs).toEqual(repairs)
    const warning = describeRepairs(info, 'private-key', SECRET)
    expect(warning).toMatch(/^private-key was repaired before use: it has /)
    expect(warning).toMatch(phrase)
    expect(warning).toMatch(
      /Store it clean .*if it is the secret NETSUITE_PRIVATE_KEY this action keeps it in: gh secret set NETSUITE_PRIVATE_KEY < private-key\.pem$/
    )
    expect(warning).not.toMatch(/[\r\n]/)
    expectNothingOf(pem, warning ?? '')
  })
})

describe('the warning', () => {
  const [, pem] = KEYS[0]

  it('names every repair of one value in one warning', () => {
    const damaged = `\ufeff${pem.replace(/^/gm, '  ').replace(/\n/g, '\r\n')}`
    const info = parsePrivateKey(damaged, 'pending-private-key')
    expect(info.repairs).toEqual(['crlf', 'utf8-bom', 'indented'])
    const warning = describeRepairs(info, 'pending-private-key', {
      kind: 'secret',
      name: 'NETSUITE_PRIVATE_KEY_PENDING'
    })
    expect(warning).toContain(
      'it has Windows line ends (CRLF), a byte-order mark before the text and blanks at the start of its lines, damage from copying and pasting'
    )
    expect(warning?.match(/was repaired/g)).toHaveLength(1)
    expectNothingOf(pem, warning ?? '')
  })

  it('gives a command for the environment and repository that hold the secret, quoted for the shell', () => {
    const info = parsePrivateKey(pem.replace(/\n/g, '\r\n'))
    expect(
      describeRepairs(info, 'private-key', {
        ...SECRET,
        environment: "prod eu's",
        repository: 'acme/erp-sync'
      })
    ).toMatch(
      /: gh secret set NETSUITE_PRIVATE_KEY --repo acme\/erp-sync --env 'prod eu'\\''s' < private-key\.pem$/
    )
  })

  it('is the same words whatever the key: only the repairs and names vary', () => {
    const warnings = KEYS.map(([, key]) =>
      describeRepairs(parsePrivateKey(key.replace(/\n/g, '\r\n')), 'private-key', SECRET)
    )
    expect(new Set(warnings).size).toBe(1)
  })

  it('comes from a key file read by the command line as well', () => {
    const file = readPrivateKeyFile(Buffer.from(`\ufeff${pem}`), 'key', 'key.pem')
    expect(file.key?.repairs).toEqual(['utf8-bom'])
  })
})

describe('a certificate pasted into a variable', () => {
  let tmp: Scratch
  let cert = ''

  beforeAll(() => {
    tmp = scratch('pasted-repairs')
    cert = opensslPair(tmp, 'pasted', EC_KEY('P-256')).cert
  })
  afterAll(() => tmp.remove())

  it('reads clean, with no repairs', () => {
    const info = parseCertificate(cert)
    expect(info.repairs).toEqual([])
    expect(describeRepairs(info, 'certificate', VARIABLE)).toBeUndefined()
  })

  it.each(DAMAGE)('with %s is repaired, and says so', (_name, mangle, repairs, phrase) => {
    expect(mangle(cert)).not.toBe(cert)
    const info = parseCertificate(mangle(cert), 'certificate')
    expect(info.pem).toBe(cert)
    expect(info.repairs).toEqual(repairs)
    const warning = describeRepairs(info, 'certificate', VARIABLE)
    expect(warning).toMatch(phrase)
    expect(warning).toMatch(
      /^certificate was repaired before use: it has .*the variable NETSUITE_CERTIFICATE this action keeps it in: gh variable set NETSUITE_CERTIFICATE < certificate\.pem$/
    )
  })
})

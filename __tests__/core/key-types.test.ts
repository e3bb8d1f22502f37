// The key-type policy is one table: the wording every message uses and the
// checks every module makes come from it, so they cannot drift apart.
import { describe, expect, it } from '@jest/globals'
import {
  ACCEPTED,
  ALGORITHMS,
  KEY_SPECS,
  KEY_TYPES,
  MIN_RSA_BITS,
  algorithmFitsKey,
  defaultAlgorithmOf,
  keyRefusal,
  keyTypeOf
} from '../../src/core/key-types.js'

describe('the key-type table', () => {
  it('words what NetSuite accepts from the table', () => {
    expect(MIN_RSA_BITS).toBe(3072)
    expect(ACCEPTED.rsa).toBe('RSA 3072 or 4096')
    expect(ACCEPTED.ec).toBe('EC P-256, P-384 or P-521')
    expect(ACCEPTED.all).toBe('RSA 3072/4096 or EC P-256/384/521')
    expect(ACCEPTED.algorithms).toBe('PS256, PS384, PS512, ES256, ES384 or ES512')
    expect(ACCEPTED.rsaDefault).toBe('PS256 for RSA')
    expect(ACCEPTED.ecDefaults).toBe('ES256/ES384/ES512 for EC P-256/384/521')
  })

  it.each(KEY_TYPES)('%s is recognised, fits its default algorithm and no other kind', type => {
    const spec = KEY_SPECS[type]
    const shape = { kind: spec.kind, bits: spec.bits, curve: spec.curve }
    expect(keyTypeOf(shape)).toBe(type)
    expect(keyRefusal({ ...shape, label: spec.label })).toBeUndefined()
    expect(defaultAlgorithmOf(shape)).toBe(spec.defaultAlgorithm)
    const fitting = ALGORITHMS.filter(alg => algorithmFitsKey(alg, shape))
    expect(fitting).toContain(spec.defaultAlgorithm)
    expect(fitting).toEqual(
      spec.kind === 'rsa' ? ['PS256', 'PS384', 'PS512'] : [spec.defaultAlgorithm]
    )
  })

  it.each([
    [
      { kind: 'rsa', bits: 2048, label: 'RSA 2048' },
      'RSA 2048 is too small: NetSuite accepts RSA 3072 or 4096'
    ],
    [
      { kind: 'rsa', bits: 8192, label: 'RSA 8192' },
      'RSA 8192 is not accepted: NetSuite accepts RSA 3072 or 4096'
    ],
    [
      { kind: 'ec', bits: 256, curve: 'secp256k1', label: 'EC secp256k1' },
      'curve secp256k1 is not accepted: NetSuite accepts EC P-256, P-384 or P-521'
    ],
    [
      { kind: 'other', label: 'ED25519' },
      'ED25519 keys are not accepted: NetSuite accepts RSA 3072/4096 or EC P-256/384/521'
    ]
  ] as const)('refuses %j', (key, message) => {
    expect(keyTypeOf(key)).toBeUndefined()
    expect(keyRefusal(key)).toBe(message)
  })

  it('has no default algorithm for a key nothing accepted can sign with', () => {
    expect(defaultAlgorithmOf({ kind: 'ec', curve: 'secp256k1' })).toBeUndefined()
    expect(defaultAlgorithmOf({ kind: 'other' })).toBeUndefined()
  })
})

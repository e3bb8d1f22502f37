// A secret or variable name GitHub would refuse is refused while the inputs are read, with
// the rule in the message. bad-input.test.ts runs two of these names through the bundled
// action (error, non-zero exit, nothing written); every name takes the same check, so the
// rest are checked here, below the bundle.
import { describe, expect, it } from '@jest/globals'
import { checkName } from '../../src/inputs/names.js'
import { InputError } from '../../src/core/errors.js'

const RULE =
  /^secret-name gives the name ".*", which GitHub refuses: use letters, digits and _ only, not starting with a digit or GITHUB_/

describe('names GitHub refuses', () => {
  it.each(['1BAD', 'has-dash', 'GITHUB_KEY', 'github_key', 'with space', 'ümlaut', ''])(
    '%p is refused with the rule',
    name => {
      expect(() => checkName(name, 'secret-name')).toThrow(InputError)
      expect(() => checkName(name, 'secret-name')).toThrow(RULE)
    }
  )

  it.each(['NETSUITE_PRIVATE_KEY', '_KEY', 'key2', 'GITHUBKEY'])('%p is accepted', name => {
    expect(checkName(name, 'secret-name')).toBe(name)
  })
})

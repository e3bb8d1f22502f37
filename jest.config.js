// ESM + ts-jest: @actions/core 3 and @actions/github 9 are ESM-only, so Jest runs
// with --experimental-vm-modules (see package.json "test") and tests mock
// modules with jest.unstable_mockModule.
//
// Two tiers, chosen by folder so a new test file lands in one without anyone
// listing it (see CONTRIBUTING.md):
// - unit: the sources in-process, no bundle, no emulators, no child `node`
//   (`npm run test:unit`, about a minute at most). Only the folders below.
// - integration: everything else under __tests__/, in any folder, existing or
//   new: the emulators, the bundled action and CLI, the docs and workflows.
// `npm test` runs both.
const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }]
  },
  testTimeout: 120000
}

/** The unit tier's folders under __tests__/ (files directly in __tests__/ are unit tests too);
 * __tests__/docs/test-tiers.test.ts holds the same list. */
const UNIT_FOLDERS = ['core', 'commands', 'lint']

export default {
  maxWorkers: 2,
  testTimeout: 120000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: [
        `<rootDir>/__tests__/{${UNIT_FOLDERS.join(',')}}/**/*.test.ts`,
        '<rootDir>/__tests__/*.test.ts'
      ],
      // The few RSA keys the unit tests use as input, made once per run (RSA key generation
      // takes a second or more each); tests that check key generation still generate.
      globalSetup: '<rootDir>/__tests__/fixtures/keys-setup.js',
      globalTeardown: '<rootDir>/__tests__/fixtures/keys-teardown.js'
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/__tests__/*/**/*.test.ts'],
      testPathIgnorePatterns: [`<rootDir>/__tests__/(${UNIT_FOLDERS.join('|')})/`]
    }
  ]
}

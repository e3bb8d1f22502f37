// ESM + ts-jest: @actions/core 3 and @actions/github 9 are ESM-only, so Jest runs
// with --experimental-vm-modules (see package.json "test") and tests mock
// modules with jest.unstable_mockModule.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }]
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testTimeout: 120000,
  maxWorkers: 2
}

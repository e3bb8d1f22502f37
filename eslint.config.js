import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import folderLayers from './eslint-rules/folder-layers.js'
import noImportCycle from './eslint-rules/no-import-cycle.js'
import { LAYERS } from './eslint-rules/src-layers.js'

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' }
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
    }
  },
  {
    // Type-aware rules over every TypeScript file the project compiles (tsconfig.all.json).
    files: ['{src,sandbox,__tests__,bench,script}/**/*.ts'],
    extends: [tseslint.configs.recommendedTypeCheckedOnly],
    languageOptions: {
      parserOptions: { project: './tsconfig.all.json', tsconfigRootDir: import.meta.dirname }
    }
  },
  {
    // Fakes and emulator handlers implement async interfaces without awaiting anything, and
    // tests pass methods to expect(); neither is a mistake there.
    files: ['{sandbox,__tests__}/**/*.ts'],
    rules: {
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/unbound-method': 'off'
    }
  },
  {
    files: ['src/**/*.ts'],
    plugins: {
      project: { rules: { 'no-import-cycle': noImportCycle, 'folder-layers': folderLayers } }
    },
    rules: {
      'project/no-import-cycle': 'error',
      'project/folder-layers': ['error', { root: 'src', layers: LAYERS }],
      // A function a reader can hold at once.
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }]
    }
  }
)

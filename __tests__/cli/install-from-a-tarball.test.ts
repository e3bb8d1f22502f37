/**
 * The command line is a real package: `npm pack` and `npm install -g` of the
 * tarball put `netsuite-m2m` on the PATH, with nothing fetched at install or
 * run time (the install is offline, with an empty npm cache), and the tarball
 * holds what the CLI and the action need, nothing of the sources or tests.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { ROOT } from './run-cli.js'

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string
  private?: boolean
}
/** What may sit beside dist/ in the tarball (npm adds package.json, README and LICENSE itself). */
const TOP_LEVEL = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'action.yml']

let tmp: string
let cache: string
const env = (): NodeJS.ProcessEnv => ({
  PATH: `${join(tmp, 'prefix', 'bin')}:${dirname(process.execPath)}:/usr/bin:/bin`,
  HOME: tmp,
  // The user's npm cache may hold the dependencies; an empty one proves none is needed.
  npm_config_cache: cache
})
const npm = (args: string[], cwd = ROOT): string =>
  execFileSync('npm', args, { cwd, env: env(), encoding: 'utf8', stdio: 'pipe' })

interface Packed {
  filename: string
  files: { path: string }[]
}

describe('npm pack, then npm install -g', () => {
  let packed: Packed
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'nsm2m-install-'))
    cache = join(tmp, 'npm-cache')
    const json = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', tmp])
    ;[packed] = JSON.parse(json) as Packed[]
  }, 120_000)
  afterAll(() => {
    rmSync(tmp, { recursive: true, force: true })
  })

  it('is not private, so it can be published', () => {
    expect(pkg.private).toBeUndefined()
  })

  it('packs the bundles and action.yml, and no sources, tests or sandbox', () => {
    const paths = packed.files.map(file => file.path)
    expect(paths).toEqual(
      expect.arrayContaining(['dist/cli/index.js', 'dist/index.js', 'action.yml'])
    )
    expect(paths.filter(path => !path.startsWith('dist/') && !TOP_LEVEL.includes(path))).toEqual([])
  })

  it('installs offline with an empty npm cache, and netsuite-m2m --version prints the version', () => {
    npm(
      [
        'install',
        '-g',
        '--offline',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        '--prefix',
        join(tmp, 'prefix'),
        join(tmp, packed.filename)
      ],
      tmp
    )
    const version = execFileSync('netsuite-m2m', ['--version'], {
      cwd: tmp,
      env: env(),
      encoding: 'utf8'
    })
    expect(version.trim()).toBe(pkg.version)
  }, 120_000)

  it('the installed command runs: generate writes a key pair', () => {
    const out = join(tmp, 'keys')
    execFileSync('netsuite-m2m', ['generate', '--key-type', 'ec-p256', '--out', out], {
      cwd: tmp,
      env: env(),
      encoding: 'utf8'
    })
    expect([
      existsSync(join(out, 'certificate.pem')),
      existsSync(join(out, 'private-key.pem'))
    ]).toEqual([true, true])
  })
})

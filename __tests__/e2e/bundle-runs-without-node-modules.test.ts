/**
 * GitHub runs dist/index.js from the action's checkout, where there is no
 * node_modules. The other scenarios run dist/ inside this repository, where
 * Node could still resolve a stray bare import from node_modules; this one
 * copies action.yml and dist/ to an empty folder first, and runs every chunk
 * (Octokit, libsodium sealing, jose, forge) from there.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { startWorld, type World } from '../../sandbox/world.js'
import { EC, stepExpecting, uploadAndReply } from './helpers.js'

describe('the bundle on its own', () => {
  let world: World
  let dir: string
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nsm2m-action-'))
    cpSync('action.yml', join(dir, 'action.yml'))
    cpSync('dist', join(dir, 'dist'), { recursive: true })
    world = await startWorld()
  })
  afterAll(async () => {
    await world.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('has no node_modules anywhere above it', () => {
    for (let at = dir; at !== dirname(at); at = dirname(at)) {
      expect(existsSync(join(at, 'node_modules'))).toBe(false)
    }
  })

  it('rotates, promotes and verifies from the copy', async () => {
    await stepExpecting(world, 'check', 'rotation-started', { inputs: EC, actionDir: dir })
    const promoted = await uploadAndReply(world, { actionDir: dir })
    expect(promoted.result.outputs.status).toBe('promoted')
    await stepExpecting(world, 'verify', 'verified', { actionDir: dir })
  })

  it('the CLI generates from the copy', () => {
    const out = join(dir, 'generated')
    const run = spawnSync(
      process.execPath,
      [join(dir, 'dist', 'cli', 'index.js'), 'generate', '--key-type', 'ec-p256', '--out', out],
      {
        cwd: dir,
        encoding: 'utf8'
      }
    )
    expect(run.status).toBe(0)
    expect(existsSync(join(out, 'private-key.pem'))).toBe(true)
  })
})

// The lint rule that keeps src/'s folders pointing one way: an import into a higher layer or a
// sibling folder of the same layer is reported (type-only and dynamic imports too), a folder in
// no layer is named, and imports within a folder or down the layers pass. Runs ESLint's own API
// on a small tree made for the test, and on the real src/ with the project's own layers.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import folderLayers from '../../eslint-rules/folder-layers.js'
import { lintTree } from './lint-rule.js'
import { LAYERS } from '../../eslint-rules/src-layers.js'

const TEST_LAYERS = [['shell', 'cli'], ['feature'], ['core']]
let dir: string

const lint = (files: Record<string, string>): Promise<string[]> =>
  lintTree(
    dir,
    {
      name: 'folder-layers',
      module: folderLayers,
      options: [{ root: 'src', layers: TEST_LAYERS }]
    },
    Object.fromEntries(Object.entries(files).map(([name, text]) => [join('src', name), text]))
  )

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nsm2m-layers-'))
})
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('project/folder-layers', () => {
  it('lets imports point down the layers and stay inside a folder', async () => {
    const messages = await lint({
      'index.ts': "import { s } from './shell/main.js'\nexport const i = s\n",
      'shell/main.ts':
        "import { f } from '../feature/f.js'\nimport { m } from './more.js'\nexport const s = f + m\n",
      'shell/more.ts': 'export const m = 1\n',
      'feature/f.ts': "import type { C } from '../core/c.js'\nexport const f: C = 1\n",
      'core/c.ts': 'export type C = number\n'
    })
    expect(messages).toEqual([])
  })

  it('reports an import of a higher layer, type-only included', async () => {
    const messages = await lint({
      'core/up.ts':
        "import type { F } from '../feature/g.js'\nexport const x = 1 as unknown as F\n",
      'feature/g.ts': 'export type F = number\n'
    })
    expect(messages).toEqual([
      'core may not import feature/ (a higher layer): move what both need below both, or pass it in'
    ])
  })

  it('reports a dynamic import of a sibling folder in the same layer', async () => {
    const messages = await lint({
      'cli/run.ts': "export const load = () => import('../shell/main.js')\n",
      'shell/main.ts': 'export const s = 1\n'
    })
    expect(messages).toEqual([
      'cli may not import shell/ (a folder in the same layer): move what both need below both, or pass it in'
    ])
  })

  it('names a folder that is in no layer', async () => {
    const messages = await lint({
      'stray/x.ts': "import { c } from '../core/d.js'\nexport const x = c\n",
      'core/d.ts': 'export const c = 1\n'
    })
    expect(messages).toEqual([
      "folder stray/ is in no layer: add it to the folder-layers rule's layers (eslint-rules/src-layers.js)"
    ])
  })
})

describe("the project's own layers", () => {
  it('name every folder of src/', async () => {
    const { readdirSync, statSync } = await import('node:fs')
    const folders = readdirSync('src').filter(name => statSync(join('src', name)).isDirectory())
    expect(folders.filter(folder => !LAYERS.flat().includes(folder))).toEqual([])
  })
})

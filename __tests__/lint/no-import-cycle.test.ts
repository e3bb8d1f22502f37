// The lint rule that keeps import cycles out of src/: it must report a cycle
// (static, type-only or dynamic) with its path, and stay quiet on a tree that
// points one way. Runs ESLint's own API on small trees made for the test.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import noImportCycle from '../../eslint-rules/no-import-cycle.js'
import { lintTree } from './lint-rule.js'

let dir: string

const lint = (files: Record<string, string>): Promise<string[]> =>
  lintTree(dir, { name: 'no-import-cycle', module: noImportCycle }, files)

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nsm2m-cycle-'))
})
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('project/no-import-cycle', () => {
  it('reports a cycle through a type-only import, naming the path', async () => {
    const messages = await lint({
      'a.ts': "import { b } from './b.js'\nexport const a = b\n",
      'b.ts': "import type { A } from './c.js'\nexport const b = 1 as unknown as A\n",
      'c.ts': "import { a } from './a.js'\nexport type A = typeof a\n"
    })
    expect(messages.length).toBeGreaterThan(0)
    expect(messages[0]).toMatch(/import cycle: .*a\.ts -> .*b\.ts -> .*c\.ts -> .*a\.ts/)
  })

  it('reports a cycle through a dynamic import', async () => {
    const messages = await lint({
      'd.ts': "export const d = () => import('./e.js')\n",
      'e.ts': "import { d } from './d.js'\nexport const e = d\n"
    })
    expect(messages.some(m => /import cycle/.test(m))).toBe(true)
  })

  it('is quiet when the imports point one way', async () => {
    const messages = await lint({
      'core.ts': 'export const core = 1\n',
      'gateway.ts': "import { core } from './core.js'\nexport const gateway = core\n",
      'command.ts':
        "import { gateway } from './gateway.js'\nimport { core } from './core.js'\nexport const command = gateway + core\n"
    })
    expect(messages).toEqual([])
  })
})

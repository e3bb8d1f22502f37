/**
 * What people see of the project, from one sandbox tour of the shipped bundle
 * (script/sandbox-tour.ts, at the pictures' fixed clock):
 *
 * - The README's pictures show what the bundle renders today. Each picture in
 *   docs/images/ has beside it the Markdown it was made from; this renders that
 *   Markdown again (script/picture-markdown.ts, the same functions `npm run
 *   pictures` uses) and fails when the two differ. No browser: comparing the
 *   Markdown is enough to know a picture is stale. A second, shorter tour (up to
 *   the `check` the pictures show) proves the Markdown comes out the same on
 *   every run.
 * - Every Mermaid diagram the project shows people is rendered by the real
 *   `mermaid` package in a headless Chromium, the way GitHub draws them: the
 *   diagrams in the Markdown docs, and the timeline in the job summary of each
 *   command of the tour. Any parse error fails the test, and broken diagrams
 *   prove that it would. Needs a Chromium (Debian's `chromium`; `.ci/run`
 *   installs it). Without one these are skipped with a message on a developer's
 *   machine, and fail in CI.
 *
 * One file, so the tour that both read runs once.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { findChromium, mermaidBlocks, startRenderer, type Renderer } from '../../script/browser.js'
import {
  pictureFiles,
  pictureSources,
  picturesOf,
  tourAtFixedClock,
  type PictureFile
} from '../../script/picture-markdown.js'
import type { Tour } from '../../script/sandbox-tour.js'
import { contrast } from './contrast.js'

const root = process.cwd()
const chromium = findChromium()
const inCI = Boolean(process.env.CI) && process.env.CI !== 'false'
const skip = chromium === undefined && !inCI
if (skip) {
  process.stderr.write(
    'pictures: diagram rendering SKIPPED, no Chromium found (CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/google-chrome).\n' +
      '  Install it (apt-get install -y chromium) to render the Mermaid diagrams; CI never skips this.\n'
  )
}

/** Markdown files of the repository, outside dependencies and build output. */
function markdownFiles(dir: string): string[] {
  const skipped = new Set(['node_modules', '.git', 'dist', '.tmp', 'coverage'])
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return skipped.has(entry.name) ? [] : markdownFiles(path)
    return entry.name.endsWith('.md') ? [path] : []
  })
}

const docDiagrams = markdownFiles(root).flatMap(file =>
  mermaidBlocks(readFileSync(file, 'utf8')).map(
    (code, index) => [`${relative(root, file)} #${index + 1}`, code] as const
  )
)

/** In the page: each timeline box's label, the box's fill and the label's colour, as computed. */
const TIMELINE_LABELS = `[...document.querySelectorAll('.timeline-node')].map(node => ({
  label: node.querySelector('text').textContent,
  fill: getComputedStyle(node.querySelector('path')).fill,
  text: getComputedStyle(node.querySelector('text')).fill
}))`

/** Where two texts part, as a reader wants to see it: the line number and both lines. */
function firstDifference(committed: string, today: string): string {
  const a = committed.split('\n')
  const b = today.split('\n')
  const line = a.findIndex((text, index) => text !== b[index])
  const at = line === -1 ? a.length : line
  return `line ${at + 1}:\n  committed: ${JSON.stringify(a[at])}\n  today:     ${JSON.stringify(b[at])}`
}

let tour: Tour

beforeAll(async () => {
  tour = await tourAtFixedClock()
})

describe('the README pictures', () => {
  let today: PictureFile[]

  beforeAll(() => {
    today = pictureFiles(picturesOf(tour))
  })

  it('are made from what the bundle renders today', () => {
    const stale = today.flatMap(({ name, text }) => {
      const committed = readFileSync(join(root, 'docs', 'images', `${name}.md`), 'utf8')
      return committed === text
        ? []
        : [`docs/images/${name}.md, ${firstDifference(committed, text)}`]
    })
    if (stale.length > 0) {
      throw new Error(
        `The README pictures are stale: the bundle renders something else today.\n` +
          `Run \`node script/bundle.mjs && npm run pictures\` and commit docs/images/.\n\n` +
          stale.join('\n\n')
      )
    }
  })

  it('come out the same on every run: the clock, certificate and IDs are fixed', async () => {
    const again = pictureFiles(await pictureSources())
    expect(again).toEqual(today)
  })

  it('show the issue the way a first rotation opens it', () => {
    const issue = today.find(file => file.name === 'rotation-issue')?.text ?? ''
    expect(issue).toContain('only on this issue')
    expect(issue).toContain('Closing this issue does not cancel the rotation')
    expect(issue).toMatch(/-----BEGIN CERTIFICATE-----\n[\s\S]+\n-----END CERTIFICATE-----/)
    const summary = today.find(file => file.name === 'job-summary')?.text ?? ''
    expect(summary).toMatch(/```mermaid\n%%\{init: .*\}%%\ntimeline/)
  })
})

const BROKEN = [
  ['an unclosed edge label', 'flowchart LR\n  a -->|label b\n'],
  ['an unknown diagram type', 'flowchat LR\n  a --> b\n'],
  ['a timeline event without a period', 'timeline\n    title T\n    : expires\n'],
  ['an unclosed node shape', 'flowchart TD\n  a[open --> b\n']
] as const

;(skip ? describe.skip : describe)('Mermaid diagrams, rendered', () => {
  let renderer: Renderer

  beforeAll(async () => {
    if (chromium === undefined) {
      throw new Error(
        'CI must render the diagrams but no Chromium was found: apt-get install -y chromium, or set CHROMIUM_PATH'
      )
    }
    renderer = await startRenderer(chromium)
  })
  afterAll(async () => {
    await renderer?.close()
  })

  it('the docs have diagrams, the README flowchart among them', () => {
    expect(docDiagrams.map(([where]) => where)).toContain('README.md #1')
  })

  it.each(docDiagrams)('%s renders', async (_where, code) => {
    expect(await renderer.renderMermaid(code)).toMatch(/^<svg[\s\S]*<\/svg>$/)
  })

  it("each command's job summary: every diagram renders, and those with a current certificate have one", async () => {
    const rendered: string[] = []
    for (const { label, markdown } of tour.summaries) {
      for (const code of mermaidBlocks(markdown)) {
        const svg = await renderer.renderMermaid(code).catch((error: Error) => {
          throw new Error(`${label}: ${error.message}\n${code}`)
        })
        expect(svg).toContain('</svg>')
        rendered.push(label)
      }
    }
    expect(tour.summaries.map(s => s.label)).toEqual([
      'check (rotation-started)',
      'rotate (rotation-pending)',
      'promote',
      'verify',
      'check (ok)',
      'rollback'
    ])
    expect(rendered).toEqual(
      expect.arrayContaining(['promote', 'verify', 'check (ok)', 'rollback'])
    )
  })

  it('the timeline shows its events as text a person can read', async () => {
    const summary = tour.summaries.find(s => s.label === 'check (ok)')?.markdown ?? ''
    const svg = await renderer.renderMermaid(mermaidBlocks(summary)[0])
    const text = svg
      .replace(/<style>[\s\S]*?<\/style>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
    for (const event of [
      'Current certificate',
      'today',
      'rotation starts (60 days before)',
      'expires'
    ])
      expect(text).toContain(event)
  })

  it('every timeline label reads at 4.5:1 or better on its box, as drawn', async () => {
    const summary = tour.summaries.find(s => s.label === 'check (ok)')?.markdown ?? ''
    const code = mermaidBlocks(summary)[0].replace(/&/g, '&amp;').replace(/</g, '&lt;')
    const drawn = await renderer.evaluateDrawn<{ label: string; fill: string; text: string }[]>(
      `<pre><code class="language-mermaid">${code}</code></pre>`,
      TIMELINE_LABELS
    )
    expect(drawn.length).toBeGreaterThanOrEqual(8)
    const unreadable = drawn.filter(({ fill, text }) => contrast(fill, text) < 4.5)
    expect(unreadable).toEqual([])
  })

  it.each(BROKEN)('fails on %s, with mermaid’s message', async (_what, code) => {
    await expect(renderer.renderMermaid(code)).rejects.toThrow(/\S/)
  })

  it('fails a page whose Markdown holds a broken diagram', async () => {
    const html = '<pre><code class="language-mermaid">flowchart LR\n  a --&gt;|x b</code></pre>'
    // In the renderer's own page: the drawing and its failure are what `page` (a new page,
    // as `npm run pictures` makes them) runs too, without loading mermaid a second time.
    await expect(renderer.evaluateDrawn(html, 'true')).rejects.toThrow(/diagrams failed to render/)
  })
})

describe('the README pictures, as files', () => {
  const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  const readme = readFileSync(join(root, 'README.md'), 'utf8')

  it.each(['rotation-issue.png', 'job-summary.png'])(
    '%s is a PNG in docs/images/ that the README shows',
    name => {
      expect(readme).toMatch(
        new RegExp(`!\\[[^\\]]+\\]\\(docs/images/${name.replace('.', '\\.')}\\)`)
      )
      const file = readFileSync(join(root, 'docs', 'images', name))
      expect(file.subarray(0, 8).equals(PNG)).toBe(true)
    }
  )

  it('are made by npm run pictures from a sandbox run', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>
    }
    expect(pkg.scripts.pictures).toBe('tsx script/pictures.ts')
    const script = readFileSync(join(root, 'script', 'pictures.ts'), 'utf8')
    expect(script).toContain('pictureSources()')
    const sources = readFileSync(join(root, 'script', 'picture-markdown.ts'), 'utf8')
    expect(sources).toContain('tourOfCommands(options)')
    expect(readme).toContain('npm run pictures')
  })
})

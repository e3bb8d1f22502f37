/**
 * A headless Chromium with the real `mermaid` package loaded, for the test that
 * renders every diagram the project emits and for the README pictures
 * (script/pictures.ts). The browser is the machine's own (Debian's
 * `chromium`, or Google Chrome on GitHub's runners), driven by playwright-core,
 * which never downloads a browser of its own.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/chromium-browser']

/** CHROMIUM_PATH when set, else the first browser installed where distributions put it. */
export function findChromium(): string | undefined {
  const chosen = process.env.CHROMIUM_PATH
  if (chosen) return chosen
  return CANDIDATES.find(path => existsSync(path))
}

/**
 * Flags for a root user on a machine without a display or outside network:
 * no sandbox (root), no GPU, and none of the background connections (updates,
 * sync, QUIC) that a closed network refuses by the dozen.
 */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

const MERMAID = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js')

export interface Renderer {
  /** Parses and renders one diagram; throws mermaid's error message on any parse error. */
  renderMermaid(code: string): Promise<string>
  /** A page holding `html`, mermaid code blocks replaced by their diagrams. */
  page(html: string, width?: number): Promise<Page>
  /**
   * What `expression` gives in the renderer's own page while its body holds `html`, the
   * mermaid code blocks drawn as `page` draws them: for a test that reads a drawn diagram,
   * without a new page loading mermaid again (seconds each).
   */
  evaluateDrawn<T>(html: string, expression: string): Promise<T>
  close(): Promise<void>
}

/**
 * What runs inside the page (plain browser JavaScript, so it needs no DOM
 * types here): render one diagram, or replace every mermaid code block of the
 * page with its diagram. Both report mermaid's error text instead of throwing.
 */
const IN_PAGE = `
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default' })
window.renderDiagram = async (id, code) => {
  try {
    await mermaid.parse(code)
    const { svg } = await mermaid.render(id, code)
    return { svg }
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) }
  }
}
window.setBody = html => { document.body.innerHTML = html }
window.renderCodeBlocks = async () => {
  const problems = []
  const blocks = [...document.querySelectorAll('pre > code.language-mermaid')]
  for (const [index, block] of blocks.entries()) {
    const result = await window.renderDiagram('page-diagram-' + index, block.textContent)
    if (result.error) { problems.push(result.error); continue }
    const figure = document.createElement('div')
    figure.className = 'mermaid-figure'
    figure.innerHTML = result.svg
    block.parentElement.replaceWith(figure)
  }
  return problems
}
`

interface InPage {
  renderDiagram(id: string, code: string): Promise<{ svg: string } | { error: string }>
  renderCodeBlocks(): Promise<string[]>
  setBody(html: string): void
}

async function withMermaid(page: Page): Promise<void> {
  await page.addScriptTag({ path: MERMAID })
  await page.addScriptTag({ content: IN_PAGE })
}

/** Replaces the page's mermaid code blocks by their diagrams; throws mermaid's messages. */
async function drawCodeBlocks(page: Page): Promise<void> {
  const failures = await page.evaluate(() => (globalThis as unknown as InPage).renderCodeBlocks())
  if (failures.length > 0) throw new Error(`diagrams failed to render: ${failures.join('; ')}`)
}

export async function startRenderer(executablePath: string): Promise<Renderer> {
  const profile = mkdtempSync(join(tmpdir(), 'chromium-profile-'))
  let context: BrowserContext
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: FLAGS,
      offline: true
    })
  } catch (error) {
    rmSync(profile, { recursive: true, force: true })
    throw error
  }
  const scratch = await context.newPage()
  await scratch.setContent('<!doctype html><html><body></body></html>')
  await withMermaid(scratch)
  let count = 0

  return {
    async renderMermaid(code) {
      const id = `diagram-${++count}`
      const result = await scratch.evaluate(
        ([id, code]) => (globalThis as unknown as InPage).renderDiagram(id, code),
        [id, code] as const
      )
      if ('error' in result) throw new Error(result.error)
      if (/Syntax error in text/i.test(result.svg))
        throw new Error('mermaid drew its error picture')
      return result.svg
    },
    async page(html, width = 900) {
      const page = await context.newPage()
      await page.setViewportSize({ width, height: 600 })
      await page.setContent(html)
      await withMermaid(page)
      await drawCodeBlocks(page)
      return page
    },
    async evaluateDrawn<T>(html: string, expression: string) {
      const setBody = (body: string): Promise<void> =>
        scratch.evaluate(body => (globalThis as unknown as InPage).setBody(body), body)
      await setBody(html)
      try {
        await drawCodeBlocks(scratch)
        return await scratch.evaluate<T>(expression)
      } finally {
        await setBody('')
      }
    },
    async close() {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    }
  }
}

/** Every ```mermaid fenced block of a Markdown text, in order. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid[ \t]*\n([\s\S]*?)^```[ \t]*$/gm)].map(m => m[1])
}

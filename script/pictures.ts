/**
 * The README's pictures, made from a sandbox run rather than drawn by hand:
 * the rotation issue as the first `check` opens it, and the job summary of a
 * `check` with a current certificate (its stage table and Mermaid timeline).
 * The Markdown the action wrote (script/picture-markdown.ts, with a fixed clock
 * and a fixed certificate) is kept beside each picture, turned into HTML by
 * `marked` (GitHub Flavored Markdown), its diagrams drawn by `mermaid` in
 * headless Chromium, and the page photographed.
 *
 *   npm run pictures        writes docs/images/rotation-issue.{png,md} and job-summary.{png,md}
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { marked } from 'marked'
import { findChromium, startRenderer } from './browser.js'
import { pictureFiles, pictureSources } from './picture-markdown.js'

const OUT = join(process.cwd(), 'docs', 'images')

/** Close to GitHub's light theme, enough for a reader to recognise the page. */
const STYLE = `
body { margin: 0; background: #fff; color: #1f2328; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
main { padding: 24px 32px; }
h1.issue { font-size: 26px; font-weight: 400; margin: 0 0 8px; }
h1.issue span { color: #59636e; }
.meta { display: flex; gap: 8px; align-items: center; padding-bottom: 16px; border-bottom: 1px solid #d1d9e0; margin-bottom: 16px; color: #59636e; }
.state { background: #1f883d; color: #fff; border-radius: 2em; padding: 4px 12px; font-weight: 500; }
.label { background: #ddf4ff; color: #0969da; border-radius: 2em; padding: 0 8px; font-size: 12px; font-weight: 500; }
.box { border: 1px solid #d1d9e0; border-radius: 6px; }
.box > header { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; color: #59636e; border-radius: 6px 6px 0 0; }
.box > article { padding: 16px; }
h2, h3 { margin: 20px 0 12px; font-weight: 600; } h2 { font-size: 20px; border-bottom: 1px solid #d1d9e0; padding-bottom: 6px; } h3 { font-size: 16px; }
article > :first-child { margin-top: 0; }
table { border-collapse: collapse; margin: 12px 0; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; text-align: left; }
tr:nth-child(2n) td { background: #f6f8fa; }
code { background: #eff1f3; border-radius: 6px; padding: 2px 5px; font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
pre { background: #f6f8fa; border-radius: 6px; padding: 12px 16px; overflow: hidden; }
pre code { background: none; padding: 0; }
blockquote { margin: 0; padding: 0 16px; border-left: 4px solid #d1d9e0; color: #59636e; }
.mermaid-figure { margin: 12px 0; } .mermaid-figure svg { max-width: 100%; height: auto; }
details summary { cursor: pointer; color: #0969da; }
`

function page(body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>${STYLE}</style></head><body><main>${body}</main></body></html>`
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

async function main(): Promise<void> {
  const chromium = findChromium()
  if (!chromium) {
    throw new Error('no Chromium found: apt-get install -y chromium, or set CHROMIUM_PATH')
  }
  const sources = await pictureSources()
  const { issue } = sources
  mkdirSync(OUT, { recursive: true })
  for (const { name, text } of pictureFiles(sources)) {
    writeFileSync(join(OUT, `${name}.md`), text)
    console.log(`wrote docs/images/${name}.md`)
  }
  const renderer = await startRenderer(chromium)
  try {
    const issueHtml = page(`
      <h1 class="issue">${escapeHtml(issue.title)} <span>#${issue.number}</span></h1>
      <div class="meta"><span class="state">Open</span>
        <b>github-actions</b> opened this issue
        ${issue.labels.map(l => `<span class="label">${escapeHtml(l)}</span>`).join(' ')}</div>
      <div class="box"><header><b>github-actions</b> (bot) commented</header>
        <article>${await marked.parse(issue.body, { gfm: true })}</article></div>`)
    const summaryHtml = page(`
      <div class="box"><header>Job summary · <b>certificate</b> · NetSuite certificate (check)</header>
        <article>${await marked.parse(sources.summary, { gfm: true })}</article></div>`)
    for (const [name, html] of [
      ['rotation-issue.png', issueHtml],
      ['job-summary.png', summaryHtml]
    ] as const) {
      const shot = await renderer.page(html, 1000)
      await shot.screenshot({ path: join(OUT, name), fullPage: true })
      await shot.close()
      console.log(`wrote docs/images/${name}`)
    }
  } finally {
    await renderer.close()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})

/**
 * The README's pictures show what the bundle renders today. Each picture in
 * docs/images/ has beside it the Markdown it was made from; this renders that
 * Markdown again from a sandbox run of dist/ (script/picture-markdown.ts, the
 * same function `npm run pictures` uses) and fails when the two differ. No
 * browser: comparing the Markdown is enough to know a picture is stale.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pictureFiles, pictureSources, type PictureFile } from '../../script/picture-markdown.js'

const root = process.cwd()

/** Where two texts part, as a reader wants to see it: the line number and both lines. */
function firstDifference(committed: string, today: string): string {
  const a = committed.split('\n')
  const b = today.split('\n')
  const line = a.findIndex((text, index) => text !== b[index])
  const at = line === -1 ? a.length : line
  return `line ${at + 1}:\n  committed: ${JSON.stringify(a[at])}\n  today:     ${JSON.stringify(b[at])}`
}

describe('the README pictures', () => {
  let today: PictureFile[]

  beforeAll(async () => {
    today = pictureFiles(await pictureSources())
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

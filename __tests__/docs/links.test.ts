/**
 * Every relative link and every `#anchor` in the Markdown a reader follows
 * (README.md, CONTRIBUTING.md, SECURITY.md, docs/*.md) leads somewhere: the
 * file or folder exists, and an anchor names a heading of that file as GitHub
 * makes its slugs.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'

const root = process.cwd()

/** The Markdown files whose links are checked, relative to the repository. */
export function documents(): string[] {
  const docs = readdirSync(join(root, 'docs'))
    .filter(name => name.endsWith('.md'))
    .map(name => `docs/${name}`)
  return ['README.md', 'CONTRIBUTING.md', 'SECURITY.md', ...docs]
}

/** The text outside fenced code blocks, where links and headings live. */
function prose(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '')
}

/** GitHub's heading slug: lower case, punctuation but `-` and `_` dropped, spaces to `-`. */
export function slug(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/ /g, '-')
}

/** The anchors of a file's headings, with GitHub's `-1`, `-2` for repeats. */
export function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>()
  const result = new Set<string>()
  for (const match of prose(markdown).matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    const base = slug(match[1])
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    result.add(count === 0 ? base : `${base}-${count}`)
  }
  for (const match of markdown.matchAll(/<a\s+(?:name|id)="([^"]+)"/g)) result.add(match[1])
  return result
}

/** Each link target that is not an absolute URL. */
export function relativeLinks(markdown: string): string[] {
  const text = prose(markdown).replace(/`[^`\n]*`/g, '')
  const targets = [...text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)]
    .map(match => match[1])
    .concat([...text.matchAll(/^\[[^\]]+\]:\s*(\S+)/gm)].map(match => match[1]))
  return targets.filter(target => !/^[a-z][a-z0-9+.-]*:/i.test(target))
}

/** What is wrong with each relative link of one file (empty when every one resolves). */
export function brokenLinks(
  file: string,
  readText = (path: string) => readFileSync(path, 'utf8')
): string[] {
  const path = join(root, file)
  const problems: string[] = []
  for (const target of relativeLinks(readText(path))) {
    const [pathPart, anchor] = target.split('#', 2)
    const destination = pathPart === '' ? path : join(dirname(path), decodeURIComponent(pathPart))
    if (pathPart !== '' && !existsSync(destination)) {
      problems.push(`${file}: ${target}: ${relative(root, destination)} does not exist`)
      continue
    }
    if (anchor === undefined || anchor === '') continue
    if (!destination.endsWith('.md') || (pathPart !== '' && statSync(destination).isDirectory())) {
      problems.push(`${file}: ${target}: an anchor into something that is not a Markdown file`)
      continue
    }
    if (!anchors(readText(destination)).has(decodeURIComponent(anchor)))
      problems.push(`${file}: ${target}: no heading makes the anchor #${anchor}`)
  }
  return problems
}

/** Sections named in prose (`see "Rollback"`, `"Rollback" under ...`) that no heading has. */
export function missingSections(markdown: string, headings: Set<string>): string[] {
  const text = prose(markdown).replace(/\s+/g, ' ')
  const named = [...text.matchAll(/\bsee "([^"]+)"|"([^"]+)" under\b/g)].map(m => m[1] ?? m[2])
  return named.filter(name => !headings.has(slug(name)))
}

/** The anchors of every checked document together. */
function allHeadings(): Set<string> {
  return new Set(documents().flatMap(file => [...anchors(readFileSync(join(root, file), 'utf8'))]))
}

describe('links in the Markdown docs', () => {
  it('are checked in README.md, CONTRIBUTING.md, SECURITY.md and docs/', () => {
    expect(documents()).toEqual(
      expect.arrayContaining(['README.md', 'CONTRIBUTING.md', 'SECURITY.md'])
    )
    expect(relativeLinks(readFileSync(join(root, 'README.md'), 'utf8')).length).toBeGreaterThan(5)
  })

  it.each(documents())('%s: every relative link and #anchor resolves', file => {
    expect(brokenLinks(file)).toEqual([])
  })

  it.each(documents())('%s: every section named in prose ("see ...") exists', file => {
    expect(missingSections(readFileSync(join(root, file), 'utf8'), allHeadings())).toEqual([])
  })
})

describe('the link checker', () => {
  it('makes slugs as GitHub does', () => {
    expect(slug('Fan-out: other repositories and the organization')).toBe(
      'fan-out-other-repositories-and-the-organization'
    )
    expect(slug('The sandbox, tests and numbers')).toBe('the-sandbox-tests-and-numbers')
    expect(slug('`netsuite-m2m inspect` in_detail')).toBe('netsuite-m2m-inspect-in_detail')
    expect([...anchors('# A\n\n## A\n\n```\n# not a heading\n```\n')]).toEqual(['a', 'a-1'])
  })

  it('finds a missing file, a missing anchor, and ignores URLs and code', () => {
    const files: Record<string, string> = {
      [join(root, 'X.md')]:
        '# Top\n\n[ok](#top) [bad](#nowhere) [web](https://example.com/#x) `[code](#no)`\n' +
        '[gone](missing.md) [readme](README.md#contents) [readme-bad](README.md#no-such)\n'
    }
    const read = (path: string): string => files[path] ?? readFileSync(path, 'utf8')
    const problems = brokenLinks('X.md', read)
    expect(problems).toHaveLength(3)
    expect(problems.join('\n')).toContain('#nowhere')
    expect(problems.join('\n')).toContain('missing.md does not exist')
    expect(problems.join('\n')).toContain('#no-such')
  })

  it('finds a section named in prose that no heading has', () => {
    const text = 'as described in "Rollback" under How it works, or see "Gone, or forgotten"'
    expect(missingSections(text, new Set(['rollback']))).toEqual(['Gone, or forgotten'])
  })
})

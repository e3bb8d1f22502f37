/**
 * Whether git would pick up a file: inside a work tree and not ignored. Asked
 * of git itself (`git check-ignore`), so every .gitignore, info/exclude and
 * global excludes file counts. Without git there is nothing to warn about.
 */
import { execFileSync } from 'node:child_process'
import { basename, dirname } from 'node:path'

/** The work tree's top folder when `path` lies in one and git does not ignore it; else undefined. */
export function unignoredInWorkTree(path: string): string | undefined {
  const git = (...args: string[]): string =>
    execFileSync('git', ['-C', dirname(path), ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore']
    }).trim()
  let top: string
  try {
    top = git('rev-parse', '--show-toplevel')
  } catch {
    return undefined // no git, or not in a work tree
  }
  try {
    git('check-ignore', '--quiet', '--', basename(path))
    return undefined // exit 0: ignored
  } catch (error) {
    // Exit 1: not ignored. Anything else (a broken repository) is no reason to warn.
    return (error as { status?: number }).status === 1 ? top : undefined
  }
}

#!/usr/bin/env node
/**
 * A release's notes are its section of CHANGELOG.md (Keep a Changelog format):
 *
 *   node script/release-notes.mjs 1.2.3 [--changelog FILE]
 *
 * prints the body under `## [1.2.3]` (a date after it is fine: `## [1.2.3] - 2027-01-31`)
 * up to the next `## ` heading, without the link definitions that close the file.
 * Exits 1, naming the fix, when the section is missing or empty: a release
 * without notes is a mistake to stop, not to publish.
 */
import { readFileSync } from 'node:fs'
import { runAsScript } from './run-as-script.mjs'

const escape = (/** @type {string} */ text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * @param {string} changelog
 * @param {string} version
 */
export function releaseNotes(changelog, version) {
  const lines = changelog.replace(/\r\n?/g, '\n').split('\n')
  const heading = new RegExp(`^## \\[?v?${escape(version)}\\]?(\\s|$)`)
  const start = lines.findIndex(line => heading.test(line))
  if (start < 0) {
    throw new Error(
      `CHANGELOG.md has no section for ${version}: rename "## [Unreleased]" to "## [${version}] - <date>" ` +
        '(and start a new empty Unreleased section above it), commit, and tag that commit.'
    )
  }
  const rest = lines.slice(start + 1)
  const end = rest.findIndex(line => /^## /.test(line))
  const body = (end < 0 ? rest : rest.slice(0, end))
    .filter(line => !/^\[[^\]]+\]:\s+\S+/.test(line))
    .join('\n')
    .trim()
  if (body === '') {
    throw new Error(
      `CHANGELOG.md's section for ${version} is empty: say what changed before releasing.`
    )
  }
  return body + '\n'
}

/** @param {string[]} args */
export function main(args) {
  const [version, ...rest] = args
  const at = rest.indexOf('--changelog')
  const file = at >= 0 ? rest[at + 1] : 'CHANGELOG.md'
  if (!version) {
    console.error('usage: node script/release-notes.mjs X.Y.Z [--changelog FILE]')
    return 2
  }
  process.stdout.write(releaseNotes(readFileSync(file, 'utf8'), version))
  return 0
}

runAsScript(import.meta.url, main)

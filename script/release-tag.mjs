#!/usr/bin/env node
/**
 * The tag arithmetic of a release: which version a pushed tag names, which
 * major tag (`v1`) users pin to, and whether that major tag moves.
 *
 *   node script/release-tag.mjs v1.2.3 [--package-version 1.2.3] [--tags FILE]
 *
 * Prints `version=1.2.3`, `major=v1` and `move-major=true|false` (lines for
 * $GITHUB_OUTPUT). Exits 1 with the reason on a tag that is not `vX.Y.Z`, or
 * on a version that differs from package.json's. `--tags FILE` lists the
 * repository's tags, one per line (`git tag --list`): the major tag only
 * moves when this is the highest release of its major line, so a fix released
 * for an older minor never pulls `v1` back.
 */
import { readFileSync } from 'node:fs'
import { runAsScript } from './run-as-script.mjs'

/** `v` + three plain numbers, no leading zeros (semver 2.0.0 §2), no pre-release or build. */
const RELEASE_TAG = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/

/**
 * @param {string} tag
 * @returns {{ version: string, major: string, parts: [number, number, number] }}
 */
export function parseReleaseTag(tag) {
  const m = RELEASE_TAG.exec(tag)
  if (!m) {
    throw new Error(
      `"${tag}" is not a release tag: releases are tagged vMAJOR.MINOR.PATCH (e.g. v1.2.3), ` +
        'numbers without leading zeros, no pre-release or build suffix. Delete the tag and push one of that form.'
    )
  }
  const parts = /** @type {[number, number, number]} */ ([m[1], m[2], m[3]].map(Number))
  return { version: parts.join('.'), major: `v${parts[0]}`, parts }
}

/** @param {[number, number, number]} a @param {[number, number, number]} b */
function compare(a, b) {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i]
  return 0
}

/**
 * True when no other release tag of the same major is higher than `tag`.
 * Tags that are not releases (`v1`, `latest`, `v2.0.0-rc.1`) are ignored.
 * @param {string} tag
 * @param {string[]} existing
 */
export function movesMajor(tag, existing) {
  const { parts } = parseReleaseTag(tag)
  return existing
    .filter(other => RELEASE_TAG.test(other))
    .map(other => parseReleaseTag(other).parts)
    .every(other => other[0] !== parts[0] || compare(other, parts) <= 0)
}

/**
 * @param {string} tag
 * @param {{ packageVersion?: string, existingTags?: string[] }} [options]
 */
export function releaseTag(tag, options = {}) {
  const { version, major } = parseReleaseTag(tag)
  if (options.packageVersion !== undefined && options.packageVersion !== version) {
    throw new Error(
      `tag ${tag} names version ${version} but package.json says ${options.packageVersion}: ` +
        `set "version": "${version}" in package.json (npm version ${version} --no-git-tag-version), commit, and tag that commit.`
    )
  }
  return { version, major, moveMajor: movesMajor(tag, options.existingTags ?? []) }
}

/** @param {string[]} args */
export function main(args) {
  const [tag, ...rest] = args
  /** @param {string} flag */
  const flag = flag => {
    const at = rest.indexOf(flag)
    return at >= 0 ? rest[at + 1] : undefined
  }
  if (!tag) {
    console.error(
      'usage: node script/release-tag.mjs vX.Y.Z [--package-version X.Y.Z] [--tags FILE]'
    )
    return 2
  }
  const tagsFile = flag('--tags')
  const result = releaseTag(tag, {
    packageVersion: flag('--package-version'),
    existingTags: tagsFile
      ? readFileSync(tagsFile, 'utf8')
          .split('\n')
          .map(t => t.trim())
      : []
  })
  console.log(`version=${result.version}`)
  console.log(`major=${result.major}`)
  console.log(`move-major=${result.moveMajor}`)
  return 0
}

runAsScript(import.meta.url, main)

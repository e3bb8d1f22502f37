/**
 * The Markdown the README's pictures are made from, taken from a sandbox run of
 * the shipped bundle (script/sandbox-tour.ts), and the same every time it is
 * made, so a test can compare what today's bundle writes with the Markdown kept
 * beside each picture (docs/images/*.md).
 *
 * What would change from run to run is fixed where the run allows it, and
 * replaced where it does not:
 * - the clock: the sandbox runs at FIXED_CLOCK (dates, validity, days left,
 *   file names);
 * - the certificate: its key pair is made inside the action, new on every run,
 *   so its PEM and fingerprint are replaced by those of STAND_IN, the
 *   certificate the bundle made in one such run;
 * - certificate IDs: NetSuite (here its emulator) draws them at random, so
 *   each is replaced, in order of appearance, by a fixed 43-character ID.
 * Anything else that differed between two runs would make the comparison fail,
 * and it fails loudly here instead: a fingerprint left unreplaced is an error.
 */
import { X509Certificate, createHash } from 'node:crypto'
import { tourOfCommands, type Tour, type TourOptions } from './sandbox-tour.js'

/** The sandbox's wall clock at the first step (each later step sees the days it advances). */
export const FIXED_CLOCK = Date.UTC(2026, 11, 1, 9, 0, 0)

/** A certificate `check` made at FIXED_CLOCK: the one every picture shows. */
const STAND_IN = `-----BEGIN CERTIFICATE-----
MIIBhzCCAS2gAwIBAgIQaRNQFrXr1ivYkttOUmP0XDAKBggqhkjOPQQDAjAlMSMw
IQYDVQQDDBpOZXRTdWl0ZSBNMk0gYWNtZS9lcnAtc3luYzAeFw0yNjEyMDEwODU5
MDBaFw0yODExMzAwODU5MDBaMCUxIzAhBgNVBAMMGk5ldFN1aXRlIE0yTSBhY21l
L2VycC1zeW5jMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEGWViddfECrxu3bpN
Z2SWfvTznDaZKiJuueimzXo8GJlEL0kUr+7+qPW2EyNgreRFgoeutvIgAJbtpu8a
5LiuaKM/MD0wDAYDVR0TAQH/BAIwADAOBgNVHQ8BAf8EBAMCB4AwHQYDVR0OBBYE
FJNnJ8pBA4MvFabuPp+btNVVoRl+MAoGCCqGSM49BAMCA0gAMEUCIQDAk48K+KU8
itRCfpfPkCwI8eIAg40bbyZv74/VqtItgAIgdWayaEYYZE7ID/AJP8pe59aDTnE7
1Kdo0TTXEYq9Khc=
-----END CERTIFICATE-----`

export interface PictureSources {
  /** The rotation issue as the first `check` opens it. */
  issue: { number: number; title: string; labels: string[]; body: string }
  /** The job summary of a `check` with a current certificate. */
  summary: string
}

/** One picture's Markdown file: docs/images/<name>.md beside docs/images/<name>.png. */
export interface PictureFile {
  name: 'rotation-issue' | 'job-summary'
  text: string
}

/** Runs the sandbox tour with the clock fixed, and returns its two texts with run-bound values replaced. */
export async function pictureSources(): Promise<PictureSources> {
  return picturesOf(await tourAtFixedClock({ through: 'check (ok)' }))
}

/** The sandbox tour (script/sandbox-tour.ts) with the clock fixed at FIXED_CLOCK. */
export function tourAtFixedClock(options: TourOptions = {}): Promise<Tour> {
  return atFixedClock(FIXED_CLOCK, () => tourOfCommands(options))
}

/** The two texts of a tour run by tourAtFixedClock, with run-bound values replaced. */
export function picturesOf(tour: Tour): PictureSources {
  const summary = tour.summaries.find(s => s.label === 'check (ok)')?.markdown
  if (summary === undefined) throw new Error('the sandbox run has no check (ok) summary')
  const replace = replacements(tour.issue.body)
  return {
    issue: {
      number: tour.issue.number,
      title: replace(tour.issue.title),
      labels: tour.issue.labels,
      body: replace(tour.issue.body)
    },
    summary: replace(summary)
  }
}

/** The text of each picture's Markdown file, as `npm run pictures` writes it and the test reads it. */
export function pictureFiles(sources: PictureSources): PictureFile[] {
  const { issue } = sources
  const labels = issue.labels.map(label => `\`${label}\``).join(', ')
  return [
    {
      name: 'rotation-issue',
      text: fileText(
        'rotation-issue',
        `# ${issue.title} #${issue.number}\n\nOpen · labels: ${labels}\n\n${issue.body}`
      )
    },
    { name: 'job-summary', text: fileText('job-summary', sources.summary) }
  ]
}

/** Prettier leaves the action's Markdown as the action wrote it, inside the ignore range. */
function fileText(name: string, markdown: string): string {
  return [
    `<!-- Made by \`npm run pictures\` with docs/images/${name}.png, from a sandbox run of dist/.`,
    '     __tests__/docs/pictures.test.ts fails when the bundle writes something else. -->',
    '<!-- prettier-ignore-start -->',
    markdown.trimEnd(),
    '<!-- prettier-ignore-end -->',
    ''
  ].join('\n')
}

/**
 * Date.now of this process, pinned while `work` runs: the sandbox's emulators and
 * the clock each step of the action starts at read it (script/sandbox-tour.ts
 * takes no clock of its own). Timers and the action's processes are unaffected.
 */
async function atFixedClock<T>(instant: number, work: () => Promise<T>): Promise<T> {
  const realNow = Date.now
  Date.now = () => instant
  try {
    return await work()
  } finally {
    Date.now = realNow
  }
}

const PEM = /-----BEGIN CERTIFICATE-----\n[\s\S]*?\n-----END CERTIFICATE-----/
/** A SHA-256 fingerprint, whole or as its first 8 bytes (the job summary's table). */
const FINGERPRINT = /(?:[0-9A-F]{2}:){7}[0-9A-F]{2}(?::[0-9A-F]{2}){0,24}/g
const CERTIFICATE_ID = /`([A-Za-z0-9_-]{43})`/g

/** The fixed stand-in for the n-th certificate ID of a run: 43 characters of base64url. */
const standInId = (n: number): string =>
  createHash('sha256').update(`stand-in certificate ID ${n}`).digest('base64url')

/** A validity time as the issue shows it: `2026-12-01 08:59:00 UTC`. */
const shownTime = (text: string): string =>
  `${new Date(text).toISOString().slice(0, 19).replace('T', ' ')} UTC`

/**
 * What the run's certificate shows (its PEM, its fingerprint whole and shortened, its
 * validity to the second: the action's clock runs on from the fixed start), paired with
 * the stand-in's.
 */
function certificatePairs(runPem: string, standInPem: string): [string, string][] {
  const shown = (pem: string): string[] => {
    const { fingerprint256, validFrom, validTo } = new X509Certificate(pem)
    return [
      pem,
      fingerprint256,
      fingerprint256.slice(0, 23),
      shownTime(validFrom),
      shownTime(validTo)
    ]
  }
  const standInShown = shown(standInPem)
  return shown(runPem).map((value, index) => [value, standInShown[index]])
}

/** A function that replaces, in any text of this run, its certificate and certificate IDs. */
function replacements(issueBody: string): (text: string) => string {
  const pem = PEM.exec(issueBody)?.[0]
  if (!pem) throw new Error('the rotation issue shows no certificate')
  const pairs = certificatePairs(pem, STAND_IN)
  const standInFingerprint = new X509Certificate(STAND_IN).fingerprint256
  const ids = new Map<string, string>()
  return text => {
    let result = text
    for (const [from, to] of pairs) result = result.split(from).join(to)
    result = result.replace(CERTIFICATE_ID, (_all, id: string) => {
      if (!ids.has(id)) ids.set(id, standInId(ids.size + 1))
      return `\`${ids.get(id)}\``
    })
    for (const [shown] of result.matchAll(FINGERPRINT)) {
      if (!standInFingerprint.startsWith(shown))
        throw new Error(`a fingerprint of another certificate (${shown}) differs on every run`)
    }
    return result
  }
}

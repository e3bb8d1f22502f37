// Run an action checkout the way the GitHub runner would and print what GitHub would show:
//   npx tsx sandbox/runner/cli.ts --input command=check --input account-id=123 \
//     [--event issue_comment --payload event.json] [--env GITHUB_API_URL=http://127.0.0.1:8080] \
//     [--secret VALUE] [--action-dir DIR] [--repository owner/repo] [--now 2030-01-01T00:00:00Z] [--debug]
// Exits with 0 when the step would succeed, else 1.

import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { runAction } from './index.js'

function pairs(list: string[] | undefined, flag: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const item of list ?? []) {
    const eq = item.indexOf('=')
    if (eq <= 0) throw new Error(`${flag} expects NAME=VALUE, got '${item}'`)
    out[item.slice(0, eq)] = item.slice(eq + 1)
  }
  return out
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      input: { type: 'string', multiple: true },
      env: { type: 'string', multiple: true },
      secret: { type: 'string', multiple: true },
      event: { type: 'string' },
      payload: { type: 'string' },
      'action-dir': { type: 'string' },
      repository: { type: 'string' },
      token: { type: 'string' },
      now: { type: 'string' },
      debug: { type: 'boolean' }
    }
  })
  const payload: unknown = values.payload ? JSON.parse(readFileSync(values.payload, 'utf8')) : {}
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new Error('--payload must hold a JSON object')
  }
  const now = values.now ? new Date(values.now) : undefined
  if (now && Number.isNaN(now.getTime())) throw new Error(`--now: not a date: ${values.now}`)

  const result = await runAction({
    actionDir: values['action-dir'],
    inputs: pairs(values.input, '--input'),
    env: pairs(values.env, '--env'),
    secretValues: values.secret,
    event: {
      name: values.event ?? 'workflow_dispatch',
      payload: payload as Record<string, unknown>
    },
    repository: values.repository,
    githubToken: values.token,
    now,
    debug: values.debug
  })

  process.stdout.write(result.stdout)
  process.stderr.write(result.stderr)
  console.log('\n--- annotations')
  for (const a of result.annotations) {
    const props = Object.entries(a.properties).map(([k, v]) => `${k}=${v}`)
    console.log(`${a.level}${props.length ? ` (${props.join(', ')})` : ''}: ${a.message}`)
  }
  console.log('--- outputs')
  for (const [name, value] of Object.entries(result.outputs)) console.log(`${name}: ${value}`)
  if (result.summary) console.log(`--- step summary\n${result.summary}`)
  if (result.leftoverFiles.length)
    console.log(`--- left in RUNNER_TEMP: ${result.leftoverFiles.join(', ')}`)
  console.log(`--- exit code ${result.exitCode ?? result.signal}, conclusion ${result.conclusion}`)
  return result.conclusion === 'success' ? 0 : 1
}

main().then(
  code => {
    process.exitCode = code
  },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err)
    process.exitCode = 2
  }
)

/**
 * One pass through every command in the sandbox (the shipped dist/index.js
 * against the loopback emulators), keeping what a person sees: each command's
 * job summary and the rotation issue. The diagram render test and the README
 * pictures (script/pictures.ts) read the project's output from here, so
 * neither is drawn by hand.
 */
import type { Issue } from '../sandbox/github/index.js'
import type { RunResult } from '../sandbox/runner/index.js'
import { startWorld, type StepOptions, type World } from '../sandbox/world.js'

export interface Tour {
  /** Each command's job summary (Markdown), labelled with the command and its status. */
  summaries: { label: string; markdown: string }[]
  /** The rotation issue as the first rotation opened it. */
  issue: Pick<Issue, 'number' | 'title' | 'body' | 'labels'>
}

const EC = { 'key-type': 'ec-p256' }

async function expecting(
  world: World,
  command: string,
  status: string,
  options: StepOptions = {}
): Promise<RunResult> {
  const result = await world.step(command, options)
  if (result.exitCode !== 0 || result.outputs.status !== status) {
    const notes = result.annotations.map(a => `${a.level}: ${a.message}`).join('\n')
    throw new Error(`${command}: expected ${status}, got ${result.outputs.status}\n${notes}`)
  }
  return result
}

async function uploadAndReply(world: World, issueNumber: number): Promise<RunResult> {
  const certificateId = world.adminUploadsPending()
  const event = world.comment(issueNumber, `/certificate-id ${certificateId}`, 'admin-alice')
  return expecting(world, 'promote', 'promoted', { event })
}

export interface TourOptions {
  /** Ends the tour after the `check (ok)` summary: the README pictures need nothing later,
   * and the steps up to there run the same as in the whole tour. */
  through?: 'check (ok)'
}

export async function tourOfCommands(options: TourOptions = {}): Promise<Tour> {
  const world = await startWorld()
  try {
    const summaries: Tour['summaries'] = []
    const keep = (label: string, result: RunResult): void => {
      summaries.push({ label, markdown: result.summary })
    }
    const started = await expecting(world, 'check', 'rotation-started', { inputs: EC })
    keep('check (rotation-started)', started)
    const number = Number(started.outputs['issue-number'])
    const opened = world.github.issue(number)
    if (!opened) throw new Error(`check reported issue #${number}, which does not exist`)
    const issue = {
      number,
      title: opened.title,
      body: opened.body,
      labels: [...opened.labels]
    }
    keep('rotate (rotation-pending)', await expecting(world, 'rotate', 'rotation-pending'))
    keep('promote', await uploadAndReply(world, number))
    keep('verify', await expecting(world, 'verify', 'verified'))
    world.advanceDays(200)
    keep('check (ok)', await expecting(world, 'check', 'ok', { inputs: EC }))
    if (options.through === 'check (ok)') return { summaries, issue }
    const again = await expecting(world, 'rotate', 'rotation-started', { inputs: EC })
    await uploadAndReply(world, Number(again.outputs['issue-number']))
    keep('rollback', await expecting(world, 'rollback', 'rolled-back', { runId: '7100000001' }))
    return { summaries, issue }
  } finally {
    await world.close()
  }
}

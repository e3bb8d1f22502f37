/**
 * The job summary every command writes: where each credential stage stands,
 * what happened, and the next step for a person.
 */
import type { InputValues } from '../inputs/fields.js'
import type { Result } from '../run/context.js'
import { DAY_MS, daysUntil, formatDate as day } from '../core/time.js'
import { netsuiteEmailDates } from '../doctor/expiry.js'
import { REMINDER_DAYS } from '../rotation/reminders.js'
import { renderReport } from '../doctor/report.js'

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
}

/** What the summary reports on: the command, its inputs, its result, and the run's writes. */
export interface SummarizedRun {
  command: string
  inputs: Pick<InputValues, 'accountId' | 'environment' | 'dryRun' | 'renewBeforeDays'>
  result: Result
  /** Every write of the run (both gateways', fan-out's included), in order; in dry-run, the
   * writes it would have made. */
  writes: readonly string[]
}

export function renderSummary(run: SummarizedRun, now: Date): string {
  const { command, inputs, result, writes } = run
  const lines: string[] = []
  const env = inputs.environment ? ` (${inputs.environment})` : ''
  lines.push(`## NetSuite M2M credentials: ${inputs.accountId}${env}`, '')
  lines.push(
    `**${command}** → \`${result.status}\`${inputs.dryRun ? ' (dry-run: nothing was written)' : ''}`,
    ''
  )
  if (result.failure) lines.push(`> [!CAUTION]`, `> ${escapeCell(result.failure)}`, '')
  if (result.stages.length > 0) {
    lines.push(
      '| stage | certificate ID | fingerprint (SHA-256) | not after | days left | status |',
      '|---|---|---|---|---|---|'
    )
    for (const stage of result.stages) {
      const days = stage.notAfter ? String(daysUntil(stage.notAfter, now)) : ''
      lines.push(
        `| ${stage.stage} | ${stage.certificateId ? `\`${escapeCell(stage.certificateId)}\`` : ''} | ${stage.fingerprint ? `\`${stage.fingerprint.slice(0, 23)}…\`` : ''} | ${stage.notAfter ? day(stage.notAfter) : ''} | ${days} | ${escapeCell(stage.state)} |`
      )
    }
    lines.push('')
  }
  if (result.report) lines.push(renderReport(result.report, now))
  const current = result.stages.find(stage => stage.stage === 'current' && stage.notAfter)
  if (current?.notAfter) lines.push(timeline(current.notAfter, inputs.renewBeforeDays, now), '')
  if (result.outputs['issue-url'])
    lines.push(
      `Rotation issue: [#${result.outputs['issue-number']}](${result.outputs['issue-url']})`,
      ''
    )
  lines.push(`**Next step:** ${escapeCell(result.nextStep)}`, '')
  if (result.targets && result.targets.length > 0) {
    lines.push('**Targets:**', '')
    for (const target of result.targets) lines.push(`- ${escapeCell(target)}`)
    lines.push('')
  }
  if (result.skipped && result.skipped.length > 0) {
    lines.push('**Skipped:**', '')
    for (const what of result.skipped) lines.push(`- ${escapeCell(what)}`)
    lines.push('')
  }
  if (writes.length > 0) {
    lines.push(
      inputs.dryRun
        ? '<details><summary>Would write</summary>'
        : '<details><summary>Written</summary>',
      ''
    )
    for (const write of writes) lines.push(`- ${escapeCell(write)}`)
    lines.push('', '</details>', '')
  }
  return lines.join('\n')
}

/**
 * The colours of a timeline's periods and events (mermaid's `cScale<n>` fills
 * and `cScaleLabel<n>` text), one per column: light fills under dark text.
 * Mermaid's own default draws white text on several of its pastel fills, which
 * few people can read. The timeline carries them in a Mermaid init directive, so
 * GitHub draws them too; every pair meets WCAG's 4.5:1 contrast.
 */
export const TIMELINE_COLOURS = {
  text: '#1f2328',
  fills: [
    '#ddf4ff',
    '#fff8c5',
    '#dafbe1',
    '#fbefff',
    '#ffebe9',
    '#fff1e5',
    '#ffeff7',
    '#eaeef2',
    '#b6e3ff',
    '#fae17d',
    '#aceebb',
    '#ecd8ff'
  ]
} as const

/** Mermaid's directive that sets the timeline's colours, on the line after the fence. */
const TIMELINE_INIT = `%%{init: ${JSON.stringify({
  themeVariables: Object.fromEntries(
    TIMELINE_COLOURS.fills.flatMap((fill, n) => [
      [`cScale${n}`, fill],
      [`cScaleLabel${n}`, TIMELINE_COLOURS.text]
    ])
  )
})}}%%`

/** A Mermaid timeline of the current certificate: renew-from, reminders, expiry, today. */
function timeline(notAfter: Date, renewBeforeDays: number, now: Date): string {
  const at = (days: number): string => day(new Date(notAfter.getTime() - days * DAY_MS))
  const events: [string, string][] = [
    [day(now), 'today'],
    [at(renewBeforeDays), `rotation starts (${renewBeforeDays} days before)`],
    [at(REMINDER_DAYS[0]), `reminder ${REMINDER_DAYS[0]} days`],
    [at(REMINDER_DAYS[REMINDER_DAYS.length - 1]), 'last reminder'],
    [day(notAfter), 'expires'],
    // NetSuite e-mails every administrator on its own schedule, rotation or not.
    ...netsuiteEmailDates(notAfter).map(({ date, days }): [string, string] => [
      day(date),
      `NetSuite e-mails admins (${days} days)`
    ])
  ]
  events.sort((a, b) => a[0].localeCompare(b[0]))
  // Events of one day share a line: a period appears once in a Mermaid timeline.
  const byDate = new Map<string, string[]>()
  for (const [date, what] of events) byDate.set(date, [...(byDate.get(date) ?? []), what])
  return [
    '```mermaid',
    TIMELINE_INIT,
    'timeline',
    '    title Current certificate',
    ...[...byDate].map(([date, what]) => `    ${date} : ${what.join(' : ')}`),
    '```'
  ].join('\n')
}

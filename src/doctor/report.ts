/**
 * The doctor's report: each finding ok, warning or failure with its fix, and every
 * certificate NetSuite lists for the integration with its stage. One renderer serves the
 * action's job summary and the command line, so both show the same table; `toJson` is the
 * command line's machine-readable form.
 */
import type { DoctorReport, Level } from '../run/doctor-report.js'
import { MAX_ACTIVE_CERTIFICATES } from '../netsuite/certificates.js'
import { clip, inlineCode, oneLine } from '../core/outside-text.js'
import { daysUntil, formatDate } from '../core/time.js'

const MARK: Record<Level, string> = { ok: '✅ ok', warning: '⚠️ warning', failure: '❌ failure' }

export function isHealthy(report: DoctorReport): boolean {
  return !report.findings.some(finding => finding.level === 'failure')
}

function cell(text: string): string {
  return oneLine(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|')
}

/** NetSuite's text (a role or entity name): one line, cut, and code, so it stays data. */
function outside(text: string | undefined): string {
  return text === undefined || text === '' ? '' : inlineCode(clip(text, 80)).replace(/\|/g, '\\|')
}

/** The findings and the certificate list as Markdown tables. */
export function renderReport(report: DoctorReport, now: Date): string {
  const lines = ['| | check | finding | fix |', '|---|---|---|---|']
  for (const finding of report.findings) {
    lines.push(
      `| ${MARK[finding.level]} | ${cell(finding.check)} | ${cell(finding.detail)} | ${cell(finding.fix ?? '')} |`
    )
  }
  lines.push('')
  if (report.certificates) {
    lines.push(
      `**NetSuite's certificates for this integration** (${activeCount(report.certificates)} of ${ACTIVE_LIMIT} active):`,
      '',
      '| certificate ID | stage | status | valid from | valid until | days left | role | entity |',
      '|---|---|---|---|---|---|---|---|'
    )
    for (const row of report.certificates) {
      const until = row.validUntil
      lines.push(
        `| \`${row.id}\` | ${row.stage} | ${row.status} | ${row.validFrom ? formatDate(row.validFrom) : ''} | ${until ? formatDate(until) : ''} | ${until ? daysUntil(until, now) : ''} | ${outside(row.role)} | ${outside(row.entity)} |`
      )
    }
    lines.push('')
  }
  return lines.join('\n')
}

/** NetSuite 2026.1: at most five active certificates per integration record (revoked ones do not count). */
/** NetSuite's limit of active certificates per integration record. */
export const ACTIVE_LIMIT = MAX_ACTIVE_CERTIFICATES

export function activeCount(rows: readonly { status: string }[]): number {
  return rows.filter(row => row.status === 'active').length
}

/** The report as data: what `netsuite-m2m doctor --json` prints. */
export function toJson(report: DoctorReport): Record<string, unknown> {
  return {
    healthy: isHealthy(report),
    findings: report.findings,
    ...(report.certificates
      ? {
          activeCertificates: activeCount(report.certificates),
          activeLimit: ACTIVE_LIMIT,
          certificates: report.certificates.map(row => ({
            ...row,
            validFrom: row.validFrom?.toISOString(),
            validUntil: row.validUntil?.toISOString()
          }))
        }
      : {})
  }
}

/** One line per failure, for the step's `::error::`. */
export function failureSummary(report: DoctorReport): string | undefined {
  const failures = report.findings.filter(finding => finding.level === 'failure')
  if (failures.length === 0) return undefined
  const each = failures.map(f => `${f.check}: ${f.detail}${f.fix ? ` Fix: ${f.fix}` : ''}`)
  return `doctor found ${failures.length} problem${failures.length === 1 ? '' : 's'} (nothing was written): ${each.join(' | ')}`
}

/**
 * Days to expiry against what happens on the way: the action starts a rotation
 * `renew-before-days` before, verify fails `fail-before-days` before, and NetSuite itself
 * e-mails every administrator 60, 30 and 14 days before a certificate expires (since
 * 2025.2, not for revoked ones), whether or not a rotation is already in hand.
 */
import { addDays, daysUntil, formatDate } from '../core/time.js'
import type { Finding } from '../run/doctor-report.js'

/** Days before expiry on which NetSuite e-mails the administrators. */
export const NETSUITE_EMAIL_DAYS = [60, 30, 14] as const

/** The dates of NetSuite's e-mails about a certificate expiring on `notAfter`. */
export function netsuiteEmailDates(notAfter: Date): { days: number; date: Date }[] {
  return NETSUITE_EMAIL_DAYS.map(days => ({ days, date: addDays(notAfter, -days) }))
}

export interface ExpirySettings {
  renewBeforeDays: number
  failBeforeDays: number
  /** A rotation is already pending: the warnings ahead are in hand. */
  rotationPending: boolean
}

export function expiryFindings(notAfter: Date, now: Date, settings: ExpirySettings): Finding[] {
  const days = daysUntil(notAfter, now)
  const check = 'current certificate expiry'
  const renewFrom = addDays(notAfter, -settings.renewBeforeDays)
  const findings: Finding[] = []
  if (days < 0) {
    findings.push({
      check,
      level: 'failure',
      detail: `expired on ${formatDate(notAfter)}: NetSuite refuses it`,
      fix: 'run the rotation workflow (rotate) and upload the new certificate'
    })
  } else if (days < settings.failBeforeDays) {
    findings.push({
      check,
      level: 'failure',
      detail: `expires on ${formatDate(notAfter)}, in ${days} days: within fail-before-days (${settings.failBeforeDays}), so verify fails`,
      fix: settings.rotationPending
        ? 'finish the pending rotation: upload its certificate and reply with its ID'
        : 'run the rotation workflow (rotate)'
    })
  } else if (renewFrom.getTime() <= now.getTime()) {
    findings.push({
      check,
      level: settings.rotationPending ? 'ok' : 'warning',
      detail: `expires on ${formatDate(notAfter)}, in ${days} days: within renew-before-days (${settings.renewBeforeDays})${settings.rotationPending ? '; a rotation is pending' : ''}`,
      ...(settings.rotationPending
        ? {}
        : { fix: 'the next check starts a rotation; or run rotate now' })
    })
  } else {
    findings.push({
      check,
      level: 'ok',
      detail: `expires on ${formatDate(notAfter)}, in ${days} days; the rotation starts on ${formatDate(renewFrom)} (renew-before-days ${settings.renewBeforeDays})`
    })
  }
  findings.push(emailFinding(notAfter, renewFrom, settings))
  return findings
}

/** NetSuite's e-mails, and whether the first comes before this action's rotation starts. */
function emailFinding(notAfter: Date, renewFrom: Date, settings: ExpirySettings): Finding {
  const dates = netsuiteEmailDates(notAfter)
    .map(({ days, date }) => `${formatDate(date)} (${days} days)`)
    .join(', ')
  const first = Math.max(...NETSUITE_EMAIL_DAYS)
  if (settings.renewBeforeDays >= first) {
    return {
      check: "NetSuite's expiry e-mails",
      level: 'ok',
      detail: `NetSuite e-mails every administrator on ${dates}; the rotation starts before the first of them`
    }
  }
  return {
    check: "NetSuite's expiry e-mails",
    level: 'warning',
    detail: `NetSuite e-mails every administrator on ${dates}, but the rotation starts only on ${formatDate(renewFrom)} (renew-before-days ${settings.renewBeforeDays}): administrators are warned about a certificate nobody is replacing yet`,
    fix: `set renew-before-days to ${first} or more`
  }
}

/**
 * `netsuite-m2m status`: where a certificate stands against the same
 * thresholds the action uses: renew-before-days (check starts a rotation) and
 * fail-before-days (verify fails the gate).
 */
import { InputError } from '../core/errors.js'
import { daysUntil } from '../core/time.js'
import {
  isoDay,
  optionalString,
  parseFlags,
  parseWholeNumber,
  requireString,
  type Io
} from './args.js'
import { readPastedCertificate } from './pasted.js'
import { DAY_MS } from '../core/time.js'

export const STATUS_HELP = `Usage: netsuite-m2m status --certificate FILE [--renew-before-days 60] [--fail-before-days 7] [--json]

Shows the certificate's fingerprint, expiry, days left, the date from which
it should be renewed, and its state:
  ok        more than renew-before-days left
  renew     within renew-before-days: time to rotate
  expiring  within fail-before-days: the verify gate fails
  expired   past its not-after date

Flags:
  --certificate FILE        certificate PEM (required)
  --renew-before-days N     default 60
  --fail-before-days N      default 7
  --json                    print one JSON object instead of the table
  -h, --help                show this help

Exit status: 0 for ok and renew, 1 for expiring and expired.
`

export type CertificateState = 'ok' | 'renew' | 'expiring' | 'expired'

export function stateOf(
  days: number,
  expired: boolean,
  renewBefore: number,
  failBefore: number
): CertificateState {
  if (expired) return 'expired'
  if (days <= failBefore) return 'expiring'
  if (days <= renewBefore) return 'renew'
  return 'ok'
}

function threshold(name: string, raw: string): number {
  const value = parseWholeNumber(name, raw)
  if (!Number.isInteger(value) || value < 0 || value > 730) {
    throw new InputError(`--${name} must be a whole number from 0 to 730; got "${raw}"`)
  }
  return value
}

export function runStatus(args: string[], io: Io): number {
  const flags = parseFlags('status', args, {
    certificate: { type: 'string' },
    'renew-before-days': { type: 'string', default: '60' },
    'fail-before-days': { type: 'string', default: '7' },
    json: { type: 'boolean', default: false }
  })
  if (flags.help) {
    io.out(STATUS_HELP)
    return 0
  }
  const path = requireString('status', flags, 'certificate')
  const renewBefore = threshold(
    'renew-before-days',
    optionalString(flags, 'renew-before-days') ?? '60'
  )
  const failBefore = threshold('fail-before-days', optionalString(flags, 'fail-before-days') ?? '7')
  const certificate = readPastedCertificate('certificate', path, io)
  const now = new Date()
  const days = daysUntil(certificate.notAfter, now)
  const expired = certificate.notAfter.getTime() <= now.getTime()
  const state = stateOf(days, expired, renewBefore, failBefore)
  // A certificate shorter than renew-before-days is due from the day it starts, never before.
  const renewFrom = new Date(
    Math.max(certificate.notAfter.getTime() - renewBefore * DAY_MS, certificate.notBefore.getTime())
  )
  const row = {
    stage: 'current',
    fingerprint: certificate.fingerprint,
    notAfter: isoDay(certificate.notAfter),
    daysLeft: days,
    renewFrom: isoDay(renewFrom),
    state
  }
  if (flags.json === true) {
    io.out(JSON.stringify(row))
  } else {
    const header = ['stage', 'fingerprint', 'not after', 'days left', 'renew from', 'state']
    const cells = [
      row.stage,
      row.fingerprint,
      row.notAfter,
      String(row.daysLeft),
      row.renewFrom,
      row.state
    ]
    const widths = header.map((h, i) => Math.max(h.length, cells[i].length))
    const format = (values: string[]): string =>
      values
        .map((v, i) => v.padEnd(widths[i]))
        .join('  ')
        .trimEnd()
    io.out([format(header), format(cells)].join('\n'))
  }
  return state === 'expiring' || state === 'expired' ? 1 : 0
}

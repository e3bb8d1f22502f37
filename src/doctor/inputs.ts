/**
 * The inputs a real run would need, beyond the pairs NetSuite is asked about: the
 * certificates themselves (every reason NetSuite would refuse one), settings that work
 * against each other, and how uploads would go.
 */
import { netsuiteFindings, type CertificateInfo } from '../core/inspect.js'
import type { Finding } from '../run/doctor-report.js'

export interface InputSettings {
  certificates: { stage: string; certificate: CertificateInfo | undefined }[]
  renewBeforeDays: number
  failBeforeDays: number
  upload: 'issue' | 'api' | 'auto'
  /** Uploads would go through NetSuite's API (api, or auto with everything it needs). */
  apiUploads: boolean
}

export function inputFindings(settings: InputSettings, now: Date): Finding[] {
  const findings: Finding[] = []
  for (const { stage, certificate } of settings.certificates) {
    if (!certificate) continue
    // Expiry has its own finding; what is left is what NetSuite refuses or quietly changes.
    for (const finding of netsuiteFindings(certificate, now).filter(
      f => !/^expired on /.test(f.problem)
    )) {
      findings.push({
        check: `${stage} certificate`,
        level: finding.verdict === 'refused' ? 'failure' : 'warning',
        detail: finding.problem,
        fix: finding.fix
      })
    }
  }
  if (settings.renewBeforeDays <= settings.failBeforeDays) {
    findings.push({
      check: 'renew-before-days',
      level: 'warning',
      detail: `renew-before-days (${settings.renewBeforeDays}) is not above fail-before-days (${settings.failBeforeDays}): verify fails before a rotation even starts`,
      fix: 'keep renew-before-days well above fail-before-days (defaults 60 and 7)'
    })
  }
  findings.push({
    check: 'upload',
    level: 'ok',
    detail: settings.apiUploads
      ? `upload: ${settings.upload}: new certificates are uploaded through NetSuite's certificate endpoint`
      : `upload: ${settings.upload}: new certificates are uploaded by an admin, asked by an issue${settings.upload === 'auto' ? ' (for API uploads, pass netsuite-role-id and netsuite-entity-id)' : ''}`
  })
  return findings
}

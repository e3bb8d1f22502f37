/**
 * doctor: checks a set-up and writes nothing, anywhere (no GitHub write, no NetSuite
 * upload or revocation; requests for tokens only). Each finding is ok, warning or failure
 * with its fix, in the log and the job summary; any failure makes the step fail
 * (`unhealthy`). The findings themselves live in src/doctor/.
 */
import type { Context, Result } from '../run/context.js'
import type { UsesAll } from '../inputs/fields.js'
import { defineCommand } from '../run/command.js'
import { missingInput } from '../run/missing-input.js'
import type { GitHub } from '../github/gateway.js'
import { describeError } from '../core/errors.js'
import type { CertificateInfo } from '../core/inspect.js'
import { certificateOutputs } from '../rotation/results.js'
import { apiUpload } from '../rotation/zero-touch.js'
import { examineNetSuite } from '../doctor/netsuite-pairs.js'
import { expiryFindings } from '../doctor/expiry.js'
import { githubAccessFindings } from '../doctor/github-access.js'
import { inputFindings } from '../doctor/inputs.js'
import { storedStages } from '../doctor/stored-stages.js'
import { failureSummary, isHealthy } from '../doctor/report.js'
import type { DoctorReport, Finding } from '../run/doctor-report.js'

/** What doctor reads: everything a real run of the other commands would need. */
const DOCTOR_FIELDS = [
  'clientId',
  'privateKey',
  'certificateId',
  'certificate',
  'previousPrivateKey',
  'pendingPrivateKey',
  'pendingCertificate',
  'algorithm',
  'scopes',
  'renewBeforeDays',
  'failBeforeDays',
  'certificatesUrl',
  'upload',
  'roleId',
  'entityId',
  'targets'
] as const
type DoctorContext = Context<UsesAll<typeof DOCTOR_FIELDS>>

export default defineCommand({
  needs: [],
  uses: DOCTOR_FIELDS,
  // It writes nothing: admin-token is judged, not required.
  writesSecrets: false,
  readOnly: true,
  run: async (ctx): Promise<Result> => {
    const { inputs } = ctx
    const now = ctx.now()
    const github = await ctx.github()
    const { report, certificate } = await examine(ctx, github, now)
    for (const finding of report.findings) logFinding(ctx.log, finding)
    const healthy = isHealthy(report)
    return {
      status: healthy ? 'healthy' : 'unhealthy',
      outputs: {
        ...(certificate ? certificateOutputs(certificate, now) : {}),
        ...(inputs.certificateId ? { 'certificate-id': inputs.certificateId } : {})
      },
      failure: failureSummary(report),
      stages: [],
      nextStep: healthy
        ? 'Nothing to fix: the set-up works. Run doctor again after changing it.'
        : 'Fix each failure (see the fix column), then run doctor again.',
      report
    }
  }
})

/** Every finding, in the order a person fixes them: inputs, NetSuite, expiry, GitHub. */
async function examine(
  ctx: DoctorContext,
  github: GitHub,
  now: Date
): Promise<{ report: DoctorReport; certificate?: CertificateInfo }> {
  const { inputs } = ctx
  const stages = await storedStages(github, inputs)
  // Uploads would go through NetSuite's API: the list and the permission are then needed.
  const apiUploads = apiUpload(inputs) !== undefined
  const netsuite = await examineNetSuite(ctx.netsuite, {
    clientId: inputs.clientId,
    algorithm: inputs.algorithm,
    scopes: inputs.scopes,
    pairs: stages.pairs,
    certificatesUrl: inputs.certificatesUrl,
    listRequired: apiUploads,
    known: stages.known,
    mapping: { roleId: inputs.roleId, entityId: inputs.entityId },
    supply: part => missingInput('doctor', part, inputs.names).message.replace(/^doctor needs /, '')
  })
  const certificate = stages.currentCertificate
  const pending = stages.pairs.find(pair => pair.stage === 'pending')?.certificate
  const settings = { ...inputs, apiUploads, rotationPending: stages.rotationPending }
  const findings = [
    ...inputFindings(
      {
        ...settings,
        certificates: [
          { stage: 'current', certificate },
          { stage: 'pending', certificate: pending }
        ]
      },
      now
    ),
    ...stages.findings,
    ...netsuite.findings,
    ...(certificate ? expiryFindings(certificate.notAfter, now, settings) : []),
    ...(await githubFindings(ctx, github))
  ]
  return { report: { findings, certificates: netsuite.certificates }, certificate }
}

async function githubFindings(ctx: DoctorContext, github: GitHub): Promise<Finding[]> {
  const { owner, repo } = ctx.run.repository
  const environment = ctx.inputs.environment
  const findings = await githubAccessFindings({
    probe: github.accessProbe(),
    source: environment
      ? { kind: 'environment', owner, repo, environment }
      : { kind: 'repository', owner, repo },
    targets: ctx.inputs.targets,
    variableName: ctx.inputs.names.certificate
  })
  try {
    await github.checkIssueAccess()
    findings.push({
      check: 'github-token',
      level: 'ok',
      detail:
        'can read issues; writing them cannot be proven without writing, so grant `issues: write` in the workflow'
    })
  } catch (error) {
    findings.push({ check: 'github-token', level: 'failure', detail: describeError(error) })
  }
  return findings
}

const MARK = { ok: '✓', warning: '!', failure: '✗' } as const

function logFinding(
  log: { info(m: string): void; warning(m: string): void },
  finding: Finding
): void {
  const line = `${MARK[finding.level]} ${finding.check}: ${finding.detail}${finding.fix ? ` Fix: ${finding.fix}` : ''}`
  if (finding.level === 'warning') log.warning(line)
  else log.info(line)
}

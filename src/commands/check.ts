/**
 * check (scheduled): how long the current certificate has left; starts a
 * rotation within renew-before-days (or when there is none), reminds on the
 * pending issue as 14, 7, 3 and 1 days before expiry are crossed, and fails
 * once the certificate has expired.
 */
import type { Context, Result } from '../action/context.js'
import { readMarker, replaceMarker } from '../action/issue-text.js'
import type { GitHubGateway, IssueRef } from '../github/gateway.js'
import {
  askForReupload,
  checkRegistration,
  keepWorkflowAlive,
  reuploadThroughApi,
  revokePreviousIfDue
} from './housekeeping.js'
import { rotationPending, startRotation } from './rotate.js'
import { certificateOutputs, DAY_MS, daysRemaining, pendingRotation, when } from './shared.js'

export const REMINDER_DAYS = [14, 7, 3, 1]

export async function check(ctx: Context): Promise<Result> {
  const { config } = ctx
  const now = ctx.now()
  const certificate = config.certificate
  const github = await ctx.github()
  const { issue, restart } = await pendingRotation(ctx, github)
  await keepWorkflowAlive(ctx, github)
  await revokePreviousIfDue(ctx, github)

  const outputs: Result['outputs'] = {
    ...(certificate ? certificateOutputs(certificate, now) : {}),
    ...(config.certificateId ? { 'certificate-id': config.certificateId } : {})
  }
  const days = certificate ? daysRemaining(certificate.notAfter, now) : undefined
  const expired = certificate !== undefined && certificate.notAfter.getTime() <= now.getTime()
  const due =
    certificate === undefined ||
    certificate.notAfter.getTime() - now.getTime() <= config.renewBeforeDays * DAY_MS

  const registration = certificate && !expired ? await checkRegistration(ctx) : 'unchecked'

  let result: Result
  const repairedId =
    registration === 'missing' && !due && !issue ? await reuploadThroughApi(ctx, github) : undefined
  if (repairedId !== undefined) {
    ctx.log.warning(
      `NetSuite had lost the current certificate; it was uploaded again through the certificate endpoint and proven as ${repairedId}.`
    )
    result = {
      status: 'ok',
      outputs: { ...outputs, 'certificate-id': repairedId },
      stages: [],
      nextStep: 'Nothing to do: the registration was repaired automatically.',
      writes: github.writes
    }
  } else if (registration === 'missing' && !due) {
    const reupload = issue ?? (await askForReupload(ctx, github))
    const where = reupload ? `issue #${reupload.number}` : 'an issue (dry-run: not opened)'
    result = {
      status: 'registration-missing',
      outputs: {
        ...outputs,
        ...(reupload
          ? { 'issue-number': String(reupload.number), 'issue-url': reupload.htmlUrl }
          : {})
      },
      failure: `NetSuite no longer accepts the current certificate ID ${config.certificateId} (invalid_client) although the certificate is valid until ${when(certificate.notAfter)}: a sandbox refresh or a revocation removed it. ${issue ? `The pending rotation in issue #${issue.number} repairs this once promoted.` : `${where} asks an admin to upload the same certificate again and reply with its new ID.`}`,
      stages: [],
      nextStep: `Upload the certificate from ${where} in NetSuite and reply \`/certificate-id <ID>\` there.`,
      writes: github.writes
    }
  } else if (!due && !restart) {
    result = {
      status: 'ok',
      outputs,
      stages: [],
      nextStep: `Nothing to do until ${when(new Date(certificate.notAfter.getTime() - config.renewBeforeDays * DAY_MS))}, when a rotation starts by itself.`,
      writes: github.writes
    }
  } else if (issue) {
    const pending = await rotationPending(ctx, github, issue, certificate?.notAfter)
    if (certificate) await remind(ctx, github, issue, certificate.notAfter)
    result = { ...pending, outputs: { ...pending.outputs, ...outputs } }
  } else {
    const reason = restart
      ? 'A requested rotation was replaced: two rotations overlapped and left a pending key that does not belong to the pending certificate.'
      : certificate
        ? `The current certificate (\`${certificate.fingerprint.slice(0, 23)}…\`) expires on ${when(certificate.notAfter)}, in ${days} days; rotations start ${config.renewBeforeDays} days before expiry.`
        : 'There is no current certificate yet (the variable is empty): this is the first rotation.'
    const started = await startRotation(ctx, github, { reason, deadline: certificate?.notAfter })
    // check reports on the certificate it looked at: the current one, or the new one when it promoted it itself.
    result =
      started.status === 'promoted'
        ? started
        : { ...started, outputs: { ...started.outputs, ...outputs } }
  }

  // After a zero-touch rotation the stages already show the new current and the old as previous.
  if (certificate && result.status !== 'promoted') {
    result.stages.unshift({
      stage: 'current',
      certificateId: config.certificateId,
      fingerprint: certificate.fingerprint,
      notAfter: certificate.notAfter,
      state: expired
        ? 'expired'
        : registration === 'missing'
          ? 'unknown to NetSuite'
          : due
            ? `renew now (${days} days left)`
            : `ok (${days} days left)`
    })
  }
  if (registration === 'missing' && due && result.status !== 'registration-missing') {
    result = {
      ...result,
      status: 'registration-missing',
      failure: `NetSuite no longer accepts the current certificate ID ${config.certificateId} (invalid_client). ${result.nextStep}`
    }
  }
  if (expired) {
    return {
      ...result,
      status: 'expired',
      failure: `the current certificate expired on ${certificate.notAfter.toISOString()}; NetSuite refuses it. ${result.nextStep}`
    }
  }
  if (due && certificate && result.status !== 'promoted') {
    ctx.log.warning(
      `The NetSuite certificate expires on ${when(certificate.notAfter)} (${days} days left).`
    )
  }
  return result
}

/** One comment per threshold crossed, remembered in the issue's marker so reruns never repeat it. */
async function remind(
  ctx: Context,
  github: GitHubGateway,
  issue: IssueRef,
  expiry: Date
): Promise<void> {
  const state = readMarker(issue.body)
  if (!state) return
  const left = expiry.getTime() - ctx.now().getTime()
  const crossed = REMINDER_DAYS.filter(threshold => left <= threshold * DAY_MS)
  const fresh = crossed.filter(threshold => !state.reminded.includes(threshold))
  if (fresh.length === 0) return
  const days = Math.floor(left / DAY_MS)
  const message =
    left <= 0
      ? `**Reminder:** the current NetSuite certificate has expired (${expiry.toISOString()}): the integration can no longer log in. Upload the certificate above in NetSuite and reply \`/certificate-id <ID>\`.`
      : `**Reminder:** the current NetSuite certificate expires on ${expiry.toISOString()}, in ${days === 0 ? 'less than a day' : `${days} day${days === 1 ? '' : 's'}`}. Upload the certificate above in NetSuite and reply \`/certificate-id <ID>\` before then.`
  // Comment first, then record it: a failure in between repeats a reminder rather than losing one.
  await github.comment(issue.number, message)
  await github.updateIssue(issue.number, {
    body: replaceMarker(issue.body, {
      ...state,
      reminded: [...new Set([...state.reminded, ...crossed])].sort((a, b) => b - a)
    })
  })
}

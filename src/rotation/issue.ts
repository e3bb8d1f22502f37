/**
 * The rotation issue, driven by the record: opened when the record names none,
 * kept showing the rotation the record holds (reopened when someone closed it),
 * closed only by the action. Nothing is ever read back from an issue, and no
 * issue the record does not name is ever touched.
 */
import type { UsesAll } from '../inputs/fields.js'
import type { Context } from '../run/context.js'
import type { CertificateInfo } from '../core/inspect.js'
import type { GitHub, IssueRef } from '../github/gateway.js'
import { issueBody, issueTitle } from './issue-text.js'
import type { OpenRotation } from './record.js'
import type { RecordStore } from './record-store.js'

export const ISSUE_FIELDS = ['issueLabel', 'issueAssignees'] as const
export type IssueInputs = UsesAll<typeof ISSUE_FIELDS>

export const REOPENED_NOTE =
  'Reopened by the rotation workflow: the pending certificate above is still stored and waiting, and closing this issue does not cancel the rotation. Upload it and reply `/certificate-id <ID>`, or run the rotate command with `restart: true` to abandon it and start another.'

/**
 * Makes the issue the record names show this rotation: updates it, reopens it
 * when closed, or opens one when there is none (or GitHub no longer has it).
 * Saves the record with the issue. Returns the issue (undefined in dry-run).
 */
export async function showRotation(
  ctx: Context<IssueInputs>,
  github: GitHub,
  store: RecordStore,
  show: { rotation: OpenRotation; certificate: CertificateInfo; deadline?: Date }
): Promise<IssueRef | undefined> {
  const { inputs } = ctx
  const { rotation, certificate } = show
  const view = {
    certificate: { ...certificate, keyLabel: certificate.key.label },
    deadline: show.deadline,
    reason: rotation.reason,
    reregister: rotation.reregister,
    emergency: rotation.emergency
  }
  const title = issueTitle(inputs, view)
  const body = issueBody(inputs, view)
  let issue = rotation.issue === undefined ? undefined : await github.findIssue(rotation.issue)
  if (issue && issue.state !== 'open') {
    await github.updateIssue(issue.number, { state: 'open', title, body })
    await github.comment(issue.number, REOPENED_NOTE)
    issue = { ...issue, state: 'open', title, body }
  } else if (issue && (issue.body !== body || issue.title !== title)) {
    await github.updateIssue(issue.number, { title, body })
    issue = { ...issue, title, body }
  }
  let created: IssueRef | undefined
  if (!issue) {
    issue = created = await github.createIssue({
      title,
      body,
      labels: [inputs.issueLabel],
      assignees: inputs.issueAssignees
    })
  }
  const recorded = issue ? { issue: issue.number, openedBy: issue.author || rotation.openedBy } : {}
  try {
    await store.save(record => ({ ...record, rotation: { ...rotation, ...recorded } }))
  } catch (error) {
    // An issue the record does not name would stay open beside the one the rerun opens,
    // showing a certificate that may later leave service: close it while we still can.
    if (created) await closeUnrecorded(github, created.number)
    throw error
  }
  return issue
}

async function closeUnrecorded(github: GitHub, number: number): Promise<void> {
  try {
    await closeRotationIssue(
      github,
      number,
      'The rotation record could not be written after this issue was opened, so the run stopped and this issue was closed. A rerun opens the rotation issue again; follow that one.',
      'not_planned'
    )
  } catch {
    // GitHub is failing: the rerun's issue is the one the record will name.
  }
}

/** Comments and closes the issue the record named (never any other). */
export async function closeRotationIssue(
  github: GitHub,
  number: number,
  message: string,
  reason: 'completed' | 'not_planned'
): Promise<void> {
  const issue = await github.findIssue(number)
  if (!issue || issue.state !== 'open') return
  await github.comment(number, message)
  await github.updateIssue(number, { state: 'closed', state_reason: reason })
}

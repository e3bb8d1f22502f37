/**
 * Reading a `/certificate-id <ID>` comment from an issue_comment event. The
 * comment body is attacker-controlled: it is matched, never echoed, counts
 * only on the issue the rotation record names, and is only acted on for people
 * with write, maintain or admin permission.
 */
import { InputError } from '../core/errors.js'
import { CERTIFICATE_ID } from '../core/certificate-id.js'
import type { Context } from '../run/context.js'
import { toIssueRef, type GitHub, type IssueRef } from '../github/gateway.js'
import type { RotationRecord } from './record.js'

export const ALLOWED_ROLES = ['admin', 'maintain', 'write']

export type CommentRequest =
  | { kind: 'promote'; issue: IssueRef; certificateId: string; author: string }
  | { kind: 'ignored'; reason: string; issue?: IssueRef }

const COMMAND = /^\/certificate-id(?:[ \t]+(.*))?$/

function asObject(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {}
}

/** A string field of the event; anything else (absent, or not a string) reads as ''. */
function text(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

type Ignored = Extract<CommentRequest, { kind: 'ignored' }>

/** A `/certificate-id` comment as the event carries it: the issue, the comment, what follows the command. */
interface CommandComment {
  issue: Record<string, unknown> & { number: number }
  comment: Record<string, unknown>
  argument: string
}

export async function readCommentRequest(
  ctx: Context,
  github: GitHub,
  record: RotationRecord
): Promise<CommentRequest> {
  const command = commandIn(ctx.run.event)
  if ('kind' in command) return command
  const issue = eventIssue(command.issue)
  const author = text(asObject(command.comment.user).login)
  const refused = await mayNotPromote(github, record, issue, author)
  if (refused) return refused
  const id = certificateIdIn(command.argument)
  const finished = await finishedPromotion(github, record, { issue, author, id })
  return finished ?? { kind: 'promote', issue, certificateId: id, author }
}

/** A newly created `/certificate-id` comment on an issue, or why the event is not one. */
function commandIn(event: Record<string, unknown>): Ignored | CommandComment {
  const rawIssue = asObject(event.issue)
  const comment = asObject(event.comment)
  if (rawIssue.pull_request) return { kind: 'ignored', reason: 'the comment is on a pull request' }
  if (event.action !== undefined && event.action !== 'created') {
    return {
      kind: 'ignored',
      reason: `the comment was ${text(event.action) || JSON.stringify(event.action)}, not created`
    }
  }
  const firstLine = text(comment.body).split(/\r?\n/)[0].trim()
  const match = COMMAND.exec(firstLine)
  if (!match) return { kind: 'ignored', reason: 'the comment does not start with /certificate-id' }
  if (typeof rawIssue.number !== 'number')
    return { kind: 'ignored', reason: 'the event carries no issue' }
  return {
    issue: { ...rawIssue, number: rawIssue.number },
    comment,
    argument: match[1] ?? ''
  }
}

function eventIssue(rawIssue: CommandComment['issue']): IssueRef {
  return toIssueRef({
    number: rawIssue.number,
    title: text(rawIssue.title),
    body: typeof rawIssue.body === 'string' ? rawIssue.body : '',
    state: text(rawIssue.state),
    labels: Array.isArray(rawIssue.labels) ? (rawIssue.labels as { name?: string }[]) : [],
    html_url: text(rawIssue.html_url),
    created_at: text(rawIssue.created_at),
    user: { login: text(asObject(rawIssue.user).login) }
  })
}

/**
 * Only the issue the record names, only while it is open, only people with write,
 * maintain or admin permission. Refusals a person should see are answered on the issue.
 */
async function mayNotPromote(
  github: GitHub,
  record: RotationRecord,
  issue: IssueRef,
  author: string
): Promise<Ignored | undefined> {
  // The record names the rotation issue (or, for a rerun finishing a promotion, the issue it closed).
  const named = [record.rotation?.issue, record.promotion?.issue]
  if (!named.includes(issue.number)) {
    return {
      kind: 'ignored',
      reason: `issue #${issue.number} is not the rotation issue the rotation record names`
    }
  }
  if (issue.state !== 'open') {
    await github.comment(
      issue.number,
      `@${author} this rotation issue is closed, so nothing was changed. If a rotation is still needed, run the rotation workflow again.`
    )
    return { kind: 'ignored', reason: `issue #${issue.number} is closed`, issue }
  }
  const role = await github.permission(author)
  if (ALLOWED_ROLES.includes(role.base)) return undefined
  const shown = role.name === role.base ? role.base : `${role.name}, based on ${role.base}`
  await github.comment(
    issue.number,
    `@${author} only people with write, maintain or admin permission on this repository can promote a certificate (your permission: ${shown}). Nothing was changed; ask a maintainer to post the \`/certificate-id\` reply.`
  )
  return {
    kind: 'ignored',
    reason: `${author} has ${shown} permission, which may not promote`,
    issue
  }
}

/** The ID after `/certificate-id`, held to NetSuite's certificate ID shape. */
function certificateIdIn(argument: string): string {
  const id = argument.trim()
  if (id === '') {
    throw new InputError(
      'the /certificate-id comment has no ID: reply `/certificate-id <ID>` with the Certificate ID NetSuite shows'
    )
  }
  if (!CERTIFICATE_ID.test(id)) {
    throw new InputError(
      'the /certificate-id comment does not hold a NetSuite certificate ID: expected letters, digits, - and _ only, as shown in the Certificate ID column in NetSuite'
    )
  }
  return id
}

/**
 * The issue of a finished promotion (reopened by anyone who can triage) only ever finishes
 * that promotion: a rerun of its run. Another ID there would promote some other rotation.
 */
async function finishedPromotion(
  github: GitHub,
  record: RotationRecord,
  reply: { issue: IssueRef; author: string; id: string }
): Promise<Ignored | undefined> {
  const { issue, author, id } = reply
  const promotion = record.promotion
  if (
    issue.number === record.rotation?.issue ||
    issue.number !== promotion?.issue ||
    id === promotion.certificateId
  )
    return undefined
  await github.comment(
    issue.number,
    `@${author} this issue's rotation was already promoted, so nothing was changed. A pending rotation is promoted only from the issue that announces it.`
  )
  return {
    kind: 'ignored',
    reason: `issue #${issue.number} belongs to a promotion that is finished`,
    issue
  }
}

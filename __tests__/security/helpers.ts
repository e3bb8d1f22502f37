/**
 * Moves shared by the attack scenarios: what people other than the action can
 * do (open, label, close, reopen, comment) and readers for what the action did.
 */
import { X509Certificate } from 'node:crypto'
import type { Issue } from '../../sandbox/github/index.js'
import type { World } from '../../sandbox/world.js'

export const BOT = 'github-actions[bot]'
export const OUTSIDER = 'outsider-otto'
export const TRIAGE = 'triage-tom'

export function fingerprintOf(pem: string): string {
  return new X509Certificate(pem).fingerprint256
}

/** The pending certificate the repository stores (the variable). */
export function pendingCertificate(world: World, name = 'NETSUITE_CERTIFICATE_PENDING'): string {
  return world.github.variable(name)?.value ?? ''
}

export function pendingKey(world: World, name = 'NETSUITE_PRIVATE_KEY_PENDING'): string {
  return world.github.secret(name)?.value ?? ''
}

/** Comments the action wrote on an issue. */
export function actionComments(issue: Issue | undefined): string[] {
  return (issue?.comments ?? []).filter(c => c.user.login === BOT).map(c => c.body)
}

/** An issue exactly as it is, to compare after a step. */
export function frozen(world: World, number: number): unknown {
  const issue = world.github.issue(number)
  return issue && { ...issue, comments: issue.comments.map(c => c.body) }
}

/**
 * Bookkeeping the action keeps in one JSON variable (<certificate-id-variable>_STATE):
 * when the last promotion happened and which certificate it replaced, so a later
 * check can revoke exactly that one after revoke-previous-after-days.
 */
import type { Context } from '../action/context.js'
import type { GitHubGateway } from '../github/gateway.js'

export interface RotationState {
  promotedAt?: string
  previousCertificateId?: string
  /** Set once the previous certificate was revoked in NetSuite. */
  revokedAt?: string
  /** GITHUB_RUN_ID of the last rollback, so a rerun of it does not swap back. */
  rollbackRunId?: string
  /** "<fingerprint> <certificate ID>" of each stage, and both PEMs (public), because a swap passes through a moment where one certificate is in neither variable. */
  rollbackTarget?: { current: string; previous: string; currentPem?: string; previousPem?: string }
  /** A certificate uploaded through the API but not yet promoted (fingerprint and the ID NetSuite gave it). */
  pendingUpload?: { fingerprint: string; certificateId: string }
}

export function readState(variables: Map<string, string>, name: string): RotationState {
  const raw = variables.get(name)
  if (!raw) return {}
  try {
    const parsed: unknown = JSON.parse(raw)
    return parsed && typeof parsed === 'object' ? (parsed as RotationState) : {}
  } catch {
    return {}
  }
}

export async function writeState(
  ctx: Context,
  github: GitHubGateway,
  variables: Map<string, string>,
  state: RotationState
): Promise<void> {
  const name = ctx.config.names.state
  const value = JSON.stringify(state)
  await github.setVariable(name, value, variables.has(name))
  // Later steps of this run read the state from the same map.
  variables.set(name, value)
}

/**
 * Readers shared by the lifecycle scenarios: which of NetSuite's active
 * certificates no stage holds (an orphan nobody will ever revoke), what the
 * action wrote on its issues, and the error a step printed.
 */
import type { World } from '../../sandbox/world.js'
import type { RunResult } from '../../sandbox/runner/index.js'
import type { CertificateRecord } from '../../sandbox/netsuite/index.js'
import { snapshot } from '../e2e/helpers.js'
import { activeCertificates, fingerprintOf } from '../zero-touch/helpers.js'
import { BOT } from '../security/helpers.js'

/** The `::error::` lines of a step, joined. */
export function errorsOf(result: RunResult): string {
  return result.annotations
    .filter(a => a.level === 'error')
    .map(a => a.message)
    .join('\n')
}

/** Active certificates that are neither the current, the previous nor the pending one. */
export function orphans(world: World): CertificateRecord[] {
  const { variables } = snapshot(world)
  const ids = [variables.NETSUITE_CERTIFICATE_ID, variables.NETSUITE_CERTIFICATE_ID_PREVIOUS]
  const pending = variables.NETSUITE_CERTIFICATE_PENDING
  return activeCertificates(world).filter(
    c =>
      !ids.includes(c.certificateId) &&
      !(pending && fingerprintOf(pending) === fingerprintOf(c.pem))
  )
}

/** Everything the action wrote on issues (titles, bodies, its comments), for one issue or all. */
export function actionTexts(world: World, issueNumber?: number): string[] {
  return world.github
    .issues()
    .filter(issue => issueNumber === undefined || issue.number === issueNumber)
    .flatMap(issue => [
      ...(issue.user.login === BOT ? [issue.title, issue.body] : []),
      ...issue.comments.filter(c => c.user.login === BOT).map(c => c.body)
    ])
}

/** Lines of the action's texts that mention this certificate ID. */
export function linesNaming(world: World, certificateId: string, issueNumber?: number): string[] {
  return actionTexts(world, issueNumber)
    .flatMap(text => text.split('\n'))
    .filter(line => line.includes(certificateId))
}

/**
 * Arms a GitHub fault that outlasts the action's retries, and after the failing step spends
 * what is left with harmless requests (the emulator cannot disarm a fault).
 */
export function persistentFault(
  world: World,
  method: string,
  path: string
): { disarm: () => Promise<void> } {
  world.github.injectFault({ method, path: new RegExp(`${path}$`), count: 50, status: 500 })
  return {
    disarm: async () => {
      for (let i = 0; i < 100; i++) {
        const response = await fetch(`${world.github.url}${path}`, { method, body: '{}' })
        await response.arrayBuffer()
        if (response.status !== 500) return
      }
      throw new Error('the injected fault did not run out')
    }
  }
}

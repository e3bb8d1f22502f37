// A GitHubGateway pointed at a GitHub emulator over real HTTP, with a logger that keeps what
// it was told.
import type { Logger } from '../../src/run/context.js'
import { Writes } from '../../src/core/dry-run.js'
import { GitHubGateway, type GatewayOptions } from '../../src/github/gateway.js'
import type { GitHubEmulator } from '../../sandbox/github/index.js'

export interface RecordingLogger extends Logger {
  lines: { level: string; message: string }[]
  warnings(): string[]
}

export function recordingLogger(): RecordingLogger {
  const lines: { level: string; message: string }[] = []
  const at =
    (level: string) =>
    (message: string): void => {
      lines.push({ level, message })
    }
  return {
    lines,
    info: at('info'),
    notice: at('notice'),
    warning: at('warning'),
    error: at('error'),
    debug: at('debug'),
    setSecret: () => {},
    warnings: () => lines.filter(l => l.level === 'warning').map(l => l.message)
  }
}

/** The tests' pace: no spacing between writes and no backoff between retries of server
 * errors; rate-limit waits still come from what the emulator answers. A record of writes of
 * its own, a dry-run's when `dryRun` says so, unless `writes` is given. */
export function gatewayFor(
  gh: GitHubEmulator,
  log: Logger,
  { dryRun = false, ...options }: Partial<GatewayOptions> & { dryRun?: boolean } = {}
): GitHubGateway {
  return new GitHubGateway({
    owner: gh.owner,
    repo: gh.repo,
    apiUrl: gh.url,
    githubToken: gh.tokens.github,
    adminToken: gh.tokens.admin,
    writes: new Writes(dryRun, log),
    log,
    paceMs: 0,
    ...options
  })
}

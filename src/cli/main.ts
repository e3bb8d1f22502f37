/**
 * `netsuite-m2m`: the rotation core as a command line. Each command is loaded
 * with a dynamic import so that ncc puts it in its own chunk and `generate`
 * never loads jose, nor any command @actions/* or libsodium.
 */
import { describeError, InputError } from '../core/errors.js'
import { UsageError, type Io } from './args.js'
import pkg from '../../package.json' with { type: 'json' }

/** A command's run: most await the network or the disk; the others answer at once. */
type Runner = (args: string[], io: Io) => number | Promise<number>

const COMMANDS: Record<string, { summary: string; load: () => Promise<Runner> }> = {
  generate: {
    summary: 'create a private key and a self-signed certificate to upload to NetSuite',
    load: async () => (await import('./generate.js')).runGenerate
  },
  inspect: {
    summary: 'show a certificate (and key) and every reason NetSuite would refuse them',
    load: async () => (await import('./inspect.js')).runInspect
  },
  token: {
    summary: 'sign a client assertion and exchange it for a NetSuite access token',
    load: async () => (await import('./token.js')).runToken
  },
  status: {
    summary: 'days left on a certificate and when to renew it',
    load: async () => (await import('./status.js')).runStatus
  },
  doctor: {
    summary: 'check a set-up in NetSuite (the pair, the certificate list) and change nothing',
    load: async () => (await import('./doctor.js')).runDoctor
  }
}

export const TOOL_HELP = `netsuite-m2m ${pkg.version}: NetSuite OAuth 2.0 client credentials (M2M) certificates

Usage: netsuite-m2m <command> [flags]

Commands:
${Object.entries(COMMANDS)
  .map(([name, { summary }]) => `  ${name.padEnd(10)}${summary}`)
  .join('\n')}

Flags:
  -h, --help      show help (also: netsuite-m2m <command> --help)
      --version   print the version

Exit status: 0 success, 1 failure, 2 bad usage.
`

const processIo: Io = {
  out: line => process.stdout.write(line.endsWith('\n') ? line : `${line}\n`),
  err: line => process.stderr.write(line.endsWith('\n') ? line : `${line}\n`)
}

/** Runs the tool; resolves to the exit status and never throws. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [first, ...rest] = argv
  try {
    if (first === undefined) {
      io.err(TOOL_HELP)
      return 2
    }
    if (first === '-h' || first === '--help') {
      io.out(TOOL_HELP)
      return 0
    }
    if (first === '--version' || first === '-v') {
      io.out(pkg.version)
      return 0
    }
    if (first === 'help') {
      const target = rest[0]
      if (target === undefined) {
        io.out(TOOL_HELP)
        return 0
      }
      return await dispatch(target, ['--help'], io)
    }
    return await dispatch(first, rest, io)
  } catch (error) {
    return report(error, io)
  }
}

async function dispatch(name: string, args: string[], io: Io): Promise<number> {
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
  if (!command) {
    throw new UsageError(
      `unknown command "${name}": use one of ${Object.keys(COMMANDS).join(', ')} (netsuite-m2m --help)`
    )
  }
  const run = await command.load()
  return run(args, io)
}

function report(error: unknown, io: Io): number {
  const message = describeError(error)
  io.err(`error: ${message}`)
  if (error instanceof UsageError || error instanceof InputError) return 2
  // CliFailure, NetSuiteError, NetworkError, file system errors: a failure, not bad usage.
  return 1
}

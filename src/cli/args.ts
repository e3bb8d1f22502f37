/**
 * Flag parsing shared by every command: node:util parseArgs (no dependency),
 * strict, no positionals. Anything the user typed wrong becomes a UsageError
 * (exit 2) naming the command's --help.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { describeError, InputError } from '../core/errors.js'

/** Bad usage: unknown command or flag, missing or malformed flag. Exit 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** A failure that is not the user's typing (file exists, NetSuite refused, problems found). Exit 1. */
export class CliFailure extends Error {
  override name = 'CliFailure'
}

/** Where a command writes. Injected so the commands never touch process.* directly. */
export interface Io {
  out: (line: string) => void
  err: (line: string) => void
}

export type OptionSpec = Record<
  string,
  { type: 'string' | 'boolean'; short?: string; default?: string | boolean }
>

export type Flags = Record<string, string | boolean | undefined>

export function parseFlags(command: string, args: string[], options: OptionSpec): Flags {
  try {
    const { values } = parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false
    })
    return values
  } catch (error) {
    // parseArgs messages are plain ("Unknown option '--x'"); they never echo a flag's value.
    const message = describeError(error)
    throw new UsageError(`${command}: ${message}. Run \`netsuite-m2m ${command} --help\``)
  }
}

export function requireString(command: string, flags: Flags, name: string): string {
  const value = flags[name]
  if (typeof value !== 'string' || value.trim() === '') {
    throw new UsageError(
      `${command}: --${name} is required. Run \`netsuite-m2m ${command} --help\``
    )
  }
  return value
}

export function optionalString(flags: Flags, name: string): string | undefined {
  const value = flags[name]
  return typeof value === 'string' ? value : undefined
}

/** A whole number flag; range checks belong to the core (validateValidityDays) or the caller. */
export function parseWholeNumber(name: string, raw: string): number {
  const value = raw.trim()
  if (!/^-?\d+(\.\d+)?$/.test(value)) {
    throw new InputError(`--${name} must be a whole number; got "${raw}"`)
  }
  return Number(value)
}

/**
 * A certificate or key file's bytes (the readers tell UTF-16 and DER from PEM);
 * a missing or unreadable file is bad usage, reported without its content.
 */
export function readBytes(flag: string, path: string): Buffer {
  try {
    return readFileSync(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'it is a directory'
            : (code ?? 'unreadable')
    throw new InputError(`--${flag} ${path}: ${why}`)
  }
}

export const isoDay = (date: Date): string => date.toISOString().replace('.000Z', 'Z')

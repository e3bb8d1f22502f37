/**
 * Every command the action runs, by the name the `command` input gives.
 * Loaded on demand: verify, the CI gate, never loads libsodium or Octokit.
 */
import { COMMAND_NAMES, type Command, type CommandName } from '../run/command.js'
import { InputError } from '../core/errors.js'

const COMMANDS: Record<CommandName, () => Promise<Command>> = {
  check: async () => (await import('./check.js')).default,
  rotate: async () => (await import('./rotate.js')).default,
  promote: async () => (await import('./promote.js')).default,
  verify: async () => (await import('./verify.js')).default,
  rollback: async () => (await import('./rollback.js')).default,
  doctor: async () => (await import('./doctor.js')).default
}

/** The command the input names (`check` when empty); an unknown name is bad input. */
export function commandName(raw: string): CommandName {
  const name = raw.trim().toLowerCase() || 'check'
  if (!isCommandName(name)) {
    // Quoted as JSON: the name is the workflow's text, and may hold anything.
    throw new InputError(
      `command ${JSON.stringify(name)} is unknown: use one of ${COMMAND_NAMES.join(', ')}`
    )
  }
  return name
}

function isCommandName(name: string): name is CommandName {
  return (COMMAND_NAMES as readonly string[]).includes(name)
}

/** The command the input names, loaded; an unknown name is bad input. */
export async function loadCommand(raw: string): Promise<{ name: CommandName; command: Command }> {
  const name = commandName(raw)
  return { name, command: await COMMANDS[name]() }
}

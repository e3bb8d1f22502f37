// The rules every write of an Actions secret or variable obeys, wherever it is kept (a
// repository, one of its environments, the organization): the same name and size checks,
// the same sealed box, 409 for a variable name already in use, 201 on create, 204 on update.
// https://docs.github.com/rest/actions/secrets, /rest/actions/variables
import { bodyOf, errorReply, invalid, type Ctx, type Reply } from './context.js'
import { openSealedBox, type SealKeyPair } from './sealed-box.js'
import { MAX_VALUE_BYTES, nameProblem, now, variableProblem } from './state.js'

/** What a write stores: the upper-cased name GitHub answers with, and the value. */
export interface EntryWrite {
  key: string
  value: string
}

/** The plaintext of a PUT's sealed box for this public key, or GitHub's refusal: a stale
 * `key_id`, a box that does not open, a value over 48 KB. */
function sealedValue(ctx: Ctx, key: SealKeyPair): string | Reply {
  const body = bodyOf(ctx)
  if (body.key_id !== key.keyId) {
    return invalid(
      ctx,
      `key_id ${JSON.stringify(body.key_id)} does not match the current public key.`
    )
  }
  const value = openSealedBox(key, String(body.encrypted_value))
  if (value === undefined) {
    return invalid(ctx, 'encrypted_value could not be decrypted with the public key for key_id.')
  }
  if (Buffer.byteLength(value) > MAX_VALUE_BYTES) {
    return invalid(ctx, 'Secret value is too large (maximum 48 KB).')
  }
  return value
}

/**
 * A PUT secret: the name from the path and the opened value, or GitHub's refusal. `kept` is
 * the value an existing organization secret keeps when the body changes only its visibility
 * (a repository's or environment's PUT must carry `encrypted_value`: its schema requires it).
 */
export function secretWrite(ctx: Ctx, key: SealKeyPair, kept?: string): EntryWrite | Reply {
  const name = String(ctx.params.secret_name)
  const problem = nameProblem('Secret', name)
  if (problem) return invalid(ctx, problem)
  let value = kept
  if (bodyOf(ctx).encrypted_value !== undefined) {
    const opened = sealedValue(ctx, key)
    if (typeof opened !== 'string') return opened
    value = opened
  }
  if (value === undefined) return invalid(ctx, '"encrypted_value" wasn\'t supplied.')
  return { key: name.toUpperCase(), value }
}

const nameTaken = (ctx: Ctx): Reply =>
  errorReply(409, 'Already exists - Variable already exists', ctx.operation.docs)

/** A POST variable: name and value from the body, or GitHub's refusal (a bad name or value,
 * 409 when `variables` already has one by that name). */
export function variableCreate(
  ctx: Ctx,
  variables: ReadonlyMap<string, unknown>
): EntryWrite | Reply {
  const body = bodyOf(ctx)
  const name = String(body.name)
  const value = String(body.value)
  const problem = variableProblem(name, value)
  if (problem) return invalid(ctx, problem)
  const key = name.toUpperCase()
  return variables.has(key) ? nameTaken(ctx) : { key, value }
}

/** A PATCH variable: name and value as the body changes them (each kept when absent), or
 * GitHub's refusal (a bad name or value, 409 when renamed onto another variable). */
export function variableChange(
  ctx: Ctx,
  existing: { name: string; value: string },
  variables: ReadonlyMap<string, unknown>
): EntryWrite | Reply {
  const body = bodyOf(ctx)
  const name = typeof body.name === 'string' ? body.name : existing.name
  const value = typeof body.value === 'string' ? body.value : existing.value
  const problem = variableProblem(name, value)
  if (problem) return invalid(ctx, problem)
  const key = name.toUpperCase()
  return key !== existing.name && variables.has(key) ? nameTaken(ctx) : { key, value }
}

/** Whether a check answered with GitHub's refusal instead of what to store. */
export function isReply<T extends object>(result: T | Reply): result is Reply {
  return 'status' in result
}

/** Timestamps of an entry written now: an existing one keeps its creation time. */
export function stamped(existing?: { created_at: string }): {
  created_at: string
  updated_at: string
} {
  const at = now()
  return { created_at: existing?.created_at ?? at, updated_at: at }
}

/** 201 with an empty object on create, 204 on update, as documented. */
export function writeReply(existing: unknown): Reply {
  return existing ? { status: 204 } : { status: 201, body: {} }
}

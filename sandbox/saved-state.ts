/**
 * Copies of an emulator's state, so a suite can prepare a world once (say, a rotation and a
 * promotion through the action) and put every case back to exactly that point instead of
 * running the action again for each. A copy is deep (structuredClone): nothing a case does
 * reaches the saved copy, and restoring twice gives two equal, separate states.
 */

/** The saved copy of one object's own data (its fields; functions such as a clock are kept). */
export type SavedFields = Record<string, unknown>

/** A deep copy of the object's own fields, functions left out. */
export function saveFields(object: object): SavedFields {
  const data = Object.entries(object).filter(([, value]) => typeof value !== 'function')
  return structuredClone(Object.fromEntries(data))
}

/**
 * Puts a saved copy back into the same object. Maps, Sets and arrays are refilled in place,
 * since handlers and test handles hold them (a world's `log`, `workflows`); other fields are
 * replaced by a fresh copy.
 */
export function restoreFields(object: object, saved: SavedFields): void {
  const target = object as Record<string, unknown>
  for (const [key, value] of Object.entries(structuredClone(saved))) {
    const current = target[key]
    if (current instanceof Map && value instanceof Map) {
      current.clear()
      for (const [k, v] of value) current.set(k, v)
    } else if (current instanceof Set && value instanceof Set) {
      current.clear()
      for (const v of value) current.add(v)
    } else if (Array.isArray(current) && Array.isArray(value)) {
      current.splice(0, current.length, ...(value as unknown[]))
    } else {
      target[key] = value
    }
  }
}

/**
 * Actions variables by name. GitHub treats secret and variable names without
 * regard to case and answers them in upper case, so every lookup here does the
 * same: `netsuite_cert` and `NETSUITE_CERT` are one variable.
 */
export class Variables {
  private readonly values = new Map<string, string>()

  constructor(entries: Iterable<[string, string]> = []) {
    for (const [name, value] of entries) this.set(name, value)
  }

  /** How many variables there are. */
  get size(): number {
    return this.values.size
  }

  get(name: string): string | undefined {
    return this.values.get(name.toUpperCase())
  }

  has(name: string): boolean {
    return this.values.has(name.toUpperCase())
  }

  set(name: string, value: string): void {
    this.values.set(name.toUpperCase(), value)
  }

  delete(name: string): void {
    this.values.delete(name.toUpperCase())
  }
}

/** Two GitHub names (labels, secrets, variables) are the same name when they differ only in case. */
export function sameName(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase()
}

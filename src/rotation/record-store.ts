/**
 * Reads and writes the rotation record through the GitHub gateway. One list
 * request gives every variable (the stages and the record); every write goes
 * through admin-token, so only people who can change the repository's settings
 * can change the record.
 */
import type { GitHub } from '../github/gateway.js'
import type { Variables } from '../github/variables.js'
import { parseRecord, serialiseRecord, type RotationRecord } from './record.js'

export class RecordStore {
  private constructor(
    private readonly github: GitHub,
    readonly variable: string,
    readonly variables: Variables,
    private current: RotationRecord
  ) {}

  /** Reads every variable once and the record among them; a damaged record stops here. */
  static async open(github: GitHub, variable: string): Promise<RecordStore> {
    const variables = await github.listVariables()
    return new RecordStore(
      github,
      variable,
      variables,
      parseRecord(variables.get(variable), variable)
    )
  }

  get record(): RotationRecord {
    return this.current
  }

  /** Writes the changed record; nothing is written when nothing changed. */
  async save(change: (record: RotationRecord) => RotationRecord): Promise<void> {
    const next = change(structuredClone(this.current))
    const value = serialiseRecord(next)
    if (this.variables.has(this.variable) && this.variables.get(this.variable) === value) return
    await this.github.setVariable(this.variable, value, this.variables.has(this.variable))
    this.variables.set(this.variable, value)
    this.current = next
  }
}

/**
 * Reads and writes the rotation record and the stages' secrets and variables through the
 * GitHub gateway. One list request gives every variable (the stages and the record); every
 * stage write goes through here, so what the run reads back is what it wrote (the one cache of
 * the variables). Every write goes through admin-token, so only people who can change the
 * repository's settings can change the record or a stage.
 */
import type { GitHub } from '../github/gateway.js'
import type { Variables } from '../github/variables.js'
import type { CertificateInfo } from '../core/inspect.js'
import type { StageNames } from '../inputs/names.js'
import { parseRecord, serialiseRecord, type RotationRecord } from './record.js'
import { certificateFromVariable } from './credentials.js'

/** A stage's certificate and certificate ID (a pending stage has no ID until it is promoted). */
export interface HeldStage {
  certificate?: CertificateInfo
  certificateId?: string
}

/** The variables of each stage: its certificate, and its ID where it has one. */
function stageVariables(
  names: StageNames,
  stage: 'current' | 'pending' | 'previous'
): [string, string | undefined] {
  if (stage === 'current') return [names.certificate, names.certificateId]
  if (stage === 'pending') return [names.certificatePending, undefined]
  return [names.certificatePrevious, names.certificateIdPrevious]
}

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

  /**
   * What a stage holds. Its variables are the truth once this run has read them: the values
   * a step is given were read when its job started (another run may have changed the stage
   * since) or typed in by hand. What the step was given counts only where the variables hold
   * nothing, as in a dry-run without admin-token, which cannot read them.
   */
  held(
    names: StageNames,
    stage: 'current' | 'pending' | 'previous',
    given: HeldStage = {}
  ): HeldStage {
    const [certificateVariable, idVariable] = stageVariables(names, stage)
    const id = idVariable === undefined ? undefined : this.variables.get(idVariable)
    return {
      certificate:
        certificateFromVariable(this.variables.get(certificateVariable), certificateVariable) ??
        given.certificate,
      certificateId: id !== undefined && id !== '' ? id : given.certificateId
    }
  }

  /** Writes a stage variable and keeps the run's view of the variables in step. */
  async setVariable(name: string, value: string): Promise<void> {
    await this.github.setVariable(name, value, this.variables.has(name))
    this.variables.set(name, value)
  }

  async deleteVariable(name: string): Promise<void> {
    await this.github.deleteVariable(name)
    this.variables.delete(name)
  }

  /** Stage secrets cannot be read back; they are written through here all the same. */
  async putSecret(name: string, value: string): Promise<void> {
    await this.github.putSecret(name, value)
  }

  async deleteSecret(name: string): Promise<void> {
    await this.github.deleteSecret(name)
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

/**
 * Copies the current stage (key secret, certificate variable, certificate ID variable) to
 * fan-out targets, key first: a consumer that reads the new ID finds the key that goes with it
 * already there. Pending and previous stages never leave the source repository.
 */
import { describeError } from '../core/errors.js'
import { scopeLabel, type ActionsScope, type ScopeWriter } from '../github/actions-scopes.js'

/** The current credentials, as stored in the source repository. */
export interface CurrentStage {
  privateKey: string
  certificate: string
  certificateId: string
}

/** The names they are stored under (the same at every target). */
export interface StageNames {
  secret: string
  certificateVariable: string
  certificateIdVariable: string
}

export interface TargetOutcome {
  /** `owner/repo`, `owner/repo@environment` or `org:ORG`. */
  target: string
  /** The writes made (in dry-run: that would be made), in order. */
  writes: string[]
  /** Why the target could not be written, naming it and the permission admin-token lacks. */
  error?: string
}

/** Writes the stage to one target; throws on the first write that fails. */
export async function copyStageToTarget(
  writer: ScopeWriter,
  target: ActionsScope,
  stage: CurrentStage,
  names: StageNames,
  done: string[] = []
): Promise<string[]> {
  done.push(await writer.putSecret(target, names.secret, stage.privateKey))
  done.push(await writer.setVariable(target, names.certificateVariable, stage.certificate))
  done.push(await writer.setVariable(target, names.certificateIdVariable, stage.certificateId))
  return done
}

/** Writes the stage to every target in order. A target that fails does not stop the others:
 * its outcome carries the error, and the caller fails the run once all were tried. */
export async function copyStageToTargets(
  writer: ScopeWriter,
  targets: ActionsScope[],
  stage: CurrentStage,
  names: StageNames
): Promise<TargetOutcome[]> {
  const outcomes: TargetOutcome[] = []
  for (const target of targets) {
    const writes: string[] = []
    try {
      await copyStageToTarget(writer, target, stage, names, writes)
      outcomes.push({ target: scopeLabel(target), writes })
    } catch (error) {
      outcomes.push({ target: scopeLabel(target), writes, error: describeError(error) })
    }
  }
  return outcomes
}

import { InputError } from '../core/errors.js'
import { isActionsName } from '../github/names.js'

/**
 * Where each stage lives (README "How it works"). GitHub refuses
 * secret and variable names outside [A-Za-z0-9_], starting with a digit or with
 * GITHUB_, so the derived names are checked too.
 */
export interface StageNames {
  key: string
  keyPending: string
  keyPrevious: string
  certificate: string
  certificatePending: string
  certificatePrevious: string
  certificateId: string
  certificateIdPrevious: string
  /** JSON bookkeeping: promotion time (for revoking the previous certificate), rollbacks. */
  state: string
}

export function checkName(name: string, input: string): string {
  if (!isActionsName(name)) {
    throw new InputError(
      `${input} gives the name "${name}", which GitHub refuses: use letters, digits and _ only, not starting with a digit or GITHUB_ (e.g. NETSUITE_PRIVATE_KEY)`
    )
  }
  return name
}

export function stageNames(
  secretName: string,
  certificateVariable: string,
  idVariable: string
): StageNames {
  const names: StageNames = {
    key: secretName,
    keyPending: `${secretName}_PENDING`,
    keyPrevious: `${secretName}_PREVIOUS`,
    certificate: certificateVariable,
    certificatePending: `${certificateVariable}_PENDING`,
    certificatePrevious: `${certificateVariable}_PREVIOUS`,
    certificateId: idVariable,
    certificateIdPrevious: `${idVariable}_PREVIOUS`,
    state: `${idVariable}_STATE`
  }
  checkName(names.key, 'secret-name')
  checkName(names.keyPending, 'secret-name')
  checkName(names.certificate, 'certificate-variable')
  checkName(names.certificatePending, 'certificate-variable')
  checkName(names.certificateId, 'certificate-id-variable')
  checkName(names.state, 'certificate-id-variable')
  refuseSharedVariables(names)
  return names
}

/** GitHub compares variable names without regard to case: two stages whose names differ only
 * in case (or that the suffixes make equal) would be one variable, each write replacing the
 * other's value. */
function refuseSharedVariables(names: StageNames): void {
  const variables: [string, string][] = [
    [names.certificate, 'certificate-variable'],
    [names.certificatePending, 'certificate-variable (_PENDING)'],
    [names.certificatePrevious, 'certificate-variable (_PREVIOUS)'],
    [names.certificateId, 'certificate-id-variable'],
    [names.certificateIdPrevious, 'certificate-id-variable (_PREVIOUS)'],
    [names.state, 'certificate-id-variable (_STATE)']
  ]
  const seen = new Map<string, [string, string]>()
  for (const [name, input] of variables) {
    const earlier = seen.get(name.toUpperCase())
    if (earlier) {
      throw new InputError(
        `certificate-variable and certificate-id-variable must differ: they hold the PEM and the ID, but ${earlier[1]} gives "${earlier[0]}" and ${input} gives "${name}", one variable to GitHub (which compares variable names without regard to case); choose names that stay apart, e.g. NETSUITE_CERTIFICATE and NETSUITE_CERTIFICATE_ID`
      )
    }
    seen.set(name.toUpperCase(), [name, input])
  }
}

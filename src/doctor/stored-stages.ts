/**
 * The three stages as a real run would find them: the current pair from the inputs, the
 * previous and pending pairs from their inputs and the variables, and what the rotation
 * record remembers (uploads by fingerprint, the previous ID of the last promotion). Read
 * through the rotation record's own store; nothing is written.
 */
import { InputError, describeError } from '../core/errors.js'
import { parseCertificate, type CertificateInfo, type PrivateKeyInfo } from '../core/inspect.js'
import type { StageNames } from '../inputs/names.js'
import type { GitHub } from '../github/gateway.js'
import { Variables } from '../github/variables.js'
import { emptyRecord, type RotationRecord } from '../rotation/record.js'
import { RecordStore } from '../rotation/record-store.js'
import type { Known } from './certificate-list.js'
import type { Pair } from './netsuite-pairs.js'
import type { Finding } from '../run/doctor-report.js'

export interface StageInputs {
  names: StageNames
  privateKey?: PrivateKeyInfo
  certificateId?: string
  certificate?: CertificateInfo
  previousPrivateKey?: PrivateKeyInfo
  pendingPrivateKey?: PrivateKeyInfo
  pendingCertificate?: CertificateInfo
}

export interface StoredStages {
  pairs: Pair[]
  known: Known
  /** The current certificate: the input, else the variable. */
  currentCertificate?: CertificateInfo
  rotationPending: boolean
  findings: Finding[]
}

/** The variables and the record, or empty ones with a finding saying why they could not be read. */
async function readStore(
  github: GitHub,
  names: StageNames,
  findings: Finding[]
): Promise<{ variables: Variables; record: RotationRecord }> {
  const empty = { variables: new Variables(), record: emptyRecord() }
  if (!github.canReadAdmin) return empty
  try {
    const store = await RecordStore.open(github, names.state)
    findings.push({
      check: 'rotation record',
      level: 'ok',
      detail: `variable ${names.state} ${store.variables.has(names.state) ? 'read' : 'not there yet (the first rotation writes it)'}`
    })
    return { variables: store.variables, record: store.record }
  } catch (error) {
    // A damaged record is a finding; a refused read is judged with admin-token's access below.
    if (error instanceof InputError)
      findings.push({ check: 'rotation record', level: 'failure', detail: describeError(error) })
    return empty
  }
}

function certificateIn(
  variables: Variables,
  name: string,
  findings: Finding[]
): CertificateInfo | undefined {
  try {
    const value = variables.get(name)
    return value === undefined || value.trim() === ''
      ? undefined
      : parseCertificate(value, `variable ${name}`)
  } catch (error) {
    findings.push({
      check: `variable ${name}`,
      level: 'failure',
      detail: describeError(error),
      fix: `store the certificate PEM in ${name} again`
    })
    return undefined
  }
}

export async function storedStages(github: GitHub, inputs: StageInputs): Promise<StoredStages> {
  const findings: Finding[] = []
  const n = inputs.names
  const { variables, record } = await readStore(github, n, findings)
  const currentCertificate = inputs.certificate ?? certificateIn(variables, n.certificate, findings)
  const current: Pair = {
    stage: 'current',
    key: inputs.privateKey,
    certificateId: inputs.certificateId,
    certificate: inputs.certificate
  }
  const previousCertificate = certificateIn(variables, n.certificatePrevious, findings)
  const previous: Pair = {
    stage: 'previous',
    key: inputs.previousPrivateKey,
    certificateId:
      variables.get(n.certificateIdPrevious) ?? record.promotion?.previousCertificateId,
    certificate: previousCertificate
  }
  const pendingCertificate =
    inputs.pendingCertificate ?? certificateIn(variables, n.certificatePending, findings)
  const pending: Pair = {
    stage: 'pending',
    key: inputs.pendingPrivateKey,
    certificateId: pendingCertificate && record.uploads[pendingCertificate.fingerprint],
    certificate: pendingCertificate
  }
  const pairs = [current]
  if (previous.key || previous.certificateId) pairs.push(previous)
  if (pending.key || pending.certificate) pairs.push(pending)
  const fingerprint = (pair: Pair, certificate?: CertificateInfo): string | undefined =>
    (pair.certificate ?? certificate)?.fingerprint
  return {
    pairs,
    known: {
      stages: [
        {
          stage: 'current',
          certificateId: current.certificateId,
          fingerprint: fingerprint(current, currentCertificate)
        },
        {
          stage: 'previous',
          certificateId: previous.certificateId,
          fingerprint: fingerprint(previous)
        },
        {
          stage: 'pending',
          certificateId: pending.certificateId,
          fingerprint: record.rotation?.fingerprint ?? fingerprint(pending)
        }
      ],
      uploads: record.uploads,
      retired: record.retired.map(r => r.certificateId)
    },
    currentCertificate,
    rotationPending: record.rotation !== undefined || pendingCertificate !== undefined,
    findings
  }
}

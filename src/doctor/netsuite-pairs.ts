/**
 * The NetSuite half of the doctor, shared by the action and the command line: each pair
 * of key and certificate ID is exchanged for a token (requests for tokens are the only
 * thing sent), NetSuite's certificate list is read with the first pair that works, and a
 * refusal is explained with what the list says. Nothing is uploaded or revoked.
 */
import { defaultAlgorithmFor } from '../core/assertion.js'
import { describeError } from '../core/errors.js'
import {
  keyMatchesCertificate,
  type CertificateInfo,
  type PrivateKeyInfo
} from '../core/inspect.js'
import type { Algorithm } from '../core/key-types.js'
import type { RemoteCertificate } from '../netsuite/certificates.js'
import { NetSuiteError } from '../netsuite/errors.js'
import type { NetSuite } from '../netsuite/gateway.js'
import type { AccessToken } from '../netsuite/token.js'
import { PERMISSION } from '../rotation/zero-touch.js'
import { certificateRows, listFindings, type Known } from './certificate-list.js'
import type { DoctorReport, Finding } from '../run/doctor-report.js'

export interface Pair {
  stage: 'current' | 'previous' | 'pending'
  key?: PrivateKeyInfo
  certificateId?: string
  certificate?: CertificateInfo
}

export interface NetSuiteSetUp {
  clientId?: string
  algorithm?: Algorithm
  /** The scopes a real run asks for. */
  scopes: string[]
  /** The current pair first. */
  pairs: Pair[]
  certificatesUrl?: string
  /** Uploads go through NetSuite's API, so the list and the permission are needed, not nice to have. */
  listRequired: boolean
  known: Known
  mapping: { roleId?: number; entityId?: number }
  /** How to supply a missing part of the current pair (the action names the workflow line). */
  supply: (part: 'clientId' | 'privateKey' | 'certificateId') => string
}

type Proof = { token: AccessToken } | { error: unknown }

export async function examineNetSuite(
  netsuite: NetSuite,
  setUp: NetSuiteSetUp
): Promise<DoctorReport> {
  const findings: Finding[] = []
  const clientFinding = clientIdFinding(setUp.clientId)
  if (clientFinding) findings.push(clientFinding)
  const proofs = new Map<Pair, Proof>()
  for (const pair of setUp.pairs) {
    const proof = await provePair(netsuite, setUp, pair)
    if (proof) proofs.set(pair, proof)
  }
  const listed = await readList(netsuite, setUp, proofs, findings)
  for (const pair of setUp.pairs) findings.push(judgePair(setUp, pair, proofs.get(pair), listed))
  if (!listed) return { findings: scrub(findings, setUp.clientId) }
  const rows = certificateRows(listed, setUp.known)
  findings.push(...listFindings(rows, setUp.mapping))
  return { findings: scrub(findings, setUp.clientId), certificates: rows }
}

/** NetSuite's application IDs are UUIDs; client IDs (consumer keys) are 64 hexadecimal characters. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

function clientIdFinding(clientId: string | undefined): Finding | undefined {
  if (clientId === undefined || !UUID.test(clientId)) return undefined
  return {
    check: 'client-id',
    level: 'failure',
    detail:
      'client-id has the shape of an application ID (a UUID), not of a client ID: NetSuite answers such assertions with server_error',
    fix: 'use the Client ID (consumer key) NetSuite showed once when the integration record was saved; if it is lost, Reset Credentials on the record (this breaks every M2M mapping of it) and upload the certificate again'
  }
}

async function provePair(
  netsuite: NetSuite,
  setUp: NetSuiteSetUp,
  pair: Pair
): Promise<Proof | undefined> {
  if (!setUp.clientId || !pair.key || !pair.certificateId) return undefined
  try {
    return {
      token: await netsuite.prove({
        clientId: setUp.clientId,
        certificateId: pair.certificateId,
        privateKey: pair.key.keyObject,
        algorithm: setUp.algorithm ?? defaultAlgorithmFor(pair.key.keyObject)
      })
    }
  } catch (error) {
    return { error }
  }
}

/** A token fit for the certificate endpoint (rest_webservices) from the first pair that works. */
async function listToken(
  netsuite: NetSuite,
  setUp: NetSuiteSetUp,
  proofs: Map<Pair, Proof>
): Promise<string | undefined> {
  for (const pair of setUp.pairs) {
    const proof = proofs.get(pair)
    if (!proof || !('token' in proof) || !pair.key || !pair.certificateId) continue
    if (setUp.scopes.includes('rest_webservices')) return proof.token.accessToken
    const token = await netsuite.prove(
      {
        clientId: setUp.clientId ?? '',
        certificateId: pair.certificateId,
        privateKey: pair.key.keyObject,
        algorithm: setUp.algorithm ?? defaultAlgorithmFor(pair.key.keyObject)
      },
      ['rest_webservices']
    )
    return token.accessToken
  }
  return undefined
}

/** The certificate list, or undefined with a finding saying why it could not be read. */
async function readList(
  netsuite: NetSuite,
  setUp: NetSuiteSetUp,
  proofs: Map<Pair, Proof>,
  findings: Finding[]
): Promise<RemoteCertificate[] | undefined> {
  if (!setUp.certificatesUrl || !setUp.clientId) return undefined
  const level = setUp.listRequired ? 'failure' : 'warning'
  const why = setUp.listRequired
    ? 'uploads go through the API (upload: api/auto with role and entity), so rotations need it'
    : 'rotations ask an admin by issue, so only this overview is missing'
  try {
    const token = await listToken(netsuite, setUp, proofs)
    if (token === undefined) {
      findings.push({
        check: 'certificate list',
        level,
        detail: `not read: no pair of credentials got a token; ${why}`,
        fix: 'make the current pair work first (see above)'
      })
      return undefined
    }
    const list = await netsuite.certificates(setUp.certificatesUrl, token).list()
    findings.push({
      check: 'certificate permission',
      level: 'ok',
      detail: `the role may list the integration's certificates ("${PERMISSION}")`
    })
    return list
  } catch (error) {
    findings.push(listRefusal(error, level, why))
    return undefined
  }
}

/** NetSuite's REST refusals of a role: 401/403, INSUFFICIENT_PERMISSION, or USER_ERROR naming the permission. */
function refusedForRole(error: unknown): error is NetSuiteError {
  if (!(error instanceof NetSuiteError) || error.operation === 'token exchange') return false
  return (
    error.status === 401 ||
    error.status === 403 ||
    error.code === 'INSUFFICIENT_PERMISSION' ||
    (error.code === 'USER_ERROR' && /permission/i.test(error.description ?? ''))
  )
}

function listRefusal(error: unknown, level: Finding['level'], why: string): Finding {
  if (refusedForRole(error)) {
    return {
      check: 'certificate permission',
      level,
      detail: `NetSuite refused the certificate list (${error.code}, HTTP ${error.status}): the role lacks "${PERMISSION}" or the token lacks rest_webservices; ${why}`,
      fix: `give the role of the current certificate the permission "${PERMISSION}" (Setup > Users/Roles > Manage Roles > Permissions > Setup), and enable REST Web Services on the integration record`
    }
  }
  return {
    check: 'certificate list',
    level,
    detail: `not read: ${describeError(error)}`,
    fix: 'check certificates-url, or rerun if NetSuite was unavailable'
  }
}

function judgePair(
  setUp: NetSuiteSetUp,
  pair: Pair,
  proof: Proof | undefined,
  listed: RemoteCertificate[] | undefined
): Finding {
  const check = `${pair.stage} pair`
  const { key, certificate, certificateId } = pair
  if (key && certificate && !keyMatchesCertificate(key.keyObject, certificate)) {
    return {
      check,
      level: pair.stage === 'current' ? 'failure' : 'warning',
      detail: `the ${pair.stage} private key does not belong to the ${pair.stage} certificate (${certificate.fingerprint.slice(0, 23)}…)`,
      fix: `store the key and certificate of one stage together (the secret and the variable were written by different runs or by hand)`
    }
  }
  if (!proof) return unproven(setUp, pair)
  if ('token' in proof) {
    return {
      check,
      level: 'ok',
      detail: `NetSuite issued a token for certificate ${certificateId} (${proof.token.tokenType}, ${proof.token.expiresIn} s)`
    }
  }
  const why = explainRefusal(proof.error, certificateId ?? '', listed)
  if (pair.stage === 'previous' && why.revoked) {
    return {
      check,
      level: 'ok',
      detail: `certificate ${certificateId} is revoked in NetSuite, as planned after a promotion: a rollback is no longer possible`
    }
  }
  return {
    check,
    level: pair.stage === 'current' ? 'failure' : 'warning',
    detail: `NetSuite refused certificate ${certificateId}: ${why.detail}`,
    fix: why.fix
  }
}

/** A pair that was not exchanged: a part of it is missing. */
function unproven(setUp: NetSuiteSetUp, pair: Pair): Finding {
  const check = `${pair.stage} pair`
  if (pair.stage === 'pending' && pair.certificateId === undefined) {
    return {
      check,
      level: 'ok',
      detail:
        'a rotation is pending: its certificate waits to be uploaded in NetSuite and its ID given (`/certificate-id <ID>` on the rotation issue)'
    }
  }
  const parts = (['clientId', 'privateKey', 'certificateId'] as const).filter(part =>
    part === 'clientId' ? !setUp.clientId : part === 'privateKey' ? !pair.key : !pair.certificateId
  )
  if (pair.stage === 'current') {
    return {
      check,
      level: 'failure',
      detail: `not checked: ${parts.map(partName).join(', ')} missing, so no real run could prove it`,
      fix: parts.map(setUp.supply).join('; ')
    }
  }
  return {
    check,
    level: 'warning',
    detail: `incomplete: ${parts.map(partName).join(', ')} missing, so it was not exchanged`,
    fix:
      pair.stage === 'previous'
        ? 'pass previous-private-key (secrets.<secret-name>_PREVIOUS); the ID comes from the variable <certificate-id-variable>_PREVIOUS'
        : 'finish or restart the pending rotation'
  }
}

function partName(part: 'clientId' | 'privateKey' | 'certificateId'): string {
  return part === 'clientId'
    ? 'client-id'
    : part === 'privateKey'
      ? 'the private key'
      : 'the certificate ID'
}

interface Refusal {
  detail: string
  fix: string
  revoked?: boolean
}

/** Why NetSuite refused a pair, told from its answer and, when read, its certificate list. */
function explainRefusal(
  error: unknown,
  id: string,
  listed: RemoteCertificate[] | undefined
): Refusal {
  if (!(error instanceof NetSuiteError)) {
    return { detail: describeError(error), fix: 'check token-url and the network, then rerun' }
  }
  const answered = `${error.code}${error.status === undefined ? '' : ` (HTTP ${error.status})`}`
  if (error.code !== 'invalid_client' || !listed) return { detail: answered, fix: error.hint }
  const entry = listed.find(certificate => certificate.id === id)
  if (!entry) {
    return {
      detail: `${answered}; NetSuite does not list this certificate ID for the integration`,
      fix: 'compare certificate-id with the M2M setup page; after a sandbox refresh (which removes every mapping) run check, which registers the certificate again'
    }
  }
  if (entry.revoked) {
    return {
      revoked: true,
      detail: `${answered}; NetSuite lists it as revoked`,
      fix: 'rotate to a new key (rotate with emergency: true when the key may have leaked); never upload this certificate again'
    }
  }
  if (!entry.active) {
    return { detail: `${answered}; NetSuite lists it as expired`, fix: 'run the rotation workflow' }
  }
  return {
    detail: `${answered}; NetSuite lists it as active, so the private key does not belong to it, or its role or entity is disabled`,
    fix: 'pass the key made with this certificate, and check the role and entity in the Login Audit Trail'
  }
}

/** The client ID never leaves the run, even inside NetSuite's words. */
function scrub(findings: Finding[], clientId: string | undefined): Finding[] {
  if (!clientId) return findings
  const clean = (text: string): string => text.split(clientId).join('[client-id]')
  return findings.map(f => ({
    ...f,
    detail: clean(f.detail),
    ...(f.fix === undefined ? {} : { fix: clean(f.fix) })
  }))
}

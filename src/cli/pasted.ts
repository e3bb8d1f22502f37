/**
 * Reads the key and certificate files `token` and `status` use the way the
 * action reads a pasted input: copying damage is repaired and the user is
 * warned (what was wrong and the fix, never the value), anything else is
 * refused with its fix.
 */
import { InputError } from '../core/errors.js'
import {
  parseCertificate,
  parsePrivateKey,
  type CertificateInfo,
  type Pasted,
  type PrivateKeyInfo
} from '../core/inspect.js'
import { keyRefusal } from '../core/key-types.js'
import { describeFileRepairs } from '../core/pem-repairs.js'
import { readBytes, type Io } from './args.js'

function warnRepaired<T extends { repairs: CertificateInfo['repairs'] }>(
  pasted: Pasted<T>,
  file: { flag: string; path: string },
  io: Io
): T {
  const fixes = pasted.repaired.map(problem => problem.fix)
  const warning = describeFileRepairs(pasted.value.repairs, fixes, file)
  if (warning) io.err(`warning: ${warning}`)
  return pasted.value
}

/** A private key NetSuite would take: an RSA key under its minimum is refused, not signed with. */
export function readPastedKey(flag: string, path: string, io: Io): PrivateKeyInfo {
  const bytes = readBytes(flag, path)
  const key = warnRepaired(
    parsePrivateKey.withFixes(bytes, `--${flag}`, path),
    { flag: `--${flag}`, path },
    io
  )
  const refusal = keyRefusal(key.key)
  if (refusal)
    throw new InputError(`--${flag} ${path}: ${refusal}; NetSuite refuses its certificate`)
  return key
}

export function readPastedCertificate(flag: string, path: string, io: Io): CertificateInfo {
  const bytes = readBytes(flag, path)
  return warnRepaired(
    parseCertificate.withFixes(bytes, `--${flag}`, path),
    { flag: `--${flag}`, path },
    io
  )
}

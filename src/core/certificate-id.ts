/**
 * NetSuite certificate IDs are plain tokens of letters, digits, `-` and `_`
 * (about 43 long). Anything else is refused where it enters: an input, a
 * comment, an answer from NetSuite.
 */
import { InputError } from './errors.js'

export const CERTIFICATE_ID = /^[A-Za-z0-9_-]{1,128}$/

export function checkCertificateId(value: string, source: string): string {
  if (!CERTIFICATE_ID.test(value)) {
    throw new InputError(
      `${source} is not a NetSuite certificate ID: expected letters, digits, - and _ only (copy it from the Certificate ID column in OAuth 2.0 Client Credentials (M2M) Setup)`
    )
  }
  return value
}

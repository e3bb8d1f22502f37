import { InputError } from './errors.js'

/**
 * NetSuite account IDs appear as `1234567`, `1234567_SB1`, `TSTDRV1431250`; in
 * host names they are lower case with `_` turned into `-` (1234567-sb1). Users
 * also paste whole URLs from the browser, so we accept those and take the host.
 */
const ACCOUNT = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/i
const HOST =
  /^([a-z0-9-]+)\.(?:app|suitetalk\.api|restlets\.api|api|suitetalk|restlets)\.netsuite\.com$/i

export function normaliseAccountId(raw: string): string {
  let value = raw.trim()
  if (value === '') {
    throw new InputError(
      'account-id is empty: set it to your NetSuite account ID as shown in Setup > Company > Company Information (e.g. 1234567 or 1234567_SB1)'
    )
  }
  if (/^https?:\/\//i.test(value)) {
    let host: string
    try {
      host = new URL(value).hostname
    } catch {
      throw new InputError(
        `account-id is not a valid URL or account ID: expected e.g. 1234567_SB1 or https://1234567-sb1.app.netsuite.com/`
      )
    }
    const match = HOST.exec(host)
    if (!match) {
      throw new InputError(
        `account-id URL host "${host}" is not a NetSuite account domain: expected e.g. 1234567-sb1.app.netsuite.com, or just the account ID 1234567_SB1`
      )
    }
    value = match[1]
  }
  if (!ACCOUNT.test(value) || value.length > 40) {
    throw new InputError(
      `account-id "${value.slice(0, 40)}" is malformed: expected letters and digits with an optional _SB1-style suffix, e.g. 1234567, 1234567_SB1 or TSTDRV1431250`
    )
  }
  return value.toLowerCase().replace(/_/g, '-')
}

/**
 * The account ID as NetSuite shows it (1234567_SB1), rebuilt from the normalised
 * form: what logs, titles and the summary name, never the raw input (which may
 * be a pasted URL).
 */
export function displayAccountId(normalisedAccountId: string): string {
  return normalisedAccountId.toUpperCase().replace(/-/g, '_')
}

/** https://<account>.suitetalk.api.netsuite.com/services/rest/auth/oauth2/v1/token */
export function tokenUrlFor(normalisedAccountId: string): string {
  return `https://${normalisedAccountId}.suitetalk.api.netsuite.com/services/rest/auth/oauth2/v1/token`
}

/** Base of NetSuite's certificate rotation endpoint (Oracle help article_92130837826). */
export function certificatesUrlFor(normalisedAccountId: string, clientId: string): string {
  return `https://${normalisedAccountId}.restlets.api.netsuite.com/services/rest/auth/oauth2/v1/clients/${encodeURIComponent(clientId)}/certificates`
}

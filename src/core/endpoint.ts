/**
 * Where the signed client assertion and the access token may be sent. The
 * assertion is a credential for as long as it lives, so an endpoint must be
 * TLS-protected (plain http only to this machine) and, unless the user says
 * otherwise, one of NetSuite's own hosts. The same rule serves the action's
 * inputs and the CLI's flags.
 */
import { InputError } from './errors.js'

export interface EndpointRule {
  /** How the user named it, for the message: `token-url` or `--token-url`. */
  name: string
  /** Hosts other than `*.netsuite.com` are allowed (a proxy or a mock NetSuite). */
  allowCustomHost: boolean
  /** The input or flag that allows them, named in the message. */
  allowCustomHostWith: string
}

/** 127.0.0.0/8, localhost and [::1]: traffic that never leaves the machine. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '')
  if (host === 'localhost' || host === '::1') return true
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
}

/** The one rule for where a credential or a notification may travel: https://, or plain
 * http:// to this machine only. */
export function isEncryptedOrLocal(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname))
}

function isNetSuiteHost(hostname: string): boolean {
  return /^(?:[a-z0-9-]+\.)+netsuite\.com$/i.test(hostname.replace(/\.$/, ''))
}

/** Returns the URL, normalised, or throws an InputError naming the rule it breaks and the fix. */
export function checkEndpoint(raw: string, rule: EndpointRule): string {
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    throw new InputError(
      `${rule.name} is not a URL: expected e.g. https://1234567-sb1.suitetalk.api.netsuite.com/services/rest/auth/oauth2/v1/token`
    )
  }
  const loopback = isLoopbackHost(url.hostname)
  if (!isEncryptedOrLocal(url)) {
    throw new InputError(
      `${rule.name} must be an https:// URL (plain http:// only for 127.0.0.1, localhost or [::1]); got ${url.protocol}//${url.host}. The client assertion and the access token must never travel unencrypted: use https://.`
    )
  }
  if (url.username !== '' || url.password !== '') {
    throw new InputError(
      `${rule.name} must not carry a user name or password in the URL: remove the part before @`
    )
  }
  if (!loopback && !rule.allowCustomHost && !isNetSuiteHost(url.hostname)) {
    throw new InputError(
      `${rule.name} host ${url.hostname} is not a NetSuite host (*.netsuite.com), so the signed client assertion would be sent elsewhere. Leave ${rule.name} empty to use the account's NetSuite endpoint, or set ${rule.allowCustomHostWith} if this host is yours (a proxy or a test double).`
    )
  }
  return url.toString()
}

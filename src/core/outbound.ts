/**
 * Every HTTP request the action and the CLI make (GitHub through Octokit, NetSuite, the
 * webhook) goes out through here: one User-Agent, one proxy rule, and one client
 * (core/transport.ts, on Node's http and https).
 *
 * Proxies: a self-hosted runner inside a company network often reaches the internet only
 * through a proxy named in HTTPS_PROXY / HTTP_PROXY (NO_PROXY listing the exceptions).
 * Each request asks @actions/http-client, the runner toolkit's own client, whether and
 * through which proxy to go (lower-case variables first; NO_PROXY entries match the host,
 * `host:port`, or any subdomain; `*` for all; loopback never proxied), and a proxied request
 * goes through a CONNECT tunnel, with the proxy URL's user and password as
 * Proxy-Authorization. A redirect is asked again for its own URL.
 */
import { getProxyUrl } from '@actions/http-client/lib/proxy'
import pkg from '../../package.json' with { type: 'json' }
import { send } from './transport.js'

/** Names this tool (and its version) to GitHub, NetSuite and webhook receivers. */
export const USER_AGENT = `netsuite-m2m-rotate/${pkg.version}`

/** The proxy a request to `url` goes through, as @actions/http-client decides; undefined
 * for a direct request. */
function proxyFor(url: string | URL): URL | undefined {
  const proxy = getProxyUrl(new URL(url))
  return proxy && proxy.hostname ? proxy : undefined
}

/**
 * fetch, through the proxy the environment names for this URL, with this tool's User-Agent
 * unless the caller set one.
 */
export async function outboundFetch(url: string | URL, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers)
  if (!headers.has('user-agent')) headers.set('user-agent', USER_AGENT)
  return await send(url, {
    method: init.method,
    headers,
    body: init.body,
    redirect: init.redirect,
    signal: init.signal,
    proxyFor
  })
}

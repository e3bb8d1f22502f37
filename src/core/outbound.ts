/**
 * Every HTTP request the action and the CLI make (GitHub through Octokit, NetSuite, the
 * webhook) goes out through here: one User-Agent, and one proxy rule.
 *
 * Proxies: a self-hosted runner inside a company network often reaches the internet only
 * through a proxy named in HTTPS_PROXY / HTTP_PROXY (NO_PROXY listing the exceptions).
 * Node's global fetch ignores those variables, so each request asks @actions/http-client,
 * the runner toolkit's own client, whether and through which proxy to go (lower-case
 * variables first; NO_PROXY entries match the host, `host:port`, or any subdomain; `*` for
 * all; loopback never proxied), and a proxied request is sent by undici with a ProxyAgent
 * (CONNECT for https). undici is loaded only when a proxy applies, so a run without one
 * pays nothing for it.
 */
import { getProxyUrl } from '@actions/http-client/lib/proxy'
import type { Dispatcher } from 'undici'
import pkg from '../../package.json' with { type: 'json' }

/** Names this tool (and its version) to GitHub, NetSuite and webhook receivers. */
export const USER_AGENT = `netsuite-m2m-rotate/${pkg.version}`

const agents = new Map<string, Promise<Dispatcher>>()

/** The proxy agent for a proxy URL, made once per run. */
function agentFor(proxy: URL): Promise<Dispatcher> {
  let agent = agents.get(proxy.href)
  if (!agent) {
    // As @actions/http-client builds it: credentials in the proxy URL become Proxy-Authorization.
    agent = import('undici').then(
      ({ ProxyAgent }) =>
        new ProxyAgent({
          uri: proxy.href,
          ...(proxy.username || proxy.password
            ? {
                token: `Basic ${Buffer.from(`${proxy.username}:${proxy.password}`).toString('base64')}`
              }
            : {})
        })
    )
    agents.set(proxy.href, agent)
  }
  return agent
}

/** The proxy a request to `url` goes through, as @actions/http-client decides; undefined
 * for a direct request. */
export function proxyFor(url: string | URL): URL | undefined {
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
  const proxy = proxyFor(url)
  if (!proxy) return fetch(url, { ...init, headers })
  const [{ fetch: proxiedFetch }, dispatcher] = await Promise.all([
    import('undici'),
    agentFor(proxy)
  ])
  // undici's fetch with undici's agent: Node's own fetch may be another undici version.
  return await proxiedFetch(url, {
    ...(init as Parameters<typeof proxiedFetch>[1]),
    headers: [...headers.entries()],
    dispatcher
  })
}

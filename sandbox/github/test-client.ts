// A deliberately thin fetch wrapper for tests of the emulator and of code built on it. It
// seals secrets with libsodium as any GitHub client must, and checks every successful (or
// documented) response against GitHub's response schema, so the emulator cannot drift into
// shapes the real API does not have without a test noticing.
import sodium from 'libsodium-wrappers'
import { loadOpenApi } from './openapi.js'
import type { GitHubEmulator } from './types.js'

export interface ApiResponse {
  status: number
  headers: Headers
  /** Parsed JSON, or undefined for an empty body. */
  body: unknown
}

export interface TestClient {
  call(method: string, path: string, body?: unknown): Promise<ApiResponse>
  /** Every schema problem seen in a response so far, `METHOD path status: problem`. */
  problems: string[]
}

/** `path` is relative to /repos/{owner}/{repo} when it starts with a '.', e.g. './issues'. */
export function testClient(gh: GitHubEmulator, token: string | undefined): TestClient {
  const api = loadOpenApi()
  const problems: string[] = []
  return {
    problems,
    async call(method, path, body) {
      const full = path.startsWith('.') ? `/repos/${gh.owner}/${gh.repo}${path.slice(1)}` : path
      const headers: Record<string, string> = { accept: 'application/vnd.github+json' }
      if (token !== undefined) headers.authorization = `Bearer ${token}`
      if (body !== undefined) headers['content-type'] = 'application/json'
      const res = await fetch(gh.url + full, {
        method,
        headers,
        body:
          body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
      })
      const text = await res.text()
      const parsed: unknown = text === '' ? undefined : JSON.parse(text)
      const route = api.match(method.toUpperCase(), new URL(gh.url + full).pathname)
      const documented = route?.operation.responses.has(String(res.status)) ?? false
      if (route && (documented || (res.status >= 200 && res.status < 300))) {
        for (const p of api.checkResponse(route.operation.operationId, res.status, parsed)) {
          problems.push(`${method} ${full} ${res.status}: ${p}`)
        }
      }
      return { status: res.status, headers: res.headers, body: parsed }
    }
  }
}

/** Seals `value` for a base64 public key exactly as GitHub's docs show (crypto_box_seal,
 * base64 ORIGINAL). */
export async function seal(publicKey: string, value: string): Promise<string> {
  await sodium.ready
  const key = sodium.from_base64(publicKey, sodium.base64_variants.ORIGINAL)
  const box = sodium.crypto_box_seal(sodium.from_string(value), key)
  return sodium.to_base64(box, sodium.base64_variants.ORIGINAL)
}

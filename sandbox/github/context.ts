// What a route handler gets and returns, and the helpers every handler shares: GitHub's error
// bodies and its page-number pagination with a Link header.
import type { Operation } from './openapi.js'
import type { Renderer } from './render.js'
import type { OrgState } from './org-state.js'
import type { RepoState } from './state.js'
import type { TokenCapabilities } from './types.js'

export interface TokenInfo {
  name: string
  login: string
  caps: Required<Omit<TokenCapabilities, 'login' | 'repositories'>>
  /** Lower-cased `owner/repo` names the token was given; undefined for all. */
  repositories?: string[]
}

export interface Ctx {
  /** The repository the route names (the main one for organization routes). */
  state: RepoState
  repos: Map<string, RepoState>
  org: OrgState
  render: Renderer
  renderFor: (state: RepoState) => Renderer
  operation: Operation
  params: Record<string, string | number>
  query: URLSearchParams
  body: unknown
  token: TokenInfo
  /** Absolute URL of this request, for Link headers. */
  url: URL
}

export interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

export type Handler = (ctx: Ctx) => Reply

export function errorReply(status: number, message: string, docs: string): Reply {
  return { status, body: { message, documentation_url: docs, status: String(status) } }
}

export function notFound(ctx: Ctx): Reply {
  return errorReply(404, 'Not Found', ctx.operation.docs)
}

/** GitHub's 422 for a request that is well-formed JSON but not acceptable. */
export function invalid(ctx: Ctx, details: string): Reply {
  return errorReply(422, `Invalid request.\n\n${details}`, ctx.operation.docs)
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The request body as an object (validation already ran, so this is a narrowing). */
/** A JSON field GitHub reads as text (its schemas allow a string or a number): '' for anything else. */
export function textOf(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : ''
}

export function bodyOf(ctx: Ctx): Record<string, unknown> {
  return isRecord(ctx.body) ? ctx.body : {}
}

/** One page of `items` as GitHub pages: `per_page` (clamped to `max`), 1-based `page`, and a
 * Link header with first/prev/next/last whenever there is more than one page. */
export function paginate<T>(
  ctx: Ctx,
  items: T[],
  limits: { perPage: number; max: number }
): { items: T[]; headers: Record<string, string> } {
  const asked = Number(ctx.query.get('per_page') ?? limits.perPage)
  const perPage = Math.min(Math.max(asked, 1), limits.max)
  const page = Math.max(Number(ctx.query.get('page') ?? 1), 1)
  const last = Math.max(Math.ceil(items.length / perPage), 1)
  const slice = items.slice((page - 1) * perPage, page * perPage)
  const link = (n: number, rel: string): string => {
    const url = new URL(ctx.url.href)
    url.searchParams.set('page', String(n))
    return `<${url.href}>; rel="${rel}"`
  }
  const rels: string[] = []
  if (page > 1) rels.push(link(Math.min(page - 1, last), 'prev'))
  if (page < last) rels.push(link(page + 1, 'next'))
  if (page < last) rels.push(link(last, 'last'))
  if (page > 1) rels.push(link(1, 'first'))
  return { items: slice, headers: rels.length > 0 ? { link: rels.join(', ') } : {} }
}

// The emulator's contract with the real API: openapi-subset.json is cut from GitHub's own
// published description (script/extract-openapi.mjs), and every request is routed and
// validated against it. A route the subset does not describe is not served, so a client can
// not come to depend on something GitHub does not have; a body GitHub would refuse is refused.
import { readFileSync } from 'node:fs'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import formats from 'ajv-formats'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

interface Parameter {
  name: string
  in: 'path' | 'query' | 'header'
  required: boolean
  /** Compiled once: Ajv caches by schema object, so compiling per request would leak. */
  validate?: ValidateFunction
  /** Whether a numeric string is meant as a number (issue_number, per_page, workflow_id). */
  numeric: boolean
}

export interface Operation {
  operationId: string
  method: string
  template: string
  docs: string
  parameters: Parameter[]
  bodyRequired: boolean
  bodyValidator?: ValidateFunction
  /** Response schemas by status, compiled on first use (only tests check responses). */
  responses: Map<string, JsonObject | undefined>
}

export interface RouteMatch {
  operation: Operation
  /** Path parameters, already coerced to their schema types (issue_number is a number). */
  params: Record<string, string | number>
}

const SUBSET = 'gh-subset'
const METHODS = ['get', 'put', 'post', 'patch', 'delete']

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** OpenAPI 3.0's `nullable` is not JSON Schema; rewrite it to what Ajv understands. An `enum`
 * must list null too, and a nullable schema without `type` (a `$ref`/`oneOf`) becomes anyOf. */
function toJsonSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(toJsonSchema)
  if (!isObject(node)) return node
  const out: JsonObject = {}
  for (const [key, value] of Object.entries(node)) {
    if (key === 'nullable') continue
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/')) {
      out[key] = `${SUBSET}${value}`
    } else if (key === 'properties' && isObject(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonSchema(v)]))
    } else if (key === 'enum' || key === 'required' || key === 'default') {
      out[key] = value
    } else {
      out[key] = toJsonSchema(value)
    }
  }
  if (node.nullable !== true) return out
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null']
    if (Array.isArray(out.enum)) out.enum = [...out.enum, null]
    return out
  }
  return { anyOf: [out, { type: 'null' }] }
}

function deref(doc: JsonObject, node: Json): JsonObject {
  if (isObject(node) && typeof node.$ref === 'string') {
    const [, kind, name] = node.$ref.split('/').slice(1)
    const components = doc.components
    if (!isObject(components)) throw new Error('subset has no components')
    const group = components[kind]
    const target = isObject(group) ? group[name] : undefined
    if (!isObject(target)) throw new Error(`dangling ${node.$ref}`)
    return target
  }
  if (!isObject(node)) throw new Error('expected an object in the OpenAPI subset')
  return node
}

function jsonSchemaOf(media: Json | undefined): Json | undefined {
  if (!isObject(media)) return undefined
  const json = media['application/json']
  return isObject(json) ? json.schema : undefined
}

export class OpenApi {
  readonly operations: Operation[] = []
  private readonly byId = new Map<string, Operation>()
  private readonly ajv: Ajv
  private readonly responseValidators = new Map<JsonObject, ValidateFunction>()

  constructor(doc: JsonObject) {
    // strict: false because GitHub's schemas use OpenAPI-only keywords (discriminator, ...).
    const ajv = new Ajv({ strict: false, allErrors: true })
    formats.default(ajv)
    ajv.addFormat('int32', true)
    ajv.addFormat('int64', true)
    const components = toJsonSchema(doc.components ?? {})
    ajv.addSchema({ $id: SUBSET, components })
    this.ajv = ajv
    const paths = doc.paths
    if (!isObject(paths)) throw new Error('subset has no paths')
    for (const [template, item] of Object.entries(paths)) {
      if (!isObject(item)) continue
      for (const method of METHODS) {
        const op = item[method]
        if (!isObject(op)) continue
        const operation = this.compile(doc, ajv, { template, method, op })
        this.operations.push(operation)
        this.byId.set(operation.operationId, operation)
      }
    }
  }

  private compile(
    doc: JsonObject,
    ajv: Ajv,
    where: { template: string; method: string; op: JsonObject }
  ): Operation {
    const { op } = where
    const rawParams = Array.isArray(op.parameters) ? op.parameters : []
    const parameters = rawParams.map((p): Parameter => {
      const param = deref(doc, p)
      const schema = isObject(param.schema) ? param.schema : undefined
      return {
        name: typeof param.name === 'string' ? param.name : '',
        in: param.in as Parameter['in'],
        required: param.required === true,
        validate: schema ? ajv.compile(toJsonSchema(schema) as JsonObject) : undefined,
        numeric: schema !== undefined && allowsNumber(schema)
      }
    })
    const body = isObject(op.requestBody) ? op.requestBody : undefined
    const bodySchema = jsonSchemaOf(body?.content)
    const responses = new Map<string, JsonObject | undefined>()
    for (const [status, raw] of Object.entries(isObject(op.responses) ? op.responses : {})) {
      const schema = jsonSchemaOf(deref(doc, raw).content)
      responses.set(status, schema === undefined ? undefined : (toJsonSchema(schema) as JsonObject))
    }
    return {
      operationId: typeof op.operationId === 'string' ? op.operationId : '',
      method: where.method.toUpperCase(),
      template: where.template,
      docs: typeof op['x-docs'] === 'string' ? op['x-docs'] : 'https://docs.github.com/rest',
      parameters,
      bodyRequired: body?.required === true,
      bodyValidator:
        bodySchema === undefined ? undefined : ajv.compile(toJsonSchema(bodySchema) as JsonObject),
      responses
    }
  }

  operation(operationId: string): Operation | undefined {
    return this.byId.get(operationId)
  }

  /** The documented operation for this method and path, the most literal template winning
   * (`secrets/public-key` over `secrets/{secret_name}`). Undefined when GitHub has none. */
  match(method: string, path: string): RouteMatch | undefined {
    const segments = path.split('/').slice(1).map(decodeURIComponent)
    let best: { match: RouteMatch; literals: number } | undefined
    for (const operation of this.operations) {
      if (operation.method !== method) continue
      const parts = operation.template.split('/').slice(1)
      if (parts.length !== segments.length) continue
      const params: Record<string, string | number> = {}
      let literals = 0
      let ok = true
      for (let i = 0; i < parts.length && ok; i++) {
        const name = /^\{(.+)\}$/.exec(parts[i])?.[1]
        if (name === undefined) {
          ok = parts[i] === segments[i]
          literals++
        } else if (segments[i] === '') {
          ok = false
        } else {
          const value = this.coerce(operation, name, segments[i])
          ok = value !== undefined
          if (value !== undefined) params[name] = value
        }
      }
      if (ok && (best === undefined || literals > best.literals)) {
        best = { match: { operation, params }, literals }
      }
    }
    return best?.match
  }

  /** A path segment as its schema's type, or undefined when it is not one (GitHub then has no
   * such route: `/issues/abc` is a 404, not a 422). */
  private coerce(operation: Operation, name: string, raw: string): string | number | undefined {
    const param = operation.parameters.find(p => p.in === 'path' && p.name === name)
    if (!param?.validate) return raw
    const value = param.numeric && /^-?\d+$/.test(raw) ? Number(raw) : raw
    return param.validate(value) ? value : undefined
  }

  /** Validates the query string; returns GitHub-style details of the first problem. */
  checkQuery(operation: Operation, query: URLSearchParams): string | undefined {
    for (const param of operation.parameters) {
      if (param.in !== 'query' || !param.validate) continue
      const raw = query.get(param.name)
      if (raw === null) {
        if (param.required) return `"${param.name}" wasn't supplied.`
        continue
      }
      const value = param.numeric && /^-?\d+$/.test(raw) ? Number(raw) : raw
      if (!param.validate(value)) {
        return `${JSON.stringify(raw)} is not a valid value for "${param.name}".`
      }
    }
    return undefined
  }

  /** Validates a JSON body; returns GitHub-style details of the problems. */
  checkBody(operation: Operation, body: unknown): string | undefined {
    if (body === undefined) {
      return operation.bodyRequired && operation.bodyValidator
        ? 'Request body is required.'
        : undefined
    }
    const validate = operation.bodyValidator
    if (!validate || validate(body)) return undefined
    return describeErrors(validate.errors ?? [])
  }

  /** Problems with a response the emulator produced, for tests: [] when it matches GitHub's
   * schema for that operation and status; a status GitHub does not document is a problem. */
  checkResponse(operationId: string, status: number, body: unknown): string[] {
    const operation = this.byId.get(operationId)
    if (!operation) return [`unknown operation ${operationId}`]
    if (!operation.responses.has(String(status))) {
      return [`${operationId} does not document status ${status}`]
    }
    const schema = operation.responses.get(String(status))
    if (!schema) return body === undefined ? [] : [`${operationId} ${status} has no body`]
    let validate = this.responseValidators.get(schema)
    if (!validate) {
      validate = this.ajv.compile(schema)
      this.responseValidators.set(schema, validate)
    }
    if (validate(body)) return []
    return (validate.errors ?? []).map(e => `${e.instancePath || '/'} ${e.message ?? ''}`)
  }
}

function allowsNumber(schema: JsonObject): boolean {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type]
  if (types.includes('integer') || types.includes('number')) return true
  const branches = [schema.oneOf, schema.anyOf].flatMap(b => (Array.isArray(b) ? b : []))
  return branches.some(b => isObject(b) && allowsNumber(b))
}

/** Ajv's errors worded like GitHub's `Invalid request.` details. */
function describeErrors(errors: ErrorObject[]): string {
  const lines = new Set<string>()
  for (const e of errors) {
    if (e.keyword === 'required' && typeof e.params.missingProperty === 'string') {
      lines.add(`"${e.params.missingProperty}" wasn't supplied.`)
    } else if (e.keyword !== 'oneOf' && e.keyword !== 'anyOf') {
      const where = e.instancePath === '' ? 'the body' : `'${e.instancePath.slice(1)}'`
      lines.add(`For ${where}, ${e.message ?? 'the value is invalid'}.`)
    }
  }
  if (lines.size === 0) lines.add('The body does not match the schema.')
  return [...lines].join('\n')
}

let cached: OpenApi | undefined

/** The subset, loaded and compiled once per process (compiling takes a moment). */
export function loadOpenApi(): OpenApi {
  if (!cached) {
    const url = new URL('./openapi-subset.json', import.meta.url)
    cached = new OpenApi(JSON.parse(readFileSync(url, 'utf8')) as JsonObject)
  }
  return cached
}

#!/usr/bin/env node
// Extracts the small part of GitHub's published OpenAPI description that the GitHub emulator
// (sandbox/github) serves, so the emulator validates requests against GitHub's own schemas and
// the tests validate the emulator's responses against them. Neither side can drift silently.
//
// Usage:
//   mkdir -p /tmp/openapi && cd /tmp/openapi && npm init -y && npm install @octokit/openapi@23.0.2
//   node script/extract-openapi.mjs /tmp/openapi/node_modules/@octokit/openapi
//
// Writes sandbox/github/openapi-subset.json: the listed operations with the components they
// reference (schemas, parameters, responses, headers), `$ref`s kept as they are, descriptions,
// examples and `x-*` extensions stripped so the file stays commit-sized.
import { readFileSync, writeFileSync, existsSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

// Every operation the emulator implements. Adding a route to the emulator starts here.
const OPERATION_IDS = [
  'repos/get',
  'repos/get-collaborator-permission-level',
  'actions/get-repo-public-key',
  'actions/list-repo-secrets',
  'actions/get-repo-secret',
  'actions/create-or-update-repo-secret',
  'actions/delete-repo-secret',
  'actions/get-environment-public-key',
  'actions/list-environment-secrets',
  'actions/get-environment-secret',
  'actions/create-or-update-environment-secret',
  'actions/delete-environment-secret',
  'actions/list-repo-variables',
  'actions/create-repo-variable',
  'actions/get-repo-variable',
  'actions/update-repo-variable',
  'actions/delete-repo-variable',
  'actions/list-environment-variables',
  'actions/create-environment-variable',
  'actions/get-environment-variable',
  'actions/update-environment-variable',
  'actions/delete-environment-variable',
  'actions/get-org-public-key',
  'actions/get-org-secret',
  'actions/create-or-update-org-secret',
  'actions/list-selected-repos-for-org-secret',
  'actions/get-org-variable',
  'actions/create-org-variable',
  'actions/update-org-variable',
  'actions/list-selected-repos-for-org-variable',
  'actions/list-repo-workflows',
  'actions/get-workflow',
  'actions/enable-workflow',
  'issues/list-for-repo',
  'issues/create',
  'issues/get',
  'issues/update',
  'issues/list-comments',
  'issues/create-comment',
  'issues/get-comment',
  'issues/add-labels'
]

const METHODS = ['get', 'put', 'post', 'patch', 'delete']
// Keywords that only document a schema; dropping them never changes what validates.
const DOC_KEYS = new Set(['description', 'example', 'examples', 'summary', 'externalDocs', 'title'])

/** Strips documentation from a schema, recursing structurally so that a *property* named
 * `description` (labels have one) survives while the `description` keyword goes. */
function cleanSchema(schema) {
  if (Array.isArray(schema)) return schema.map(cleanSchema)
  if (schema === null || typeof schema !== 'object') return schema
  const out = {}
  for (const [key, value] of Object.entries(schema)) {
    if (DOC_KEYS.has(key) || key.startsWith('x-')) continue
    if (
      (key === 'properties' || key === 'patternProperties') &&
      value &&
      typeof value === 'object'
    ) {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanSchema(v)]))
    } else if (key === 'enum' || key === 'required' || key === 'default' || key === 'const') {
      out[key] = value
    } else {
      out[key] = cleanSchema(value)
    }
  }
  return out
}

function cleanMedia(content) {
  const json = content?.['application/json']
  return json?.schema ? { 'application/json': { schema: cleanSchema(json.schema) } } : undefined
}

function cleanParameter(p) {
  if (p.$ref) return { $ref: p.$ref }
  const out = { name: p.name, in: p.in, required: p.required === true }
  if (p.schema) out.schema = cleanSchema(p.schema)
  return out
}

function cleanResponse(r) {
  if (r.$ref) return { $ref: r.$ref }
  const out = {}
  const content = cleanMedia(r.content)
  if (content) out.content = content
  return out
}

function cleanOperation(op) {
  const out = { operationId: op.operationId, parameters: (op.parameters ?? []).map(cleanParameter) }
  // GitHub puts this page in every error body's documentation_url; the emulator does too.
  if (op.externalDocs?.url) out['x-docs'] = op.externalDocs.url
  if (op.requestBody) {
    out.requestBody = { required: op.requestBody.required === true }
    const content = cleanMedia(op.requestBody.content)
    if (content) out.requestBody.content = content
  }
  out.responses = Object.fromEntries(
    Object.entries(op.responses ?? {}).map(([code, r]) => [code, cleanResponse(r)])
  )
  return out
}

/** Collects every `#/components/<kind>/<name>` reachable from `node`, transitively. */
function collectRefs(doc, node, seen) {
  if (Array.isArray(node)) return node.forEach(n => collectRefs(doc, n, seen))
  if (node === null || typeof node !== 'object') return
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') {
      const m = /^#\/components\/([^/]+)\/([^/]+)$/.exec(value)
      if (!m) throw new Error(`unsupported $ref ${value}`)
      const id = `${m[1]}/${m[2]}`
      if (seen.has(id)) continue
      const target = doc.components?.[m[1]]?.[m[2]]
      if (!target) throw new Error(`dangling $ref ${value}`)
      const cleaned =
        m[1] === 'schemas'
          ? cleanSchema(target)
          : m[1] === 'parameters'
            ? cleanParameter(target)
            : m[1] === 'responses'
              ? cleanResponse(target)
              : m[1] === 'headers'
                ? { schema: cleanSchema(target.schema ?? {}) }
                : cleanSchema(target)
      seen.set(id, cleaned)
      collectRefs(doc, cleaned, seen)
    } else {
      collectRefs(doc, value, seen)
    }
  }
}

function main() {
  const pkgDir = process.argv[2]
  if (!pkgDir) {
    console.error('usage: node script/extract-openapi.mjs <path to @octokit/openapi>')
    process.exit(2)
  }
  // The non-dereferenced description keeps $refs, which keeps the subset small.
  const file = join(pkgDir, 'generated', 'api.github.com.json')
  if (!existsSync(file)) throw new Error(`${file} not found; is this @octokit/openapi?`)
  const doc = JSON.parse(readFileSync(file, 'utf8'))
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'))

  const paths = {}
  const found = new Set()
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method]
      if (!op || !OPERATION_IDS.includes(op.operationId)) continue
      found.add(op.operationId)
      paths[path] ??= {}
      paths[path][method] = cleanOperation(op)
    }
  }
  const missing = OPERATION_IDS.filter(id => !found.has(id))
  if (missing.length > 0)
    throw new Error(`operations not in the description: ${missing.join(', ')}`)

  const seen = new Map()
  collectRefs(doc, paths, seen)
  const components = {}
  for (const id of [...seen.keys()].sort()) {
    const [kind, name] = id.split('/')
    components[kind] ??= {}
    components[kind][name] = seen.get(id)
  }

  const subset = {
    openapi: doc.openapi,
    info: {
      title: 'GitHub REST API subset served by sandbox/github',
      version: doc.info.version,
      'x-source': `${pkg.name}@${pkg.version} generated/api.github.com.json`,
      'x-generated-by': 'node script/extract-openapi.mjs <path to @octokit/openapi>'
    },
    paths,
    components
  }
  const here = dirname(fileURLToPath(import.meta.url))
  const out = join(here, '..', 'sandbox', 'github', 'openapi-subset.json')
  // One space of indent: a regenerated subset then reviews as a readable line diff.
  const text = JSON.stringify(subset, null, 1) + '\n'
  writeFileSync(out, text)
  const size = Buffer.byteLength(text)
  console.log(`wrote ${out}: ${found.size} operations, ${seen.size} components, ${size} bytes`)
}

main()

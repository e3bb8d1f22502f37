// action.yml loading and input resolution, after actions/runner
// src/Runner.Worker/ActionManifestManager.cs and ActionRunner.cs (defaults, unexpected inputs).

import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'

export interface ManifestInput {
  name: string
  /** Raw `default:` as the runner stringifies a YAML scalar; undefined when absent. */
  default?: string
  deprecationMessage?: string
}

export interface ActionManifest {
  file: string
  using: 'node20' | 'node24'
  main: string
  pre?: string
  post?: string
  inputs: ManifestInput[]
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** YAML scalars become strings the way the runner's template tokens print (`true`, `730`). */
function scalarToString(value: unknown, where: string): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  throw new Error(`${where} must be a string, got ${JSON.stringify(value)}`)
}

export function loadManifest(actionDir: string): ActionManifest {
  // The runner looks for action.yml first, then action.yaml.
  const file = ['action.yml', 'action.yaml'].map(f => join(actionDir, f)).find(f => existsSync(f))
  if (!file) throw new Error(`no action.yml or action.yaml in ${actionDir}`)
  const doc: unknown = parse(readFileSync(file, 'utf8'))
  if (!isRecord(doc) || !isRecord(doc.runs)) throw new Error(`${file}: missing 'runs'`)
  const using = scalarToString(doc.runs.using, 'runs.using')
  if (using !== 'node20' && using !== 'node24') {
    throw new Error(
      `${file}: runs.using '${using ?? ''}' is not supported by this runner (node20 or node24); ` +
        'node16 and older are end-of-life on GitHub-hosted runners'
    )
  }
  const main = scalarToString(doc.runs.main, 'runs.main')
  if (!main) throw new Error(`${file}: runs.main is required for a ${using} action`)
  const inputs: ManifestInput[] = []
  if (isRecord(doc.inputs)) {
    for (const [name, spec] of Object.entries(doc.inputs)) {
      const def = isRecord(spec) ? spec : {}
      inputs.push({
        name,
        default: scalarToString(def.default, `inputs.${name}.default`),
        deprecationMessage: scalarToString(
          def.deprecationMessage,
          `inputs.${name}.deprecationMessage`
        )
      })
    }
  }
  return {
    file,
    using,
    main,
    pre: scalarToString(doc.runs.pre, 'runs.pre'),
    post: scalarToString(doc.runs.post, 'runs.post'),
    inputs
  }
}

/** Handler.AddInputsToEnvironment: `INPUT_` + name with spaces as `_`, upper-cased; hyphens stay. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/** Expression contexts available to an input default (property names are case-insensitive). */
export type ExpressionContexts = Record<string, Record<string, string>>

/**
 * Evaluates the `${{ ... }}` parts of a default. Only plain context lookups (`github.token`,
 * `runner.os`, `env.NAME`) and string literals are supported; anything else throws rather than
 * guess, because a wrong default would make a test pass that fails on GitHub.
 */
export function evaluateDefault(
  template: string,
  contexts: ExpressionContexts,
  inputName: string
): string {
  return template.replace(/\$\{\{([\s\S]*?)\}\}/g, (_whole, body: string) => {
    const expr = body.trim()
    const literal = /^'((?:[^']|'')*)'$/.exec(expr)
    if (literal) return (literal[1] ?? '').replace(/''/g, "'")
    const lookup = /^([A-Za-z_][\w-]*)\.([A-Za-z_][\w-]*)$/.exec(expr)
    const context = lookup ? contexts[(lookup[1] ?? '').toLowerCase()] : undefined
    if (!lookup || !context) {
      throw new Error(`input '${inputName}': the sandbox runner cannot evaluate \${{ ${expr} }}`)
    }
    const key = Object.keys(context).find(k => k.toLowerCase() === (lookup[2] ?? '').toLowerCase())
    // A missing property is null in GitHub expressions, which renders as ''.
    return key === undefined ? '' : (context[key] ?? '')
  })
}

export interface ResolvedInputs {
  /** Input name -> value, in the order the runner adds them (user-given first, then defaults). */
  values: Array<[string, string]>
  warnings: string[]
}

/** ActionRunner.RunAsync: user inputs, then defaults for the rest, then the unexpected-input warning. */
export function resolveInputs(
  manifest: ActionManifest,
  given: Record<string, string | number | boolean | undefined>,
  contexts: ExpressionContexts
): ResolvedInputs {
  const warnings: string[] = []
  const values: Array<[string, string]> = []
  const has = (name: string): boolean =>
    values.some(([k]) => k.toLowerCase() === name.toLowerCase())
  for (const [name, value] of Object.entries(given)) {
    if (value === undefined) continue
    values.push([name, String(value)])
    const declared = manifest.inputs.find(i => i.name.toLowerCase() === name.toLowerCase())
    if (declared?.deprecationMessage !== undefined) {
      warnings.push(
        `Input '${name}' has been deprecated with message: ${declared.deprecationMessage}`
      )
    }
  }
  const userNames = values.map(([k]) => k)
  for (const input of manifest.inputs) {
    // Only a key absent from `with:` gets the default; an explicit '' stays ''.
    if (!has(input.name)) {
      values.push([input.name, evaluateDefault(input.default ?? '', contexts, input.name)])
    }
  }
  const valid = manifest.inputs.map(i => i.name)
  const unexpected = userNames.filter(n => !valid.some(v => v.toLowerCase() === n.toLowerCase()))
  if (unexpected.length > 0) {
    warnings.push(
      `Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${valid.join("', '")}']`
    )
  }
  return { values, warnings }
}

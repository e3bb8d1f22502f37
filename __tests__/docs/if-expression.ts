/**
 * Enough of GitHub's expression language to evaluate a workflow's `if:`
 * conditions in a test: property paths, string literals, `null`, `true`,
 * `false`, `==`, `!=`, `!`, `&&`, `||` and parentheses. As on GitHub, a missing
 * property is null, strings compare without regard to case, and values of
 * different types compare as numbers (`null` and `''` are both 0).
 */
type Value = string | boolean | null

const TOKEN = /\s*(\|\||&&|==|!=|!|\(|\)|'(?:[^']|'')*'|[A-Za-z_][\w.[\]-]*)/y

function tokenize(source: string): string[] {
  const tokens: string[] = []
  TOKEN.lastIndex = 0
  while (source.slice(TOKEN.lastIndex).trim() !== '') {
    const at = TOKEN.lastIndex
    const match = TOKEN.exec(source)
    if (!match) throw new Error(`cannot read the expression at ${at}: ${source.slice(at)}`)
    tokens.push(match[1])
  }
  return tokens
}

function toNumber(value: Value): number {
  if (value === null || value === '') return 0
  if (typeof value === 'boolean') return value ? 1 : 0
  return Number(value)
}

function equal(a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase()
  if (typeof a === typeof b) return a === b
  return toNumber(a) === toNumber(b)
}

const truthy = (value: Value): boolean => value !== null && value !== false && value !== ''

export function evaluateIf(source: string, contexts: Record<string, unknown>): boolean {
  const tokens = tokenize(source.replace(/^\$\{\{|\}\}$/g, ''))
  let i = 0
  const lookup = (path: string): Value => {
    let node: unknown = contexts
    for (const part of path.split('.')) {
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined
    }
    return node === undefined ? null : (node as Value)
  }
  const primary = (): Value => {
    const token = tokens[i++]
    if (token === '(') {
      const value = or()
      if (tokens[i++] !== ')') throw new Error(`expected ) in ${source}`)
      return value
    }
    if (token === '!') return !truthy(primary())
    if (token.startsWith("'")) return token.slice(1, -1).replace(/''/g, "'")
    if (token === 'null') return null
    if (token === 'true' || token === 'false') return token === 'true'
    return lookup(token)
  }
  const comparison = (): Value => {
    const left = primary()
    const op = tokens[i]
    if (op !== '==' && op !== '!=') return left
    i++
    const same = equal(left, primary())
    return op === '==' ? same : !same
  }
  const and = (): Value => {
    let value = comparison()
    while (tokens[i] === '&&') {
      i++
      const right = comparison()
      value = truthy(value) ? right : value
    }
    return value
  }
  const or = (): Value => {
    let value = and()
    while (tokens[i] === '||') {
      i++
      const right = and()
      value = truthy(value) ? value : right
    }
    return value
  }
  const result = or()
  if (i !== tokens.length) throw new Error(`unexpected ${tokens[i]} in ${source}`)
  return truthy(result)
}

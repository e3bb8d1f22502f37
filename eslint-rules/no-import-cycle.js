/**
 * ESLint rule: no module may reach itself through relative imports (static,
 * type-only and dynamic alike), so the layers point one way: core <- gateways
 * <- commands <- shells. Imports are written with `.js` suffixes (NodeNext) and
 * resolved to the `.ts` source next to them.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'

const IMPORT =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g

function resolveSource(from, specifier) {
  const target = resolve(dirname(from), specifier)
  for (const candidate of [target.replace(/\.js$/, '.ts'), target, `${target}.ts`]) {
    if (existsSync(candidate) && candidate.endsWith('.ts')) return candidate
  }
  return undefined
}

const edges = new Map()

function importsOf(file) {
  let found = edges.get(file)
  if (!found) {
    found = []
    const text = readFileSync(file, 'utf8')
    for (const match of text.matchAll(IMPORT)) {
      const target = resolveSource(file, match[1] ?? match[2])
      if (target) found.push(target)
    }
    edges.set(file, found)
  }
  return found
}

/** A path of files from `start` back to `goal`, if the imports lead there. */
function pathBack(start, goal) {
  const seen = new Set()
  const stack = [[start, [start]]]
  while (stack.length > 0) {
    const [file, path] = stack.pop()
    if (file === goal) return path
    if (seen.has(file)) continue
    seen.add(file)
    for (const next of importsOf(file)) stack.push([next, [...path, next]])
  }
  return undefined
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'forbid import cycles between the project’s own modules' },
    schema: []
  },
  create(context) {
    const file = context.filename
    if (!file.endsWith('.ts')) return {}
    // Always read fresh: an editor session may have changed any file since the last lint.
    edges.clear()
    const check = (node, specifier) => {
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return
      const target = resolveSource(file, specifier)
      if (!target) return
      const path = pathBack(target, file)
      if (path) {
        const shown = [file, ...path].map(p => relative(process.cwd(), p)).join(' -> ')
        context.report({ node, message: `import cycle: ${shown}` })
      }
    }
    return {
      ImportDeclaration: node => check(node, node.source.value),
      ExportNamedDeclaration: node => node.source && check(node, node.source.value),
      ExportAllDeclaration: node => check(node, node.source.value),
      ImportExpression: node => node.source.type === 'Literal' && check(node, node.source.value)
    }
  }
}

/**
 * ESLint rule: src/'s folders are layers, and an import may only point down. A module
 * imports its own folder or a folder in a lower layer; never a higher one, and never a
 * sibling in its own layer (the two shells, or the two gateways, stand alone). Static,
 * type-only and dynamic imports alike: a type that two layers share belongs below both.
 *
 * Options: `{ root, layers }`, `root` the folder the layers live in (relative to the lint's
 * working directory) and `layers` from the top down, each a list of folder names; a file
 * directly in `root` (the entry point) is above every layer.
 */
import { dirname, relative, resolve, sep } from 'node:path'

/** The folder of `root` a file lives in ('' for a file directly in root), or undefined outside it. */
function folderOf(root, file) {
  const inside = relative(root, file)
  if (inside.startsWith('..') || inside === '') return undefined
  const parts = inside.split(sep)
  return parts.length === 1 ? '' : parts[0]
}

export default {
  meta: {
    type: 'problem',
    docs: {
      description: 'keep the folders of src/ pointing one way, from the shells down to core'
    },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          layers: { type: 'array', items: { type: 'array', items: { type: 'string' } } }
        },
        required: ['root', 'layers'],
        additionalProperties: false
      }
    ]
  },
  create(context) {
    const { root: rootOption, layers } = context.options[0]
    const root = resolve(context.cwd, rootOption)
    const rank = new Map(layers.flatMap((folders, i) => folders.map(f => [f, i + 1])))
    rank.set('', 0)
    const file = context.filename
    const from = folderOf(root, file)
    if (from === undefined) return {}
    const check = (node, specifier) => {
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return
      const to = folderOf(root, resolve(dirname(file), specifier))
      if (to === undefined || to === from) return
      const own = rank.get(from)
      const theirs = rank.get(to)
      if (own === undefined || theirs === undefined) {
        const unknown = own === undefined ? from : to
        context.report({
          node,
          message: `folder ${unknown}/ is in no layer: add it to the folder-layers rule's layers (eslint-rules/src-layers.js)`
        })
        return
      }
      if (theirs > own) return
      const why = theirs === own ? 'a folder in the same layer' : 'a higher layer'
      context.report({
        node,
        message: `${from || 'the entry point'} may not import ${to}/ (${why}): move what both need below both, or pass it in`
      })
    }
    return {
      ImportDeclaration: node => check(node, node.source.value),
      ExportNamedDeclaration: node => node.source && check(node, node.source.value),
      ExportAllDeclaration: node => check(node, node.source.value),
      ImportExpression: node => node.source.type === 'Literal' && check(node, node.source.value)
    }
  }
}

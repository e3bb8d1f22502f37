/**
 * Runs one of the project's ESLint rules through ESLint's own API over a small tree of
 * TypeScript files written for a test, and returns the messages it reports.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { ESLint, type Rule } from 'eslint'
import tseslint from 'typescript-eslint'

export async function lintTree(
  dir: string,
  rule: { name: string; module: Rule.RuleModule; options?: unknown[] },
  /** File paths relative to `dir`, and their text. */
  files: Record<string, string>
): Promise<string[]> {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true })
    writeFileSync(join(dir, name), text)
  }
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        plugins: { project: { rules: { [rule.name]: rule.module } } },
        rules: { [`project/${rule.name}`]: ['error', ...(rule.options ?? [])] }
      }
    ]
  })
  const results = await eslint.lintFiles(Object.keys(files).map(name => join(dir, name)))
  return results.flatMap(result => result.messages.map(m => m.message))
}

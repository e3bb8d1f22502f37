/**
 * The command-line shell shared by the release scripts: when the module is the
 * one node was started with, run `main(argv)`; an Error it throws becomes its
 * message on stderr and exit status 1 (a refusal the workflow log shows as is).
 */
import { fileURLToPath } from 'node:url'

/**
 * @param {string} moduleUrl import.meta.url of the script
 * @param {(args: string[]) => number} main returns the exit status
 */
export function runAsScript(moduleUrl, main) {
  if (!process.argv[1] || fileURLToPath(moduleUrl) !== process.argv[1]) return
  try {
    process.exitCode = main(process.argv.slice(2))
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    process.exitCode = 1
  }
}

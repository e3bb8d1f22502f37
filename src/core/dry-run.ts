/**
 * The one dry-run mechanism of both gateways: every write is named and
 * recorded, then either done or, in dry-run, reported and skipped. A skipped
 * write yields no value at all, so no caller can mistake a placeholder for
 * something the outside system said.
 */

export type Written<T> = { written: true; value: T } | { written: false }

export interface WriteLog {
  info(message: string): void
}

/**
 * One per run, shared by both gateways, so the list of writes the summary
 * shows is in the order they happened, GitHub's and NetSuite's alike.
 */
export class Writes {
  constructor(
    readonly dryRun: boolean,
    private readonly log: WriteLog,
    /** Every write done (or, in dry-run, that would have been done), in order. */
    readonly steps: string[] = []
  ) {}

  /** In dry-run, lists steps the run stopped before: they need what a skipped write would
   * have returned (the ID NetSuite gives an upload), so they cannot even be tried. */
  stoppedBefore(steps: readonly string[]): void {
    this.steps.push(...steps)
  }

  /** Runs `write`, or in dry-run only reports `step` ("would <step>"). */
  async run<T>(step: string, write: () => Promise<T>): Promise<Written<T>> {
    const index = this.steps.push(step) - 1
    if (this.dryRun) {
      this.log.info(`dry-run: would ${step}`)
      return { written: false }
    }
    try {
      return { written: true, value: await write() }
    } catch (error) {
      // A caller may carry on after a refused write (a revocation left to a person): the list
      // must not claim it happened.
      this.steps[index] = `${step} (failed)`
      throw error
    }
  }
}

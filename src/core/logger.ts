/** The few things the code says to the person reading the log; the action backs it with @actions/core. */
export interface Logger {
  info(message: string): void
  notice(message: string): void
  warning(message: string): void
  error(message: string): void
  debug(message: string): void
  /** Registers a value the runner must mask from here on: a multi-line value (a PEM) whole and line by line. */
  setSecret(value: string): void
}

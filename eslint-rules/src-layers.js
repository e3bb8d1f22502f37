/**
 * src/'s folders from the top down (docs/architecture.md says what each holds). An import
 * points only down: a shell runs commands; commands use the follow-up, the doctor's checks
 * and the rotation's steps; all of them share what a run is, the parsed inputs, the two
 * gateways and core.
 */
export const LAYERS = [
  ['action', 'cli'],
  ['commands'],
  ['follow-up'],
  ['doctor'],
  ['rotation'],
  ['run'],
  ['inputs'],
  ['github', 'netsuite'],
  ['core', 'types']
]

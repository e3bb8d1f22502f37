#!/usr/bin/env node
// The `netsuite-m2m` bin: nothing here but the call, so importing main.ts has no side effects.
import { main } from './main.js'

void main(process.argv.slice(2)).then(code => {
  process.exitCode = code
})

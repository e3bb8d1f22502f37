// Preload for the action process (`node --import <this file>?now=<epoch ms>[&at=<epoch ms>&scale=<s>]
// [&zero=immediate] main.js`). Plain .mjs so it runs without tsx; the parameters travel in the module URL so the
// action's environment stays exactly what the runner would give it.
//
// - `now`: the wall clock (`Date.now()`, `new Date()`, `Date()`) reads this instant at the real
//   instant `at` (default: when this preload runs) and advances from there.
// - `scale` (default 1): compressed time. Every timer the action sets (setTimeout, setInterval,
//   their node:timers and node:timers/promises forms, AbortSignal.timeout) fires after
//   `ms * scale` real milliseconds, and the wall clock runs 1/scale times as fast as real time,
//   so a 20 s timeout that fired has also moved `Date.now()` by 20 s.
// - `zero=immediate`: a timer set for no delay (setTimeout with a delay below 1 ms, or none) runs
//   as an immediate (setImmediate), at the next turn of the event loop, instead of after the
//   1 ms Node rounds it up to. Bottleneck, inside Octokit's throttling plugin, yields that way
//   about sixteen times per GitHub request; against loopback emulators that answer in a
//   millisecond or two those roundings were most of each request's time. clearTimeout still
//   cancels such a timer.
// Monotonic clocks (performance.now, process.hrtime) are untouched: they measure real time.

import timers from 'node:timers'
import timersPromises from 'node:timers/promises'
import { syncBuiltinESMExports } from 'node:module'
import { promisify } from 'node:util'

const params = new URL(import.meta.url).searchParams
const RealDate = Date
const at = params.has('at') ? Number(params.get('at')) : RealDate.now()
const target = params.has('now') ? Number(params.get('now')) : at
const scale = params.has('scale') ? Number(params.get('scale')) : 1
const zero = params.get('zero') ?? 'timer'
if (
  ![at, target, scale].every(Number.isFinite) ||
  scale <= 0 ||
  !['timer', 'immediate'].includes(zero)
) {
  throw new Error(`fake-clock.mjs: bad parameters in ${import.meta.url}`)
}

/** The simulated instant for the real one. */
const simulated = () => Math.floor(target + (RealDate.now() - at) / scale)

// A function, not a class, so `Date()` called without `new` still returns a string.
function FakeDate(...args) {
  if (!new.target) return new RealDate(simulated()).toString()
  return Reflect.construct(RealDate, args.length === 0 ? [simulated()] : args, new.target)
}
// Share the prototype so `instanceof Date` and every Date method keep working.
FakeDate.prototype = RealDate.prototype
Object.defineProperty(RealDate.prototype, 'constructor', {
  value: FakeDate,
  writable: true,
  configurable: true
})
FakeDate.now = simulated
FakeDate.parse = RealDate.parse
FakeDate.UTC = RealDate.UTC
Object.defineProperty(FakeDate, 'name', { value: 'Date' })
globalThis.Date = FakeDate

if (scale !== 1) compressTimers()
if (zero === 'immediate') zeroDelayAsImmediate()

function zeroDelayAsImmediate() {
  // Node's rule: a delay that is not a number of at least 1 ms is 1 ms.
  const noDelay = ms => !(Number(ms) >= 1)
  const real = { setTimeout: globalThis.setTimeout, clearTimeout: globalThis.clearTimeout }
  const Immediate = globalThis.setImmediate(() => undefined).constructor
  const setTimeout = (fn, ms, ...args) =>
    noDelay(ms) && typeof fn === 'function'
      ? globalThis.setImmediate(fn, ...args)
      : real.setTimeout(fn, ms, ...args)
  const clearTimeout = handle =>
    handle instanceof Immediate ? globalThis.clearImmediate(handle) : real.clearTimeout(handle)
  const custom = real.setTimeout[promisify.custom]
  if (custom) Object.defineProperty(setTimeout, promisify.custom, { value: custom })
  globalThis.setTimeout = timers.setTimeout = setTimeout
  globalThis.clearTimeout = timers.clearTimeout = clearTimeout
  syncBuiltinESMExports()
}

function compressTimers() {
  // Anything that is not a positive number is passed on as given, so Node still validates it.
  const scaled = ms => {
    const n = typeof ms === 'number' ? ms : Number(ms)
    return Number.isFinite(n) && n > 0 ? n * scale : ms
  }
  const real = {
    setTimeout: timers.setTimeout,
    setInterval: timers.setInterval,
    promisesSetTimeout: timersPromises.setTimeout,
    promisesSetInterval: timersPromises.setInterval,
    abortTimeout: globalThis.AbortSignal.timeout
  }
  // The real Timeout objects come back, so clearTimeout, unref, refresh and friends still work.
  const setTimeout = (fn, ms, ...args) => real.setTimeout(fn, scaled(ms), ...args)
  const setInterval = (fn, ms, ...args) => real.setInterval(fn, scaled(ms), ...args)
  const promisesSetTimeout = (ms, ...rest) => real.promisesSetTimeout(scaled(ms), ...rest)
  const promisesSetInterval = (ms, ...rest) => real.promisesSetInterval(scaled(ms), ...rest)
  // util.promisify(setTimeout) is timers/promises' setTimeout, as in Node.
  Object.defineProperty(setTimeout, promisify.custom, { value: promisesSetTimeout })

  globalThis.setTimeout = timers.setTimeout = setTimeout
  globalThis.setInterval = timers.setInterval = setInterval
  timersPromises.setTimeout = promisesSetTimeout
  timersPromises.setInterval = promisesSetInterval
  // AbortSignal.timeout takes whole milliseconds; the real one still makes the signal (unref'd
  // timer, a DOMException named TimeoutError as the reason).
  globalThis.AbortSignal.timeout = function timeout(ms) {
    const short = scaled(ms)
    return real.abortTimeout.call(this, short === ms ? ms : Math.round(short))
  }
  // `import { setTimeout } from 'node:timers'` sees the compressed ones too.
  syncBuiltinESMExports()
}

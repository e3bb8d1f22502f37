// Preload for the action process (`node --import <this file>?now=<epoch ms> main.js`): shifts the
// wall clock so `Date.now()` and `new Date()` start at `now` and advance in real time. Plain .mjs
// so it runs without tsx; the instant travels in the module URL so the action's environment stays
// exactly what the runner would give it. Monotonic clocks (performance.now, hrtime) are untouched.

const target = Number(new URL(import.meta.url).searchParams.get('now'))

if (Number.isFinite(target)) {
  const RealDate = Date
  const offset = target - RealDate.now()

  // A function, not a class, so `Date()` called without `new` still returns a string.
  function FakeDate(...args) {
    if (!new.target) return new RealDate(RealDate.now() + offset).toString()
    return Reflect.construct(
      RealDate,
      args.length === 0 ? [RealDate.now() + offset] : args,
      new.target
    )
  }
  // Share the prototype so `instanceof Date` and every Date method keep working.
  FakeDate.prototype = RealDate.prototype
  Object.defineProperty(RealDate.prototype, 'constructor', {
    value: FakeDate,
    writable: true,
    configurable: true
  })
  FakeDate.now = () => RealDate.now() + offset
  FakeDate.parse = RealDate.parse
  FakeDate.UTC = RealDate.UTC
  Object.defineProperty(FakeDate, 'name', { value: 'Date' })
  globalThis.Date = FakeDate
}

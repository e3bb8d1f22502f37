// Injected faults: the next `count` matching requests get an error status, a
// delay, a dropped connection or no answer at all, so tests can prove the
// client's behaviour when NetSuite misbehaves.
import type { Fault } from './types.js'

interface Armed {
  fault: Fault
  remaining: number
}

export class Faults {
  private readonly armed: Armed[] = []

  add(fault: Fault): void {
    const count = fault.count ?? 1
    if (!Number.isInteger(count) || count < 1)
      throw new Error(`fault count must be >= 1, got ${count}`)
    if (fault.afterHandling && (fault.status === undefined || fault.redirectTo !== undefined)) {
      throw new Error('an afterHandling fault needs a status (and no redirect)')
    }
    if (fault.redirectTo !== undefined && (fault.status ?? 307) < 300) {
      throw new Error('a redirect fault needs a 3xx status (default 307)')
    }
    const kinds = [
      fault.status !== undefined || fault.redirectTo !== undefined,
      fault.drop === true,
      fault.hang === true
    ]
    if (kinds.filter(Boolean).length > 1)
      throw new Error('a fault is one of status (or redirect), drop or hang')
    if (!kinds.some(Boolean) && fault.latencyMs === undefined) {
      throw new Error('a fault needs status, redirectTo, latencyMs, drop or hang')
    }
    this.armed.push({ fault, remaining: count })
  }

  /** Disarms every fault. */
  clear(): void {
    this.armed.length = 0
  }

  /** The first armed fault matching this request, consumed once; faults fire in the order injected. */
  take(method: string, path: string): Fault | undefined {
    const index = this.armed.findIndex(a => matches(a.fault, method, path))
    if (index < 0) return undefined
    const armed = this.armed[index]
    armed.remaining -= 1
    if (armed.remaining === 0) this.armed.splice(index, 1)
    return armed.fault
  }
}

function matches(fault: Fault, method: string, path: string): boolean {
  if (fault.method !== undefined && fault.method.toUpperCase() !== method.toUpperCase())
    return false
  if (fault.path === undefined) return true
  if (typeof fault.path === 'string') return path.includes(fault.path)
  fault.path.lastIndex = 0 // a /g or /y RegExp would otherwise remember the last match
  return fault.path.test(path)
}

export function describeFault(fault: Fault): string {
  if (fault.drop) return 'fault: connection dropped'
  if (fault.hang) return 'fault: request left hanging'
  if (fault.redirectTo) return `fault: redirected (${fault.status ?? 307}) to ${fault.redirectTo}`
  if (fault.status !== undefined && fault.afterHandling)
    return `fault: handled, then answered status ${fault.status}`
  if (fault.status !== undefined) return `fault: injected status ${fault.status}`
  return `fault: latency ${fault.latencyMs} ms`
}

/**
 * The simulated wall clock of a sandbox world, which both emulators and the action read: real
 * time plus an offset that tests move forward (advanceDays). While a step runs the action with
 * compressed time (runAction's timeScale), it runs as fast as the action's own clock, 1/scale
 * times real time, so an assertion the action signs after a compressed 20 s timeout is as fresh
 * to NetSuite's emulator as it would be in real life; the time that passed stays passed.
 */
export interface WorldClock {
  /** The simulated instant, in epoch milliseconds. */
  now(): number
  advance(ms: number): void
  /**
   * Runs the clock 1/scale times as fast until the returned function is called. Steps that
   * overlap share one warp (they must ask for the same scale), so their action processes and
   * the emulators keep reading the same time.
   */
  warp(scale: number): () => void
  /** The offset from real time, for World.save; not while a warp is on. */
  offset(): number
  setOffset(ms: number): void
}

export function worldClock(): WorldClock {
  let offsetMs = 0
  let warp: { scale: number; since: number; steps: number } | undefined
  /** What the warp has added beyond real time up to the real instant `real`. */
  const gained = (real: number): number => (warp ? (real - warp.since) * (1 / warp.scale - 1) : 0)
  const noWarp = (what: string): void => {
    if (warp) throw new Error(`${what} while a step runs with compressed time`)
  }

  return {
    now: () => {
      const real = Date.now()
      return Math.floor(real + offsetMs + gained(real))
    },
    advance: ms => {
      offsetMs += ms
    },
    warp: scale => {
      if (warp && warp.scale !== scale) {
        throw new Error(`overlapping steps ask for different time scales (${warp.scale}, ${scale})`)
      }
      warp ??= { scale, since: Date.now(), steps: 0 }
      const current = warp
      current.steps++
      let ended = false
      return () => {
        if (ended) return
        ended = true
        if (--current.steps > 0) return
        offsetMs += gained(Date.now())
        warp = undefined
      }
    },
    offset: () => {
      noWarp('save()')
      return offsetMs
    },
    setOffset: ms => {
      noWarp('restore()')
      offsetMs = ms
    }
  }
}

// The world's simulated clock keeps pace with an action run with compressed time (timeScale):
// while such a step runs it runs 1/scale times as fast, and the time that passed stays passed.
import { describe, it, expect } from '@jest/globals'
import { setTimeout as sleep } from 'node:timers/promises'
import { worldClock } from '../../sandbox/world-clock.js'

const DAY_MS = 86_400_000

describe('the world clock', () => {
  it('is real time plus what the tests moved it', () => {
    const clock = worldClock()
    clock.advance(3 * DAY_MS)
    expect(Math.abs(clock.now() - (Date.now() + 3 * DAY_MS))).toBeLessThan(1_000)
  })

  it('runs 1/scale times as fast during a warp and keeps the time gained after it', async () => {
    const clock = worldClock()
    const before = clock.now()
    const end = clock.warp(0.01)
    await sleep(100)
    // 100 ms real is 10 s simulated (the bounds allow a loaded machine to be slow).
    expect(clock.now() - before).toBeGreaterThanOrEqual(9_000)
    end()
    const after = clock.now()
    expect(after - before).toBeGreaterThanOrEqual(9_000)
    await sleep(100)
    // Real time again: 100 ms real is about 100 ms.
    expect(clock.now() - after).toBeLessThan(5_000)
    expect(clock.offset()).toBeGreaterThanOrEqual(9_000)
  })

  it('shares one warp between overlapping steps, which must ask for the same scale', async () => {
    const clock = worldClock()
    const endFirst = clock.warp(0.01)
    const endSecond = clock.warp(0.01)
    expect(() => clock.warp(0.5)).toThrow(/different time scales/)
    endFirst()
    const stillWarped = clock.now()
    await sleep(50)
    expect(clock.now() - stillWarped).toBeGreaterThanOrEqual(4_000)
    endSecond()
    expect(() => clock.offset()).not.toThrow()
  })

  it('is not saved or restored while a warp is on', () => {
    const clock = worldClock()
    const end = clock.warp(0.01)
    expect(() => clock.offset()).toThrow(/compressed time/)
    expect(() => clock.setOffset(0)).toThrow(/compressed time/)
    end()
  })
})

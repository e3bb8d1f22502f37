/**
 * The timeline in every job summary (and in the README's picture of one) draws
 * each date and event as text on a coloured box. Each box colour and its text
 * colour meet WCAG's 4.5:1 for normal text, so no label is white on pastel.
 * __tests__/docs/pictures.test.ts checks the same on the drawn diagram.
 */
import { describe, expect, it } from '@jest/globals'
import { TIMELINE_COLOURS } from '../../src/action/summary.js'
import { contrast } from './contrast.js'

describe('contrast, by the WCAG formula', () => {
  it('gives the published values', () => {
    expect(contrast('#000', '#fff')).toBeCloseTo(21, 5)
    expect(contrast('#fff', '#fff')).toBe(1)
    // Mid grey on white, the classic near miss: 4.48 for #777, 4.54 for #767676.
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
    expect(contrast('rgb(118, 118, 118)', '#fff')).toBeCloseTo(4.54, 2)
  })

  it("fails what mermaid's default theme draws in a timeline's first column", () => {
    expect(contrast('rgb(255, 255, 255)', 'rgb(134, 134, 255)')).toBeLessThan(4.5)
  })
})

describe('the timeline colours', () => {
  it.each(TIMELINE_COLOURS.fills.map((fill, column): [number, string] => [column, fill]))(
    'column %i: dark text on %s reads at 4.5:1 or better',
    (_column, fill) => {
      expect(contrast(TIMELINE_COLOURS.text, fill)).toBeGreaterThanOrEqual(4.5)
    }
  )

  it('has a colour for each of the twelve columns mermaid cycles through', () => {
    expect(TIMELINE_COLOURS.fills).toHaveLength(12)
  })
})

/**
 * WCAG 2's contrast ratio between two colours, for the tests that keep text
 * readable on the fills the project chooses for its diagrams.
 * https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio
 */

/** `#rgb`, `#rrggbb` or `rgb(r, g, b)` as three 0–255 channels. */
export function channels(colour: string): [number, number, number] {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim())?.[1]
  if (hex) {
    const full = hex.length === 3 ? [...hex].map(c => c + c).join('') : hex
    return [0, 2, 4].map(i => parseInt(full.slice(i, i + 2), 16)) as [number, number, number]
  }
  const rgb = /^rgba?\(\s*(\d+),\s*(\d+),\s*(\d+)/.exec(colour.trim())
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])]
  throw new Error(`not a colour this test reads: ${colour}`)
}

/** Relative luminance: each sRGB channel linearised, weighted 0.2126, 0.7152, 0.0722. */
export function luminance(colour: string): number {
  const [r, g, b] = channels(colour).map(value => {
    const c = value / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** (lighter + 0.05) / (darker + 0.05), from 1 (the same) to 21 (black on white). */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (light + 0.05) / (dark + 0.05)
}

/**
 * Strict base64, as openssl, Java and Python read a PEM body: the standard
 * alphabet (A-Z a-z 0-9 + / and = padding) and blanks between the characters,
 * nothing else. Node's decoder is lenient (it drops what it does not know and
 * reads URL-safe `-` and `_` as `+` and `/`), so every character outside the
 * alphabet is found here first, with where it is, before anything is decoded.
 */

export interface StrayCharacter {
  /** The character as it is in the text. */
  char: string
  /** 1-based, in the text as read (after a byte-order mark, with any line ends). */
  line: number
  column: number
  /**
   * url-safe: `-` or `_` of base64url; invisible: a space or format character
   * most editors do not show (no-break space, zero-width space, byte-order
   * mark); other: anything else, which copying does not explain.
   */
  kind: 'url-safe' | 'invisible' | 'other'
}

const MARKER = /-----(BEGIN|END) [A-Z0-9 ]+-----/g
const HAS_MARKER = /-----(BEGIN|END) [A-Z0-9 ]+-----/
const INVISIBLE = /^[\p{Cf}\p{Zs}\p{Zl}\p{Zp}]$/u

const NAMES: Record<string, string> = {
  '\u00a0': 'NO-BREAK SPACE',
  '\u00ad': 'SOFT HYPHEN',
  '\u200b': 'ZERO WIDTH SPACE',
  '\u200c': 'ZERO WIDTH NON-JOINER',
  '\u200d': 'ZERO WIDTH JOINER',
  '\u2028': 'LINE SEPARATOR',
  '\u2029': 'PARAGRAPH SEPARATOR',
  '\u202f': 'NARROW NO-BREAK SPACE',
  '\u2060': 'WORD JOINER',
  '\u3000': 'IDEOGRAPHIC SPACE',
  '\ufeff': 'BYTE ORDER MARK'
}

/** "U+200B ZERO WIDTH SPACE", "`-`": a character named so that it can be found. */
export function nameCharacter(char: string): string {
  const code = char.codePointAt(0) ?? 0
  if (code > 0x20 && code < 0x7f) return `\`${char}\``
  const hex = code.toString(16).toUpperCase().padStart(4, '0')
  return NAMES[char] ? `U+${hex} ${NAMES[char]}` : `U+${hex}`
}

function kindOf(char: string): StrayCharacter['kind'] | undefined {
  if (/^[A-Za-z0-9+/= \t\r]$/.test(char)) return undefined
  if (char === '-' || char === '_') return 'url-safe'
  return INVISIBLE.test(char) ? 'invisible' : 'other'
}

/**
 * Every character outside the base64 alphabet inside a PEM block of `text`
 * (lines end in `\n`; a one-line form with literal `\n` counts as one line).
 * Text outside the blocks is not read by anyone and is not checked; lines
 * with a `:` inside a block are RFC 1421 headers (Proc-Type), not base64.
 */
export function strayCharacters(text: string): StrayCharacter[] {
  const found: StrayCharacter[] = []
  let inside = false
  text.split('\n').forEach((raw, index) => {
    // Literal \n and \r\n of a one-line form are line breaks, not characters of the body.
    const line = raw.replace(/\\r\\n|\\n/g, escape => ' '.repeat(escape.length))
    let at = 0
    const markerLine = HAS_MARKER.test(line)
    const check = (end: number): void => {
      const segment = line.slice(at, end)
      const header = segment.includes(':')
      for (let i = 0; i < segment.length; i++) {
        const kind = kindOf(segment[i])
        // Beside a BEGIN or END line only the invisible ones count: they break that line.
        const counts = inside && !header ? kind : markerLine && kind === 'invisible'
        if (kind && counts)
          found.push({ char: segment[i], line: index + 1, column: at + i + 1, kind })
      }
    }
    for (const marker of line.matchAll(MARKER)) {
      check(marker.index)
      inside = marker[1] === 'BEGIN'
      at = marker.index + marker[0].length
    }
    check(line.length)
  })
  return found
}

/** "U+200B ZERO WIDTH SPACE at line 3, column 65; `-` at line 4, column 2": every one, where it is. */
export function describeStray(found: readonly StrayCharacter[]): string {
  return found.map(s => `${nameCharacter(s.char)} at line ${s.line}, column ${s.column}`).join('; ')
}

/** The text without the invisible characters (each is noise from copying, never part of the data). */
export function withoutInvisible(text: string): string {
  return text.replace(/[^ -~\t\n\r]/gu, char => (INVISIBLE.test(char) ? '' : char))
}

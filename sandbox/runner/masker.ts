// The runner's secret masker: every registered value is also registered in the encoded forms a
// program is likely to print it in, and each log line is masked with what is registered when the
// line arrives. Mirrors actions/runner src/Sdk/DTLogging/Logging/SecretMasker.cs and
// ValueEncoders.cs (encoders registered in src/Runner.Common/HostContext.cs).

type Encoder = (value: string) => string

function base64Shift(value: string, shift: number): string {
  const bytes = Buffer.from(value, 'utf8')
  return (bytes.length > shift ? bytes.subarray(shift) : bytes).toString('base64')
}

// .NET Uri.EscapeDataString keeps only RFC 3986 unreserved characters; encodeURIComponent also
// keeps !'()* so those are escaped on top.
function uriDataEscape(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    c => '%' + c.charCodeAt(0).toString(16).toUpperCase()
  )
}

// System.Security.SecurityElement.Escape
function xmlDataEscape(value: string): string {
  const table: Record<string, string> = {
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&apos;',
    '&': '&amp;'
  }
  return value.replace(/[<>"'&]/g, c => table[c] ?? c)
}

const ENCODERS: Encoder[] = [
  v => Buffer.from(v, 'utf8').toString('base64'),
  v => base64Shift(v, 1),
  v => base64Shift(v, 2),
  // ExpressionStringEscape: a single quote doubles inside a ${{ '...' }} literal
  v => v.replace(/'/g, "''"),
  // JsonStringEscape: JSON string without the surrounding quotes
  v => JSON.stringify(v).slice(1, -1),
  uriDataEscape,
  xmlDataEscape,
  // TrimDoubleQuotes
  v => (v.length > 8 && v.startsWith('"') && v.endsWith('"') ? v.slice(1, -1) : '')
]

export class SecretMasker {
  private readonly originals = new Set<string>()
  private readonly values = new Set<string>()

  /** SecretMasker.AddValue: the value itself plus every non-empty encoded variation. */
  addValue(value: string): void {
    if (value === '' || this.originals.has(value)) return
    this.originals.add(value)
    this.values.add(value)
    for (const encode of ENCODERS) {
      const variation = encode(value)
      if (variation !== '') this.values.add(variation)
    }
  }

  /**
   * How the runner registers `${{ secrets.* }}` and (since actions/runner#1521) ::add-mask::
   * data: the whole value, then each trimmed line, because child output is masked line by line.
   */
  addMultiline(value: string): void {
    this.addValue(value)
    for (const line of value.split(/[\r\n]+/)) this.addValue(line.trim())
  }

  /** Replace every (merged, possibly overlapping) occurrence with ***. */
  mask(input: string): string {
    if (input === '') return ''
    const ranges: Array<[number, number]> = []
    for (const value of this.values) {
      for (let at = input.indexOf(value); at >= 0; at = input.indexOf(value, at + 1)) {
        ranges.push([at, at + value.length])
      }
    }
    if (ranges.length === 0) return input
    ranges.sort((a, b) => a[0] - b[0])
    const merged: Array<[number, number]> = []
    for (const [start, end] of ranges) {
      const last = merged[merged.length - 1]
      if (last && start <= last[1]) last[1] = Math.max(last[1], end)
      else merged.push([start, end])
    }
    let out = ''
    let from = 0
    for (const [start, end] of merged) {
      out += input.slice(from, start) + '***'
      from = end
    }
    return out + input.slice(from)
  }
}

/**
 * Reading an answer from a server we do not control: at most a fixed number
 * of bytes, then the download is stopped, so an endless or huge body can
 * neither hold the run nor fill its memory.
 */

/** Reads at most `maxBytes` of the body as UTF-8, then stops the download. */
export async function readCapped(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return ''
  const reader = (response.body as ReadableStream<Uint8Array>).getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    const room = maxBytes - size
    chunks.push(value.byteLength > room ? value.subarray(0, room) : value)
    size += Math.min(value.byteLength, room)
    if (size >= maxBytes) {
      await reader.cancel()
      break
    }
  }
  return Buffer.concat(chunks).toString('utf8')
}

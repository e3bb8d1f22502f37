/**
 * A host that is not NetSuite: it records every request it gets and answers
 * each with an access token, as a server that harvests assertions would. Tests
 * point a redirect at it and check that it heard nothing.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface CaptureServer {
  url: string
  requests: { method: string; path: string; body: string }[]
  close(): Promise<void>
}

export async function startCaptureServer(): Promise<CaptureServer> {
  const requests: CaptureServer['requests'] = []
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      requests.push({
        method: request.method ?? '',
        path: request.url ?? '',
        body: Buffer.concat(chunks).toString('utf8')
      })
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(
        JSON.stringify({
          access_token: 'harvested.token.value',
          expires_in: '3600',
          token_type: 'Bearer'
        })
      )
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

/** Text with every inline code span removed: what GitHub would render as Markdown. */
export function outsideCode(markdown: string): string {
  return markdown.replace(/`[^`\n]*`/g, '')
}

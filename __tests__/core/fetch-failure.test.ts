// Why a fetch failed, read from real failures of Node's fetch on 127.0.0.1:
// a refused connection and a request stopped by its timeout.
import { describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFetchFailure } from '../../src/core/fetch-failure.js'
import { rejection } from './helpers.js'

async function listen(server: Server): Promise<number> {
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return (server.address() as AddressInfo).port
}

describe('readFetchFailure', () => {
  it('reads a refused connection from the cause fetch attaches', async () => {
    const server = createServer()
    const port = await listen(server)
    await new Promise<void>(resolve => server.close(() => resolve()))
    const failure = readFetchFailure(await rejection(fetch(`http://127.0.0.1:${port}/`)))
    expect(failure.timedOut).toBe(false)
    expect(failure.code).toBe('ECONNREFUSED')
    expect(failure.causeMessage).toContain('ECONNREFUSED')
  })

  it('reads a request stopped by its timeout signal', async () => {
    const server = createServer(() => {
      // Never answers: only the client's timeout ends the request.
    })
    const port = await listen(server)
    try {
      const failure = readFetchFailure(
        await rejection(fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(50) }))
      )
      expect(failure.timedOut).toBe(true)
    } finally {
      server.closeAllConnections()
      await new Promise<void>(resolve => server.close(() => resolve()))
    }
  })

  it('tells an abort by its name, whatever made the error', () => {
    expect(readFetchFailure(new DOMException('stopped', 'AbortError')).timedOut).toBe(true)
    expect(readFetchFailure({ name: 'TimeoutError' }).timedOut).toBe(true)
    expect(readFetchFailure({ code: 'ENOTFOUND' }).code).toBe('ENOTFOUND')
  })

  it('reads nothing from what is not an error object', () => {
    for (const value of [undefined, null, 'fetch failed', 42]) {
      expect(readFetchFailure(value)).toEqual({ timedOut: false, code: '', causeMessage: '' })
    }
  })
})

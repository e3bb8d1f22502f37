// Small HTTP helpers shared by the emulator's routes.
import type { IncomingMessage } from 'node:http'
import type { Outcome } from './types.js'

/** Requests larger than this are refused: a certificate upload is a few KB. */
export const MAX_BODY_BYTES = 1_000_000

export function readBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let tooLarge = false
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) tooLarge = true
      else chunks.push(chunk)
    })
    req.on('end', () => resolve(tooLarge ? 'too-large' : Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

/** The media type without parameters, lower-cased ('application/json; charset=utf-8' -> 'application/json'). */
export function mediaType(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header
  return (value ?? '').split(';')[0].trim().toLowerCase()
}

/** An OAuth 2.0 error response (RFC 6749 5.2). */
export function oauthError(
  status: number,
  error: string,
  reason: string,
  description = reason
): Outcome {
  return {
    status,
    body: { error, error_description: description },
    headers: { 'cache-control': 'no-store', pragma: 'no-cache' },
    verdict: 'refused',
    reason,
    error
  }
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type'
}

/**
 * NetSuite REST web services error shape (RFC 9457 problem details plus o:errorDetails),
 * used for every refusal of the certificate endpoint so clients see one consistent form.
 */
export function restError(status: number, errorCode: string, detail: string): Outcome {
  const headers: Record<string, string> = {
    'content-type': 'application/vnd.oracle.resource+json; type=error'
  }
  if (status === 401) headers['www-authenticate'] = 'Bearer error="invalid_token"'
  return {
    status,
    body: {
      type: `https://www.rfc-editor.org/rfc/rfc9110.html#section-15.${status >= 500 ? 6 : 5}.${(status % 100) + 1}`,
      title: TITLES[status] ?? 'Error',
      status,
      'o:errorDetails': [{ detail, 'o:errorCode': errorCode }]
    },
    headers,
    verdict: 'refused',
    reason: detail,
    error: errorCode
  }
}

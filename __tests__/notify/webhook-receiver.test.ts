// The sandbox's webhook receiver answers as Slack's incoming webhooks do, so a
// sender that passes here sends what a real chat service takes.
import { afterEach, describe, expect, it } from '@jest/globals'
import { startWebhookReceiver, type WebhookReceiver } from '../../sandbox/webhook/index.js'

let hook: WebhookReceiver | undefined
afterEach(async () => {
  await hook?.close()
  hook = undefined
})

async function answer(
  init: RequestInit,
  url = hook!.url
): Promise<{ status: number; body: string }> {
  const response = await fetch(url, init)
  return { status: response.status, body: await response.text() }
}

const json = { 'content-type': 'application/json' }

describe('webhook receiver', () => {
  it('has a secret-looking token in its URL, different each time', async () => {
    hook = await startWebhookReceiver()
    const other = await startWebhookReceiver()
    await other.close()
    expect(hook.url).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/services\/T0SANDBOX\/B0SANDBOX\/[A-Za-z0-9_-]{24}$/
    )
    expect(hook.url.endsWith(hook.token)).toBe(true)
    expect(other.token).not.toBe(hook.token)
  })

  it('takes a JSON object with text, and refuses what Slack refuses', async () => {
    hook = await startWebhookReceiver()
    const post = (body: string, headers: Record<string, string> = json) =>
      answer({ method: 'POST', headers, body })
    expect(await post('{"text":"hello","netsuite":{"event":"promoted"}}')).toEqual({
      status: 200,
      body: 'ok'
    })
    expect(await post('{"text":"hello"}', { 'content-type': 'text/plain' })).toEqual({
      status: 400,
      body: 'invalid_payload'
    })
    expect(await post('not json')).toEqual({ status: 400, body: 'invalid_payload' })
    expect(await post('["text"]')).toEqual({ status: 400, body: 'invalid_payload' })
    expect(await post('{"text":"  "}')).toEqual({ status: 400, body: 'no_text' })
    expect(await answer({ method: 'GET' })).toEqual({ status: 405, body: 'invalid_method' })
    expect(
      await answer({ method: 'POST', headers: json, body: '{"text":"x"}' }, hook.url + 'x')
    ).toEqual({
      status: 404,
      body: 'no_service'
    })
    expect(hook.requests.map(r => r.status)).toEqual([200, 400, 400, 400, 400, 405, 404])
    expect(hook.requests[0].json).toEqual({ text: 'hello', netsuite: { event: 'promoted' } })
    expect(hook.requests[2].json).toBeUndefined()
  })

  it('fails, redirects and waits as told, recording each request', async () => {
    hook = await startWebhookReceiver({ behaviour: { kind: 'fail', status: 502 } })
    const body = '{"text":"x"}'
    expect((await answer({ method: 'POST', headers: json, body })).status).toBe(502)
    hook.behave({ kind: 'redirect', location: 'https://elsewhere.invalid/hook' })
    const redirected = await fetch(hook.url, {
      method: 'POST',
      headers: json,
      body,
      redirect: 'manual'
    })
    expect([redirected.status, redirected.headers.get('location')]).toEqual([
      307,
      'https://elsewhere.invalid/hook'
    ])
    hook.behave({ kind: 'hang' })
    const controller = new AbortController()
    const hanging = fetch(hook.url, {
      method: 'POST',
      headers: json,
      body,
      signal: controller.signal
    })
    await hook.waitForRequests(3)
    controller.abort()
    await expect(hanging).rejects.toThrow()
    expect(hook.requests.map(r => r.status)).toEqual([502, 307, 0])
  })
})

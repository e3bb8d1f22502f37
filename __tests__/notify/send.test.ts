// The sender over real HTTP against the loopback webhook receiver: one JSON POST,
// and whatever the webhook does, an outcome and at most a warning, never a throw.
import { afterEach, describe, expect, it } from '@jest/globals'
import { startWebhookReceiver, type WebhookReceiver } from '../../sandbox/webhook/index.js'
import { buildNotification, requestBody } from '../../src/follow-up/notify-payload.js'
import {
  deliverNotifications,
  sendNotification,
  type NotifyLog
} from '../../src/follow-up/notify-send.js'
import { NOTIFICATION_EVENTS, DEFAULT_NOTIFY_ON } from '../../src/inputs/notify-on.js'
import { noNotificationsSent, planNotifications } from '../../src/follow-up/notify-plan.js'
import { parseNotifyUrl, type NotifyUrl } from '../../src/inputs/notify-url.js'
import { sampleFacts } from './facts.js'

const receivers: WebhookReceiver[] = []
afterEach(async () => {
  await Promise.all(receivers.splice(0).map(r => r.close()))
})

async function receiver(): Promise<WebhookReceiver> {
  const r = await startWebhookReceiver()
  receivers.push(r)
  return r
}

function urlOf(raw: string): NotifyUrl {
  const url = parseNotifyUrl(raw, () => undefined)
  if (!url) throw new Error('no URL')
  return url
}

function recordingLog(): NotifyLog & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    info: message => lines.push(`info ${message}`),
    warning: message => lines.push(`warning ${message}`)
  }
}

const facts = sampleFacts()

function expectNoUrl(hook: WebhookReceiver, lines: string[]): void {
  const port = new URL(hook.url).port
  for (const line of lines) {
    expect(line).not.toContain(hook.token)
    expect(line).not.toContain(port)
    expect(line).not.toContain('127.0.0.1')
  }
}

describe('sendNotification', () => {
  it('POSTs the payload once as JSON and reports it delivered', async () => {
    const hook = await receiver()
    const log = recordingLog()
    const payload = buildNotification('promoted', facts)
    const outcome = await sendNotification(urlOf(hook.url), payload, { log })
    expect(outcome).toEqual({ kind: 'delivered', status: 200 })
    expect(hook.requests).toHaveLength(1)
    const [request] = hook.requests
    expect(request.method).toBe('POST')
    expect(request.headers['content-type']).toBe('application/json')
    expect(request.json).toEqual(payload)
    expect(request.status).toBe(200)
    expect(log.lines).toEqual(['info Notification "promoted" delivered (HTTP 200).'])
    expectNoUrl(hook, log.lines)
  })

  it('delivers every event in a form a Slack-compatible webhook takes', async () => {
    const hook = await receiver()
    for (const event of NOTIFICATION_EVENTS) {
      const outcome = await sendNotification(urlOf(hook.url), buildNotification(event, facts))
      expect(outcome).toEqual({ kind: 'delivered', status: 200 })
    }
    expect(
      hook.requests.map(r => (r.json as { netsuite: { event: string } }).netsuite.event)
    ).toEqual([...NOTIFICATION_EVENTS])
  })

  it('turns a failing webhook into a warning with the status', async () => {
    const hook = await receiver()
    hook.behave({ kind: 'fail' })
    const log = recordingLog()
    const outcome = await sendNotification(urlOf(hook.url), buildNotification('failed', facts), {
      log
    })
    expect(outcome).toEqual({ kind: 'http-error', status: 500 })
    expect(log.lines).toHaveLength(1)
    expect(log.lines[0]).toMatch(
      /^warning Notification "failed" was not delivered: the webhook answered HTTP 500\. The run goes on/
    )
    expectNoUrl(hook, log.lines)
  })

  it('reports a wrong webhook token as the 404 the service answers', async () => {
    const hook = await receiver()
    const wrong = hook.url.replace(hook.token, 'A'.repeat(hook.token.length))
    const outcome = await sendNotification(urlOf(wrong), buildNotification('promoted', facts))
    expect(outcome).toEqual({ kind: 'http-error', status: 404 })
    expect(hook.requests[0].status).toBe(404)
  })

  it('gives up on a webhook that never answers, after the timeout it is given', async () => {
    const hook = await receiver()
    hook.behave({ kind: 'hang' })
    const log = recordingLog()
    const outcome = await sendNotification(urlOf(hook.url), buildNotification('expired', facts), {
      log,
      timeoutMs: 200
    })
    expect(outcome).toEqual({ kind: 'timeout', timeoutMs: 200 })
    expect(hook.requests).toHaveLength(1) // it did arrive; the answer never came
    expect(log.lines[0]).toMatch(/^warning .*no answer within 0\.2 s/)
    expectNoUrl(hook, log.lines)
  })

  it('never follows a redirect, not even to another webhook', async () => {
    const hook = await receiver()
    const elsewhere = await receiver()
    for (const status of [301, 302, 307, 308]) {
      hook.behave({ kind: 'redirect', location: elsewhere.url, status })
      const log = recordingLog()
      const outcome = await sendNotification(
        urlOf(hook.url),
        buildNotification('promoted', facts),
        { log }
      )
      expect(outcome).toEqual({ kind: 'redirect-refused', status })
      expect(log.lines[0]).toMatch(/redirect .* never followed/)
      expectNoUrl(elsewhere, log.lines)
    }
    expect(hook.requests).toHaveLength(4)
    expect(elsewhere.requests).toHaveLength(0)
  })

  it('reads only the start of an answer that does not end', async () => {
    const hook = await receiver()
    hook.behave({ kind: 'endless' })
    // A timeout far beyond Jest's: only the read bound can end this request.
    const outcome = await sendNotification(urlOf(hook.url), buildNotification('promoted', facts), {
      timeoutMs: 600_000
    })
    expect(outcome).toEqual({ kind: 'delivered', status: 200 })
    // The sender hung up: without a bound it would still be reading.
    while (hook.endlessBytesWritten.length === 0) await new Promise(r => setTimeout(r, 5))
    expect(hook.endlessBytesWritten).toHaveLength(1)
  }, 20_000)

  it('reports a webhook nobody listens on as a network error without host or port', async () => {
    const hook = await receiver()
    const url = urlOf(hook.url)
    await hook.close()
    const log = recordingLog()
    const outcome = await sendNotification(url, buildNotification('promoted', facts), { log })
    expect(outcome).toEqual({ kind: 'network-error', reason: 'connection refused' })
    expect(log.lines[0]).toMatch(/^warning .*connection refused/)
    expectNoUrl(hook, log.lines)
  })
})

describe('deliverNotifications', () => {
  it('returns only what was delivered, so the record keeps the rest due', async () => {
    const hook = await receiver()
    const planned = planNotifications(
      noNotificationsSent(),
      [
        { event: 'promoted', facts },
        { event: 'failed', facts: { ...facts, status: 'failed' } }
      ],
      { notifyOn: DEFAULT_NOTIFY_ON, now: new Date('2026-11-29T00:00:00Z') }
    )
    expect(planned.map(p => p.event)).toEqual(['promoted', 'failed'])
    const url = urlOf(hook.url)
    expect((await deliverNotifications(url, planned)).map(p => p.event)).toEqual([
      'promoted',
      'failed'
    ])
    hook.behave({ kind: 'fail', status: 503 })
    expect(await deliverNotifications(url, planned)).toEqual([])
    expect(hook.requests.map(r => r.status)).toEqual([200, 200, 503, 503])
  })

  it('sends nothing in a dry run, and nothing without a URL', async () => {
    const hook = await receiver()
    const planned = planNotifications(noNotificationsSent(), [{ event: 'promoted', facts }], {
      notifyOn: DEFAULT_NOTIFY_ON,
      now: new Date()
    })
    const log = recordingLog()
    expect(await deliverNotifications(urlOf(hook.url), planned, { dryRun: true, log })).toEqual([])
    expect(await deliverNotifications(undefined, planned, { log })).toEqual([])
    expect(hook.requests).toHaveLength(0)
    expect(log.lines).toEqual(['info Dry run: would send notification "promoted".'])
  })
})

describe('the receiver as Google Chat', () => {
  it('refuses the netsuite object as an unknown field and takes the text alone', async () => {
    const hook = await receiver()
    hook.behave({ kind: 'google-chat' })
    const payload = buildNotification('reminder', facts)
    const post = (body: string): Promise<Response> =>
      fetch(hook.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
    const full = await post(requestBody(payload, 'text-and-netsuite'))
    expect(full.status).toBe(400)
    expect(await full.text()).toContain('Unknown name \\"netsuite\\"')
    const textOnly = await post(requestBody(payload, 'text-only'))
    expect(textOnly.status).toBe(200)
    expect(hook.requests[1].json).toEqual({ text: payload.text })
  })
})

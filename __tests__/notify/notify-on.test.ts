// notify-on: which events reach the webhook; unknown names are refused with the valid list.
import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/core/errors.js'
import { NOTIFICATION_EVENTS, parseNotifyOn } from '../../src/inputs/notify-on.js'

function refusal(raw: string): InputError {
  try {
    parseNotifyOn(raw)
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error(`parseNotifyOn accepted ${JSON.stringify(raw)}`)
}

describe('parseNotifyOn', () => {
  it('defaults to every event when empty or blank', () => {
    expect([...parseNotifyOn('')]).toEqual([...NOTIFICATION_EVENTS])
    expect([...parseNotifyOn(' \n , ')]).toEqual([...NOTIFICATION_EVENTS])
  })

  it('accepts the contract default verbatim', () => {
    const raw =
      'rotation-started,reminder,promoted,rolled-back,revoked,registration-missing,expired,failed'
    expect(parseNotifyOn(raw)).toEqual(new Set(NOTIFICATION_EVENTS))
  })

  it('takes commas and new lines, spaces and case ignored, duplicates once', () => {
    expect([...parseNotifyOn('Promoted, failed\n  expired\r\nFAILED')]).toEqual([
      'promoted',
      'failed',
      'expired'
    ])
  })

  it('names each unknown event and lists the valid ones', () => {
    const error = refusal('promoted, rotated,expird')
    expect(error.message).toContain('"rotated"')
    expect(error.message).toContain('"expird"')
    expect(error.message).not.toContain('"promoted"')
    for (const event of NOTIFICATION_EVENTS) expect(error.message).toContain(event)
  })

  it('cuts what it echoes: a pasted paragraph does not flood the log', () => {
    const long = 'x'.repeat(500)
    const error = refusal(`${long},a,b,c,d,e,f`)
    expect(error.message).toContain(`"${'x'.repeat(40)}"`)
    expect(error.message).not.toContain('x'.repeat(41))
    expect(error.message).toContain('and 2 more')
  })

  it('refuses control characters other than line breaks', () => {
    expect(refusal('promoted\u001b[31m').message).toMatch(/control characters/)
    expect(refusal('promoted\tfailed').message).toMatch(/control characters/)
  })
})

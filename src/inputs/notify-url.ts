/**
 * `notify-url`: an incoming-webhook URL. Whoever holds it can post to the
 * channel, so it is a secret: it is masked before it is even validated, no
 * error message repeats any part of it, and the parsed value prints as `***`.
 */
import { InputError } from '../core/errors.js'
import { isEncryptedOrLocal } from '../core/endpoint.js'

/**
 * Google Chat's webhook refuses any field its Message type does not define
 * (400 INVALID_ARGUMENT "Unknown name ... Cannot find field"), so it gets the
 * `text` alone; every other service gets the `netsuite` object as well.
 */
export type PayloadShape = 'text-and-netsuite' | 'text-only'

const TEXT_ONLY_HOSTS = new Set(['chat.googleapis.com'])

export type { NotifyUrl }

/**
 * A validated webhook URL. Only `parseNotifyUrl` makes one (the class itself is
 * not exported), and its value is reachable only through `forRequest()`:
 * templates, JSON and util.inspect all show `***` or nothing.
 */
class NotifyUrl {
  readonly #href: string
  readonly shape: PayloadShape

  constructor(url: URL) {
    this.#href = url.href
    this.shape = TEXT_ONLY_HOSTS.has(url.hostname.toLowerCase()) ? 'text-only' : 'text-and-netsuite'
  }

  /** The URL itself, for the one request that needs it. */
  forRequest(): string {
    return this.#href
  }

  toString(): string {
    return '***'
  }

  toJSON(): string {
    return '***'
  }
}

/**
 * The strings to hand to the runner's masker: the URL as given and as
 * normalised, and every long path segment and query value (the token parts of
 * Slack, Discord, Mattermost, Rocket.Chat and Google Chat URLs), so that no log
 * line can show the part that grants access even when it prints only a piece.
 */
export function notifyUrlSecrets(raw: string): string[] {
  const secrets = new Set<string>([raw.trim()])
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    return [...secrets].filter(Boolean)
  }
  secrets.add(url.href)
  secrets.add(url.pathname + url.search)
  const pieces = [...url.pathname.split('/'), ...[...url.searchParams.values()]]
  if (url.username) pieces.push(url.username)
  if (url.password) pieces.push(url.password)
  for (const piece of pieces) {
    if (piece.length < 16) continue
    secrets.add(piece)
    try {
      secrets.add(decodeURIComponent(piece))
    } catch {
      // A malformed escape stays masked in its raw form only.
    }
  }
  return [...secrets].filter(Boolean)
}

const NOT_SHOWN = '(the value is not shown: the URL is a secret)'

/**
 * Validates `notify-url`. Returns undefined when it is empty (no notifications).
 * `setSecret` is called first, for every piece, valid or not.
 */
export function parseNotifyUrl(
  raw: string,
  setSecret: (value: string) => void
): NotifyUrl | undefined {
  for (const secret of notifyUrlSecrets(raw)) setSecret(secret)
  const value = raw.trim()
  if (value === '') return undefined
  if (/[\s\p{Cc}]/u.test(value)) {
    throw new InputError(
      `notify-url contains spaces or control characters: paste the webhook URL exactly as the chat service shows it ${NOT_SHOWN}`
    )
  }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new InputError(
      `notify-url is not a URL: expected the incoming-webhook URL, e.g. https://hooks.slack.com/services/..., from a secret such as \${{ secrets.NETSUITE_NOTIFY_URL }} ${NOT_SHOWN}`
    )
  }
  if (!isEncryptedOrLocal(url)) {
    throw new InputError(
      `notify-url must be an https:// URL (plain http:// only for loopback hosts such as 127.0.0.1 or localhost): notifications carry your account and repository names ${NOT_SHOWN}`
    )
  }
  if (url.username || url.password) {
    throw new InputError(
      `notify-url must not carry a user name or password before the host (user:password@): use the webhook URL the chat service generated, which holds its token in the path or query ${NOT_SHOWN}`
    )
  }
  return new NotifyUrl(url)
}

/**
 * What follows a command (fan-out, notifications) runs with: the inputs it
 * reads, whichever command ran, and the command's context.
 */
import type { Context } from '../run/context.js'
import type { Uses } from '../inputs/fields.js'

/** The inputs what follows a command reads, whichever command ran. */
export const FOLLOW_UP_FIELDS = [
  'targets',
  'notifyUrl',
  'notifyOn',
  'privateKey',
  'certificate',
  'certificateId',
  'clientId',
  'adminToken',
  'githubToken'
] as const
export type FollowUpContext = Context<Uses<(typeof FOLLOW_UP_FIELDS)[number]>>

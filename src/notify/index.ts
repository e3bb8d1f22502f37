/**
 * Notifications to a chat webhook (`notify-url`, `notify-on`). A command
 * collects what happened as occasions, then:
 *
 *   const planned = planNotifications(record.notifications, occasions, { notifyOn, now, withhold })
 *   const delivered = await deliverNotifications(notifyUrl, planned, { log, dryRun })
 *   record.notifications = markSent(record.notifications, delivered, now)
 */
export {
  DEFAULT_NOTIFY_ON,
  NOTIFICATION_EVENTS,
  parseNotifyOn,
  type NotificationEvent
} from './events.js'
export {
  buildNotification,
  requestBody,
  NOTIFICATION_STATUSES,
  type NotificationFacts,
  type NotificationPayload,
  type NotificationStatus
} from './payload.js'
export {
  crossedReminderThresholds,
  markSent,
  noNotificationsSent,
  planNotifications,
  REMINDER_THRESHOLDS,
  type NotificationOccasion,
  type NotificationsSent,
  type PlannedNotification
} from './plan.js'
export {
  deliverNotifications,
  describeOutcome,
  NOTIFY_TIMEOUT_MS,
  sendNotification,
  type NotifyLog,
  type SendOutcome
} from './send.js'
export { isLoopbackHost } from '../core/endpoint.js'
export { notifyUrlSecrets, parseNotifyUrl, type NotifyUrl } from './url.js'

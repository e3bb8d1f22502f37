// A chat service's incoming webhook for the sandbox. See README.md in this folder.
export { startWebhookReceiver } from './receiver.js'
export type {
  WebhookBehaviour,
  WebhookReceiver,
  WebhookReceiverOptions,
  WebhookRequest
} from './receiver.js'

/** The OpenAPI entries of server/features/webhooks, with the event bodies every delivery carries. */
import type { RouteDocGroup } from '@server/core/openapi/route-docs';
import {
  createdWebhook,
  webhook,
  webhookCreate,
  webhookDelivery,
  webhookDeliveryList,
  webhookEventData,
  webhookList,
  webhookUpdate,
} from '@shared/schemas/webhooks';
import { maxWebhookAttempts } from './delivery';

/** One line per event naming the fields of its `data`, read from the schemas so it cannot drift from them. */
const eventLines = Object.entries(webhookEventData)
  .map(([event, data]) => `\`${event}\`: \`{ ${Object.keys(data.shape).join(', ')} }\``)
  .join('; ');

export const webhookDocs: RouteDocGroup = {
  tag: 'Webhooks',
  description:
    'Outgoing webhooks (admins). Each delivery is a JSON POST of `{ id, event, createdAt, data }`, where `id` is ' +
    'the event’s id: the same on every retry and re-send, so de-duplicate on it. It carries `X-Fieldloop-Signature: ' +
    't=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" keyed with the hook’s secret>`; recompute it over ' +
    'the raw bytes, compare in constant time and refuse an old `t`. A 2xx answer within 10 s delivers it; anything ' +
    `else is retried with growing delays (1 s, 2 s, 4 s …) up to ${maxWebhookAttempts} attempts, then the delivery ` +
    'has failed. Deliveries are not ordered. Decisions and merges are sent once their undo window has passed, and ' +
    'not at all if taken back. URLs must be https on public addresses (checked after DNS when saved and on every ' +
    `connection), except in the demo. Events and their \`data\`: ${eventLines}.`,
  routes: {
    'GET /webhooks': { summary: 'The company’s webhooks, without their secrets', response: webhookList },
    'POST /webhooks': {
      summary: 'Subscribe a URL to events; the answer is the only time its signing secret is shown',
      body: webhookCreate,
      status: 201,
      response: createdWebhook,
    },
    'PATCH /webhooks/:id': {
      summary: 'Change the events, or disable (and enable) the hook',
      body: webhookUpdate,
      response: webhook,
    },
    'DELETE /webhooks/:id': {
      summary: 'Delete the hook with its log: nothing more is sent to it, queued deliveries included',
      status: 204,
    },
    'GET /webhooks/:id/deliveries': {
      summary:
        'The hook’s newest 100 deliveries: event, status, last HTTP status, attempts, last error, times',
      response: webhookDeliveryList,
    },
    'POST /webhooks/:id/deliveries/:deliveryId/resend': {
      summary: 'Send a delivery’s event again, as a new delivery with the same event id and body',
      status: 201,
      response: webhookDelivery,
    },
  },
};

/** Webhook and delivery rows → the JSON the API promises (never the secret). */
import type {
  Webhook,
  WebhookDelivery,
  WebhookDeliveryStatus,
  WebhookEventType,
} from '@shared/schemas/webhooks';
import type { DeliveryRow, WebhookRow } from './repo';

export function presentWebhook(row: WebhookRow, makerName: string): Webhook {
  return {
    id: row.id,
    url: row.url,
    events: JSON.parse(row.events) as WebhookEventType[],
    enabled: row.enabled === 1,
    createdAt: row.created_at,
    createdById: row.created_by,
    createdByName: makerName,
  };
}

export function presentDelivery(row: DeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    eventId: row.event_id,
    event: row.event_type as WebhookEventType,
    status: row.status as WebhookDeliveryStatus,
    httpStatus: row.http_status,
    attempts: row.attempts,
    lastError: row.last_error,
    createdAt: row.created_at,
    lastAttemptAt: row.last_attempt_at,
    deliveredAt: row.delivered_at,
    resendOf: row.resend_of,
  };
}

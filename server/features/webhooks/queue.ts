/**
 * Queuing deliveries: an event published in a change's transaction becomes one delivery row and one outbox row
 * per enabled hook subscribed to it, in that same transaction. A re-send queues the same event body again.
 */
import type { TenantDb } from '@server/core/db';
import type { PublishedEvent, PublishOptions } from '@server/core/events';
import { newId, nowIso } from '@server/core/ids';
import { enqueue } from '@server/core/outbox/enqueue';
import type { WebhookEventType } from '@shared/schemas/webhooks';
import { type DeliveryRow, insertDelivery, listWebhookRows } from './repo';

export const webhookDeliveryKind = 'webhook.delivery';

export interface WebhookDeliveryPayload {
  deliveryId: string;
}

/** The outbox row of a delivery; the log checks it to tell a taken-back delivery from a queued one. */
export const outboxKeyOf = (deliveryId: string): string => `${webhookDeliveryKind}:${deliveryId}`;

export async function queueDelivery(
  tx: TenantDb,
  delivery: Pick<DeliveryRow, 'webhook_id' | 'event_id' | 'event_type' | 'body' | 'resend_of'>,
  options: PublishOptions = {},
): Promise<DeliveryRow> {
  const row: DeliveryRow = {
    ...delivery,
    id: newId(),
    status: 'pending',
    attempts: 0,
    http_status: null,
    last_error: null,
    created_at: nowIso(),
    last_attempt_at: null,
    delivered_at: null,
  };
  await insertDelivery(tx, row);
  const payload: WebhookDeliveryPayload = { deliveryId: row.id };
  // Each delivery is its own queue: a receiver that is down holds back none of the others.
  await enqueue(tx, {
    kind: webhookDeliveryKind,
    dedupeKey: outboxKeyOf(row.id),
    orderingKey: outboxKeyOf(row.id),
    payload,
    hold: options.hold,
  });
  return row;
}

/** The event recorder app.ts connects to core/events. */
export async function queueWebhookDeliveries(
  tx: TenantDb,
  event: PublishedEvent,
  options: PublishOptions,
): Promise<void> {
  const hooks = (await listWebhookRows(tx)).filter(
    (hook) => hook.enabled === 1 && (JSON.parse(hook.events) as WebhookEventType[]).includes(event.type),
  );
  if (hooks.length === 0) return;
  const body = JSON.stringify({
    id: event.id,
    event: event.type,
    createdAt: event.createdAt,
    data: event.data,
  });
  for (const hook of hooks) {
    await queueDelivery(
      tx,
      { webhook_id: hook.id, event_id: event.id, event_type: event.type, body, resend_of: null },
      options,
    );
  }
}

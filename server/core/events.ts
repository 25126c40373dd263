/**
 * What happened, for the outside world: a service publishes an event inside the transaction of the change, so the
 * event exists exactly when the change does. Core knows no feature: the composition root (server/app.ts) connects
 * who records events (the webhooks feature queues a delivery per subscribed hook).
 */
import type { WebhookEventData, WebhookEventType } from '@shared/schemas/webhooks';
import type { TenantDb } from './db';
import { newId, nowIso } from './ids';
import type { OutboxHold } from './outbox/hold';

export interface PublishedEvent<T extends WebhookEventType = WebhookEventType> {
  /** The same on every delivery of this event, so receivers can de-duplicate. */
  id: string;
  type: T;
  createdAt: string;
  data: WebhookEventData[T];
}

export interface PublishOptions {
  /** A change that may still be taken back (a decision, a merge) holds its events with its messages. */
  hold?: OutboxHold | undefined;
}

export type EventRecorder = (tx: TenantDb, event: PublishedEvent, options: PublishOptions) => Promise<void>;

let recorders: readonly EventRecorder[] = [];

export function connectEventRecorders(connected: readonly EventRecorder[]): void {
  recorders = connected;
}

export async function publishEvent<T extends WebhookEventType>(
  tx: TenantDb,
  type: T,
  data: WebhookEventData[T],
  options: PublishOptions = {},
): Promise<void> {
  const event = { id: newId(), type, createdAt: nowIso(), data } as PublishedEvent;
  for (const record of recorders) await record(tx, event, options);
}

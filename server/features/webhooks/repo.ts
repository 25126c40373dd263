/** SQL for the tenant's webhooks and their deliveries. */
import type { TenantDb } from '@server/core/db';
import type { WebhookDeliveriesTable, WebhooksTable } from '@server/core/db/tables/webhooks';

export type WebhookRow = Omit<WebhooksTable, 'tenant_id'>;
export type DeliveryRow = Omit<WebhookDeliveriesTable, 'tenant_id'>;

/** How many deliveries the log shows, newest first. */
export const deliveryLogLength = 100;

export async function insertWebhook(tdb: TenantDb, row: WebhookRow): Promise<void> {
  await tdb.insertInto('webhooks', row).execute();
}

/** Every hook, newest first; with `id`, that one only. */
export function listWebhookRows(tdb: TenantDb, id?: string): Promise<WebhookRow[]> {
  let query = tdb
    .selectFrom('webhooks')
    .select([
      'webhooks.id',
      'webhooks.url',
      'webhooks.events',
      'webhooks.secret_sealed',
      'webhooks.enabled',
      'webhooks.created_by',
      'webhooks.created_at',
      'webhooks.updated_at',
    ])
    .orderBy('webhooks.created_at', 'desc')
    .orderBy('webhooks.id', 'desc');
  if (id) query = query.where('webhooks.id', '=', id);
  return query.execute();
}

export async function updateWebhook(
  tdb: TenantDb,
  id: string,
  changes: Partial<Pick<WebhookRow, 'events' | 'enabled' | 'updated_at'>>,
): Promise<void> {
  await tdb.updateTable('webhooks').set(changes).where('id', '=', id).execute();
}

/** The hook and its delivery log; queued outbox rows for it find nothing and send nothing. */
export async function deleteWebhook(tdb: TenantDb, id: string): Promise<void> {
  await tdb.deleteFrom('webhook_deliveries').where('webhook_id', '=', id).execute();
  await tdb.deleteFrom('webhooks').where('id', '=', id).execute();
}

export async function insertDelivery(tdb: TenantDb, row: DeliveryRow): Promise<void> {
  await tdb.insertInto('webhook_deliveries', row).execute();
}

const deliveryColumns = [
  'webhook_deliveries.id',
  'webhook_deliveries.webhook_id',
  'webhook_deliveries.event_id',
  'webhook_deliveries.event_type',
  'webhook_deliveries.body',
  'webhook_deliveries.status',
  'webhook_deliveries.attempts',
  'webhook_deliveries.http_status',
  'webhook_deliveries.last_error',
  'webhook_deliveries.resend_of',
  'webhook_deliveries.created_at',
  'webhook_deliveries.last_attempt_at',
  'webhook_deliveries.delivered_at',
] as const;

export function findDelivery(tdb: TenantDb, webhookId: string, id: string): Promise<DeliveryRow | undefined> {
  return tdb
    .selectFrom('webhook_deliveries')
    .select(deliveryColumns)
    .where('webhook_deliveries.webhook_id', '=', webhookId)
    .where('webhook_deliveries.id', '=', id)
    .executeTakeFirst();
}

export function listDeliveryRows(tdb: TenantDb, webhookId: string): Promise<DeliveryRow[]> {
  return tdb
    .selectFrom('webhook_deliveries')
    .select(deliveryColumns)
    .where('webhook_deliveries.webhook_id', '=', webhookId)
    .orderBy('webhook_deliveries.created_at', 'desc')
    .orderBy('webhook_deliveries.id', 'desc')
    .limit(deliveryLogLength)
    .execute();
}

/** What the outbox handler needs to send one delivery: the row, and its hook's URL, secret and state. */
export function findDeliveryTarget(tdb: TenantDb, id: string) {
  return tdb
    .selectFrom('webhook_deliveries')
    .innerJoin('webhooks', (join) =>
      join
        .onRef('webhooks.tenant_id', '=', 'webhook_deliveries.tenant_id')
        .onRef('webhooks.id', '=', 'webhook_deliveries.webhook_id'),
    )
    .select([
      'webhook_deliveries.id',
      'webhook_deliveries.event_id',
      'webhook_deliveries.event_type',
      'webhook_deliveries.body',
      'webhook_deliveries.status',
      'webhook_deliveries.attempts',
      'webhooks.url',
      'webhooks.secret_sealed',
      'webhooks.enabled',
    ])
    .where('webhook_deliveries.id', '=', id)
    .executeTakeFirst();
}

export async function recordAttempt(
  tdb: TenantDb,
  id: string,
  attempt: Pick<
    DeliveryRow,
    'status' | 'attempts' | 'http_status' | 'last_error' | 'last_attempt_at' | 'delivered_at'
  >,
): Promise<void> {
  await tdb.updateTable('webhook_deliveries').set(attempt).where('id', '=', id).execute();
}

/**
 * Of these outbox keys, the ones still queued. A change taken back within its undo window (a decision, a merge)
 * drops its held outbox rows, deliveries included; their log rows then have no outbox row left.
 */
export async function queuedOutboxKeys(tdb: TenantDb, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await tdb
    .selectFrom('outbox')
    .select('outbox.dedupe_key')
    .where('outbox.dedupe_key', 'in', keys)
    .execute();
  return new Set(rows.map((row) => row.dedupe_key));
}

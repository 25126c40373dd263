/**
 * Webhooks: an admin subscribes a URL to events (the signing secret shown once), lists, changes and deletes hooks,
 * reads a hook's delivery log and re-sends a delivery (the same event, so the receiver can de-duplicate).
 */
import { randomBytes } from 'node:crypto';
import { recordAudit } from '@server/core/audit';
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { notFound } from '@server/core/errors';
import { newId, nowIso } from '@server/core/ids';
import type { OutboundGuard } from '@server/core/outbound-url';
import { authorize } from '@server/core/policy';
import type { SecretBox } from '@server/core/secrets';
import type {
  CreatedWebhook,
  Webhook,
  WebhookDelivery,
  WebhookDeliveryList,
  WebhookList,
  webhookCreate,
  webhookUpdate,
} from '@shared/schemas/webhooks';
import type { z } from 'zod';
import { namesOf } from '../users/service';
import { canManageWebhooks } from './policy';
import { presentDelivery, presentWebhook } from './present';
import { outboxKeyOf, queueDelivery } from './queue';
import {
  deleteWebhook,
  findDelivery,
  insertWebhook,
  listDeliveryRows,
  listWebhookRows,
  queuedOutboxKeys,
  updateWebhook,
  type WebhookRow,
} from './repo';

export interface WebhookDeps {
  box: SecretBox;
  outbound: OutboundGuard;
}

/** Every secret starts so, which lets secret scanners and people recognise a leaked one. */
const secretPrefix = 'whsec_';

async function mustFindHook(tdb: TenantDb, id: string): Promise<WebhookRow> {
  const [row] = await listWebhookRows(tdb, id);
  if (!row) throw notFound();
  return row;
}

async function present(tdb: TenantDb, rows: WebhookRow[]): Promise<Webhook[]> {
  const makers = await namesOf(
    tdb,
    rows.map((row) => row.created_by),
  );
  return rows.map((row) => presentWebhook(row, makers.get(row.created_by) ?? ''));
}

export async function createWebhook(
  tdb: TenantDb,
  actor: Actor,
  deps: WebhookDeps,
  input: z.output<typeof webhookCreate>,
): Promise<CreatedWebhook> {
  authorize(canManageWebhooks(actor));
  await deps.outbound.check(input.url, 'url');
  const secret = `${secretPrefix}${randomBytes(24).toString('base64url')}`;
  const id = newId();
  const now = nowIso();
  await tdb.transaction(async (tx) => {
    await insertWebhook(tx, {
      id,
      url: input.url,
      events: JSON.stringify(input.events),
      secret_sealed: deps.box.seal(secret),
      enabled: 1,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    });
    await recordAudit(tx, actor, {
      action: 'webhook.create',
      objectType: 'webhook',
      objectId: id,
      data: { url: input.url, events: input.events },
    });
  });
  return { id, secret };
}

export async function listWebhooks(tdb: TenantDb, actor: Actor): Promise<WebhookList> {
  authorize(canManageWebhooks(actor));
  return { items: await present(tdb, await listWebhookRows(tdb)) };
}

export async function changeWebhook(
  tdb: TenantDb,
  actor: Actor,
  id: string,
  input: z.output<typeof webhookUpdate>,
): Promise<Webhook> {
  authorize(canManageWebhooks(actor));
  await mustFindHook(tdb, id);
  await tdb.transaction(async (tx) => {
    await updateWebhook(tx, id, {
      updated_at: nowIso(),
      ...(input.events ? { events: JSON.stringify(input.events) } : {}),
      ...(input.enabled === undefined ? {} : { enabled: input.enabled ? 1 : 0 }),
    });
    await recordAudit(tx, actor, {
      action: 'webhook.update',
      objectType: 'webhook',
      objectId: id,
      data: input,
    });
  });
  const [hook] = await present(tdb, [await mustFindHook(tdb, id)]);
  if (!hook) throw notFound();
  return hook;
}

/** Deliveries not yet sent are dropped with the hook: nothing more reaches its URL. */
export async function removeWebhook(tdb: TenantDb, actor: Actor, id: string): Promise<void> {
  authorize(canManageWebhooks(actor));
  const hook = await mustFindHook(tdb, id);
  await tdb.transaction(async (tx) => {
    await deleteWebhook(tx, id);
    await recordAudit(tx, actor, {
      action: 'webhook.delete',
      objectType: 'webhook',
      objectId: id,
      data: { url: hook.url },
    });
  });
}

/** The newest deliveries; one whose change was taken back within its undo window was never sent and is left out. */
export async function listDeliveries(
  tdb: TenantDb,
  actor: Actor,
  webhookId: string,
): Promise<WebhookDeliveryList> {
  authorize(canManageWebhooks(actor));
  await mustFindHook(tdb, webhookId);
  const rows = await listDeliveryRows(tdb, webhookId);
  const pending = rows.filter((row) => row.status === 'pending').map((row) => outboxKeyOf(row.id));
  const queued = await queuedOutboxKeys(tdb, pending);
  const shown = rows.filter((row) => row.status !== 'pending' || queued.has(outboxKeyOf(row.id)));
  return { items: shown.map(presentDelivery) };
}

export async function resendDelivery(
  tdb: TenantDb,
  actor: Actor,
  ids: { webhookId: string; deliveryId: string },
): Promise<WebhookDelivery> {
  authorize(canManageWebhooks(actor));
  await mustFindHook(tdb, ids.webhookId);
  const original = await findDelivery(tdb, ids.webhookId, ids.deliveryId);
  if (!original) throw notFound();
  const queued = await tdb.transaction(async (tx) => {
    const row = await queueDelivery(tx, {
      webhook_id: original.webhook_id,
      event_id: original.event_id,
      event_type: original.event_type,
      body: original.body,
      resend_of: original.id,
    });
    await recordAudit(tx, actor, {
      action: 'webhook.resend',
      objectType: 'webhook',
      objectId: ids.webhookId,
      data: { deliveryId: original.id, eventId: original.event_id },
    });
    return row;
  });
  return presentDelivery(queued);
}

/**
 * Messages handed to a platform, one row per outbox message: the pacing count every instance shares, and the
 * delivery state an admin sees in a person's message history.
 */
import { createHash } from 'node:crypto';
import type { TenantDb } from '@server/core/db';
import { newId } from '@server/core/ids';
import { type RecentSend, sendLookbackMs } from '@server/platforms/send-limits';
import type { DeliveryReport, OutgoingMessage } from '@server/platforms/types';

/** What a platform compares to call two messages identical: everything a person would see. */
export function contentHashOf(message: OutgoingMessage): string {
  const { dedupeKey: _key, ...shown } = message;
  return createHash('sha256').update(JSON.stringify(shown)).digest('hex').slice(0, 32);
}

export async function recentSends(
  tdb: TenantDb,
  target: { connectionId: string; recipient: string; outboxId: string },
  now: number,
): Promise<RecentSend[]> {
  const rows = await tdb
    .selectFrom('platform_sends')
    .select(['sent_at', 'content_hash'])
    .where('connection_id', '=', target.connectionId)
    .where('recipient', '=', target.recipient)
    .where('outbox_id', '!=', target.outboxId)
    .where('sent_at', '>', new Date(now - sendLookbackMs).toISOString())
    .execute();
  return rows.map((row) => ({ sentAt: Date.parse(row.sent_at), contentHash: row.content_hash }));
}

/** Counted before the call, so a crash after the platform accepted still counts; a retry keeps one row. */
export async function reserveSend(
  tdb: TenantDb,
  send: { outboxId: string; connectionId: string; recipient: string; contentHash: string; at: number },
): Promise<void> {
  await forgetSend(tdb, send.outboxId);
  await tdb
    .insertInto('platform_sends', {
      id: newId(),
      outbox_id: send.outboxId,
      connection_id: send.connectionId,
      recipient: send.recipient,
      content_hash: send.contentHash,
      sent_at: new Date(send.at).toISOString(),
      platform_message_id: null,
      delivery: 'sending',
      delivery_reason: null,
      checked_at: null,
    })
    .execute();
}

/** The platform refused the call: nothing reached the person, so it does not count. */
export async function forgetSend(tdb: TenantDb, outboxId: string): Promise<void> {
  await tdb.deleteFrom('platform_sends').where('outbox_id', '=', outboxId).execute();
}

export async function markAccepted(
  tdb: TenantDb,
  outboxId: string,
  platformMessageId: string | null,
): Promise<void> {
  await tdb
    .updateTable('platform_sends')
    .set({ delivery: 'accepted', platform_message_id: platformMessageId })
    .where('outbox_id', '=', outboxId)
    .execute();
}

/** When the message was handed to the platform, or undefined if it never was. */
export async function findSend(tdb: TenantDb, outboxId: string): Promise<{ sentAt: string } | undefined> {
  const row = await tdb
    .selectFrom('platform_sends')
    .select('sent_at')
    .where('outbox_id', '=', outboxId)
    .executeTakeFirst();
  return row ? { sentAt: row.sent_at } : undefined;
}

export async function markDelivery(
  tdb: TenantDb,
  outboxId: string,
  report: DeliveryReport,
  at: number,
): Promise<void> {
  await tdb
    .updateTable('platform_sends')
    .set({ delivery: report.state, delivery_reason: report.reason, checked_at: new Date(at).toISOString() })
    .where('outbox_id', '=', outboxId)
    .execute();
}

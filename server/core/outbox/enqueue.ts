/** Writes a message to the outbox inside the caller's transaction; the worker delivers it after commit. */
import type { TenantDb } from '../db';
import { newId, nowIso } from '../ids';

export interface OutboxEntry {
  kind: string;
  /** Same key, same message: a second enqueue is ignored, so retries of the causing request never send twice. */
  dedupeKey: string;
  /** Entries sharing this key (a recipient) are delivered in the order they were written. */
  orderingKey: string;
  payload: unknown;
  /** Not delivered before this moment (epoch ms); default now. */
  notBefore?: number;
}

export async function enqueue(tx: TenantDb, entry: OutboxEntry): Promise<void> {
  const now = nowIso();
  await tx
    .insertInto('outbox', {
      id: newId(),
      dedupe_key: entry.dedupeKey,
      ordering_key: entry.orderingKey,
      kind: entry.kind,
      payload: JSON.stringify(entry.payload),
      status: 'pending',
      attempts: 0,
      next_attempt_at: entry.notBefore === undefined ? now : new Date(entry.notBefore).toISOString(),
      lease_until: null,
      last_error: null,
      result: null,
      created_at: now,
      finished_at: null,
    })
    .onConflict((conflict) => conflict.columns(['tenant_id', 'dedupe_key']).doNothing())
    .execute();
}

/** Writes a message to the outbox inside the caller's transaction; the worker delivers it after commit. */
import type { TenantDb } from '../db';
import { newId, nowIso } from '../ids';
import type { OutboxHold } from './hold';

export interface OutboxEntry {
  kind: string;
  /** Same key, same message: a second enqueue is ignored, so retries of the causing request never send twice. */
  dedupeKey: string;
  /** Entries sharing this key (a recipient) are delivered in the order they were written. */
  orderingKey: string;
  payload: unknown;
  /** Held back until the change that queued it can no longer be taken back. */
  hold?: OutboxHold | undefined;
  /** Entries with one batch key and one ordering key, due together, are delivered as one (see batch.ts). */
  batchKey?: string | undefined;
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
      next_attempt_at: now,
      lease_until: null,
      last_error: null,
      result: null,
      created_at: now,
      finished_at: null,
      not_before: entry.hold?.until ?? null,
      hold_key: entry.hold?.key ?? null,
      batch_key: entry.batchKey ?? null,
      digested_into: null,
    })
    .onConflict((conflict) => conflict.columns(['tenant_id', 'dedupe_key']).doNothing())
    .execute();
}

/** Held messages: queued by a change that may still be taken back, and sent only once that can no longer happen. */
import type { TenantDb } from '../db';

export interface OutboxHold {
  /** Names the change (e.g. `requirement.decision:<id>`); every message it queued carries it. */
  key: string;
  /** ISO time the worker may send from. */
  until: string;
}

/**
 * Drops the messages a change queued, if none of them has gone out or is on its way. Answers false when one has:
 * the caller then refuses the undo (and its transaction leaves everything as it was).
 */
export async function dropHeld(tx: TenantDb, holdKey: string): Promise<boolean> {
  const rows = await tx
    .selectFrom('outbox')
    .select(['status', 'attempts', 'lease_until'])
    .where('hold_key', '=', holdKey)
    .execute();
  if (rows.some((row) => row.status !== 'pending' || row.attempts > 0 || row.lease_until !== null))
    return false;
  if (rows.length === 0) return true;
  // A worker claiming a row between the read and this delete leases it first, so the delete then misses it.
  const dropped = await tx
    .deleteFrom('outbox')
    .where('hold_key', '=', holdKey)
    .where('status', '=', 'pending')
    .where('attempts', '=', 0)
    .where('lease_until', 'is', null)
    .executeTakeFirst();
  return Number(dropped.numDeletedRows) === rows.length;
}

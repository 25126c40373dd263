/**
 * Batched rows: a change that touches many things at once (a bulk decision, merges into one requirement) queues one
 * held row per thing and person, each undoable on its own. When the first of a person's batch is claimed, it waits
 * for the rest of the batch to come due, then folds every row still there (an undone change's rows are gone) into
 * itself, so the person gets one message. Rows behind it for the same person are never claimed meanwhile (the
 * queue's ordering rule), so no other worker sends one of them alone.
 */
import type { TenantDb } from '../db';
import { nowIso } from '../ids';

export interface BatchMate {
  id: string;
  payload: string;
}

export type BatchState = { heldUntil: number } | { heldUntil: null; due: BatchMate[] };

/** The other pending rows of this row's batch for its recipient: the time the last one is held to, or the due ones. */
export async function batchMatesOf(tdb: TenantDb, outboxId: string, now: number): Promise<BatchState> {
  const row = await tdb
    .selectFrom('outbox')
    .select(['ordering_key', 'batch_key'])
    .where('id', '=', outboxId)
    .executeTakeFirst();
  if (!row?.batch_key) return { heldUntil: null, due: [] };
  const mates = await tdb
    .selectFrom('outbox')
    .select(['id', 'payload', 'not_before'])
    .where('ordering_key', '=', row.ordering_key)
    .where('batch_key', '=', row.batch_key)
    .where('status', '=', 'pending')
    .where('id', '!=', outboxId)
    .orderBy('id')
    .execute();
  const held = mates
    .map((mate) => (mate.not_before ? Date.parse(mate.not_before) : 0))
    .filter((at) => at > now);
  if (held.length > 0) return { heldUntil: Math.max(...held) };
  return { heldUntil: null, due: mates.map(({ id, payload }) => ({ id, payload })) };
}

/**
 * In one transaction: marks each mate as carried by `leaderId` (skipping any that an undo dropped or a worker took
 * meanwhile) and gives the leader the payload built from the ones it now carries. Answers that payload.
 */
export async function foldIntoLeader<Payload>(
  tdb: TenantDb,
  leaderId: string,
  mates: BatchMate[],
  combine: (folded: BatchMate[]) => Payload,
): Promise<Payload> {
  return tdb.transaction(async (tx) => {
    const folded: BatchMate[] = [];
    for (const mate of mates) {
      const taken = await tx
        .updateTable('outbox')
        .set({ status: 'sent', digested_into: leaderId, finished_at: nowIso() })
        .where('id', '=', mate.id)
        .where('status', '=', 'pending')
        .where('attempts', '=', 0)
        .where('lease_until', 'is', null)
        .executeTakeFirst();
      if (Number(taken.numUpdatedRows) === 1) folded.push(mate);
    }
    const payload = combine(folded);
    await tx
      .updateTable('outbox')
      .set({ payload: JSON.stringify(payload) })
      .where('id', '=', leaderId)
      .execute();
    return payload;
  });
}

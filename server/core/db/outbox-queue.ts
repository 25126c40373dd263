/**
 * The outbox worker's cross-tenant queries. A row is claimed by moving its lease forward, so two workers never
 * send the same row, and a row is only claimable when no earlier row for the same recipient is still pending.
 */
import { sql } from 'kysely';
import type { RootDb } from './connection';

export interface ClaimedRow {
  id: string;
  tenantId: string;
  kind: string;
  payload: string;
  attempts: number;
}

export async function claimDue(
  db: RootDb,
  options: { now: string; leaseUntil: string; limit: number },
): Promise<ClaimedRow[]> {
  const candidates = await db
    .selectFrom('outbox as o')
    .select(['o.id', 'o.tenant_id as tenantId', 'o.kind', 'o.payload', 'o.attempts'])
    .where('o.status', '=', 'pending')
    .where('o.next_attempt_at', '<=', options.now)
    .where((eb) => eb.or([eb('o.not_before', 'is', null), eb('o.not_before', '<=', options.now)]))
    .where((eb) => eb.or([eb('o.lease_until', 'is', null), eb('o.lease_until', '<', options.now)]))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('outbox as earlier')
            .select(sql`1`.as('one'))
            .whereRef('earlier.tenant_id', '=', 'o.tenant_id')
            .whereRef('earlier.ordering_key', '=', 'o.ordering_key')
            .whereRef('earlier.id', '<', 'o.id')
            .where('earlier.status', '=', 'pending'),
        ),
      ),
    )
    .orderBy('o.id')
    .limit(options.limit)
    .execute();
  const claimed: ClaimedRow[] = [];
  for (const row of candidates) {
    const result = await db
      .updateTable('outbox')
      .set({ lease_until: options.leaseUntil })
      .where('id', '=', row.id)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', options.now)]))
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 1) claimed.push(row);
  }
  return claimed;
}

export async function markSent(
  db: RootDb,
  id: string,
  update: { attempts: number; result: string; at: string },
): Promise<void> {
  await db
    .updateTable('outbox')
    .set({
      status: 'sent',
      attempts: update.attempts,
      result: update.result,
      finished_at: update.at,
      lease_until: null,
      last_error: null,
    })
    .where('id', '=', id)
    .execute();
}

export async function markRetry(
  db: RootDb,
  id: string,
  update: { attempts: number; nextAttemptAt: string; error: string },
): Promise<void> {
  await db
    .updateTable('outbox')
    .set({
      attempts: update.attempts,
      next_attempt_at: update.nextAttemptAt,
      last_error: update.error,
      lease_until: null,
    })
    .where('id', '=', id)
    .execute();
}

export async function markFailed(
  db: RootDb,
  id: string,
  update: { attempts: number; error: string; at: string },
) {
  await db
    .updateTable('outbox')
    .set({
      status: 'failed',
      attempts: update.attempts,
      last_error: update.error,
      finished_at: update.at,
      lease_until: null,
    })
    .where('id', '=', id)
    .execute();
}

import { type DatabaseHandle, TenantDb } from '@server/core/db';
import { insertTenant } from '@server/core/db/unscoped';
import { createLogger } from '@server/core/log';
import { openTestDatabase } from '@test/helpers/database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchMatesOf, foldIntoLeader } from './batch';
import { enqueue } from './enqueue';
import { dropHeld } from './hold';
import { NotYet, OutboxWorker } from './worker';

let database: DatabaseHandle;
let tdb: TenantDb;
let clock = Date.now();

beforeAll(async () => {
  database = await openTestDatabase();
  await insertTenant(database.db, {
    tenantId: 'tenant-b',
    name: 'b',
    isDemo: false,
    createdAt: '2026-01-01T00:00:00Z',
  });
  tdb = new TenantDb(database.db, 'tenant-b');
});
afterAll(() => database.close());

/** A platform that sends each row's lines, folding the rest of its batch into it as the digest handler does. */
function batchingPlatform() {
  const platform = {
    sent: [] as string[][],
    handler: async (_tenantId: string, payload: unknown, row: { id: string }) => {
      const batch = await batchMatesOf(tdb, row.id, clock);
      if (batch.heldUntil !== null) throw new NotYet(batch.heldUntil, 'rest of the batch held');
      const own = payload as { lines: string[] };
      const folded = await foldIntoLeader(tdb, row.id, batch.due, (mates) => ({
        lines: [...own.lines, ...mates.flatMap((mate) => (JSON.parse(mate.payload) as typeof own).lines)],
      }));
      platform.sent.push(folded.lines);
    },
  };
  return platform;
}

async function queue(key: string, options: { batchKey?: string; heldFor?: number } = {}) {
  await enqueue(tdb, {
    kind: 'note',
    dedupeKey: key,
    orderingKey: 'user:batch',
    payload: { lines: [key] },
    batchKey: options.batchKey,
    hold: { key: `change:${key}`, until: new Date(clock + (options.heldFor ?? 10_000)).toISOString() },
  });
}

describe('a batch', () => {
  it('goes as one once its last row is due, without the rows dropped meanwhile, and is no longer droppable', async () => {
    const platform = batchingPlatform();
    await queue('a', { batchKey: 'bulk-1' });
    await queue('b', { batchKey: 'bulk-1' });
    await queue('c', { batchKey: 'bulk-1', heldFor: 12_000 });
    await queue('d', { batchKey: 'bulk-1' });
    await queue('other', { batchKey: 'bulk-2' });
    expect(await dropHeld(tdb, 'change:b')).toBe(true);
    const outbox = new OutboxWorker(database.db, { note: platform.handler }, createLogger('silent'), {
      pollMs: 10,
      now: () => clock,
    });
    clock += 10_000;
    await outbox.runOnce();
    expect(platform.sent).toEqual([]);
    clock += 2_000;
    while ((await outbox.runOnce()) > 0);
    expect(platform.sent).toEqual([['a', 'c', 'd'], ['other']]);
    expect(await dropHeld(tdb, 'change:d')).toBe(false);
    const rows = await tdb
      .selectFrom('outbox')
      .select(['dedupe_key', 'status', 'digested_into'])
      .where('ordering_key', '=', 'user:batch')
      .orderBy('id')
      .execute();
    const leader = await tdb
      .selectFrom('outbox')
      .select('id')
      .where('dedupe_key', '=', 'a')
      .executeTakeFirst();
    expect(rows).toEqual([
      { dedupe_key: 'a', status: 'sent', digested_into: null },
      { dedupe_key: 'c', status: 'sent', digested_into: leader?.id },
      { dedupe_key: 'd', status: 'sent', digested_into: leader?.id },
      { dedupe_key: 'other', status: 'sent', digested_into: null },
    ]);
  });
});

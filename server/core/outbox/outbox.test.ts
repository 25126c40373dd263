import { type DatabaseHandle, TenantDb } from '@server/core/db';
import { insertTenant } from '@server/core/db/unscoped';
import { createLogger } from '@server/core/log';
import { openTestDatabase } from '@test/helpers/database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueue } from './enqueue';
import { OutboxWorker, PermanentFailure } from './worker';

let database: DatabaseHandle;
let tdb: TenantDb;
/** The worker's clock; enqueue stamps real time, so it starts there and the tests move it forward. */
let clock = Date.now();

beforeAll(async () => {
  database = await openTestDatabase();
  await insertTenant(database.db, {
    tenantId: 'tenant-o',
    name: 'o',
    isDemo: false,
    createdAt: '2026-01-01T00:00:00Z',
  });
  tdb = new TenantDb(database.db, 'tenant-o');
});
afterAll(() => database.close());

/** A recipient platform that refuses the first `failures` deliveries, then accepts, recording what it got. */
function flakyPlatform(failures: number) {
  const platform = {
    delivered: [] as string[],
    attempts: 0,
    handler: async (_tenantId: string, payload: unknown) => {
      platform.attempts += 1;
      if (platform.attempts <= failures) throw new Error('platform unavailable');
      const { text } = payload as { text: string };
      if (text === 'refused') throw new PermanentFailure('recipient left the company');
      platform.delivered.push(text);
      return { messageId: `m${platform.delivered.length}` };
    },
  };
  return platform;
}

const worker = (handler: ReturnType<typeof flakyPlatform>['handler']) =>
  new OutboxWorker(database.db, { note: handler }, createLogger('silent'), {
    pollMs: 10,
    baseDelayMs: 1000,
    now: () => clock,
  });

async function drain(outbox: OutboxWorker, passes = 20): Promise<void> {
  for (let i = 0; i < passes; i++) {
    await outbox.runOnce();
    clock += 60_000;
  }
}

describe('outbox', () => {
  it('delivers each message once and in order per recipient, through an outage', async () => {
    const platform = flakyPlatform(3);
    for (const text of ['一', '二', '三']) {
      await enqueue(tdb, { kind: 'note', dedupeKey: `a-${text}`, orderingKey: 'user:a', payload: { text } });
    }
    await enqueue(tdb, { kind: 'note', dedupeKey: 'a-一', orderingKey: 'user:a', payload: { text: '一' } });
    await drain(worker(platform.handler));
    expect(platform.delivered).toEqual(['一', '二', '三']);
    const rows = await tdb
      .selectFrom('outbox')
      .select(['status', 'attempts'])
      .where('ordering_key', '=', 'user:a')
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { status: 'sent', attempts: 4 },
      { status: 'sent', attempts: 1 },
      { status: 'sent', attempts: 1 },
    ]);
  });

  it('waits longer after each failure', async () => {
    const platform = flakyPlatform(2);
    await enqueue(tdb, { kind: 'note', dedupeKey: 'b-1', orderingKey: 'user:b', payload: { text: 'b' } });
    const outbox = worker(platform.handler);
    const startedAt = clock;
    await outbox.runOnce();
    const first = await tdb
      .selectFrom('outbox')
      .select('next_attempt_at')
      .where('dedupe_key', '=', 'b-1')
      .executeTakeFirstOrThrow();
    clock = Date.parse(first.next_attempt_at);
    await outbox.runOnce();
    const second = await tdb
      .selectFrom('outbox')
      .select('next_attempt_at')
      .where('dedupe_key', '=', 'b-1')
      .executeTakeFirstOrThrow();
    expect(Date.parse(first.next_attempt_at) - startedAt).toBeGreaterThanOrEqual(800);
    expect(Date.parse(second.next_attempt_at) - clock).toBeGreaterThanOrEqual(1600);
    await drain(outbox, 3);
    expect(platform.delivered).toEqual(['b']);
  });

  it('gives up on a message the platform refuses for good, without holding back the next one', async () => {
    const platform = flakyPlatform(0);
    await enqueue(tdb, {
      kind: 'note',
      dedupeKey: 'c-1',
      orderingKey: 'user:c',
      payload: { text: 'refused' },
    });
    await enqueue(tdb, { kind: 'note', dedupeKey: 'c-2', orderingKey: 'user:c', payload: { text: 'after' } });
    await drain(worker(platform.handler), 3);
    const rows = await tdb
      .selectFrom('outbox')
      .select(['status', 'last_error'])
      .where('ordering_key', '=', 'user:c')
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { status: 'failed', last_error: 'recipient left the company' },
      { status: 'sent', last_error: null },
    ]);
    expect(platform.delivered).toEqual(['after']);
  });

  it('waits out a throttle past the attempts an outage gets, then delivers once', async () => {
    const throttle = Object.assign(new Error('over the limit, wait'), { isThrottle: true });
    const outcomes: string[] = [];
    const handler = (failure: Error, times: number) => {
      let calls = 0;
      return async (_tenantId: string, payload: unknown) => {
        calls += 1;
        if (calls <= times) throw failure;
        outcomes.push((payload as { text: string }).text);
      };
    };
    const limited = (fail: ReturnType<typeof handler>) =>
      new OutboxWorker(database.db, { note: fail }, createLogger('silent'), {
        pollMs: 10,
        maxAttempts: 3,
        now: () => clock,
      });
    await enqueue(tdb, { kind: 'note', dedupeKey: 'e-1', orderingKey: 'user:e', payload: { text: 'e' } });
    await drain(limited(handler(throttle, 6)), 10);
    await enqueue(tdb, { kind: 'note', dedupeKey: 'f-1', orderingKey: 'user:f', payload: { text: 'f' } });
    await drain(limited(handler(new Error('platform unavailable'), 6)), 10);
    const rows = await tdb
      .selectFrom('outbox')
      .select(['dedupe_key', 'status', 'attempts'])
      .where('dedupe_key', 'in', ['e-1', 'f-1'])
      .orderBy('dedupe_key')
      .execute();
    expect(rows).toEqual([
      { dedupe_key: 'e-1', status: 'sent', attempts: 7 },
      { dedupe_key: 'f-1', status: 'failed', attempts: 3 },
    ]);
    expect(outcomes).toEqual(['e']);
  });

  it('holds a message until its not-before time, and what follows it to the same person waits behind it', async () => {
    const platform = flakyPlatform(0);
    const until = new Date(clock + 10_000).toISOString();
    await enqueue(tdb, {
      kind: 'note',
      dedupeKey: 'h-1',
      orderingKey: 'user:h',
      payload: { text: 'held' },
      hold: { key: 'change:h', until },
    });
    await enqueue(tdb, { kind: 'note', dedupeKey: 'h-2', orderingKey: 'user:h', payload: { text: 'next' } });
    const outbox = worker(platform.handler);
    await outbox.runOnce();
    clock += 9_000;
    await outbox.runOnce();
    expect(platform.delivered).toEqual([]);
    clock += 1_000;
    await outbox.runOnce();
    await outbox.runOnce();
    expect(platform.delivered).toEqual(['held', 'next']);
  });

  it('never lets two workers send the same message', async () => {
    const platform = flakyPlatform(0);
    await enqueue(tdb, { kind: 'note', dedupeKey: 'd-1', orderingKey: 'user:d', payload: { text: 'd' } });
    await Promise.all([worker(platform.handler).runOnce(), worker(platform.handler).runOnce()]);
    expect(platform.delivered).toEqual(['d']);
  });
});

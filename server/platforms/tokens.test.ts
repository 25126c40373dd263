import type { DatabaseHandle } from '@server/core/db';
import { TenantDb } from '@server/core/db';
import { insertTenant } from '@server/core/db/unscoped';
import { secretBox } from '@server/core/secrets';
import { openTestDatabase } from '@test/helpers/database';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseTokenStore, RedisTokenStore, type TokenStore } from './token-stores';
import { TokenCache, type TokenCacheOptions, type TokenKey } from './tokens';

let database: DatabaseHandle;
const tenantId = `tokens-${Date.now()}`;
/** The Redis every machine of this project runs locally (REDIS_URL overrides). */
const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { lazyConnect: true });
let tdb: TenantDb;
const box = secretBox(Buffer.alloc(32, 3).toString('base64'));
let sequence = 0;

async function newConnection(): Promise<TokenKey> {
  const id = `conn-${++sequence}-${Date.now()}`;
  await tdb
    .insertInto('platform_connections', {
      id,
      platform: 'dingtalk',
      external_key: id,
      agent_id: '',
      public_settings: '{}',
      secret_settings: '{}',
      enabled: 1,
      last_test_ok: null,
      last_test_at: null,
      last_test_message: null,
      created_at: '2026-01-01T00:00:00Z',
      updated_at: '2026-01-01T00:00:00Z',
    })
    .execute();
  return { platform: 'dingtalk', connectionId: id, kind: 'app' };
}

/** A stand-in for the platform's token endpoint that counts its callers and answers slowly, like a network. */
function tokenEndpoint(lifetimeMs = 7_200_000) {
  const endpoint = {
    calls: 0,
    fetch: async () => {
      endpoint.calls += 1;
      await new Promise((resolve) => setTimeout(resolve, 30));
      return { value: `token-${endpoint.calls}`, expiresAt: Date.now() + lifetimeMs };
    },
  };
  return endpoint;
}

const HOUR = 3_600_000;
const MINUTE = 60_000;

/**
 * DingTalk's JS-API ticket endpoint (§2.4): a fetch while the ticket lives renews it for 2 h and answers 7200 s,
 * but the ticket dies 24 h after its creation whatever the renewals; then a fetch creates a new one.
 */
function cappedTicketEndpoint(clock: { now: number }) {
  const endpoint = {
    calls: 0,
    created: 0,
    diesAt: 0,
    serial: 0,
    fetch: async () => {
      endpoint.calls += 1;
      if (clock.now >= endpoint.diesAt) {
        endpoint.serial += 1;
        endpoint.created = clock.now;
      }
      endpoint.diesAt = Math.min(clock.now + 2 * HOUR, endpoint.created + 24 * HOUR);
      return {
        value: `ticket-${endpoint.serial}`,
        expiresAt: clock.now + 2 * HOUR,
        maxLifetimeMs: 24 * HOUR,
      };
    },
  };
  return endpoint;
}

beforeAll(async () => {
  database = await openTestDatabase();
  await insertTenant(database.db, {
    tenantId,
    name: 'tokens',
    isDemo: false,
    createdAt: '2026-01-01T00:00:00Z',
  });
  tdb = new TenantDb(database.db, tenantId);
});
afterAll(async () => {
  const keys = await redis.keys(`fieldloop:token:${tenantId}:*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
  await database.close();
});

describe.each([
  ['the database', () => new DatabaseTokenStore()],
  ['Redis', () => new RedisTokenStore(redis)],
])('TokenCache over %s', (_name, makeStore) => {
  let store: TokenStore;
  beforeAll(() => {
    store = makeStore();
  });
  const newCache = (options?: TokenCacheOptions) => new TokenCache(box, store, options);

  it('fetches once for 50 concurrent callers spread over two server instances', async () => {
    const key = await newConnection();
    const endpoint = tokenEndpoint();
    const first = newCache();
    const second = newCache();
    const tokens = await Promise.all(
      Array.from({ length: 50 }, (_, i) => (i % 2 ? first : second).get(tdb, key, endpoint.fetch)),
    );
    expect(endpoint.calls).toBe(1);
    expect(new Set(tokens)).toEqual(new Set(['token-1']));
  });

  it('stores the token sealed, not in the clear', async () => {
    const key = await newConnection();
    await newCache().get(tdb, key, tokenEndpoint().fetch);
    const stored = await store.read({ tdb, ...key });
    expect(stored?.sealed).toMatch(/^v1:/);
    expect(stored?.sealed).not.toContain('token-1');
  });

  it('refreshes before the platform’s expiry, not after', async () => {
    const key = await newConnection();
    const endpoint = tokenEndpoint(4 * 60_000);
    const cache = newCache({ refreshMarginMs: 5 * 60_000 });
    await cache.get(tdb, key, endpoint.fetch);
    expect(await cache.get(tdb, key, endpoint.fetch)).toBe('token-2');
  });

  it('replaces a token the platform rejected, once, even if many callers report it', async () => {
    const key = await newConnection();
    const endpoint = tokenEndpoint();
    const cache = newCache();
    const stale = await cache.get(tdb, key, endpoint.fetch);
    await Promise.all([cache.invalidate(tdb, key, stale), cache.invalidate(tdb, key, stale)]);
    expect(await cache.get(tdb, key, endpoint.fetch)).toBe('token-2');
    await cache.invalidate(tdb, key, stale);
    expect(await cache.get(tdb, key, endpoint.fetch)).toBe('token-2');
    expect(endpoint.calls).toBe(2);
  });

  it('hands out no ticket past 24 h from when it was first seen, however often a fetch renewed it', async () => {
    const key = { ...(await newConnection()), kind: 'jsapi' };
    const start = Date.now();
    const clock = { now: start };
    const endpoint = cappedTicketEndpoint(clock);
    const cache = newCache({ refreshMarginMs: 5 * MINUTE, now: () => clock.now });
    // Renewed every 1 h 56 min (each time 4 minutes before its 2 h run out), the ticket stays the same.
    for (let step = 0; step <= 12; step++) {
      clock.now = start + step * (HOUR + 56 * MINUTE);
      expect(await cache.get(tdb, key, endpoint.fetch)).toBe('ticket-1');
    }
    expect(endpoint.calls).toBe(13);
    // The last renewal (23 h 12 min) was answered with 2 h more, but DingTalk kills the ticket at 24 h: within
    // five minutes of that it is fetched again (DingTalk still answers the same), then used to its end.
    clock.now = start + 23 * HOUR + 57 * MINUTE;
    expect(await cache.get(tdb, key, endpoint.fetch)).toBe('ticket-1');
    clock.now += MINUTE / 2;
    expect(await cache.get(tdb, key, endpoint.fetch)).toBe('ticket-1');
    expect(endpoint.calls).toBe(14);
    clock.now = start + 24 * HOUR + MINUTE;
    expect(await cache.get(tdb, key, endpoint.fetch)).toBe('ticket-2');
  });

  it('fetches anew on request, but not twice within the interval given', async () => {
    const key = await newConnection();
    const clock = { now: Date.now() };
    const endpoint = tokenEndpoint();
    const cache = newCache({ now: () => clock.now });
    await cache.get(tdb, key, endpoint.fetch);
    await cache.refetchUnlessRecent(tdb, key, MINUTE);
    expect(await cache.get(tdb, key, endpoint.fetch)).toBe('token-1');
    clock.now += MINUTE;
    await cache.refetchUnlessRecent(tdb, key, MINUTE);
    expect(await cache.get(tdb, key, endpoint.fetch)).toBe('token-2');
    await cache.refetchUnlessRecent(tdb, key, MINUTE);
    expect(await cache.get(tdb, key, endpoint.fetch)).toBe('token-2');
    expect(endpoint.calls).toBe(2);
  });

  it('lets the next caller try again after a failed fetch', async () => {
    const key = await newConnection();
    const cache = newCache();
    await expect(cache.get(tdb, key, () => Promise.reject(new Error('platform down')))).rejects.toThrow(
      'platform down',
    );
    expect(await cache.get(tdb, key, tokenEndpoint().fetch)).toBe('token-1');
  });
});

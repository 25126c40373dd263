/**
 * Where cached platform tokens live so that every server instance shares them: the database by default, Redis
 * when REDIS_URL is set. Values are sealed before they reach either.
 */
import type { TenantDb } from '@server/core/db';
import { nowIso } from '@server/core/ids';
import type { Redis } from 'ioredis';

export interface StoredToken {
  /** Sealed token, or null while the first fetch is under way. */
  sealed: string | null;
  expiresAt: number;
  /** When this server first saw the sealed value (epoch ms; 0 before the first fetch). */
  firstSeenAt: number;
  /** When the value was last fetched from the platform (epoch ms; 0 before the first fetch). */
  fetchedAt: number;
  /** Opaque, changes on every write; invalidate() only clears the version it saw. */
  version: string;
}

/** What a fetch stores besides the sealed value. */
export interface FetchedTimes {
  expiresAt: number;
  firstSeenAt: number;
  fetchedAt: number;
}

export interface StoreKey {
  tdb: TenantDb;
  connectionId: string;
  kind: string;
}

export interface TokenStore {
  read(key: StoreKey): Promise<StoredToken | null>;
  /** Takes the right to refresh until `leaseUntil`, unless someone holds it or the stored token is still fresh. */
  tryLease(key: StoreKey, at: { now: number; leaseUntil: number; freshAfter: number }): Promise<boolean>;
  write(key: StoreKey, sealed: string, times: FetchedTimes): Promise<void>;
  releaseLease(key: StoreKey): Promise<void>;
  /** Marks the token stale if it is still the version given; the value stays readable, its times too. */
  expire(key: StoreKey, version: string): Promise<void>;
}

export class DatabaseTokenStore implements TokenStore {
  async read({ tdb, connectionId, kind }: StoreKey): Promise<StoredToken | null> {
    const row = await tdb
      .selectFrom('platform_tokens')
      .select(['value', 'expires_at', 'first_seen_at', 'fetched_at', 'updated_at'])
      .where('connection_id', '=', connectionId)
      .where('kind', '=', kind)
      .executeTakeFirst();
    if (!row) return null;
    return {
      sealed: row.value,
      expiresAt: row.expires_at,
      firstSeenAt: row.first_seen_at,
      fetchedAt: row.fetched_at,
      version: row.updated_at,
    };
  }

  async tryLease(
    key: StoreKey,
    at: { now: number; leaseUntil: number; freshAfter: number },
  ): Promise<boolean> {
    await key.tdb
      .insertInto('platform_tokens', {
        connection_id: key.connectionId,
        kind: key.kind,
        value: null,
        expires_at: 0,
        lease_until: 0,
        first_seen_at: 0,
        fetched_at: 0,
        updated_at: nowIso(),
      })
      .onConflict((conflict) => conflict.columns(['tenant_id', 'connection_id', 'kind']).doNothing())
      .execute();
    const result = await this.rows(key)
      .set({ lease_until: at.leaseUntil })
      .where('lease_until', '<', at.now)
      .where('expires_at', '<=', at.freshAfter)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async write(key: StoreKey, sealed: string, times: FetchedTimes): Promise<void> {
    await this.rows(key)
      .set({
        value: sealed,
        expires_at: times.expiresAt,
        first_seen_at: times.firstSeenAt,
        fetched_at: times.fetchedAt,
        lease_until: 0,
        updated_at: nowIso(),
      })
      .execute();
  }

  async releaseLease(key: StoreKey): Promise<void> {
    await this.rows(key).set({ lease_until: 0 }).execute();
  }

  async expire(key: StoreKey, version: string): Promise<void> {
    await this.rows(key)
      .set({ expires_at: 0, updated_at: nowIso() })
      .where('updated_at', '=', version)
      .execute();
  }

  private rows({ tdb, connectionId, kind }: StoreKey) {
    return tdb
      .updateTable('platform_tokens')
      .where('connection_id', '=', connectionId)
      .where('kind', '=', kind);
  }
}

const newVersion = () => `${Date.now()}-${Math.random()}`;

/** Keys expire on their own a day after the token does, so Redis never fills with dead connections' tokens. */
export class RedisTokenStore implements TokenStore {
  constructor(private readonly redis: Redis) {}

  async read(key: StoreKey): Promise<StoredToken | null> {
    const text = await this.redis.get(this.tokenKey(key));
    return text ? (JSON.parse(text) as StoredToken) : null;
  }

  async tryLease(
    key: StoreKey,
    at: { now: number; leaseUntil: number; freshAfter: number },
  ): Promise<boolean> {
    const taken = await this.redis.set(
      this.leaseKey(key),
      '1',
      'PX',
      Math.max(1, at.leaseUntil - at.now),
      'NX',
    );
    if (taken !== 'OK') return false;
    const stored = await this.read(key);
    if (stored?.sealed && stored.expiresAt > at.freshAfter) {
      await this.releaseLease(key);
      return false;
    }
    return true;
  }

  async write(key: StoreKey, sealed: string, times: FetchedTimes): Promise<void> {
    const token: StoredToken = { sealed, ...times, version: newVersion() };
    const ttl = Math.max(1000, times.expiresAt - Date.now() + 86_400_000);
    await this.redis
      .multi()
      .set(this.tokenKey(key), JSON.stringify(token), 'PX', ttl)
      .del(this.leaseKey(key))
      .exec();
  }

  async releaseLease(key: StoreKey): Promise<void> {
    await this.redis.del(this.leaseKey(key));
  }

  async expire(key: StoreKey, version: string): Promise<void> {
    const stored = await this.read(key);
    if (stored?.version !== version) return;
    const expired: StoredToken = { ...stored, expiresAt: 0, version: newVersion() };
    await this.redis.set(this.tokenKey(key), JSON.stringify(expired), 'KEEPTTL');
  }

  private tokenKey({ tdb, connectionId, kind }: StoreKey): string {
    return `fieldloop:token:${tdb.tenantId}:${connectionId}:${kind}`;
  }

  private leaseKey(key: StoreKey): string {
    return `${this.tokenKey(key)}:lease`;
  }
}

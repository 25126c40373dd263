/**
 * App tokens and JS-API tickets, cached in a store every server instance shares (database or Redis), refreshed by
 * one instance at a time (a lease, plus an in-process single flight), early enough that no caller holds an expired
 * one, and refreshed and retried once when the platform rejects a token before its time.
 */
import type { TenantDb } from '@server/core/db';
import type { SecretBox } from '@server/core/secrets';
import type { Platform } from '@shared/domain/platforms';
import { DatabaseTokenStore, type StoredToken, type StoreKey, type TokenStore } from './token-stores';
import { type Expiring, type PlatformClient, PlatformError, type TicketKind } from './types';

export interface TokenKey {
  platform: Platform;
  connectionId: string;
  /** 'app', or a ticket kind. */
  kind: string;
}

export interface TokenCacheOptions {
  /** Refresh this long before the platform's expiry (DingTalk/WeCom may also revoke early; the retry covers that). */
  refreshMarginMs?: number;
  leaseMs?: number;
  waitLimitMs?: number;
  now?: () => number;
}

const pollMs = 25;
/**
 * A value the platform just renewed without moving its end out of the refresh margin (a capped ticket near its
 * end) is used until it dies for this long, instead of asking again on every request for the same answer.
 */
const refetchFloorMs = 60_000;

/** Everything a connection may have cached: its app token and the JS-API tickets of any platform. */
const cachedKinds: readonly ('app' | TicketKind)[] = ['app', 'jsapi', 'agentJsapi'];

export class TokenCache {
  private readonly inFlight = new Map<string, Promise<string>>();
  private readonly refreshMarginMs: number;
  private readonly leaseMs: number;
  private readonly waitLimitMs: number;
  private readonly now: () => number;

  constructor(
    private readonly box: SecretBox,
    private readonly store: TokenStore = new DatabaseTokenStore(),
    options: TokenCacheOptions = {},
  ) {
    this.refreshMarginMs = options.refreshMarginMs ?? 5 * 60_000;
    this.leaseMs = options.leaseMs ?? 10_000;
    this.waitLimitMs = options.waitLimitMs ?? 20_000;
    this.now = options.now ?? Date.now;
  }

  get(tdb: TenantDb, key: TokenKey, fetchFresh: () => Promise<Expiring>): Promise<string> {
    const flightKey = `${tdb.tenantId}/${key.connectionId}/${key.kind}`;
    const pending = this.inFlight.get(flightKey);
    if (pending) return pending;
    const loading = this.load({ tdb, ...key }, key.platform, fetchFresh).finally(() =>
      this.inFlight.delete(flightKey),
    );
    this.inFlight.set(flightKey, loading);
    return loading;
  }

  /** A token other than `staleValue`, which the platform just rejected. */
  async replace(
    tdb: TenantDb,
    key: TokenKey,
    staleValue: string,
    fetchFresh: () => Promise<Expiring>,
  ): Promise<string> {
    await this.invalidate(tdb, key, staleValue);
    const token = await this.get(tdb, key, fetchFresh);
    if (token !== staleValue) return token;
    // A load already in flight before the invalidation read the stale token as fresh; ask once more.
    await this.invalidate(tdb, key, staleValue);
    return this.get(tdb, key, fetchFresh);
  }

  /**
   * Drops the cached value so that the next get() asks the platform, unless it was fetched less than `minAgeMs`
   * ago: whoever keeps reporting a rejected ticket cannot turn every request into a platform call.
   */
  async refetchUnlessRecent(tdb: TenantDb, key: TokenKey, minAgeMs: number): Promise<void> {
    const storeKey = { tdb, ...key };
    const stored = await this.store.read(storeKey);
    if (stored?.sealed && this.now() - stored.fetchedAt >= minAgeMs)
      await this.store.expire(storeKey, stored.version);
  }

  /** Forgets every token and ticket of the connection, for when its platform no longer knows any of them. */
  async forget(tdb: TenantDb, connectionId: string): Promise<void> {
    for (const kind of cachedKinds) {
      const key = { tdb, connectionId, kind };
      const stored = await this.store.read(key);
      if (stored) await this.store.expire(key, stored.version);
    }
  }

  /** Forgets `staleValue` if it is still the cached one, so the next get() fetches anew. */
  async invalidate(tdb: TenantDb, key: TokenKey, staleValue: string): Promise<void> {
    const storeKey = { tdb, ...key };
    const stored = await this.store.read(storeKey);
    if (stored?.sealed && this.box.open(stored.sealed) === staleValue)
      await this.store.expire(storeKey, stored.version);
  }

  private async load(
    key: StoreKey,
    platform: Platform,
    fetchFresh: () => Promise<Expiring>,
  ): Promise<string> {
    const giveUpAt = this.now() + this.waitLimitMs;
    for (;;) {
      const now = this.now();
      const stored = await this.store.read(key);
      if (stored?.sealed && this.isUsable(stored, now)) return this.box.open(stored.sealed);
      const lease = { now, leaseUntil: now + this.leaseMs, freshAfter: now + this.refreshMarginMs };
      if (await this.store.tryLease(key, lease)) return this.refresh(key, fetchFresh);
      if (now > giveUpAt) {
        throw new PlatformError(
          platform,
          'unavailable',
          'token_lease',
          'timed out waiting for a token refresh',
        );
      }
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }

  private isUsable(stored: StoredToken, now: number): boolean {
    if (stored.expiresAt - this.refreshMarginMs > now) return true;
    const isRenewed = stored.firstSeenAt < stored.fetchedAt;
    return isRenewed && stored.expiresAt > now && now - stored.fetchedAt < refetchFloorMs;
  }

  private async refresh(key: StoreKey, fetchFresh: () => Promise<Expiring>): Promise<string> {
    try {
      const fresh = await fetchFresh();
      const now = this.now();
      const previous = await this.store.read(key);
      // A renewed value keeps the age it had: a capped ticket dies counted from its creation, not this fetch.
      const isRenewal = previous?.sealed && this.box.open(previous.sealed) === fresh.value;
      const firstSeenAt = isRenewal && previous.firstSeenAt > 0 ? previous.firstSeenAt : now;
      const expiresAt =
        fresh.maxLifetimeMs === undefined
          ? fresh.expiresAt
          : Math.min(fresh.expiresAt, firstSeenAt + fresh.maxLifetimeMs);
      await this.store.write(key, this.box.seal(fresh.value), { expiresAt, firstSeenAt, fetchedAt: now });
      return fresh.value;
    } catch (error) {
      await this.store.releaseLease(key);
      throw error;
    }
  }
}

/** Runs `work` with the connection's app token; a token the platform rejects is replaced once and the work retried. */
export async function withAppToken<T>(
  cache: TokenCache,
  tdb: TenantDb,
  connection: { id: string; client: PlatformClient },
  work: (appToken: string) => Promise<T>,
): Promise<T> {
  const key: TokenKey = { platform: connection.client.platform, connectionId: connection.id, kind: 'app' };
  const fetchFresh = () => connection.client.fetchAppToken();
  const token = await cache.get(tdb, key, fetchFresh);
  try {
    return await work(token);
  } catch (error) {
    if (!(error instanceof PlatformError) || error.kind !== 'token_invalid') throw error;
    return work(await cache.replace(tdb, key, token, fetchFresh));
  }
}

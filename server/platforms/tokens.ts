/**
 * App tokens and JS-API tickets, cached in the database so every server instance shares them, refreshed by one
 * instance at a time (a lease row, plus an in-process single flight), early enough that no caller holds an expired
 * one, and refreshed and retried once when the platform rejects a token before its time.
 */
import type { TenantDb } from '@server/core/db';
import { nowIso } from '@server/core/ids';
import type { SecretBox } from '@server/core/secrets';
import type { Platform } from '@shared/domain/platforms';
import { type Expiring, type PlatformClient, PlatformError } from './types';

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

export class TokenCache {
  private readonly inFlight = new Map<string, Promise<string>>();
  private readonly refreshMarginMs: number;
  private readonly leaseMs: number;
  private readonly waitLimitMs: number;
  private readonly now: () => number;

  constructor(
    private readonly box: SecretBox,
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
    const loading = this.load(tdb, key, fetchFresh).finally(() => this.inFlight.delete(flightKey));
    this.inFlight.set(flightKey, loading);
    return loading;
  }

  /** Forgets `staleValue` if it is still the cached one, so the next get() fetches anew. */
  async invalidate(tdb: TenantDb, key: TokenKey, staleValue: string): Promise<void> {
    const row = await this.read(tdb, key);
    if (!row?.value || this.box.open(row.value) !== staleValue) return;
    await this.rows(tdb, key)
      .set({ expires_at: 0, updated_at: nowIso() })
      .where('updated_at', '=', row.updated_at)
      .execute();
  }

  private async load(tdb: TenantDb, key: TokenKey, fetchFresh: () => Promise<Expiring>): Promise<string> {
    const giveUpAt = this.now() + this.waitLimitMs;
    for (;;) {
      const row = await this.read(tdb, key);
      if (row?.value && row.expires_at - this.refreshMarginMs > this.now()) return this.box.open(row.value);
      if (await this.takeLease(tdb, key)) return this.refresh(tdb, key, fetchFresh);
      if (this.now() > giveUpAt) {
        throw new PlatformError(
          key.platform,
          'unavailable',
          'token_lease',
          'timed out waiting for a token refresh',
        );
      }
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }

  private async refresh(tdb: TenantDb, key: TokenKey, fetchFresh: () => Promise<Expiring>): Promise<string> {
    try {
      const fresh = await fetchFresh();
      await this.rows(tdb, key)
        .set({
          value: this.box.seal(fresh.value),
          expires_at: fresh.expiresAt,
          lease_until: 0,
          updated_at: nowIso(),
        })
        .execute();
      return fresh.value;
    } catch (error) {
      await this.rows(tdb, key).set({ lease_until: 0 }).execute();
      throw error;
    }
  }

  /** Whoever moves lease_until forward refreshes; everyone else waits for the new value. */
  private async takeLease(tdb: TenantDb, key: TokenKey): Promise<boolean> {
    const now = this.now();
    await tdb
      .insertInto('platform_tokens', {
        connection_id: key.connectionId,
        kind: key.kind,
        value: null,
        expires_at: 0,
        lease_until: 0,
        updated_at: nowIso(),
      })
      .onConflict((conflict) => conflict.columns(['tenant_id', 'connection_id', 'kind']).doNothing())
      .execute();
    // Only a stale row can be leased: someone may have stored a fresh token since we last looked.
    const result = await this.rows(tdb, key)
      .set({ lease_until: now + this.leaseMs })
      .where('lease_until', '<', now)
      .where('expires_at', '<=', now + this.refreshMarginMs)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  private read(tdb: TenantDb, key: TokenKey) {
    return tdb
      .selectFrom('platform_tokens')
      .select(['value', 'expires_at', 'updated_at'])
      .where('connection_id', '=', key.connectionId)
      .where('kind', '=', key.kind)
      .executeTakeFirst();
  }

  private rows(tdb: TenantDb, key: TokenKey) {
    return tdb
      .updateTable('platform_tokens')
      .where('connection_id', '=', key.connectionId)
      .where('kind', '=', key.kind);
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
    await cache.invalidate(tdb, key, token);
    return work(await cache.get(tdb, key, fetchFresh));
  }
}

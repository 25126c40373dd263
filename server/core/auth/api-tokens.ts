/**
 * API tokens as bearer credentials. A token acts as the admin who made it, within its scope; it stops working when
 * revoked, expired or when that admin is deactivated. Only the secret's SHA-256 is stored. Nothing is cached: a
 * revocation holds on every instance from the next request. Requests are counted per token and minute in the
 * database, so every instance enforces one limit.
 */
import { createHash, randomBytes } from 'node:crypto';
import { type Role, roles } from '@shared/domain/roles';
import { type ApiTokenScope, apiTokenPrefix, apiTokenScopes } from '@shared/schemas/api-tokens';
import { type RootDb, sql, TenantDb } from '../db';
import { findApiTokenByHash } from '../db/unscoped';
import type { Actor } from './actor';

/** lastUsedAt is written at most this often per token, never once per request. */
const lastUsedPrecisionMs = 60_000;
const rateWindowMs = 60_000;

export const isApiTokenSecret = (bearer: string): boolean => bearer.startsWith(apiTokenPrefix);

export const hashApiTokenSecret = (secret: string): string =>
  createHash('sha256').update(secret).digest('hex');

/** A new secret (32 random bytes) and the hash to store; the secret leaves the server once, in the answer. */
export function newApiTokenSecret(): { secret: string; hash: string } {
  const secret = `${apiTokenPrefix}${randomBytes(32).toString('base64url')}`;
  return { secret, hash: hashApiTokenSecret(secret) };
}

/** The actor a presented secret stands for, or null when it is unknown, revoked, expired or its admin left. */
export async function resolveApiToken(db: RootDb, secret: string, now = Date.now()): Promise<Actor | null> {
  const row = await findApiTokenByHash(db, hashApiTokenSecret(secret));
  const nowIso = new Date(now).toISOString();
  if (!row || row.revokedAt || row.active !== 1 || (row.expiresAt !== null && row.expiresAt <= nowIso))
    return null;
  if (!(roles as readonly string[]).includes(row.role)) return null;
  if (!(apiTokenScopes as readonly string[]).includes(row.scope)) return null;
  if (row.lastUsedAt === null || Date.parse(row.lastUsedAt) <= now - lastUsedPrecisionMs) {
    // Conditional, so instances racing within the same minute write once.
    await new TenantDb(db, row.tenantId)
      .updateTable('api_tokens')
      .set({ last_used_at: nowIso })
      .where('id', '=', row.tokenId)
      .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<=', row.lastUsedAt ?? '')]))
      .execute();
  }
  return {
    userId: row.userId,
    tenantId: row.tenantId,
    role: row.role as Role,
    sessionId: null,
    apiToken: { id: row.tokenId, scope: row.scope as ApiTokenScope },
  };
}

/** Counts one request of the token in this minute; answers how long to wait when it is over `perMinute`. */
export async function countApiTokenRequest(
  tdb: TenantDb,
  tokenId: string,
  perMinute: number,
  now = Date.now(),
): Promise<{ retryAfterSeconds: number } | null> {
  const windowStartMs = Math.floor(now / rateWindowMs) * rateWindowMs;
  const windowStart = new Date(windowStartMs).toISOString();
  const counted = await tdb
    .insertInto('api_token_windows', { token_id: tokenId, window_start: windowStart, requests: 1 })
    .onConflict((conflict) =>
      conflict
        .columns(['token_id', 'window_start'])
        .doUpdateSet({ requests: sql<number>`api_token_windows.requests + 1` }),
    )
    .returning('requests')
    .executeTakeFirstOrThrow();
  if (counted.requests === 1) {
    await tdb
      .deleteFrom('api_token_windows')
      .where('token_id', '=', tokenId)
      .where('window_start', '<', windowStart)
      .execute();
  }
  if (counted.requests <= perMinute) return null;
  return { retryAfterSeconds: Math.max(1, Math.ceil((windowStartMs + rateWindowMs - now) / 1000)) };
}

/** A read token may only read. */
export const isAllowedByScope = (scope: ApiTokenScope, method: string): boolean =>
  scope === 'read-write' || method === 'GET' || method === 'HEAD' || method === 'OPTIONS';

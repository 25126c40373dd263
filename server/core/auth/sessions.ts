/**
 * Bearer sessions. The token is shown once; only its SHA-256 is stored, so a leaked database cannot be replayed.
 * Every login method (demo today, DingTalk/Feishu/WeCom next) ends in issueSession.
 */
import { createHash, randomBytes } from 'node:crypto';
import { type Role, roles } from '@shared/domain/roles';
import type { RootDb, TenantDb } from '../db';
import { findSessionByTokenHash } from '../db/unscoped';
import { newId, nowIso } from '../ids';
import type { Actor } from './actor';

export type LoginMethod = 'demo' | 'dingtalk' | 'feishu' | 'wecom' | 'link';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function issueSession(
  tdb: TenantDb,
  input: { userId: string; method: LoginMethod; ttlHours: number },
): Promise<string> {
  const token = `fl_${randomBytes(32).toString('base64url')}`;
  const now = new Date();
  await tdb
    .insertInto('sessions', {
      id: newId(),
      user_id: input.userId,
      token_hash: hashToken(token),
      method: input.method,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + input.ttlHours * 3_600_000).toISOString(),
      revoked_at: null,
    })
    .execute();
  return token;
}

/**
 * Every request presents its token, and looking it up cost a query (and its compilation) per request. A resolved
 * session is kept this long: a sign-out or deactivation on this instance forgets it at once; on another instance the
 * database's answer is at most this old.
 */
const cacheMs = 1_000;
const cacheLimit = 10_000;
const cache = new Map<string, { actor: Actor; until: number }>();

/** The actor for a presented token, or null when it is unknown, expired, revoked or its user was deactivated. */
export async function resolveSession(db: RootDb, token: string): Promise<Actor | null> {
  const tokenHash = hashToken(token);
  const now = Date.now();
  const cached = cache.get(tokenHash);
  if (cached && cached.until > now) return cached.actor;
  const row = await findSessionByTokenHash(db, tokenHash);
  cache.delete(tokenHash);
  if (!row || row.revokedAt || row.active !== 1 || row.expiresAt <= new Date(now).toISOString()) return null;
  if (!(roles as readonly string[]).includes(row.role)) return null;
  const actor = {
    userId: row.userId,
    tenantId: row.tenantId,
    role: row.role as Role,
    sessionId: row.sessionId,
  };
  if (cache.size >= cacheLimit) cache.clear();
  cache.set(tokenHash, { actor, until: Math.min(now + cacheMs, Date.parse(row.expiresAt)) });
  return actor;
}

/** Forgets the cached sessions `matches` picks, so this instance refuses them from the next request on. */
export function forgetSessions(matches: (actor: Actor) => boolean): void {
  for (const [tokenHash, entry] of cache) if (matches(entry.actor)) cache.delete(tokenHash);
}

export async function revokeSession(tdb: TenantDb, sessionId: string): Promise<void> {
  await tdb.updateTable('sessions').set({ revoked_at: nowIso() }).where('id', '=', sessionId).execute();
  forgetSessions((actor) => actor.sessionId === sessionId);
}

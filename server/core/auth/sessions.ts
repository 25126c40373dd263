/**
 * Bearer sessions. The token is shown once; only its SHA-256 is stored, so a leaked database cannot be replayed.
 * Every login method (demo today, DingTalk/Feishu/WeCom next) ends in issueSession.
 */
import { createHash, randomBytes } from 'node:crypto';
import { type Role, roles } from '@shared/domain/roles';
import type { RootDb, TenantDb } from '../db';
import { findSessionByTokenHash, findSessionChangesSince } from '../db/unscoped';
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

/** The actor for a presented token, or null when it is unknown, expired, revoked or its user was deactivated. */
export async function resolveSession(db: RootDb, token: string): Promise<Actor | null> {
  return (await lookUp(db, hashToken(token), Date.now()))?.actor ?? null;
}

async function lookUp(db: RootDb, tokenHash: string, now: number) {
  const row = await findSessionByTokenHash(db, tokenHash);
  if (!row || row.revokedAt || row.active !== 1 || row.expiresAt <= new Date(now).toISOString()) return null;
  if (!(roles as readonly string[]).includes(row.role)) return null;
  const actor: Actor = {
    userId: row.userId,
    tenantId: row.tenantId,
    role: row.role as Role,
    sessionId: row.sessionId,
  };
  return { actor, expiresAt: Date.parse(row.expiresAt) };
}

/** Bumped when this process writes session changes, so its caches read the log before their next answer. */
let changesWrittenHere = 0;

/**
 * Records a sign-out (`sessionId`), or a deactivation or role change (every session of `userId`), for every app
 * instance's session cache; call `sessionsChanged()` once the transaction it is in has committed.
 */
export async function recordSessionChange(
  tdb: TenantDb,
  change: { userId: string; sessionId?: string },
): Promise<void> {
  const now = new Date();
  await tdb
    .insertInto('session_changes', {
      id: newId(),
      user_id: change.userId,
      session_id: change.sessionId ?? null,
      changed_at: now.toISOString(),
    })
    .execute();
  await tdb
    .deleteFrom('session_changes')
    .where('changed_at', '<', new Date(now.getTime() - changeLogKeptMs).toISOString())
    .execute();
}

/** The change just recorded holds from the next request on this instance, not only after its next read of the log. */
export function sessionsChanged(): void {
  changesWrittenHere++;
}

const changeLogKeptMs = 86_400_000;
/** Changes are read again this far back: a change committed late, or stamped by a clock running behind, is not missed. */
const rereadMs = 10_000;

interface Cached {
  actor: Actor;
  until: number;
}

/**
 * Each app instance's resolved sessions. Looking a token up cost a query per request; a cached one is answered from
 * memory for up to `keepMs`, and every instance reads the change log (one query, whatever the number of sessions)
 * at most `readEveryMs` apart, so a sign-out, deactivation or role change on any instance holds everywhere within
 * that time, and on the instance that made it from the next request.
 */
export class SessionCache {
  readonly #entries = new Map<string, Cached>();
  #readAt = Date.now();
  #seenWrites = changesWrittenHere;
  #readingWrites = changesWrittenHere;
  #reading: Promise<void> | null = null;

  constructor(
    private readonly db: RootDb,
    private readonly options = { keepMs: 60_000, readEveryMs: 1_000, limit: 10_000 },
  ) {}

  async resolve(token: string): Promise<Actor | null> {
    const tokenHash = hashToken(token);
    const reading = this.#readChangesWhenDue();
    if (reading) await reading;
    const now = Date.now();
    const cached = this.#entries.get(tokenHash);
    if (cached && cached.until > now) return cached.actor;
    this.#entries.delete(tokenHash);
    const found = await lookUp(this.db, tokenHash, now);
    if (!found) return null;
    if (this.#entries.size >= this.options.limit) this.#entries.clear();
    this.#entries.set(tokenHash, {
      actor: found.actor,
      until: Math.min(now + this.options.keepMs, found.expiresAt),
    });
    return found.actor;
  }

  /** The read to wait for: a due one, or one after the read under way when that began before a change here. */
  #readChangesWhenDue(): Promise<void> | null {
    const stale = !this.#reading && Date.now() - this.#readAt >= this.options.readEveryMs;
    const written = this.#seenWrites !== changesWrittenHere && this.#readingWrites !== changesWrittenHere;
    if (stale || written) {
      this.#readingWrites = changesWrittenHere;
      const next = (this.#reading ?? Promise.resolve())
        .catch(() => undefined)
        .then(() => this.#readChanges());
      const done = () => {
        if (this.#reading === next) this.#reading = null;
      };
      next.then(done, done);
      this.#reading = next;
    }
    return this.#reading;
  }

  async #readChanges(): Promise<void> {
    const started = Date.now();
    const writes = changesWrittenHere;
    const changes = await findSessionChangesSince(this.db, new Date(this.#readAt - rereadMs).toISOString());
    for (const change of changes) {
      for (const [tokenHash, { actor }] of this.#entries) {
        const hit = change.sessionId
          ? actor.sessionId === change.sessionId
          : actor.tenantId === change.tenantId && actor.userId === change.userId;
        if (hit) this.#entries.delete(tokenHash);
      }
    }
    this.#readAt = started;
    this.#seenWrites = writes;
  }
}

/** Ends one session (a sign-out), on every instance. */
export async function revokeSession(tdb: TenantDb, session: { id: string; userId: string }): Promise<void> {
  await tdb.transaction(async (tx) => {
    await tx.updateTable('sessions').set({ revoked_at: nowIso() }).where('id', '=', session.id).execute();
    await recordSessionChange(tx, { userId: session.userId, sessionId: session.id });
  });
  sessionsChanged();
}

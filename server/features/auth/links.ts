/** One-time sign-in links: how the first admin of a real deployment gets in before any platform is connected. */
import { createHash, randomBytes } from 'node:crypto';
import type { Config } from '@server/config';
import { type RootDb, TenantDb } from '@server/core/db';
import { findSignInLink } from '@server/core/db/unscoped';
import { AppError } from '@server/core/errors';
import { newId, nowIso } from '@server/core/ids';
import type { Session } from '@shared/schemas/auth';
import { sessionFor } from './service';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSignInLink(
  tdb: TenantDb,
  input: { userId: string; publicUrl: string; validHours: number },
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await tdb
    .insertInto('sign_in_links', {
      id: newId(),
      user_id: input.userId,
      token_hash: hash(token),
      expires_at: new Date(Date.now() + input.validHours * 3_600_000).toISOString(),
      used_at: null,
      created_at: nowIso(),
    })
    .execute();
  return `${input.publicUrl}/sign-in/link#token=${token}`;
}

/** Trades a link's token for a session, once; a used, expired or unknown token answers 401. */
export async function signInWithLink(
  db: RootDb,
  config: Pick<Config, 'sessionTtlHours'>,
  token: string,
): Promise<Session> {
  const link = await findSignInLink(db, hash(token));
  if (!link || link.used_at || link.expires_at <= nowIso()) throw new AppError('SESSION_INVALID');
  const tdb = new TenantDb(db, link.tenant_id);
  const claimed = await tdb
    .updateTable('sign_in_links')
    .set({ used_at: nowIso() })
    .where('id', '=', link.id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1) throw new AppError('SESSION_INVALID');
  return sessionFor(db, tdb, { userId: link.user_id, method: 'link', ttlHours: config.sessionTtlHours });
}

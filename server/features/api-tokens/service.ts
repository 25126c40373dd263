/** API tokens: an admin makes one (its secret shown once), lists them, and revokes one. */
import { recordAudit } from '@server/core/audit';
import type { Actor } from '@server/core/auth/actor';
import { newApiTokenSecret } from '@server/core/auth/api-tokens';
import type { TenantDb } from '@server/core/db';
import { AppError, notFound } from '@server/core/errors';
import { newId, nowIso } from '@server/core/ids';
import { authorize } from '@server/core/policy';
import type { ApiTokenList, apiTokenCreate, CreatedApiToken } from '@shared/schemas/api-tokens';
import type { z } from 'zod';
import { canManageApiTokens } from './policy';
import { presentApiToken } from './present';
import { insertApiToken, listApiTokenRows, markRevoked } from './repo';

export async function createApiToken(
  tdb: TenantDb,
  actor: Actor,
  input: z.output<typeof apiTokenCreate>,
): Promise<CreatedApiToken> {
  authorize(canManageApiTokens(actor));
  const now = nowIso();
  const expiresAt = input.expiresAt ? new Date(input.expiresAt).toISOString() : null;
  if (expiresAt !== null && expiresAt <= now) {
    throw new AppError('VALIDATION_FAILED', { expiresAt: 'validation.notInFuture' });
  }
  const { secret, hash } = newApiTokenSecret();
  const id = newId();
  await tdb.transaction(async (tx) => {
    await insertApiToken(tx, {
      id,
      name: input.name,
      scope: input.scope,
      token_hash: hash,
      created_by: actor.userId,
      created_at: now,
      expires_at: expiresAt,
    });
    await recordAudit(tx, actor, {
      action: 'api_token.create',
      objectType: 'api_token',
      objectId: id,
      data: { name: input.name, scope: input.scope, expiresAt },
    });
  });
  return { id, name: input.name, scope: input.scope, token: secret };
}

export async function listApiTokens(tdb: TenantDb, actor: Actor): Promise<ApiTokenList> {
  authorize(canManageApiTokens(actor));
  const now = nowIso();
  return { items: (await listApiTokenRows(tdb)).map((row) => presentApiToken(row, now)) };
}

/** Revoking holds from the token's next request on every instance (tokens are never cached). */
export async function revokeApiToken(tdb: TenantDb, actor: Actor, id: string): Promise<void> {
  authorize(canManageApiTokens(actor));
  const [row] = await listApiTokenRows(tdb, id);
  if (!row) throw notFound();
  if (row.revoked_at) return;
  await tdb.transaction(async (tx) => {
    await markRevoked(tx, id, nowIso());
    await recordAudit(tx, actor, { action: 'api_token.revoke', objectType: 'api_token', objectId: id });
  });
}

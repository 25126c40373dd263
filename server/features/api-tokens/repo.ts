/** SQL for the tenant's API tokens. The secret is never here: only its hash, written once. */
import { onSameTenant, type TenantDb } from '@server/core/db';

export interface NewApiTokenRow {
  id: string;
  name: string;
  scope: string;
  token_hash: string;
  created_by: string;
  created_at: string;
  expires_at: string | null;
}

export async function insertApiToken(tdb: TenantDb, row: NewApiTokenRow): Promise<void> {
  await tdb.insertInto('api_tokens', { ...row, last_used_at: null, revoked_at: null }).execute();
}

/** Every token with its maker's name, newest first; the hash is not selected. */
export function listApiTokenRows(tdb: TenantDb, id?: string) {
  let query = tdb
    .selectFrom('api_tokens')
    .innerJoin('users', onSameTenant('users.id', 'api_tokens.created_by'))
    .select([
      'api_tokens.id',
      'api_tokens.name',
      'api_tokens.scope',
      'api_tokens.created_by',
      'users.name as created_by_name',
      'api_tokens.created_at',
      'api_tokens.expires_at',
      'api_tokens.last_used_at',
      'api_tokens.revoked_at',
    ])
    .orderBy('api_tokens.created_at', 'desc')
    .orderBy('api_tokens.id', 'desc');
  if (id) query = query.where('api_tokens.id', '=', id);
  return query.execute();
}

export type ApiTokenRow = Awaited<ReturnType<typeof listApiTokenRows>>[number];

export async function markRevoked(tdb: TenantDb, id: string, at: string): Promise<void> {
  await tdb
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
}

/** SQL for people of a tenant. */
import type { TenantDb } from '@server/core/db';

export function findUser(tdb: TenantDb, id: string) {
  return tdb.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findUserNames(tdb: TenantDb, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tdb
    .selectFrom('users')
    .select(['id', 'name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

export type UserRow = NonNullable<Awaited<ReturnType<typeof findUser>>>;

export async function insertUsers(tdb: TenantDb, rows: Omit<UserRow, 'tenant_id'>[]): Promise<void> {
  if (rows.length > 0) await tdb.insertInto('users', rows).execute();
}

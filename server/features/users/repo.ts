/** SQL for people of a tenant. */
import { containsPattern, likeEscaped, sql, type TenantDb } from '@server/core/db';

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

export function findUserIdByIdentity(
  tdb: TenantDb,
  platform: string,
  externalId: string,
  unionId: string | null,
) {
  return tdb
    .selectFrom('user_identities')
    .select('user_id')
    .where('platform', '=', platform)
    .where((eb) =>
      unionId
        ? eb.or([eb('external_id', '=', externalId), eb('union_id', '=', unionId)])
        : eb('external_id', '=', externalId),
    )
    .orderBy('created_at')
    .executeTakeFirst();
}

export async function insertIdentity(
  tdb: TenantDb,
  row: {
    id: string;
    user_id: string;
    platform: string;
    external_id: string;
    union_id: string | null;
    created_at: string;
  },
): Promise<void> {
  await tdb
    .insertInto('user_identities', row)
    .onConflict((conflict) => conflict.columns(['tenant_id', 'platform', 'external_id']).doNothing())
    .execute();
}

export async function updateUserProfile(
  tdb: TenantDb,
  userId: string,
  profile: Partial<Pick<UserRow, 'name' | 'avatar_url' | 'mobile' | 'email' | 'department' | 'updated_at'>>,
): Promise<void> {
  await tdb.updateTable('users').set(profile).where('id', '=', userId).execute();
}

/** Active people whose name contains `q` (any case), by name; all active people when `q` is empty. */
export function findActiveUsers(tdb: TenantDb, q: string | undefined, limit: number) {
  let select = tdb.selectFrom('users').select(['id', 'name', 'role', 'department']).where('active', '=', 1);
  if (q) select = select.where(likeEscaped(sql`lower(name)`, containsPattern(q.toLowerCase())));
  return select.orderBy('name').orderBy('id').limit(limit).execute();
}

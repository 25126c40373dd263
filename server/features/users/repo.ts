/** SQL for people of a tenant. */
import { containsPattern, likeEscaped, onSameTenant, sql, type TenantDb } from '@server/core/db';

export function findUser(tdb: TenantDb, id: string) {
  return tdb.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findUsers(tdb: TenantDb, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return tdb
    .selectFrom('users')
    .selectAll()
    .where('id', 'in', [...new Set(ids)])
    .execute();
}

/** The active people of the tenant with one of these roles, with what others know them by. */
export function findActiveUsersWithRoles(tdb: TenantDb, roles: readonly string[]) {
  return tdb
    .selectFrom('users')
    .select(['id', 'name', 'mobile', 'email'])
    .where('active', '=', 1)
    .where('role', 'in', [...roles])
    .execute();
}

/** Everyone of the tenant with this role, departed people included, by name. */
export function findUsersWithRole(tdb: TenantDb, role: string) {
  return tdb.selectFrom('users').selectAll().where('role', '=', role).orderBy('name').orderBy('id').execute();
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

export interface IdentityKey {
  connectionId: string;
  externalId: string;
}

/** The person holding exactly this identity (the platform user id within the connection it came through). */
export function findUserIdByIdentity(tdb: TenantDb, key: IdentityKey) {
  return tdb
    .selectFrom('user_identities')
    .select('user_id')
    .where('connection_id', '=', key.connectionId)
    .where('external_id', '=', key.externalId)
    .executeTakeFirst();
}

/** The person another identity of the same platform already links to by union id (the same developer's apps). */
export function findUserIdByUnionId(tdb: TenantDb, platform: string, unionId: string) {
  return tdb
    .selectFrom('user_identities')
    .select('user_id')
    .where('platform', '=', platform)
    .where('union_id', '=', unionId)
    .orderBy('created_at')
    .orderBy('id')
    .executeTakeFirst();
}

export interface IdentityRow {
  id: string;
  user_id: string;
  connection_id: string;
  platform: string;
  external_id: string;
  union_id: string | null;
  created_at: string;
}

/**
 * Inserts the identity unless (connection, external id) is taken; answers whether this call inserted it. On
 * PostgreSQL a concurrent insert of the same key waits for the other transaction and then does nothing.
 */
export async function insertIdentity(tdb: TenantDb, row: IdentityRow): Promise<boolean> {
  const result = await tdb
    .insertInto('user_identities', row)
    .onConflict((conflict) => conflict.columns(['connection_id', 'external_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Removes a person created in this transaction who lost the race for their identity (nothing refers to them). */
export async function deleteUnclaimedUser(tdb: TenantDb, userId: string): Promise<void> {
  await tdb.deleteFrom('users').where('id', '=', userId).execute();
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

/** Which of these ids are people still active in the tenant. */
export async function findActiveUserIds(tdb: TenantDb, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tdb
    .selectFrom('users')
    .select('id')
    .where('id', 'in', [...new Set(ids)])
    .where('active', '=', 1)
    .execute();
  return new Set(rows.map((row) => row.id));
}

/** Everyone of the tenant whose name contains `q`, deactivated people included unless filtered out. */
export function findMembers(
  tdb: TenantDb,
  query: { q?: string; status: 'all' | 'active' | 'deactivated'; limit: number },
) {
  let select = tdb.selectFrom('users').selectAll();
  if (query.q) select = select.where(likeEscaped(sql`lower(name)`, containsPattern(query.q.toLowerCase())));
  if (query.status !== 'all') select = select.where('active', '=', query.status === 'active' ? 1 : 0);
  return select.orderBy('active', 'desc').orderBy('name').orderBy('id').limit(query.limit).execute();
}

/** The platform identities of these people, each with the connection it came through. */
export function findIdentitiesOf(tdb: TenantDb, userIds: readonly string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return tdb
    .selectFrom('user_identities')
    .select(['user_id', 'connection_id', 'platform', 'external_id'])
    .where('user_id', 'in', [...new Set(userIds)])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function updateUserRole(
  tdb: TenantDb,
  userId: string,
  change: { role: string; role_source: string; updated_at: string },
): Promise<void> {
  await tdb.updateTable('users').set(change).where('id', '=', userId).execute();
}

export async function updateUserActive(
  tdb: TenantDb,
  userId: string,
  change: { active: number; deactivated_at: string | null; updated_at: string },
): Promise<void> {
  await tdb.updateTable('users').set(change).where('id', '=', userId).execute();
}

/** Ends every open session of a person now. */
export async function revokeSessionsOf(tdb: TenantDb, userId: string, at: string): Promise<void> {
  await tdb
    .updateTable('sessions')
    .set({ revoked_at: at })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
}

/** The identities of a connection whose person's name contains `query`, with that name, by name. */
export function findIdentitiesByConnection(
  tdb: TenantDb,
  connectionId: string,
  query: string,
  limit: number,
) {
  let select = tdb
    .selectFrom('user_identities')
    .innerJoin('users', onSameTenant('users.id', 'user_identities.user_id'))
    .select(['user_identities.external_id', 'users.name'])
    .where('user_identities.connection_id', '=', connectionId);
  if (query) select = select.where(likeEscaped(sql`lower(users.name)`, containsPattern(query.toLowerCase())));
  return select.orderBy('users.name').orderBy('user_identities.id').limit(limit).execute();
}

/** A subquery of the ids of everyone in a department (by its name), for another feature's `where(…, 'in', …)`. */
export function userIdsInDepartment(tdb: TenantDb, department: string) {
  return tdb.selectFrom('users').select('users.id').where('users.department', '=', department);
}

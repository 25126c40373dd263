/** SQL for who follows which requirement. */
import type { TenantDb } from '@server/core/db';

export async function followersOf(tdb: TenantDb, requirementId: string): Promise<string[]> {
  const rows = await tdb
    .selectFrom('requirement_followers')
    .select('user_id')
    .where('requirement_id', '=', requirementId)
    .execute();
  return rows.map((row) => row.user_id);
}

/** Adds followers; one who already follows stays as they are. */
export async function addFollowers(
  tdb: TenantDb,
  requirementId: string,
  userIds: readonly string[],
  now: string,
): Promise<void> {
  if (userIds.length === 0) return;
  await tdb
    .insertInto(
      'requirement_followers',
      userIds.map((user_id) => ({ requirement_id: requirementId, user_id, created_at: now })),
    )
    .onConflict((c) => c.columns(['tenant_id', 'requirement_id', 'user_id']).doNothing())
    .execute();
}

export async function removeFollowers(
  tdb: TenantDb,
  requirementId: string,
  userIds: readonly string[],
): Promise<void> {
  if (userIds.length === 0) return;
  await tdb
    .deleteFrom('requirement_followers')
    .where('requirement_id', '=', requirementId)
    .where('user_id', 'in', [...userIds])
    .execute();
}

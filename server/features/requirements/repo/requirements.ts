/** SQL for the requirements table: finding, inserting and changing rows, always through the tenant-bound TenantDb. */
import { afterCursor, type KeysetOrder, sql, type TenantDb, updateAtVersion } from '@server/core/db';
import type { RequirementsTable } from '@server/core/db/tables/requirements';

export type RequirementRow = RequirementsTable;
type Scored = Pick<RequirementRow, 'id' | 'impact' | 'confidence' | 'effort'>;

export function findRequirement(tdb: TenantDb, requirementId: string) {
  return tdb.selectFrom('requirements').selectAll().where('id', '=', requirementId).executeTakeFirst();
}

export function findRequirements(tdb: TenantDb, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([] as RequirementRow[]);
  return tdb
    .selectFrom('requirements')
    .selectAll()
    .where('id', 'in', [...new Set(ids)])
    .execute();
}

export function findRequirementByClientId(tdb: TenantDb, clientId: string) {
  return tdb.selectFrom('requirements').selectAll().where('client_id', '=', clientId).executeTakeFirst();
}

/** Inserts unless the client id was already used; answers whether this call inserted it. */
export async function insertRequirementIfNew(tdb: TenantDb, row: Omit<RequirementRow, 'tenant_id'>) {
  const result = await tdb
    .insertInto('requirements', row)
    .onConflict((conflict) => conflict.columns(['tenant_id', 'client_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Applies `changes` only if the row is still at `version`; answers whether it was. */
export function updateRequirementAt(
  tdb: TenantDb,
  requirementId: string,
  version: number,
  changes: Partial<RequirementRow>,
): Promise<boolean> {
  return updateAtVersion(tdb, 'requirements', requirementId, version, changes);
}

/** A change the server makes on its own account (decisions, merges): no version check, still a new version. */
export async function setRequirement(
  tdb: TenantDb,
  requirementId: string,
  changes: Partial<RequirementRow>,
): Promise<void> {
  await tdb
    .updateTable('requirements')
    .set({ ...changes, version: sql`version + 1` } as never)
    .where('id', '=', requirementId)
    .execute();
}

/** Stores the denormalised demand, score and counts; not a new version (a +1 must not conflict a PM's edit). */
export async function storeScore(
  tdb: TenantDb,
  requirementId: string,
  score: Pick<RequirementRow, 'demand' | 'score' | 'customer_count' | 'mention_count'>,
): Promise<void> {
  await tdb.updateTable('requirements').set(score).where('id', '=', requirementId).execute();
}

/** Live requirements in id order after `afterId`, a page at a time (a rescoring walks the pool with these). */
export function liveRequirementsAfter(tdb: TenantDb, afterId: string, limit: number): Promise<Scored[]> {
  return tdb
    .selectFrom('requirements')
    .select(['id', 'impact', 'confidence', 'effort'])
    .where('status', '<>', 'merged')
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** The ids of the requirements merged into any of `ids` (one step down the merge tree). */
export async function idsMergedInto(tdb: TenantDb, ids: readonly string[]): Promise<string[]> {
  const rows = await tdb
    .selectFrom('requirements')
    .select('id')
    .where('merged_into_id', 'in', [...ids])
    .where('status', '=', 'merged')
    .execute();
  return rows.map((row) => row.id);
}

/** Requirements merged into another (all, or those among `ids`) and their survivor: what the similar index learns from. */
export function mergedRequirements(tdb: TenantDb, ids: readonly string[] | null) {
  let select = tdb
    .selectFrom('requirements')
    .select(['id', 'title', 'merged_into_id'])
    .where('status', '=', 'merged')
    .where('merged_into_id', 'is not', null);
  if (ids) select = select.where('id', 'in', [...ids]);
  return select.execute();
}

/** Titles and statuses of the given requirements (the similar lookup names its hits with these). */
export function requirementTitles(tdb: TenantDb, ids: readonly string[]) {
  return tdb
    .selectFrom('requirements')
    .select(['id', 'title', 'status'])
    .where('id', 'in', [...ids])
    .execute();
}

const changeOrder: KeysetOrder = {
  key: sql.ref('updated_at'),
  keyType: 'text',
  id: sql.ref('id'),
  direction: 'asc',
};

/** Rows changed at or after `since`, in (updated_at, id) order after `after`: what the similar index catches up on. */
export function requirementsChangedSince(
  tdb: TenantDb,
  since: string,
  after: [string, string] | null,
  limit: number,
) {
  let select = tdb
    .selectFrom('requirements')
    .select(['id', 'title', 'description', 'search_terms', 'status', 'updated_at'])
    .where('updated_at', '>=', since);
  if (after) select = select.where(afterCursor(changeOrder, after));
  return select.orderBy('updated_at').orderBy('id').limit(limit).execute();
}

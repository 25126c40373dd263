/** SQL for requirement mentions (who asked for what, for which customer), always through the tenant-bound TenantDb. */
import { afterCursor, type KeysetOrder, onSameTenant, sql, type TenantDb } from '@server/core/db';
import type { RequirementMentionsTable } from '@server/core/db/tables/requirements';

export type MentionRow = RequirementMentionsTable;

export function findMentionByClientId(tdb: TenantDb, clientId: string) {
  return tdb
    .selectFrom('requirement_mentions')
    .selectAll()
    .where('client_id', '=', clientId)
    .executeTakeFirst();
}

/** Inserts unless the client id was already used; answers whether this call inserted it. */
export async function insertMentionIfNew(
  tdb: TenantDb,
  row: Omit<MentionRow, 'tenant_id'>,
): Promise<boolean> {
  const result = await tdb
    .insertInto('requirement_mentions', row)
    .onConflict((conflict) => conflict.columns(['tenant_id', 'client_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export function findMention(tdb: TenantDb, mentionId: string) {
  return tdb.selectFrom('requirement_mentions').selectAll().where('id', '=', mentionId).executeTakeFirst();
}

export function findMentionOn(tdb: TenantDb, requirementId: string, mentionId: string) {
  return tdb
    .selectFrom('requirement_mentions')
    .selectAll()
    .where('id', '=', mentionId)
    .where('requirement_id', '=', requirementId)
    .executeTakeFirst();
}

export async function storeMentionGoLive(tdb: TenantDb, mentionId: string, goLive: boolean): Promise<void> {
  await tdb
    .updateTable('requirement_mentions')
    .set({ go_live: goLive ? 1 : 0 })
    .where('id', '=', mentionId)
    .execute();
}

/** A requirement's mentions, oldest first; with `reporterId`, only that person's. */
export function mentionsOf(tdb: TenantDb, requirementId: string, reporterId?: string): Promise<MentionRow[]> {
  let select = tdb.selectFrom('requirement_mentions').selectAll().where('requirement_id', '=', requirementId);
  if (reporterId) select = select.where('reporter_id', '=', reporterId);
  return select.orderBy('created_at').orderBy('id').execute();
}

/** The mentions of the given requirements, grouped by requirement, oldest first (the export's second sheet). */
export function mentionsOfRequirements(tdb: TenantDb, requirementIds: readonly string[]) {
  return tdb
    .selectFrom('requirement_mentions')
    .selectAll()
    .where('requirement_id', 'in', [...requirementIds])
    .orderBy('requirement_id')
    .orderBy('created_at')
    .execute();
}

/** When each of the given requirements was last mentioned (a page of the table at a time). */
export async function lastMentionTimes(tdb: TenantDb, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tdb
    .selectFrom('requirement_mentions')
    .select((eb) => ['requirement_id', eb.fn.max('created_at').as('last')])
    .where('requirement_id', 'in', [...new Set(ids)])
    .groupBy('requirement_id')
    .execute();
  return new Map(rows.map((row) => [row.requirement_id, String(row.last)]));
}

/** Everyone who reported something on the requirement, once each. */
export async function reportersOf(tdb: TenantDb, requirementId: string): Promise<string[]> {
  const rows = await tdb
    .selectFrom('requirement_mentions')
    .select('reporter_id')
    .distinct()
    .where('requirement_id', '=', requirementId)
    .execute();
  return rows.map((row) => row.reporter_id);
}

/** Everyone who reported something first captured on `originId` (a requirement merged away since, maybe). */
export async function reportersOnOrigin(tdb: TenantDb, originId: string): Promise<string[]> {
  const rows = await tdb
    .selectFrom('requirement_mentions')
    .select('reporter_id')
    .distinct()
    .where('origin_requirement_id', '=', originId)
    .execute();
  return rows.map((row) => row.reporter_id);
}

/** Moves every mention of `fromId` to `toId` (a merge). */
export async function moveMentions(tdb: TenantDb, fromId: string, toId: string): Promise<void> {
  await tdb
    .updateTable('requirement_mentions')
    .set({ requirement_id: toId })
    .where('requirement_id', '=', fromId)
    .execute();
}

/** Moves the mentions first captured on any of `origins` from `fromId` back to `toId` (a merge undone). */
export async function moveMentionsBack(
  tdb: TenantDb,
  fromId: string,
  toId: string,
  origins: readonly string[],
): Promise<void> {
  await tdb
    .updateTable('requirement_mentions')
    .set({ requirement_id: toId })
    .where('requirement_id', '=', fromId)
    .where('origin_requirement_id', 'in', [...origins])
    .execute();
}

const reportedOrder: KeysetOrder = {
  // PostgreSQL cannot name a select alias in HAVING, so the aggregate is spelled out.
  key: sql`max(requirement_mentions.created_at)`,
  keyType: 'text',
  id: sql.ref('requirement_mentions.requirement_id'),
  direction: 'desc',
};

/** The requirements one person reported, latest report first, a page at a time (one row more than `limit`). */
export async function reportedRequirements(
  tdb: TenantDb,
  reporterId: string,
  page: { limit: number; cursor?: (string | number)[] | undefined },
): Promise<{ requirement_id: string; latest: string }[]> {
  let grouped = tdb
    .selectFrom('requirement_mentions')
    .select(['requirement_id', (eb) => eb.fn.max('created_at').as('latest')])
    .where('reporter_id', '=', reporterId)
    .groupBy('requirement_id');
  if (page.cursor) grouped = grouped.having(afterCursor(reportedOrder, page.cursor));
  const rows = await grouped
    .orderBy('latest', 'desc')
    .orderBy('requirement_id', 'desc')
    .limit(page.limit + 1)
    .execute();
  return rows.map((row) => ({ requirement_id: row.requirement_id, latest: String(row.latest) }));
}

/** How many mentions were captured on each of these visits. */
export async function mentionCountsByVisit(
  tdb: TenantDb,
  visitIds: readonly string[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (visitIds.length === 0) return counts;
  const rows = await tdb
    .selectFrom('requirement_mentions')
    .select('visit_id')
    .where('visit_id', 'in', [...visitIds])
    .execute();
  for (const { visit_id } of rows) if (visit_id) counts.set(visit_id, (counts.get(visit_id) ?? 0) + 1);
  return counts;
}

/** One customer's mentions on live requirements, oldest first, with the requirement's title and status. */
export function customerMentions(tdb: TenantDb, customerId: string) {
  return tdb
    .selectFrom('requirement_mentions')
    .innerJoin('requirements', onSameTenant('requirements.id', 'requirement_mentions.requirement_id'))
    .select([
      'requirements.id',
      'requirements.title',
      'requirements.status',
      'requirement_mentions.created_at',
      'requirement_mentions.go_live',
    ])
    .where('requirement_mentions.customer_id', '=', customerId)
    .where('requirements.status', '<>', 'merged')
    .orderBy('requirement_mentions.created_at')
    .execute();
}

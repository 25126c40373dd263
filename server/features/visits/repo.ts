/** SQL for visits, their participants and attendees, always through the tenant-bound TenantDb. */
import {
  type Cursor,
  type KeysetOrder,
  pageOf,
  seekPage,
  sql,
  type TenantDb,
  updateAtVersion,
} from '@server/core/db';
import type { VisitListQuery } from '@shared/schemas/visits';

export type VisitRow = NonNullable<Awaited<ReturnType<typeof findVisit>>>;
export type VisitColumns = Omit<VisitRow, 'id' | 'tenant_id'>;

const order: KeysetOrder = {
  key: sql.ref('visits.visited_at'),
  keyType: 'text',
  id: sql.ref('visits.id'),
  direction: 'desc',
};

export function findVisit(tdb: TenantDb, visitId: string) {
  return tdb.selectFrom('visits').selectAll().where('id', '=', visitId).executeTakeFirst();
}

/** The id of the tenant's visit with this client id, if one was stored (a retried create). */
export async function findVisitIdByClientId(tdb: TenantDb, clientId: string): Promise<string | undefined> {
  const row = await tdb
    .selectFrom('visits')
    .select('id')
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  return row?.id;
}

/** Inserts unless the tenant already has a visit with this client id; answers whether this call inserted it. */
export async function insertVisitOnce(
  tdb: TenantDb,
  visitId: string,
  columns: VisitColumns,
): Promise<boolean> {
  const result = await tdb
    .insertInto('visits', { id: visitId, ...columns })
    .onConflict((conflict) => conflict.columns(['tenant_id', 'client_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Applies `changes` only if the row is still at `version`; answers whether it was. */
export function updateVisitAt(
  tdb: TenantDb,
  visitId: string,
  version: number,
  changes: Partial<VisitColumns>,
): Promise<boolean> {
  return updateAtVersion(tdb, 'visits', visitId, version, changes);
}

export async function deleteVisitRow(tdb: TenantDb, visitId: string): Promise<void> {
  await tdb.deleteFrom('visit_participants').where('visit_id', '=', visitId).execute();
  await tdb.deleteFrom('visit_attendees').where('visit_id', '=', visitId).execute();
  await tdb.deleteFrom('visits').where('id', '=', visitId).execute();
}

export interface VisitScope {
  /** Sales reps: only visits they own or took part in. null: the whole tenant. */
  visibleTo: string | null;
}

type ListQuery = VisitListQuery & { fromInstant?: string; toInstant?: string; now: string };

/** Every visit of the tenant. */
const allVisits = (tdb: TenantDb) => tdb.selectFrom('visits').selectAll();

type VisitSelect = ReturnType<typeof allVisits>;

/**
 * The visits `userId` took part in, read from their participant rows outward. Left to choose, SQLite walks the whole
 * tenant's visits newest first looking for them (a million rows for a rep who joined none; issue #14); `cross join`
 * makes it start from the rep's own rows, and PostgreSQL plans it as the inner join it is. The rows are visits rows,
 * filtered on visits columns only, so the list's filters apply to them as to any select of visits.
 */
const visitsJoinedBy = (tdb: TenantDb, userId: string): VisitSelect =>
  tdb
    .selectFrom('visit_participants')
    .crossJoin('visits')
    .whereRef('visits.tenant_id', '=', 'visit_participants.tenant_id')
    .whereRef('visits.id', '=', 'visit_participants.visit_id')
    .where('visit_participants.user_id', '=', userId)
    .selectAll('visits');

/** The list's filters on a select of visits. */
function filtered(select: VisitSelect, query: ListQuery): VisitSelect {
  if (query.ownerId) select = select.where('visits.owner_id', '=', query.ownerId);
  if (query.customerId) select = select.where('visits.customer_id', '=', query.customerId);
  if (query.kind) select = select.where('visits.kind', '=', query.kind);
  if (query.flagged !== undefined)
    select = select.where('visits.check_in_flagged', '=', query.flagged ? 1 : 0);
  if (query.fromInstant) select = select.where('visits.visited_at', '>=', query.fromInstant);
  if (query.toInstant) select = select.where('visits.visited_at', '<', query.toInstant);
  if (query.status === 'planned') select = select.where('visits.visited_at', '>', query.now);
  if (query.status === 'done') select = select.where('visits.visited_at', '<=', query.now);
  return select;
}

const page = (select: VisitSelect, query: ListQuery) => seekPage(select, order, query).execute();

const newestFirst = (a: VisitRow, b: VisitRow) =>
  a.visited_at === b.visited_at ? (a.id < b.id ? 1 : -1) : a.visited_at < b.visited_at ? 1 : -1;

/**
 * A rep's page is their own visits (walked through the index that starts with the owner) merged with the visits they
 * took part in (found through their participant rows), rather than a walk of the whole tenant's visits.
 */
export async function listVisits(
  tdb: TenantDb,
  scope: VisitScope,
  query: ListQuery,
): Promise<{ rows: VisitRow[]; nextCursor: Cursor | null }> {
  const me = scope.visibleTo;
  let rows: VisitRow[];
  if (me === null) rows = await page(filtered(allVisits(tdb), query), query);
  else {
    const [owned, joined] = await Promise.all([
      page(filtered(allVisits(tdb), query).where('visits.owner_id', '=', me), query),
      page(filtered(visitsJoinedBy(tdb, me), query).where('visits.owner_id', '<>', me), query),
    ]);
    rows = [...owned, ...joined].sort(newestFirst).slice(0, query.limit + 1);
  }
  return pageOf(rows, query.limit, (row) => [row.visited_at, row.id]);
}

/** Whether `userId` is listed as one of our people on the visit. */
export async function isParticipant(tdb: TenantDb, visitId: string, userId: string): Promise<boolean> {
  const row = await tdb
    .selectFrom('visit_participants')
    .select('user_id')
    .where('visit_id', '=', visitId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Who of our people took part in these visits (names come from the people lookup). */
export function findParticipants(tdb: TenantDb, visitIds: readonly string[]) {
  if (visitIds.length === 0) return Promise.resolve([]);
  return tdb
    .selectFrom('visit_participants')
    .select(['visit_id as visitId', 'user_id as userId'])
    .where('visit_id', 'in', [...visitIds])
    .execute();
}

/** Which of the customer's contacts attended these visits (names come from the customer's contacts). */
export function findAttendees(tdb: TenantDb, visitIds: readonly string[]) {
  if (visitIds.length === 0) return Promise.resolve([]);
  return tdb
    .selectFrom('visit_attendees')
    .select(['visit_id as visitId', 'contact_id as contactId'])
    .where('visit_id', 'in', [...visitIds])
    .execute();
}

export async function replaceParticipants(tdb: TenantDb, visitId: string, userIds: string[]): Promise<void> {
  await tdb.deleteFrom('visit_participants').where('visit_id', '=', visitId).execute();
  await addParticipants(tdb, visitId, userIds);
}

/** Lists people on a visit that has none yet (a new one). */
export async function addParticipants(tdb: TenantDb, visitId: string, userIds: string[]): Promise<void> {
  const unique = [...new Set(userIds)];
  if (unique.length > 0) {
    await tdb
      .insertInto(
        'visit_participants',
        unique.map((user_id) => ({ visit_id: visitId, user_id })),
      )
      .execute();
  }
}

export async function replaceAttendees(tdb: TenantDb, visitId: string, contactIds: string[]): Promise<void> {
  await tdb.deleteFrom('visit_attendees').where('visit_id', '=', visitId).execute();
  await addAttendees(tdb, visitId, contactIds);
}

/** Lists the customer's people on a visit that has none yet (a new one). */
export async function addAttendees(tdb: TenantDb, visitId: string, contactIds: string[]): Promise<void> {
  const unique = [...new Set(contactIds)];
  if (unique.length > 0) {
    await tdb
      .insertInto(
        'visit_attendees',
        unique.map((contact_id) => ({ visit_id: visitId, contact_id })),
      )
      .execute();
  }
}

/** Visits of one customer, newest first, for its timeline. */
export function findCustomerVisits(tdb: TenantDb, customerId: string, limit: number) {
  return tdb
    .selectFrom('visits')
    .selectAll()
    .where('customer_id', '=', customerId)
    .orderBy('visited_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** Customers the person visited most recently, newest first. */
export function findRecentCustomerIds(tdb: TenantDb, ownerId: string, limit: number) {
  return tdb
    .selectFrom('visits')
    .select(['customer_id', sql<string>`max(visited_at)`.as('last_visited_at')])
    .where('owner_id', '=', ownerId)
    .groupBy('customer_id')
    .orderBy('last_visited_at', 'desc')
    .limit(limit)
    .execute();
}

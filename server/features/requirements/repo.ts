/** SQL for requirements and their mentions, always through the tenant-bound TenantDb. */
import {
  afterCursor,
  containsPattern,
  type KeysetOrder,
  likeEscaped,
  sql,
  type TenantDb,
} from '@server/core/db';
import type { RequirementMentionsTable, RequirementsTable } from '@server/core/db/tables/requirements';
import { type RequirementSort, requirementStatuses } from '@shared/domain/requirements';
import type { RequirementFilters } from '@shared/schemas/requirements';
import { customerFlagColumns } from '../customers/service';

export type RequirementRow = RequirementsTable;
export type MentionRow = RequirementMentionsTable;

interface SortSpec {
  order: KeysetOrder;
  keyOf: (row: RequirementRow) => string | number;
}

const id = sql.ref('requirements.id');
const sorts: Record<RequirementSort, SortSpec> = {
  score: {
    order: { key: sql.ref('requirements.score'), keyType: 'number', id, direction: 'desc' },
    keyOf: (r) => r.score,
  },
  demand: {
    order: { key: sql.ref('requirements.demand'), keyType: 'number', id, direction: 'desc' },
    keyOf: (r) => r.demand,
  },
  customerCount: {
    order: { key: sql.ref('requirements.customer_count'), keyType: 'number', id, direction: 'desc' },
    keyOf: (r) => r.customer_count,
  },
  newest: {
    order: { key: sql.ref('requirements.created_at'), keyType: 'text', id, direction: 'desc' },
    keyOf: (r) => r.created_at,
  },
  oldest: {
    order: { key: sql.ref('requirements.created_at'), keyType: 'text', id, direction: 'asc' },
    keyOf: (r) => r.created_at,
  },
  updated: {
    order: { key: sql.ref('requirements.updated_at'), keyType: 'text', id, direction: 'desc' },
    keyOf: (r) => r.updated_at,
  },
};

/** The first instant of a local (Asia/Shanghai, UTC+8 all year) day. */
const startOfDay = (date: string) => new Date(`${date}T00:00:00+08:00`).toISOString();
const startOfNextDay = (date: string) =>
  new Date(new Date(`${date}T00:00:00+08:00`).getTime() + 86_400_000).toISOString();

type Filters = RequirementFilters & { contestedOnly?: boolean };

/** Requirements matching the table's filters; merged ones only when asked for by status. */
export function filteredRequirements(tdb: TenantDb, filters: Filters) {
  let select = tdb.selectFrom('requirements');
  if (filters.status?.length) select = select.where('status', 'in', filters.status);
  else select = select.where('status', '<>', 'merged');
  if (filters.contestedOnly) select = select.where('contested', '=', 1);
  if (filters.inbox)
    select = select.where((eb) => eb.or([eb('status', '=', 'new'), eb('contested', '=', 1)]));
  if (filters.kind?.length) select = select.where('kind', 'in', filters.kind);
  if (filters.category) select = select.where('category', '=', filters.category);
  if (filters.ownerId) select = select.where('owner_id', '=', filters.ownerId);
  if (filters.from) select = select.where('requirements.created_at', '>=', startOfDay(filters.from));
  if (filters.to) select = select.where('requirements.created_at', '<', startOfNextDay(filters.to));
  if (filters.q)
    select = select.where(likeEscaped(sql.ref('search_text'), containsPattern(filters.q.toLowerCase())));
  if (needsMentionFilter(filters)) {
    select = select.where((eb) => eb.exists(mentionFilter(tdb, filters).select(sql.lit(1).as('one'))));
  }
  return select;
}

function needsMentionFilter(f: RequirementFilters): boolean {
  return Boolean(
    f.segment?.length || f.tier?.length || f.flags?.length || f.industry || f.reporterId || f.customerId,
  );
}

function mentionFilter(tdb: TenantDb, f: RequirementFilters) {
  let select = tdb
    .selectFrom('requirement_mentions')
    .innerJoin('customers', (join) =>
      join
        .onRef('customers.id', '=', 'requirement_mentions.customer_id')
        .onRef('customers.tenant_id', '=', 'requirement_mentions.tenant_id'),
    )
    .where(sql<boolean>`requirement_mentions.requirement_id = requirements.id`);
  if (f.segment?.length) select = select.where('customers.segment', 'in', f.segment);
  if (f.tier?.length) select = select.where('customers.tier', 'in', f.tier);
  for (const flag of f.flags ?? []) select = select.where(`customers.${customerFlagColumns[flag]}`, '=', 1);
  if (f.industry) select = select.where('customers.industry', '=', f.industry);
  if (f.reporterId) select = select.where('requirement_mentions.reporter_id', '=', f.reporterId);
  if (f.customerId) select = select.where('requirement_mentions.customer_id', '=', f.customerId);
  return select;
}

type ListQuery = Filters & { limit: number; cursor?: (string | number)[] | undefined };
type ListResult = { rows: RequirementRow[]; nextCursor: (string | number)[] | null; total: number };

/**
 * The triage inbox is new requirements plus the few with a contested merge: two index-friendly queries merged here,
 * because "status = new OR contested" would make the database scan and sort the whole pool on every page.
 */
export async function listRequirements(tdb: TenantDb, query: ListQuery): Promise<ListResult> {
  if (!query.inbox) return listPlain(tdb, query);
  const base = { ...query, inbox: undefined };
  const wantsNew = !query.status?.length || query.status.includes('new');
  const contestedStatuses = (query.status?.length ? query.status : requirementStatuses).filter(
    (s) => s !== 'new' && s !== 'merged',
  );
  const empty: ListResult = { rows: [], nextCursor: null, total: 0 };
  const [fresh, contested] = await Promise.all([
    wantsNew ? listPlain(tdb, { ...base, status: ['new'] }) : empty,
    contestedStatuses.length
      ? listContested(tdb, { ...base, status: query.status?.length ? contestedStatuses : undefined })
      : empty,
  ]);
  const sort = sorts[query.sort];
  const rows = [...fresh.rows, ...contested.rows].sort(compareIn(sort));
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const more = rows.length > query.limit || fresh.nextCursor !== null || contested.nextCursor !== null;
  return {
    rows: page,
    nextCursor: more && last ? [sort.keyOf(last), last.id] : null,
    total: fresh.total + contested.total,
  };
}

/** Compares sort keys then ids, in the sort's direction: negative when `a` comes first. */
function compareKeys(sort: SortSpec, a: [string | number, string], b: [string | number, string]): number {
  const sign = sort.order.direction === 'desc' ? -1 : 1;
  const [ka, ia] = a;
  const [kb, ib] = b;
  return sign * (ka < kb ? -1 : ka > kb ? 1 : ia < ib ? -1 : ia > ib ? 1 : 0);
}

function compareIn(sort: SortSpec) {
  return (x: RequirementRow, y: RequirementRow) =>
    compareKeys(sort, [sort.keyOf(x), x.id], [sort.keyOf(y), y.id]);
}

/**
 * Contested requirements are few: all of them are read by their own index, without an ORDER BY (which would steer
 * the planner to the score index and a scan of the pool), then ordered and cut at the cursor here.
 */
async function listContested(tdb: TenantDb, query: ListQuery): Promise<ListResult> {
  const sort = sorts[query.sort];
  const all = (await filteredRequirements(tdb, { ...query, contestedOnly: true })
    .selectAll('requirements')
    .limit(1000)
    .execute()) as RequirementRow[];
  const cursor = query.cursor;
  const after = cursor
    ? all.filter(
        (row) => compareKeys(sort, [sort.keyOf(row), row.id], [cursor[0] ?? '', String(cursor[1] ?? '')]) > 0,
      )
    : all;
  return { rows: after.sort(compareIn(sort)), nextCursor: null, total: all.length };
}

async function listPlain(tdb: TenantDb, query: ListQuery): Promise<ListResult> {
  const sort = sorts[query.sort];
  let select = filteredRequirements(tdb, query).selectAll('requirements');
  if (query.cursor) select = select.where(afterCursor(sort.order, query.cursor));
  const [rows, counted] = await Promise.all([
    select
      .orderBy(sort.order.key, sort.order.direction)
      .orderBy(sort.order.id, sort.order.direction)
      .limit(query.limit + 1)
      .execute() as Promise<RequirementRow[]>,
    filteredRequirements(tdb, query)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    rows: page,
    nextCursor: rows.length > query.limit && last ? [sort.keyOf(last), last.id] : null,
    total: Number(counted.n),
  };
}

/** Every matching requirement in table order, a batch at a time (the export streams these). */
export async function* requirementBatches(
  tdb: TenantDb,
  filters: RequirementFilters,
  batchSize = 1000,
): AsyncGenerator<RequirementRow[]> {
  const sort = sorts[filters.sort];
  let cursor: (string | number)[] | null = null;
  for (;;) {
    let select = filteredRequirements(tdb, filters).selectAll('requirements');
    if (cursor) select = select.where(afterCursor(sort.order, cursor));
    const rows = (await select
      .orderBy(sort.order.key, sort.order.direction)
      .orderBy(sort.order.id, sort.order.direction)
      .limit(batchSize)
      .execute()) as RequirementRow[];
    if (rows.length === 0) return;
    yield rows;
    const last = rows.at(-1) as RequirementRow;
    cursor = [sort.keyOf(last), last.id];
    if (rows.length < batchSize) return;
  }
}

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
export async function updateRequirementAt(
  tdb: TenantDb,
  requirementId: string,
  version: number,
  changes: Partial<RequirementRow>,
): Promise<boolean> {
  const result = await tdb
    .updateTable('requirements')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', requirementId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A change the server makes on its own account (scores, merges): no version check, still a new version. */
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

export function findMentionByClientId(tdb: TenantDb, clientId: string) {
  return tdb
    .selectFrom('requirement_mentions')
    .selectAll()
    .where('client_id', '=', clientId)
    .executeTakeFirst();
}

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

export function mentionsOf(tdb: TenantDb, requirementId: string): Promise<MentionRow[]> {
  return tdb
    .selectFrom('requirement_mentions')
    .selectAll()
    .where('requirement_id', '=', requirementId)
    .orderBy('created_at')
    .orderBy('id')
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

/** Customer names, owners and scoring attributes of the given customers. */
export function customersByIds(tdb: TenantDb, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return tdb
    .selectFrom('customers')
    .select([
      'id',
      'name',
      'owner_id',
      'tier',
      'segment',
      'industry',
      'flag_co_creation',
      'flag_angel',
      'flag_benchmark',
      'archived_at',
    ])
    .where('id', 'in', [...new Set(ids)])
    .execute();
}
export type CustomerBrief = Awaited<ReturnType<typeof customersByIds>>[number];

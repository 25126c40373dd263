/** The requirements table as the PM reads it: filters, sorts, the triage inbox, and the export's batches. */
import {
  containsPattern,
  type KeysetOrder,
  likeEscaped,
  pageOf,
  seekPage,
  sql,
  type TenantDb,
} from '@server/core/db';
import { type RequirementSort, requirementStatuses } from '@shared/domain/requirements';
import type { RequirementFilters } from '@shared/schemas/requirements';
import type { CustomerIdQuery } from '../../customers/service';
import { startOfDay, startOfNextDay } from './local-days';
import type { RequirementRow } from './requirements';

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

/**
 * The table's filters; `customers` is the customers feature's subquery for the customer attributes asked for
 * (segment, tier, flags, industry), null when none is.
 */
export type TableFilters = RequirementFilters & { customers: CustomerIdQuery | null };
type Filters = TableFilters & { contestedOnly?: boolean };

/** Requirements matching the table's filters; merged ones only when asked for by status. */
function filteredRequirements(tdb: TenantDb, filters: Filters) {
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

function needsMentionFilter(f: Filters): boolean {
  return Boolean(f.customers || f.reporterId || f.customerId);
}

function mentionFilter(tdb: TenantDb, f: Filters) {
  let select = tdb
    .selectFrom('requirement_mentions')
    .where(sql<boolean>`requirement_mentions.requirement_id = requirements.id`);
  if (f.customers) select = select.where('requirement_mentions.customer_id', 'in', f.customers);
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
  const [rows, counted] = await Promise.all([
    seekPage(
      filteredRequirements(tdb, query).selectAll('requirements'),
      sort.order,
      query,
    ).execute() as Promise<RequirementRow[]>,
    filteredRequirements(tdb, query)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { ...pageOf(rows, query.limit, (row) => [sort.keyOf(row), row.id]), total: Number(counted.n) };
}

/** Every matching requirement in table order, a batch at a time (the export streams these). */
export async function* requirementBatches(
  tdb: TenantDb,
  filters: TableFilters,
  batchSize = 1000,
): AsyncGenerator<RequirementRow[]> {
  const sort = sorts[filters.sort];
  let cursor: (string | number)[] | null = null;
  do {
    const select = filteredRequirements(tdb, filters).selectAll('requirements');
    const read = (await seekPage(select, sort.order, {
      limit: batchSize,
      cursor: cursor ?? undefined,
    }).execute()) as RequirementRow[];
    const batch = pageOf(read, batchSize, (row) => [sort.keyOf(row), row.id]);
    if (batch.rows.length === 0) return;
    yield batch.rows;
    cursor = batch.nextCursor;
  } while (cursor);
}

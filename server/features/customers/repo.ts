/** SQL for customers and their contacts, always through the tenant-bound TenantDb. */
import {
  containsPattern,
  type Expression,
  type KeysetOrder,
  likeEscaped,
  pageOf,
  seekPage,
  sql,
  type TenantDb,
  updateAtVersion,
} from '@server/core/db';
import type { CustomerFlag, CustomerSort } from '@shared/domain/customers';
import type { CustomerListQuery } from '@shared/schemas/customers';
import { customerFlagColumns } from './flags';

export type CustomerRow = NonNullable<Awaited<ReturnType<typeof findCustomer>>>;
export type CustomerColumns = Omit<CustomerRow, 'id' | 'tenant_id'>;
export type ContactRow = NonNullable<Awaited<ReturnType<typeof findContacts>>>[number];

interface SortSpec {
  order: KeysetOrder;
  keyOf: (row: CustomerRow) => string | number;
}

const id = sql.ref('customers.id');
const sorts: Record<CustomerSort, SortSpec> = {
  '-updatedAt': {
    order: { key: sql.ref('customers.updated_at'), keyType: 'text', id, direction: 'desc' },
    keyOf: (r) => r.updated_at,
  },
  '-createdAt': {
    order: { key: sql.ref('customers.created_at'), keyType: 'text', id, direction: 'desc' },
    keyOf: (r) => r.created_at,
  },
  name: {
    order: { key: sql.ref('customers.name'), keyType: 'text', id, direction: 'asc' },
    keyOf: (r) => r.name,
  },
  '-contractValue': {
    order: { key: sql`coalesce(customers.contract_value, -1)`, keyType: 'number', id, direction: 'desc' },
    keyOf: (r) => r.contract_value ?? -1,
  },
};

export async function listCustomers(
  tdb: TenantDb,
  query: CustomerListQuery,
  onlyOwner: string | null,
): Promise<{ rows: CustomerRow[]; nextCursor: (string | number)[] | null }> {
  const sort = sorts[query.sort];
  let select = tdb.selectFrom('customers').selectAll();
  if (onlyOwner) select = select.where('owner_id', '=', onlyOwner);
  if (query.ownerId) select = select.where('owner_id', '=', query.ownerId);
  if (query.segment) select = select.where('segment', '=', query.segment);
  if (query.tier) select = select.where('tier', '=', query.tier);
  if (query.industry) select = select.where('industry', '=', query.industry);
  for (const flag of query.flags ?? []) select = select.where(customerFlagColumns[flag], '=', 1);
  select = select.where('archived_at', query.archived ? 'is not' : 'is', null);
  if (query.q)
    select = select.where(likeEscaped(sql.ref('name_search'), containsPattern(query.q.toLowerCase())));
  const rows = await seekPage(select, sort.order, query).execute();
  return pageOf(rows, query.limit, (row) => [sort.keyOf(row), row.id]);
}

export function findCustomer(tdb: TenantDb, customerId: string) {
  return tdb.selectFrom('customers').selectAll().where('id', '=', customerId).executeTakeFirst();
}

export async function insertCustomer(
  tdb: TenantDb,
  customerId: string,
  columns: CustomerColumns,
): Promise<void> {
  await tdb.insertInto('customers', { id: customerId, ...columns }).execute();
}

/** Applies `changes` only if the row is still at `version`; answers whether it was. */
export function updateCustomerAt(
  tdb: TenantDb,
  customerId: string,
  version: number,
  changes: Partial<CustomerColumns>,
): Promise<boolean> {
  return updateAtVersion(tdb, 'customers', customerId, version, changes);
}

export function findContacts(
  tdb: TenantDb,
  customerId: string,
  page: { limit: number; cursor?: (string | number)[] | undefined },
) {
  const order: KeysetOrder = {
    key: sql.ref('contacts.created_at'),
    keyType: 'text',
    id: sql.ref('contacts.id'),
    direction: 'asc',
  };
  return seekPage(
    tdb.selectFrom('contacts').selectAll().where('customer_id', '=', customerId),
    order,
    page,
  ).execute();
}

export async function insertContact(tdb: TenantDb, row: Omit<ContactRow, 'tenant_id'>): Promise<void> {
  await tdb.insertInto('contacts', row).execute();
}

const summaryColumns = [
  'customers.id',
  'customers.name',
  'customers.owner_id',
  'customers.tier',
  'customers.segment',
  'customers.industry',
  'customers.flag_co_creation',
  'customers.flag_angel',
  'customers.flag_benchmark',
  'customers.contract_value',
  'customers.address',
  'customers.lat',
  'customers.lng',
  'customers.archived_at',
  'customers.created_at',
] as const;

export function findCustomerSummaries(tdb: TenantDb, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return tdb
    .selectFrom('customers')
    .select(summaryColumns)
    .where('customers.id', 'in', [...new Set(ids)])
    .execute();
}

export type CustomerSummaryRow = Awaited<ReturnType<typeof findCustomerSummaries>>[number];

export function findAllCustomerSummaries(tdb: TenantDb) {
  return tdb
    .selectFrom('customers')
    .select(summaryColumns)
    .orderBy('customers.created_at', 'desc')
    .orderBy('customers.id', 'desc')
    .execute();
}

export interface LatLngBox {
  minLat: number;
  maxLat: number;
  minLng: number;
  maxLng: number;
}

/** Not archived customers with a saved location inside the box (at most 500), optionally one owner's. */
export function findCustomersInBox(tdb: TenantDb, box: LatLngBox, ownerId: string | null) {
  let select = tdb
    .selectFrom('customers')
    .select(summaryColumns)
    .where('customers.archived_at', 'is', null)
    .where('customers.lat', '>=', box.minLat)
    .where('customers.lat', '<=', box.maxLat)
    .where('customers.lng', '>=', box.minLng)
    .where('customers.lng', '<=', box.maxLng);
  if (ownerId) select = select.where('customers.owner_id', '=', ownerId);
  return select.limit(500).execute();
}

export interface CustomerAttributeFilter {
  ownerId?: string | undefined;
  /** Only customers owned by these people (another feature's subquery of user ids, a department's say). */
  owners?: Expression<unknown> | undefined;
  segment?: readonly string[] | undefined;
  tier?: readonly string[] | undefined;
  industry?: string | undefined;
  flags?: readonly CustomerFlag[] | undefined;
  /** Leave archived customers out. */
  activeOnly?: boolean | undefined;
}

function matchingCustomers(tdb: TenantDb, filter: CustomerAttributeFilter) {
  let select = tdb.selectFrom('customers');
  if (filter.ownerId) select = select.where('customers.owner_id', '=', filter.ownerId);
  if (filter.owners) select = select.where('customers.owner_id', 'in', filter.owners as never);
  if (filter.segment?.length) select = select.where('customers.segment', 'in', [...filter.segment]);
  if (filter.tier?.length) select = select.where('customers.tier', 'in', [...filter.tier]);
  if (filter.industry) select = select.where('customers.industry', '=', filter.industry);
  for (const flag of filter.flags ?? [])
    select = select.where(`customers.${customerFlagColumns[flag]}`, '=', 1);
  if (filter.activeOnly) select = select.where('customers.archived_at', 'is', null);
  return select;
}

/** A subquery of the ids of customers matching `filter`, for another feature's `where(…, 'in', …)`. */
export function customerIdsMatching(tdb: TenantDb, filter: CustomerAttributeFilter) {
  return matchingCustomers(tdb, filter).select('customers.id');
}

/** A subquery of id and industry ('' when not set) of the customers matching `filter`, for another feature to join. */
export function customerIndustriesMatching(tdb: TenantDb, filter: CustomerAttributeFilter) {
  return matchingCustomers(tdb, filter).select([
    'customers.id',
    sql<string>`coalesce(customers.industry, '')`.as('industry'),
  ]);
}

/**
 * Active customers matching `filter` per tier and segment, and how many of them are among `reached` (another
 * feature's subquery of customer ids, the visited ones say).
 */
export function countCustomersReached(
  tdb: TenantDb,
  filter: CustomerAttributeFilter,
  reached: Expression<unknown>,
) {
  return matchingCustomers(tdb, { ...filter, activeOnly: true })
    .select([
      'customers.tier',
      'customers.segment',
      sql<number>`count(*)`.as('total'),
      sql<number>`sum(case when customers.id in ${reached} then 1 else 0 end)`.as('reached'),
    ])
    .groupBy(['customers.tier', 'customers.segment'])
    .execute();
}
export type CustomerIdQuery = ReturnType<typeof customerIdsMatching>;
export type CustomerIndustryQuery = ReturnType<typeof customerIndustriesMatching>;

export function findContactsByIds(tdb: TenantDb, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return tdb
    .selectFrom('contacts')
    .select(['id', 'name', 'title', 'customer_id'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
}

/** The contacts of these customers, oldest first. */
export function findContactsOfCustomers(tdb: TenantDb, customerIds: readonly string[]) {
  if (customerIds.length === 0) return Promise.resolve([]);
  return tdb
    .selectFrom('contacts')
    .select(['id', 'name', 'title', 'role', 'phone', 'email', 'customer_id'])
    .where('customer_id', 'in', [...new Set(customerIds)])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** SQL for customers and their contacts, always through the tenant-bound TenantDb. */
import {
  containsPattern,
  type KeysetOrder,
  likeEscaped,
  pageOf,
  seekPage,
  sql,
  type TenantDb,
  updateAtVersion,
} from '@server/core/db';
import type { CustomerSort } from '@shared/domain/customers';
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

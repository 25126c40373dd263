/** SQL of a spreadsheet import: customers and contacts read and written in chunks, never a round trip per row. */
import type { TenantDb } from '@server/core/db';
import type { ContactRow, CustomerRow } from './repo';

/** Rows per statement: well under SQLite's and PostgreSQL's limits on bound values for the widest table. */
const chunkSize = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let at = 0; at < items.length; at += chunkSize) out.push(items.slice(at, at + chunkSize));
  return out;
}

/** The customers whose name (letter case aside) is one of `keys`. */
export async function findCustomersByNameKeys(
  tdb: TenantDb,
  keys: readonly string[],
): Promise<CustomerRow[]> {
  const found: CustomerRow[] = [];
  for (const part of chunks(keys))
    found.push(...(await tdb.selectFrom('customers').selectAll().where('name_search', 'in', part).execute()));
  return found;
}

export async function findContactsOfCustomerIds(
  tdb: TenantDb,
  customerIds: readonly string[],
): Promise<ContactRow[]> {
  const found: ContactRow[] = [];
  for (const part of chunks(customerIds))
    found.push(...(await tdb.selectFrom('contacts').selectAll().where('customer_id', 'in', part).execute()));
  return found;
}

export async function insertCustomerRows(tdb: TenantDb, rows: readonly Omit<CustomerRow, 'tenant_id'>[]) {
  for (const part of chunks(rows)) await tdb.insertInto('customers', part).execute();
}

export async function insertContactRows(tdb: TenantDb, rows: readonly Omit<ContactRow, 'tenant_id'>[]) {
  for (const part of chunks(rows)) await tdb.insertInto('contacts', part).execute();
}

export async function updateContactRow(
  tdb: TenantDb,
  contactId: string,
  changes: Partial<Omit<ContactRow, 'id' | 'tenant_id' | 'customer_id'>>,
): Promise<void> {
  await tdb.updateTable('contacts').set(changes).where('id', '=', contactId).execute();
}

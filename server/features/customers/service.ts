/** Customer operations: visibility, ownership rules, optimistic versions, audit trail. */
import { recordAudit } from '@server/core/audit';
import type { Actor } from '@server/core/auth/actor';
import { pageOf, type TenantDb } from '@server/core/db';
import { AppError, notFound } from '@server/core/errors';
import { newId, nowIso } from '@server/core/ids';
import { authorize } from '@server/core/policy';
import { encodeCursor, type Page, type PageQuery } from '@shared/schemas/common';
import type {
  Contact,
  Customer,
  CustomerListQuery,
  contactCreate,
  customerCreate,
  customerUpdate,
} from '@shared/schemas/customers';
import type { z } from 'zod';
import { getPerson, namesOf } from '../users/service';
import { columnsForChanges, columnsForCreate, contactColumns } from './columns';
import {
  canArchiveCustomer,
  canAssignOwner,
  canCreateCustomer,
  canSeeCustomer,
  canUpdateCustomer,
  ownerRoles,
  visibleOwnerFor,
} from './policy';
import { presentContact, presentCustomer } from './present';
import {
  type CustomerColumns,
  type CustomerRow,
  findContacts,
  findCustomer,
  insertContact,
  insertCustomer,
  listCustomers,
  updateCustomerAt,
} from './repo';

export { type CustomerFlagColumns, customerFlagColumns, flagsOf } from './flags';
export { canCreateCustomer, canImportCustomers, canSeeCustomer, visibleOwnerFor } from './policy';
/**
 * What other features may know of customers, so no other feature queries the customers or contacts tables:
 * summaries by id (name, owner, scoring attributes, flags, place), customers near a point, the subquery of ids
 * matching a filter (for SQL that filters by customer attributes), and contacts by id or by customer.
 */
export {
  type CustomerAttributeFilter,
  type CustomerIdQuery,
  type CustomerIndustryQuery,
  type CustomerSummaryRow as CustomerSummary,
  countCustomersReached,
  customerIdsMatching,
  customerIndustriesMatching,
  findAllCustomerSummaries as allCustomerSummaries,
  findContactsByIds as contactsByIds,
  findContactsOfCustomers as contactsOfCustomers,
  findCustomerSummaries as customerSummaries,
  findCustomersInBox as customersInBox,
  type LatLngBox,
} from './repo';

export async function listVisibleCustomers(
  tdb: TenantDb,
  actor: Actor,
  query: CustomerListQuery,
): Promise<Page<Customer>> {
  const { rows, nextCursor } = await listCustomers(tdb, query, visibleOwnerFor(actor));
  const names = await namesOf(
    tdb,
    rows.map((row) => row.owner_id),
  );
  return {
    items: rows.map((row) => presentCustomer(row, names.get(row.owner_id) ?? '', actor)),
    nextCursor: nextCursor ? encodeCursor(nextCursor) : null,
  };
}

export async function getCustomer(tdb: TenantDb, actor: Actor, customerId: string): Promise<Customer> {
  return present(tdb, actor, await visibleCustomer(tdb, actor, customerId));
}

export async function createCustomer(
  tdb: TenantDb,
  actor: Actor,
  input: z.output<typeof customerCreate>,
): Promise<Customer> {
  authorize(canCreateCustomer(actor));
  const ownerId = input.ownerId ?? actor.userId;
  if (ownerId !== actor.userId) authorize(canAssignOwner(actor));
  await assertValidOwner(tdb, ownerId);
  const customerId = newId();
  const columns = columnsForCreate(input, ownerId, nowIso());
  await tdb.transaction(async (tx) => {
    await insertCustomer(tx, customerId, columns);
    await recordAudit(tx, actor, { action: 'customer.create', objectType: 'customer', objectId: customerId });
  });
  return getCustomer(tdb, actor, customerId);
}

export async function updateCustomer(
  tdb: TenantDb,
  actor: Actor,
  customerId: string,
  input: z.output<typeof customerUpdate>,
): Promise<Customer> {
  const current = await visibleCustomer(tdb, actor, customerId);
  authorize(canUpdateCustomer(actor, current));
  const { version, ...fields } = input;
  if (version !== undefined && version !== current.version) throw new AppError('VERSION_CONFLICT');
  if (fields.ownerId !== undefined && fields.ownerId !== current.owner_id) {
    authorize(canAssignOwner(actor));
    await assertValidOwner(tdb, fields.ownerId);
  }
  await changeCustomer(tdb, actor, current, columnsForChanges(fields), {
    action: 'customer.update',
    data: { changed: Object.keys(fields) },
  });
  return getCustomer(tdb, actor, customerId);
}

export async function setCustomerArchived(
  tdb: TenantDb,
  actor: Actor,
  customerId: string,
  archived: boolean,
): Promise<Customer> {
  const current = await visibleCustomer(tdb, actor, customerId);
  authorize(canArchiveCustomer(actor));
  if ((current.archived_at !== null) !== archived) {
    await changeCustomer(
      tdb,
      actor,
      current,
      { archived_at: archived ? nowIso() : null },
      {
        action: archived ? 'customer.archive' : 'customer.restore',
      },
    );
  }
  return getCustomer(tdb, actor, customerId);
}

/** Applies changes to the version the actor saw, with its audit event; someone else's newer edit answers 409. */
async function changeCustomer(
  tdb: TenantDb,
  actor: Actor,
  current: CustomerRow,
  changes: Partial<CustomerColumns>,
  audit: { action: string; data?: Record<string, unknown> },
): Promise<void> {
  await tdb.transaction(async (tx) => {
    const applied = await updateCustomerAt(tx, current.id, current.version, {
      ...changes,
      updated_at: nowIso(),
    });
    if (!applied) throw new AppError('VERSION_CONFLICT');
    await recordAudit(tx, actor, { ...audit, objectType: 'customer', objectId: current.id });
  });
}

export async function listCustomerContacts(
  tdb: TenantDb,
  actor: Actor,
  customerId: string,
  page: PageQuery,
): Promise<Page<Contact>> {
  await visibleCustomer(tdb, actor, customerId);
  const { rows, nextCursor } = pageOf(await findContacts(tdb, customerId, page), page.limit, (row) => [
    row.created_at,
    row.id,
  ]);
  return { items: rows.map(presentContact), nextCursor: nextCursor ? encodeCursor(nextCursor) : null };
}

export async function addContact(
  tdb: TenantDb,
  actor: Actor,
  customerId: string,
  input: z.output<typeof contactCreate>,
): Promise<Contact> {
  const customer = await visibleCustomer(tdb, actor, customerId);
  authorize(canUpdateCustomer(actor, customer));
  const row = contactColumns(input, { id: newId(), customerId }, nowIso());
  await tdb.transaction(async (tx) => {
    await insertContact(tx, row);
    await recordAudit(tx, actor, { action: 'contact.create', objectType: 'customer', objectId: customerId });
  });
  return presentContact({ ...row, tenant_id: tdb.tenantId });
}

/**
 * Bulk import (the demo seed today, spreadsheet import later): keeps the given times and writes no audit event;
 * the caller vouches for the owner.
 */
export async function importCustomer(
  tdb: TenantDb,
  input: z.output<typeof customerCreate> & { ownerId: string },
  contacts: z.output<typeof contactCreate>[],
  times: { createdAt: string; updatedAt: string },
): Promise<string> {
  const customerId = newId();
  const columns = { ...columnsForCreate(input, input.ownerId, times.createdAt), updated_at: times.updatedAt };
  await tdb.transaction(async (tx) => {
    await insertCustomer(tx, customerId, columns);
    for (const contact of contacts) {
      await insertContact(tx, contactColumns(contact, { id: newId(), customerId }, times.createdAt));
    }
  });
  return customerId;
}

/** The customer if it exists in the tenant and the actor may see it; otherwise 404, never a hint that it exists. */
async function visibleCustomer(tdb: TenantDb, actor: Actor, customerId: string): Promise<CustomerRow> {
  const row = await findCustomer(tdb, customerId);
  if (!row || !canSeeCustomer(actor, row)) throw notFound();
  return row;
}

async function present(tdb: TenantDb, actor: Actor, row: CustomerRow): Promise<Customer> {
  const names = await namesOf(tdb, [row.owner_id]);
  return presentCustomer(row, names.get(row.owner_id) ?? '', actor);
}

async function assertValidOwner(tdb: TenantDb, ownerId: string): Promise<void> {
  const owner = await getPerson(tdb, ownerId);
  if (!owner?.active || !ownerRoles.includes(owner.role)) {
    throw new AppError('INVALID_OWNER', { ownerId: 'errors.INVALID_OWNER' });
  }
}

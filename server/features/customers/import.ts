/**
 * Customers and contacts from a spreadsheet: previewed (nothing written), or written all at once — every row is
 * checked first, any problem answers 422 with the rows at fault, and otherwise one transaction writes it all.
 */
import { recordAudit } from '@server/core/audit';
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { AppError } from '@server/core/errors';
import { newId, nowIso } from '@server/core/ids';
import { authorize } from '@server/core/policy';
import type { Segment, Tier } from '@shared/domain/customers';
import type { TFunction } from '@shared/i18n';
import type {
  CustomerImportPreview,
  CustomerImportResult,
  ImportSampleRow,
} from '@shared/schemas/customers-import';
import { namesOf } from '../users/service';
import { columnsForChanges, columnsForCreate, contactColumns } from './columns';
import { type ImportPlan, type ImportRequest, matchExisting, planImport, rowErrors } from './import-plan';
import {
  findContactsOfCustomerIds,
  insertContactRows,
  insertCustomerRows,
  updateContactRow,
} from './import-repo';
import type { ContactDraft, CustomerDraft } from './import-rows';
import { canImportCustomers } from './policy';
import { type ContactRow, type CustomerColumns, type CustomerRow, updateCustomerAt } from './repo';

export type { ImportRequest } from './import-plan';

const sampleSize = 20;

/** The input of columnsForCreate/columnsForChanges from what the rows gave. */
const customerInput = (draft: CustomerDraft) => ({
  industry: draft.given.industry,
  segment: draft.given.segment,
  tier: draft.given.tier,
  address: draft.given.address,
  contractValue: draft.given.contractValue,
  tags: draft.given.tags,
  ownerId: draft.given.owner?.id,
  flags: { coCreation: draft.given.coCreation, angel: draft.given.angel, benchmark: draft.given.benchmark },
});

const contactInput = (contact: ContactDraft) => ({ ...contact, role: contact.role ?? 'user' });

export async function previewCustomerImport(
  tdb: TenantDb,
  actor: Actor,
  request: ImportRequest,
  t: TFunction,
): Promise<CustomerImportPreview> {
  authorize(canImportCustomers(actor));
  const plan = await planImport(tdb, request, t);
  const { existing, problems } = await matchExisting(tdb, plan, t);
  const allProblems = [...plan.problems, ...problems];
  const toUpdate = plan.drafts.filter((draft) => existing.has(draft.key)).length;
  return {
    key: request.key,
    columns: plan.columns.map(({ column, header, field }) => ({ column, header, field })),
    unmapped: plan.columns.filter((column) => !column.field).map((column) => column.header),
    rowCount: plan.rowCount,
    toCreate: plan.drafts.length - toUpdate,
    toUpdate,
    contacts: plan.drafts.reduce((sum, draft) => sum + draft.contacts.length, 0),
    sample: await sampleOf(tdb, actor, plan.drafts.slice(0, sampleSize), existing),
    rows: rowErrors(allProblems),
    errorCount: allProblems.length,
  };
}

/** The first customers as they will be saved: the row's values over the stored ones, defaults for new ones. */
async function sampleOf(
  tdb: TenantDb,
  actor: Actor,
  drafts: CustomerDraft[],
  existing: Map<string, CustomerRow>,
): Promise<ImportSampleRow[]> {
  const ownerIds = drafts.map((draft) => existing.get(draft.key)?.owner_id ?? actor.userId);
  const names = await namesOf(tdb, ownerIds);
  return drafts.map((draft, index) => {
    const current = existing.get(draft.key);
    return {
      row: draft.row,
      isNew: !current,
      name: current?.name ?? draft.name,
      industry: draft.given.industry ?? current?.industry ?? null,
      segment: draft.given.segment ?? (current?.segment as Segment | undefined) ?? 'smb',
      tier: draft.given.tier ?? (current?.tier as Tier | undefined) ?? 'general',
      ownerName: draft.given.owner?.name ?? names.get(ownerIds[index] ?? '') ?? null,
      contacts: draft.contacts.map((contact) => {
        const { name, title, phone, role } = contactInput(contact);
        return { name, title: title ?? null, phone: phone ?? null, role };
      }),
    };
  });
}

export async function importCustomers(
  tdb: TenantDb,
  actor: Actor,
  request: ImportRequest,
  t: TFunction,
): Promise<CustomerImportResult> {
  authorize(canImportCustomers(actor));
  const plan = await planImport(tdb, request, t);
  if (plan.problems.length > 0) throw rowsInvalid(plan.problems);
  return tdb.transaction(async (tx) => {
    // Another import of the same new customer waits here, then finds it and updates it instead of adding a twin.
    await tx.lockTenant();
    const { existing, problems } = await matchExisting(tx, plan, t);
    if (problems.length > 0) throw rowsInvalid(problems);
    const now = nowIso();
    const created = await createCustomers(
      tx,
      actor,
      plan.drafts.filter((draft) => !existing.has(draft.key)),
      now,
    );
    const updated = await updateCustomers(tx, plan.drafts, existing, now);
    await recordAudit(tx, actor, {
      action: 'customer.import',
      objectType: 'customer_import',
      objectId: newId(),
      data: { created, updated, rows: plan.rowCount, key: request.key },
    });
    return { created, updated };
  });
}

function rowsInvalid(problems: ImportPlan['problems']): AppError {
  return new AppError('IMPORT_ROWS_INVALID', undefined, {
    params: { count: problems.length },
    details: { rows: rowErrors(problems), errorCount: problems.length },
  });
}

async function createCustomers(tx: TenantDb, actor: Actor, drafts: CustomerDraft[], now: string) {
  const customers: (CustomerColumns & { id: string })[] = [];
  const contacts: Omit<ContactRow, 'tenant_id'>[] = [];
  for (const draft of drafts) {
    const id = newId();
    const input = customerInput(draft);
    const create = {
      ...input,
      name: draft.name,
      segment: input.segment ?? 'smb',
      tier: input.tier ?? 'general',
    };
    customers.push({ id, ...columnsForCreate(create, input.ownerId ?? actor.userId, now) });
    for (const contact of draft.contacts)
      contacts.push(contactColumns(contactInput(contact), { id: newId(), customerId: id }, now));
  }
  await insertCustomerRows(tx, customers);
  await insertContactRows(tx, contacts);
  return drafts.length;
}

/** Writes only what changed: a file imported twice leaves every row (and its version) as it was. */
async function updateCustomers(
  tx: TenantDb,
  drafts: CustomerDraft[],
  existing: Map<string, CustomerRow>,
  now: string,
) {
  const matched = drafts.flatMap((draft) => {
    const current = existing.get(draft.key);
    return current ? [{ draft, current }] : [];
  });
  for (const { draft, current } of matched) {
    const changes = Object.entries(columnsForChanges(customerInput(draft))).filter(
      ([column, value]) => current[column as keyof CustomerRow] !== value,
    );
    if (changes.length === 0) continue;
    const applied = await updateCustomerAt(tx, current.id, current.version, {
      ...Object.fromEntries(changes),
      updated_at: now,
    });
    if (!applied) throw new AppError('VERSION_CONFLICT');
  }
  await mergeContacts(
    tx,
    matched.map(({ draft, current }) => ({ customerId: current.id, contacts: draft.contacts })),
    now,
  );
  return matched.length;
}

/** A contact of the same name is the same person: its given fields are updated; anyone else is added. */
async function mergeContacts(
  tx: TenantDb,
  customers: { customerId: string; contacts: ContactDraft[] }[],
  now: string,
) {
  const known = await findContactsOfCustomerIds(
    tx,
    customers.filter((customer) => customer.contacts.length > 0).map((customer) => customer.customerId),
  );
  const byCustomerAndName = new Map(known.map((row) => [`${row.customer_id}\u0000${row.name}`, row]));
  const added: Omit<ContactRow, 'tenant_id'>[] = [];
  for (const { customerId, contacts } of customers) {
    for (const contact of contacts) {
      const current = byCustomerAndName.get(`${customerId}\u0000${contact.name}`);
      if (!current) {
        added.push(contactColumns(contactInput(contact), { id: newId(), customerId }, now));
        continue;
      }
      const changes = Object.fromEntries(
        Object.entries(contact).filter(([field, value]) => current[field as keyof ContactRow] !== value),
      );
      if (Object.keys(changes).length > 0)
        await updateContactRow(tx, current.id, { ...changes, updated_at: now });
    }
  }
  await insertContactRows(tx, added);
}

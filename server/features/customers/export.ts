/**
 * The customer list as .xlsx (customers, then their contacts on a second sheet) or .csv (customers, contacts summed
 * up in one column): the rows the actor's list shows under the same filters and sort, every page of them.
 */
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import {
  type Cell,
  cellsOf,
  everyPage,
  type SpreadsheetFile,
  streamSpreadsheet,
} from '@server/core/spreadsheets';
import { customerFlags } from '@shared/domain/customers';
import type { TFunction } from '@shared/i18n';
import type { CustomerExportQuery } from '@shared/schemas/customers';
import { namesOf } from '../users/service';
import { flagsOf } from './flags';
import { visibleOwnerFor } from './policy';
import { type CustomerRow, findContactsOfCustomers, listCustomers } from './repo';

const customerColumns = [
  'name',
  'industry',
  'segment',
  'tier',
  'flags',
  'owner',
  'address',
  'contractValue',
  'tags',
] as const;
const contactColumns = [
  'name',
  'contactName',
  'contactTitle',
  'contactRole',
  'contactPhone',
  'contactEmail',
] as const;

type ContactRow = Awaited<ReturnType<typeof findContactsOfCustomers>>[number];

export function exportCustomers(
  tdb: TenantDb,
  actor: Actor,
  query: CustomerExportQuery,
  t: TFunction,
): SpreadsheetFile {
  const { format, ...filters } = query;
  const pages = () =>
    everyPage((position) => listCustomers(tdb, { ...filters, ...position }, visibleOwnerFor(actor)));
  const header = (columns: readonly string[]) => columns.map((c) => t(`ui.exports.customers.${c}`));
  if (format === 'csv') {
    return streamSpreadsheet(format, 'customers', [
      {
        name: t('ui.exports.customers.sheet'),
        header: header([...customerColumns, 'contacts']),
        rows: () => cellsOf(pages(), (rows) => customerCells(tdb, rows, t, { withContacts: true })),
      },
    ]);
  }
  return streamSpreadsheet(format, 'customers', [
    {
      name: t('ui.exports.customers.sheet'),
      header: header(customerColumns),
      rows: () => cellsOf(pages(), (rows) => customerCells(tdb, rows, t, { withContacts: false })),
    },
    {
      name: t('ui.exports.customers.contactsSheet'),
      header: header(contactColumns),
      rows: () => cellsOf(pages(), (rows) => contactCells(tdb, rows, t)),
    },
  ]);
}

async function customerCells(
  tdb: TenantDb,
  rows: CustomerRow[],
  t: TFunction,
  options: { withContacts: boolean },
): Promise<Cell[][]> {
  const [owners, contacts] = await Promise.all([
    namesOf(
      tdb,
      rows.map((row) => row.owner_id),
    ),
    options.withContacts ? contactsByCustomer(tdb, rows) : new Map<string, ContactRow[]>(),
  ]);
  return rows.map((row) => {
    const flags = flagsOf(row);
    const cells: Cell[] = [
      row.name,
      row.industry,
      t(`enums.segment.${row.segment}`),
      t(`enums.tier.${row.tier}`),
      customerFlags.flatMap((flag) => (flags[flag] ? [t(`enums.flag.${flag}`)] : [])).join('、'),
      owners.get(row.owner_id) ?? '',
      row.address,
      row.contract_value,
      (JSON.parse(row.tags) as string[]).join('、'),
    ];
    if (!options.withContacts) return cells;
    return [...cells, (contacts.get(row.id) ?? []).map((c) => contactSummary(c, t)).join('；')];
  });
}

async function contactCells(tdb: TenantDb, rows: CustomerRow[], t: TFunction): Promise<Cell[][]> {
  const contacts = await contactsByCustomer(tdb, rows);
  return rows.flatMap((row) =>
    (contacts.get(row.id) ?? []).map((c) => [
      row.name,
      c.name,
      c.title,
      t(`enums.contactRole.${c.role}`),
      c.phone,
      c.email,
    ]),
  );
}

async function contactsByCustomer(tdb: TenantDb, rows: CustomerRow[]): Promise<Map<string, ContactRow[]>> {
  const contacts = await findContactsOfCustomers(
    tdb,
    rows.map((row) => row.id),
  );
  const groups = new Map<string, ContactRow[]>();
  for (const contact of contacts)
    groups.set(contact.customer_id, [...(groups.get(contact.customer_id) ?? []), contact]);
  return groups;
}

/** 周立新（生产总监，决策人，138 0000 0000，zhou@example.com）: what a CSV reader needs to call them. */
function contactSummary(contact: ContactRow, t: TFunction): string {
  const details = [
    contact.title,
    t(`enums.contactRole.${contact.role}`),
    contact.phone,
    contact.email,
  ].filter((part): part is string => Boolean(part));
  return `${contact.name}（${details.join('，')}）`;
}

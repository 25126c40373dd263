/**
 * What an imported file would do: its columns, a draft per customer, the existing customers the drafts update, and
 * every problem with its row and column. Read-only; the import service writes it (or previews it).
 */
import type { TenantDb } from '@server/core/db';
import { type SpreadsheetRow, workbookOrCsvRows } from '@server/core/spreadsheets';
import type { TFunction } from '@shared/i18n';
import {
  type CustomerImportMapping,
  type ImportKey,
  type ImportRowError,
  importErrorLimit,
} from '@shared/schemas/customers-import';
import { activePeopleWithRoles } from '../users/service';
import { detectColumns, mappedTwice, type SheetColumn } from './import-columns';
import { normalizedWord } from './import-dictionary';
import { findCustomersByNameKeys } from './import-repo';
import { type CustomerDraft, type OwnerLookup, type RowProblem, readCustomerRows } from './import-rows';
import { ownerRoles } from './policy';
import type { CustomerRow } from './repo';

export interface ImportRequest {
  bytes: Buffer;
  mapping?: CustomerImportMapping | undefined;
  key: ImportKey;
}

export interface ImportPlan {
  columns: SheetColumn[];
  drafts: CustomerDraft[];
  rowCount: number;
  problems: RowProblem[];
}

/** The first sheet: its first row is the header; blank rows are skipped. */
async function readSheet(bytes: Buffer): Promise<{ header: SpreadsheetRow | null; rows: SpreadsheetRow[] }> {
  let header: SpreadsheetRow | null = null;
  const rows: SpreadsheetRow[] = [];
  for await (const row of workbookOrCsvRows(bytes)) {
    if (header && row.sheet !== header.sheet) break;
    if (!header) header = row;
    else rows.push(row);
  }
  return { header, rows };
}

async function ownerLookup(tdb: TenantDb): Promise<OwnerLookup> {
  const people = await activePeopleWithRoles(tdb, ownerRoles);
  const byName = new Map<string, typeof people>();
  const byContact = new Map<string, (typeof people)[number]>();
  for (const person of people) {
    const name = normalizedWord(person.name);
    byName.set(name, [...(byName.get(name) ?? []), person]);
    if (person.mobile) byContact.set(person.mobile.replace(/\D/g, ''), person);
    if (person.email) byContact.set(person.email.toLowerCase(), person);
  }
  return (text) => {
    const digits = text.replace(/\D/g, '');
    const person =
      byContact.get(text.toLowerCase()) ?? (digits.length >= 5 ? byContact.get(digits) : undefined);
    if (person) return { id: person.id, name: person.name };
    const named = byName.get(normalizedWord(text)) ?? [];
    if (named.length > 1) return 'ambiguous';
    return named[0] ? { id: named[0].id, name: named[0].name } : 'unknown';
  };
}

function headerProblems(columns: SheetColumn[], t: TFunction): RowProblem[] {
  const problems: RowProblem[] = mappedTwice(columns).map((column) => ({
    row: 1,
    column,
    message: t('ui.customerImport.errors.mappedTwice', {
      field: t(`ui.customerImport.fields.${column.field}`),
    }),
  }));
  if (!columns.some((column) => column.field === 'name'))
    problems.push({ row: 1, column: null, message: t('ui.customerImport.errors.noNameColumn') });
  return problems;
}

export async function planImport(tdb: TenantDb, request: ImportRequest, t: TFunction): Promise<ImportPlan> {
  const { header, rows } = await readSheet(request.bytes);
  if (!header) {
    const problem = { row: 1, column: null, message: t('ui.customerImport.errors.empty') };
    return { columns: [], drafts: [], rowCount: 0, problems: [problem] };
  }
  const columns = detectColumns(header.cells, request.mapping);
  const problems = headerProblems(columns, t);
  if (problems.length > 0) return { columns, drafts: [], rowCount: rows.length, problems };
  const read = readCustomerRows(rows, { columns, owners: await ownerLookup(tdb), t });
  return { columns, drafts: [...read.drafts.values()], rowCount: rows.length, problems: read.problems };
}

/** The existing customer each draft updates; a name two existing customers share cannot say which. */
export async function matchExisting(
  tdb: TenantDb,
  plan: ImportPlan,
  t: TFunction,
): Promise<{ existing: Map<string, CustomerRow>; problems: RowProblem[] }> {
  const rows = await findCustomersByNameKeys(
    tdb,
    plan.drafts.map((draft) => draft.key),
  );
  const existing = new Map<string, CustomerRow>();
  const shared = new Set<string>();
  for (const row of rows) {
    if (existing.has(row.name_search)) shared.add(row.name_search);
    existing.set(row.name_search, row);
  }
  const nameColumn = plan.columns.find((column) => column.field === 'name') ?? null;
  const problems = plan.drafts
    .filter((draft) => shared.has(draft.key))
    .map((draft) => ({
      row: draft.row,
      column: nameColumn,
      message: t('ui.customerImport.errors.ambiguousCustomer', { name: draft.name }),
    }));
  return { existing, problems };
}

/** The problems as the API lists them: by row, then column, at most `importErrorLimit`. */
export function rowErrors(problems: readonly RowProblem[]): ImportRowError[] {
  return [...problems]
    .sort((a, b) => a.row - b.row || (a.column?.index ?? -1) - (b.column?.index ?? -1))
    .slice(0, importErrorLimit)
    .map((problem) => ({
      row: problem.row,
      column: problem.column?.column ?? null,
      header: problem.column?.header ?? null,
      message: problem.message,
    }));
}

/**
 * The rows of an imported sheet → one draft per customer (rows with the same key are one customer, each row adding
 * its contact), and every problem with its row and column. Nothing here touches the database.
 */
import type { SpreadsheetRow } from '@server/core/spreadsheets';
import type { ContactRole, Segment, Tier } from '@shared/domain/customers';
import type { TFunction } from '@shared/i18n';
import { parseLocalized } from '@shared/i18n/validation';
import { contactCreate, customerCreate } from '@shared/schemas/customers';
import type { ImportField } from '@shared/schemas/customers-import';
import type { SheetColumn } from './import-columns';
import { amountOf, type Cell, contactRoleOf, flagOf, segmentOf, tagsOf, tierOf } from './import-values';

/** The customer fields a row gave (blank cells give nothing, so a re-import never blanks a field). */
export interface GivenFields {
  industry?: string;
  tier?: Tier;
  segment?: Segment;
  owner?: { id: string; name: string };
  address?: string;
  contractValue?: number;
  tags?: string[];
  coCreation?: boolean;
  angel?: boolean;
  benchmark?: boolean;
}

export interface ContactDraft {
  name: string;
  title?: string;
  phone?: string;
  email?: string;
  role?: ContactRole;
}

export interface CustomerDraft {
  /** The name as the database compares it (`name_search`). */
  key: string;
  name: string;
  row: number;
  given: GivenFields;
  contacts: ContactDraft[];
}

export interface RowProblem {
  row: number;
  column: SheetColumn | null;
  message: string;
}

/** Finds the person a cell names: by name, mobile or email among the tenant's active possible owners. */
export type OwnerLookup = (text: string) => { id: string; name: string } | 'unknown' | 'ambiguous';

interface ReadContext {
  columns: readonly SheetColumn[];
  owners: OwnerLookup;
  t: TFunction;
}

type Cells = Partial<Record<ImportField, { text: string; column: SheetColumn }>>;

class RowReader {
  readonly problems: RowProblem[] = [];
  constructor(
    readonly row: number,
    readonly cells: Cells,
    private readonly ctx: ReadContext,
  ) {}

  /** Notes a problem at the field's column (blank in this row or not); null when no column holds the field. */
  fail(field: ImportField | null, message: string): void {
    const column = field ? (this.ctx.columns.find((mapped) => mapped.field === field) ?? null) : null;
    this.problems.push({ row: this.row, column, message });
  }

  /** The cell's value through `convert`, or undefined (blank, or a problem noted). */
  read<V>(field: ImportField, convert: (text: string, t: TFunction) => Cell<V>): V | undefined {
    const text = this.cells[field]?.text;
    if (!text) return undefined;
    const cell = convert(text, this.ctx.t);
    if (cell.ok) return cell.value;
    this.fail(field, cell.message);
    return undefined;
  }

  text(field: ImportField): string | undefined {
    return this.cells[field]?.text || undefined;
  }
}

const schemaFieldOf: Record<string, ImportField> = {
  name: 'name',
  industry: 'industry',
  address: 'address',
  contractValue: 'contractValue',
  tags: 'tags',
  title: 'contactTitle',
  phone: 'contactPhone',
  email: 'contactEmail',
};

function customerOf(reader: RowReader, ctx: ReadContext): { name: string; given: GivenFields } | null {
  const ownerText = reader.text('owner');
  let owner: GivenFields['owner'];
  if (ownerText) {
    const found = ctx.owners(ownerText);
    if (typeof found === 'object') owner = found;
    else reader.fail('owner', ctx.t(`ui.customerImport.errors.${found}Owner`, { text: ownerText }));
  }
  const given: GivenFields = {
    industry: reader.text('industry'),
    tier: reader.read('tier', tierOf),
    segment: reader.read('segment', segmentOf),
    owner,
    address: reader.text('address'),
    contractValue: reader.read('contractValue', amountOf),
    tags: reader.read('tags', (text) => ({ ok: true, value: tagsOf(text) })),
    coCreation: reader.read('coCreation', flagOf),
    angel: reader.read('angel', flagOf),
    benchmark: reader.read('benchmark', flagOf),
  };
  const name = reader.text('name') ?? '';
  // The same rules as a customer typed in: lengths, limits, tag counts.
  const parsed = parseLocalized(
    customerCreate,
    { ...given, name, segment: given.segment ?? 'smb', tier: given.tier ?? 'general' },
    ctx.t,
  );
  if (parsed.ok) return { name: parsed.data.name, given: withoutBlanks(given) };
  for (const [path, message] of Object.entries(parsed.fields))
    reader.fail(schemaFieldOf[path.split('.')[0] ?? ''] ?? null, message);
  return null;
}

function contactOf(reader: RowReader, ctx: ReadContext): ContactDraft | null {
  const contact = {
    name: reader.text('contactName'),
    title: reader.text('contactTitle'),
    phone: reader.text('contactPhone'),
    email: reader.text('contactEmail'),
    role: reader.read('contactRole', contactRoleOf),
  };
  if (Object.values(contact).every((value) => value === undefined)) return null;
  if (!contact.name) {
    reader.fail('contactName', ctx.t('ui.customerImport.errors.contactNameRequired'));
    return null;
  }
  const parsed = parseLocalized(contactCreate, { ...contact, role: contact.role ?? 'user' }, ctx.t);
  if (parsed.ok) return withoutBlanks(contact) as ContactDraft;
  for (const [path, message] of Object.entries(parsed.fields))
    reader.fail(schemaFieldOf[path.split('.')[0] ?? ''] ?? 'contactName', message);
  return null;
}

const withoutBlanks = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;

/** Reads one row; null when every mapped cell is blank (a spacer row), else what it gave and its problems. */
function readRow(row: SpreadsheetRow, ctx: ReadContext) {
  const cells: Cells = {};
  for (const column of ctx.columns) {
    const text = row.cells[column.index] ?? '';
    if (column.field && text !== '') cells[column.field] = { text, column };
  }
  if (Object.keys(cells).length === 0) return null;
  const reader = new RowReader(row.number, cells, ctx);
  if (!cells.name) reader.fail('name', ctx.t('ui.customerImport.errors.nameRequired'));
  const customer = cells.name ? customerOf(reader, ctx) : null;
  const contact = contactOf(reader, ctx);
  return { customer, contact, problems: reader.problems, cells };
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Adds a row's fields to its customer's draft; a field two rows give differently is a problem of the later row. */
function merge(
  draft: CustomerDraft,
  given: GivenFields,
  row: number,
  cells: Cells,
  t: TFunction,
): RowProblem[] {
  const problems: RowProblem[] = [];
  for (const [field, value] of Object.entries(given) as [keyof GivenFields, unknown][]) {
    const earlier = draft.given[field];
    if (earlier === undefined) Object.assign(draft.given, { [field]: value });
    else if (!sameValue(earlier, value))
      problems.push({
        row,
        column: cells[field]?.column ?? null,
        message: t('ui.customerImport.errors.conflict', { row: draft.row }),
      });
  }
  return problems;
}

function addContact(draft: CustomerDraft, contact: ContactDraft): void {
  const same = draft.contacts.find((known) => known.name === contact.name);
  if (same) Object.assign(same, { ...contact, ...withoutBlanks(same) });
  else draft.contacts.push(contact);
}

export function readCustomerRows(
  rows: readonly SpreadsheetRow[],
  ctx: ReadContext,
): { drafts: Map<string, CustomerDraft>; problems: RowProblem[] } {
  const drafts = new Map<string, CustomerDraft>();
  const problems: RowProblem[] = [];
  for (const row of rows) {
    const read = readRow(row, ctx);
    if (!read) continue;
    problems.push(...read.problems);
    if (!read.customer) continue;
    const key = read.customer.name.toLowerCase();
    let draft = drafts.get(key);
    if (!draft) {
      draft = { key, name: read.customer.name, row: row.number, given: {}, contacts: [] };
      drafts.set(key, draft);
    }
    problems.push(...merge(draft, read.customer.given, row.number, read.cells, ctx.t));
    if (read.contact) addContact(draft, read.contact);
  }
  return { drafts, problems };
}

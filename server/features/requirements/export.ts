/**
 * The table view as Excel (requirements, then mentions on a second sheet) or CSV (with a BOM so Excel reads UTF-8),
 * written a batch at a time into the response stream so 100,000 rows never sit in memory at once.
 */
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { authorize } from '@server/core/policy';
import type { TFunction } from '@shared/i18n';
import type { ExportQuery } from '@shared/schemas/requirements';
import ExcelJS from 'exceljs';
import { customerSummaries } from '../customers/service';
import { namesOf } from '../users/service';
import { canExport } from './policy';
import { mentionsOfRequirements } from './repo/mentions';
import { requirementBatches, type TableFilters } from './repo/requirement-list';
import type { RequirementRow } from './repo/requirements';
import { tableFilters } from './service';

const requirementColumns = [
  'id',
  'title',
  'description',
  'status',
  'kind',
  'category',
  'demand',
  'score',
  'customerCount',
  'mentionCount',
  'owner',
  'targetRelease',
  'createdAt',
] as const;
const mentionColumns = [
  'id',
  'title',
  'customer',
  'reporter',
  'quote',
  'importance',
  'visitId',
  'projectId',
  'createdAt',
] as const;

export interface ExportStream {
  stream: PassThrough;
  filename: string;
  contentType: string;
}

export function exportRequirements(
  tdb: TenantDb,
  actor: Actor,
  query: ExportQuery,
  t: TFunction,
): ExportStream {
  authorize(canExport(actor));
  const stream = new PassThrough();
  const stamp = new Date().toISOString().slice(0, 10);
  const filters = tableFilters(tdb, query);
  const write =
    query.format === 'csv' ? writeCsv(tdb, filters, t, stream) : writeXlsx(tdb, filters, t, stream);
  write.catch((error: unknown) => stream.destroy(error as Error));
  return query.format === 'csv'
    ? { stream, filename: `requirements-${stamp}.csv`, contentType: 'text/csv; charset=utf-8' }
    : {
        stream,
        filename: `requirements-${stamp}.xlsx`,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      };
}

async function requirementRow(tdb: TenantDb, rows: RequirementRow[], t: TFunction) {
  const owners = await namesOf(
    tdb,
    rows.flatMap((r) => (r.owner_id ? [r.owner_id] : [])),
  );
  return rows.map((r) => [
    r.id,
    r.title,
    r.description ?? '',
    t(`ui.requirements.status.${r.status}`),
    r.kind ? t(`ui.requirements.kind.${r.kind}`) : '',
    r.category ?? '',
    r.demand,
    r.score,
    r.customer_count,
    r.mention_count,
    r.owner_id ? (owners.get(r.owner_id) ?? '') : '',
    r.target_release ?? '',
    r.created_at,
  ]);
}

/** Waits while the reader is behind, so a slow download holds the query loop instead of filling memory. */
async function drained(stream: PassThrough): Promise<void> {
  if (stream.writableNeedDrain) await once(stream, 'drain');
}

async function writeXlsx(
  tdb: TenantDb,
  filters: TableFilters,
  t: TFunction,
  stream: PassThrough,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(t('ui.requirements.messages.export.requirementsSheet'));
  sheet.addRow(requirementColumns.map((c) => t(`ui.requirements.messages.export.${c}`))).commit();
  for await (const rows of requirementBatches(tdb, filters)) {
    for (const values of await requirementRow(tdb, rows, t)) sheet.addRow(values).commit();
    await drained(stream);
  }
  sheet.commit();
  const mentions = workbook.addWorksheet(t('ui.requirements.messages.export.mentionsSheet'));
  mentions.addRow(mentionColumns.map((c) => t(`ui.requirements.messages.export.${c}`))).commit();
  for await (const rows of requirementBatches(tdb, filters)) {
    for (const values of await mentionRows(tdb, rows, t)) mentions.addRow(values).commit();
    await drained(stream);
  }
  mentions.commit();
  await workbook.commit();
}

async function mentionRows(tdb: TenantDb, rows: RequirementRow[], t: TFunction) {
  const titles = new Map(rows.map((r) => [r.id, r.title]));
  const mentions = await mentionsOfRequirements(
    tdb,
    rows.map((r) => r.id),
  );
  const [customers, reporters] = await Promise.all([
    customerSummaries(
      tdb,
      mentions.map((m) => m.customer_id),
    ),
    namesOf(
      tdb,
      mentions.map((m) => m.reporter_id),
    ),
  ]);
  const customerNames = new Map(customers.map((c) => [c.id, c.name]));
  return mentions.map((m) => [
    m.requirement_id,
    titles.get(m.requirement_id) ?? '',
    customerNames.get(m.customer_id) ?? '',
    reporters.get(m.reporter_id) ?? '',
    m.quote ?? '',
    t(`ui.requirements.importance.${m.importance}`),
    m.visit_id ?? '',
    m.project_id ?? '',
    m.created_at,
  ]);
}

async function writeCsv(
  tdb: TenantDb,
  filters: TableFilters,
  t: TFunction,
  stream: PassThrough,
): Promise<void> {
  stream.write('\uFEFF');
  stream.write(csvLine(requirementColumns.map((c) => t(`ui.requirements.messages.export.${c}`))));
  for await (const rows of requirementBatches(tdb, filters)) {
    stream.write((await requirementRow(tdb, rows, t)).map(csvLine).join(''));
    await drained(stream);
  }
  stream.end();
}

function csvLine(values: (string | number)[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

/**
 * OWASP's CSV-injection rule: a cell a spreadsheet could run as a formula gets a leading single quote, and it, like
 * any cell holding the separator, a quote or a line break, is wrapped in double quotes with its quotes doubled.
 */
function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const isFormulaLike = /^[=+\-@\t\r\0]/.test(value);
  const text = isFormulaLike ? `'${value}` : value;
  return isFormulaLike || /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Every spreadsheet the server writes goes out through here: an Excel workbook (one worksheet per sheet) or a CSV
 * file (the first sheet, with a BOM so Excel reads UTF-8), written a batch at a time into the response stream so
 * 100,000 rows never sit in memory at once. A database failure midway destroys the stream: the download is cut
 * off (and logged by the error middleware), never left hanging or silently short.
 */
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Cursor } from '../db';

export type SpreadsheetFormat = 'xlsx' | 'csv';
export type Cell = string | number | null;

export interface Sheet {
  name: string;
  header: readonly string[];
  /** The sheet's rows, a batch at a time, read only while the client keeps up. */
  rows: () => AsyncIterable<Cell[][]>;
}

export interface SpreadsheetFile {
  stream: PassThrough;
  filename: string;
  contentType: string;
}

const contentTypes: Record<SpreadsheetFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/** `basename-YYYY-MM-DD.xlsx`: sheets in order, or, for CSV, the first sheet only. */
export function streamSpreadsheet(
  format: SpreadsheetFormat,
  basename: string,
  sheets: readonly Sheet[],
): SpreadsheetFile {
  const stream = new PassThrough();
  const write = format === 'csv' ? writeCsv(sheets[0], stream) : writeXlsx(sheets, stream);
  write.catch((error: unknown) => stream.destroy(error as Error));
  const stamp = new Date().toISOString().slice(0, 10);
  return { stream, filename: `${basename}-${stamp}.${format}`, contentType: contentTypes[format] };
}

/** The response headers and body of a download. */
export function sendSpreadsheet(
  ctx: { set(field: string, value: string): void; type: string; body: unknown },
  file: SpreadsheetFile,
): void {
  ctx.set('content-disposition', `attachment; filename="${file.filename}"`);
  ctx.type = file.contentType;
  ctx.body = file.stream;
}

/**
 * OWASP's CSV-injection rule: a CSV cell a spreadsheet could run as a formula gets a leading single quote. Excel cells
 * are written as typed text, never as formulas, so they keep the reader's exact words (a "+86 138…" phone number).
 */
function defused(value: Cell): string | number {
  if (value === null) return '';
  if (typeof value === 'number') return value;
  return /^[=+\-@\t\r\0]/.test(value) ? `'${value}` : value;
}

/** Waits while the reader is behind, so a slow download holds the query loop instead of filling memory. */
async function drained(stream: PassThrough): Promise<void> {
  if (stream.writableNeedDrain) await once(stream, 'drain');
}

async function writeXlsx(sheets: readonly Sheet[], stream: PassThrough): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: false,
    useSharedStrings: false,
  });
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    worksheet.addRow([...sheet.header]).commit();
    for await (const rows of sheet.rows()) {
      for (const row of rows) worksheet.addRow(row).commit();
      await drained(stream);
    }
    worksheet.commit();
  }
  await workbook.commit();
}

async function writeCsv(sheet: Sheet | undefined, stream: PassThrough): Promise<void> {
  stream.write('\uFEFF');
  if (sheet) {
    stream.write(csvLine(sheet.header));
    for await (const rows of sheet.rows()) {
      stream.write(rows.map(csvLine).join(''));
      await drained(stream);
    }
  }
  stream.end();
}

function csvLine(values: readonly Cell[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

/** A defused cell, and any cell holding the separator, a quote or a line break, is quoted with its quotes doubled. */
function csvCell(value: Cell): string {
  if (value === null) return '';
  const cell = defused(value);
  if (typeof cell === 'number') return String(cell);
  return cell !== value || /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Every row of a keyset-paged list, a page at a time: `page` is the list's own query with a cursor and a limit. */
export async function* everyPage<R>(
  page: (position: {
    cursor: Cursor | undefined;
    limit: number;
  }) => Promise<{ rows: R[]; nextCursor: Cursor | null }>,
  batchSize = 1000,
): AsyncGenerator<R[]> {
  let cursor: Cursor | undefined;
  for (;;) {
    const batch = await page({ cursor, limit: batchSize });
    if (batch.rows.length > 0) yield batch.rows;
    if (batch.nextCursor === null) return;
    cursor = batch.nextCursor;
  }
}

/** A sheet's rows from batches of records: each batch becomes cells in one go (names looked up once per batch). */
export async function* cellsOf<R>(
  batches: AsyncIterable<R[]>,
  toCells: (rows: R[]) => Cell[][] | Promise<Cell[][]>,
): AsyncGenerator<Cell[][]> {
  for await (const rows of batches) yield await toCells(rows);
}

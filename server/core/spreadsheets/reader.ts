/**
 * Rows of an .xlsx, streamed. exceljs parses the XML, but its own reader unzips without limits (and spools sheets to
 * temporary files), so the parts are handed to its parsers one at a time from our metered zip reader instead.
 */

import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../errors';
import { type CountedTag, fileTooLarge, SpreadsheetBudget, spreadsheetLimits, unreadable } from './limits';
import { openPart, readZipDirectory, type ZipPart } from './zip';

export interface SpreadsheetRow {
  sheet: string;
  /** 1-based, as the spreadsheet shows it. */
  number: number;
  /** Each cell as trimmed text; empty cells are ''. */
  cells: string[];
}

/** The part parsers of exceljs's streaming WorkbookReader (exceljs 4), which take any stream of a part's bytes. */
interface PartParsers {
  _parseRels(part: Readable): Promise<void>;
  _parseWorkbook(part: Readable): Promise<void>;
  _parseStyles(part: Readable): Promise<void>;
  _parseSharedStrings(part: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(part: Readable, sheetNo: string): Iterable<{ value: AsyncIterable<ExcelJS.Row> }>;
  workbookRels?: { Id: string; Target: string }[];
  model?: { sheets?: { id: number; name: string; rId: string }[] };
}

/** Relationship targets are relative to xl/, or absolute from the root of the zip. */
const partPath = (target: string) => (target.startsWith('/') ? target.slice(1) : `xl/${target}`);

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value).trim();
  if ('richText' in value)
    return value.richText
      .map((part) => part.text)
      .join('')
      .trim();
  if ('text' in value) return cellText(value.text);
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  return '';
}

async function* rowsOf(bytes: Buffer): AsyncGenerator<SpreadsheetRow> {
  const parts = readZipDirectory(bytes);
  const budget = new SpreadsheetBudget();
  const open = (part: ZipPart | undefined, tags: CountedTag[] = []) => {
    if (!part) throw unreadable();
    return openPart(bytes, part, budget, tags);
  };
  const parsers = new ExcelJS.stream.xlsx.WorkbookReader('', {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    // Number formats tell a date from a number.
    styles: 'cache',
  }) as unknown as PartParsers;
  await parsers._parseRels(open(parts.get('xl/_rels/workbook.xml.rels')));
  await parsers._parseWorkbook(open(parts.get('xl/workbook.xml'), ['sheet']));
  const styles = parts.get('xl/styles.xml');
  if (styles) await parsers._parseStyles(open(styles));
  const sharedStrings = parts.get('xl/sharedStrings.xml');
  // In 'cache' mode this parser yields nothing: one step runs it to the end and keeps the strings for the sheets.
  if (sharedStrings) await parsers._parseSharedStrings(open(sharedStrings, ['si'])).next();
  for (const sheet of parsers.model?.sheets ?? []) {
    const target = parsers.workbookRels?.find((rel) => rel.Id === sheet.rId)?.Target;
    const part = target ? parts.get(partPath(target)) : undefined;
    if (!part?.name.startsWith('xl/worksheets/')) continue;
    for (const { value: worksheet } of parsers._parseWorksheet(open(part, ['row', 'c']), String(sheet.id))) {
      for await (const row of worksheet) {
        const values = row.values as ExcelJS.CellValue[];
        yield { sheet: sheet.name, number: row.number, cells: Array.from(values.slice(1), cellText) };
      }
    }
  }
}

/**
 * Every row of every worksheet, in workbook order. Throws an AppError (413/422, with a stable code) the moment the
 * file passes one of `spreadsheetLimits`, and SPREADSHEET_UNREADABLE when it is not an .xlsx we can read.
 */
export async function* spreadsheetRows(bytes: Buffer): AsyncGenerator<SpreadsheetRow> {
  if (bytes.length > spreadsheetLimits.fileBytes) throw fileTooLarge();
  try {
    yield* rowsOf(bytes);
  } catch (error) {
    throw error instanceof AppError ? error : unreadable(error);
  }
}

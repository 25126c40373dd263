/** The one set of limits every spreadsheet the server reads is held to, and the budget one file spends them from. */
import { AppError, type ErrorCode } from '../errors';

const megabyte = 1024 * 1024;

export const spreadsheetLimits = {
  /** The .xlsx file as uploaded (compressed). */
  fileBytes: 2 * megabyte,
  /** Everything unpacked from it: the sizes its zip directory declares, and the bytes actually inflated. */
  unpackedBytes: 16 * megabyte,
  sheets: 16,
  /** Rows and cells over all sheets; shared strings count against the cell limit too. */
  rows: 10_000,
  cells: 100_000,
} as const;

export const fileTooLarge = () =>
  new AppError('SPREADSHEET_TOO_LARGE', undefined, {
    params: { maximum: spreadsheetLimits.fileBytes / megabyte },
  });

export const unpacksTooLarge = () =>
  new AppError('SPREADSHEET_UNPACKS_TOO_LARGE', undefined, {
    params: { maximum: spreadsheetLimits.unpackedBytes / megabyte },
  });

export const unreadable = (cause?: unknown) => new AppError('SPREADSHEET_UNREADABLE', undefined, { cause });

const overLimit = (code: ErrorCode, maximum: number) =>
  new AppError(code, undefined, { params: { maximum } });

export const tooManySheets = () => overLimit('SPREADSHEET_TOO_MANY_SHEETS', spreadsheetLimits.sheets);

/** Opening tags that make the reader allocate: a sheet, a row, a cell, a shared string. */
export type CountedTag = 'sheet' | 'row' | 'c' | 'si';

/** What one file has spent so far; every part drawn from it throws the moment a limit is passed. */
export class SpreadsheetBudget {
  private unpacked = 0;
  private readonly counts: Record<CountedTag, number> = { sheet: 0, row: 0, c: 0, si: 0 };

  spendBytes(bytes: number): void {
    this.unpacked += bytes;
    if (this.unpacked > spreadsheetLimits.unpackedBytes) throw unpacksTooLarge();
  }

  countTag(tag: CountedTag): void {
    this.counts[tag] += 1;
    if (tag === 'sheet' && this.counts.sheet > spreadsheetLimits.sheets) throw tooManySheets();
    if (tag === 'row' && this.counts.row > spreadsheetLimits.rows)
      throw overLimit('SPREADSHEET_TOO_MANY_ROWS', spreadsheetLimits.rows);
    if ((tag === 'c' || tag === 'si') && this.counts[tag] > spreadsheetLimits.cells)
      throw overLimit('SPREADSHEET_TOO_MANY_CELLS', spreadsheetLimits.cells);
  }
}

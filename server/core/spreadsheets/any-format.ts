/** An uploaded table as rows, whichever of the two forms people keep them in: an .xlsx workbook or a CSV file. */
import { csvRows } from './csv';
import { type SpreadsheetRow, spreadsheetRows } from './reader';

/** Every .xlsx (a zip) starts with a local file header; no CSV does. */
const isZip = (bytes: Buffer) => bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;

export async function* workbookOrCsvRows(bytes: Buffer): AsyncGenerator<SpreadsheetRow> {
  if (isZip(bytes)) yield* spreadsheetRows(bytes);
  else yield* csvRows(bytes);
}

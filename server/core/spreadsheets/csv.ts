/**
 * Rows of a CSV file, held to the same row and cell limits as a workbook. Excel on a Chinese Windows saves CSV in
 * GBK (no BOM), so bytes that are not UTF-8 are read as GB18030, GBK's superset.
 */
import { fileTooLarge, SpreadsheetBudget, spreadsheetLimits, unreadable } from './limits';
import type { SpreadsheetRow } from './reader';

const utf8Bom = '\uFEFF';

function decode(bytes: Buffer): string {
  // No text file holds NUL bytes; a binary file (a photo, a legacy .xls) named .csv does.
  if (bytes.includes(0)) throw unreadable();
  for (const encoding of ['utf-8', 'gb18030']) {
    try {
      const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
      return text.startsWith(utf8Bom) ? text.slice(1) : text;
    } catch {
      // Not this encoding: try the next one.
    }
  }
  throw unreadable();
}

/** Splits RFC 4180 text into rows of raw cells: quoted cells may hold commas, doubled quotes and line breaks. */
function* records(text: string): Generator<string[]> {
  let cells: string[] = [];
  let cell = '';
  let isQuoted = false;
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at];
    if (isQuoted) {
      if (char !== '"') cell += char;
      else if (text[at + 1] === '"') {
        cell += '"';
        at += 1;
      } else isQuoted = false;
    } else if (char === '"' && cell === '') isQuoted = true;
    else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[at + 1] === '\n') at += 1;
      cells.push(cell);
      yield cells;
      cells = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || cells.length > 0) yield [...cells, cell];
}

/** Every row of the file, numbered as a spreadsheet program shows it; blank lines keep their numbers and are skipped. */
export function* csvRows(bytes: Buffer): Generator<SpreadsheetRow> {
  if (bytes.length > spreadsheetLimits.fileBytes) throw fileTooLarge();
  const budget = new SpreadsheetBudget();
  let number = 0;
  for (const raw of records(decode(bytes))) {
    number += 1;
    budget.countTag('row');
    for (let cell = 0; cell < raw.length; cell += 1) budget.countTag('c');
    const cells = raw.map((cell) => cell.trim());
    if (cells.some((cell) => cell !== '')) yield { sheet: '', number, cells };
  }
}

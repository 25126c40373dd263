/** Downloading an export in API tests and reading it back: CSV cell by cell (RFC 4180), Excel through ExcelJS. */
import ExcelJS from 'exceljs';

export async function download(
  baseUrl: string,
  token: string | undefined,
  path: string,
  language = 'zh-CN',
): Promise<Response> {
  return fetch(`${baseUrl}${path}`, {
    headers: { 'accept-language': language, ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
}

export interface CsvFile {
  hasBom: boolean;
  text: string;
  rows: string[][];
}

export async function readCsv(res: Response): Promise<CsvFile> {
  const bytes = new Uint8Array(await res.arrayBuffer());
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  return { hasBom, text, rows: parseCsv(text) };
}

/** Quoted cells may hold commas, doubled quotes and line breaks; rows end with CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** Each sheet's rows as plain values (empty cells as null), header first. */
export async function readXlsx(res: Response): Promise<Map<string, unknown[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await res.arrayBuffer());
  return new Map(
    workbook.worksheets.map((sheet) => {
      const rows: unknown[][] = [];
      sheet.eachRow((row) => {
        const values = row.values as unknown[];
        rows.push(Array.from({ length: sheet.columnCount }, (_, i) => values[i + 1] ?? null));
      });
      return [sheet.name, rows];
    }),
  );
}

/**
 * Builds .xlsx files byte by byte, as an attacker would: parts streamed through deflate (so a 200 MB sheet never
 * sits in memory), and a central directory that may lie about how large a part unpacks.
 */
import { once } from 'node:events';
import { crc32, createDeflateRaw } from 'node:zlib';

export interface XlsxSheet {
  name: string;
  /** The worksheet XML, in pieces; a generator can describe hundreds of megabytes. */
  xml: Iterable<string | Buffer>;
  /** What the zip's directory claims the sheet unpacks to, instead of the truth. */
  declaredSize?: number;
}

interface ZipEntry {
  name: string;
  data: Iterable<string | Buffer>;
  declaredSize?: number;
}

async function deflate(pieces: Iterable<string | Buffer>) {
  const deflater = createDeflateRaw({ level: 9 });
  const compressed: Buffer[] = [];
  deflater.on('data', (chunk: Buffer) => compressed.push(chunk));
  let crc = 0;
  let size = 0;
  for (const piece of pieces) {
    const bytes = typeof piece === 'string' ? Buffer.from(piece) : piece;
    crc = crc32(bytes, crc);
    size += bytes.length;
    if (!deflater.write(bytes)) await new Promise((resolve) => deflater.once('drain', resolve));
  }
  deflater.end();
  await once(deflater, 'end');
  return { crc, size, data: Buffer.concat(compressed) };
}

function header(fields: [number, 2 | 4][]): Buffer {
  const buffer = Buffer.alloc(fields.reduce((sum, [, width]) => sum + width, 0));
  let at = 0;
  for (const [value, width] of fields) {
    if (width === 2) buffer.writeUInt16LE(value, at);
    else buffer.writeUInt32LE(value, at);
    at += width;
  }
  return buffer;
}

async function buildZip(entries: ZipEntry[]): Promise<Buffer> {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const { crc, size, data } = await deflate(entry.data);
    const declared = entry.declaredSize ?? size;
    // Version 2.0, UTF-8 names, deflated, a fixed time, then CRC, sizes and the name's length (no extra field).
    const common: [number, 2 | 4][] = [
      [20, 2],
      [0x800, 2],
      [8, 2],
      [0, 2],
      [0x21, 2],
      [crc, 4],
      [data.length, 4],
      [declared, 4],
      [name.length, 2],
      [0, 2],
    ];
    locals.push(header([[0x04034b50, 4], ...common]), name, data);
    directory.push(
      header([[0x02014b50, 4], [20, 2], ...common, [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]]),
      name,
    );
    offset += 30 + name.length + data.length;
  }
  const directorySize = directory.reduce((sum, part) => sum + part.length, 0);
  const end = header([
    [0x06054b50, 4],
    [0, 2],
    [0, 2],
    [entries.length, 2],
    [entries.length, 2],
    [directorySize, 4],
    [offset, 4],
    [0, 2],
  ]);
  return Buffer.concat([...locals, ...directory, end]);
}

const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relationships = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const worksheetType = `${relationships}/worksheet`;

export async function buildXlsx(sheets: XlsxSheet[]): Promise<Buffer> {
  const listed = sheets.map(
    (sheet, i) => `<sheet name="${sheet.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
  );
  const rels = sheets.map(
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${worksheetType}" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  const overrides = sheets.map(
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  );
  return buildZip([
    {
      name: '[Content_Types].xml',
      data: [
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
        ...overrides,
        '</Types>',
      ],
    },
    {
      name: '_rels/.rels',
      data: [
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ],
    },
    {
      name: 'xl/workbook.xml',
      data: [
        `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${relationships}"><sheets>${listed.join('')}</sheets></workbook>`,
      ],
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: [
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
      ],
    },
    ...sheets.map((sheet, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      data: sheet.xml,
      declaredSize: sheet.declaredSize,
    })),
  ]);
}

/** A worksheet around these pieces of its <sheetData>. */
export function* worksheet(rows: Iterable<string | Buffer>): Generator<string | Buffer> {
  yield `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${main}"><sheetData>`;
  yield* rows;
  yield '</sheetData></worksheet>';
}

/** A worksheet with these rows of inline strings. */
export const sheetXml = (rows: Iterable<readonly string[]>) => worksheet(inlineRows(rows));

function* inlineRows(rows: Iterable<readonly string[]>): Generator<string> {
  let number = 0;
  for (const cells of rows) {
    number += 1;
    const columns = cells.map(
      (text, i) => `<c r="${columnName(i)}${number}" t="inlineStr"><is><t>${text}</t></is></c>`,
    );
    yield `<row r="${number}">${columns.join('')}</row>`;
  }
}

/** `piece` over and over, `megabytes` of it, from one buffer. */
export function* repeated(piece: string, megabytes: number): Generator<Buffer> {
  const chunk = Buffer.from(piece.repeat(Math.ceil((1024 * 1024) / piece.length)));
  for (let written = 0; written < megabytes * 1024 * 1024; written += chunk.length) yield chunk;
}

function columnName(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : `${columnName(Math.floor(index / 26) - 1)}${letter}`;
}

/** Decides an upload's type from its bytes (magic numbers, the zip directory of Office files), never the claim. */
import { open } from 'node:fs/promises';
import type { AcceptedMimeType } from '@shared/schemas/attachments';

/** How many leading bytes the sniffer looks at; enough for every signature and a fair look at text. */
export const sniffLength = 8192;

const heicBrands = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs']);
const heifBrands = new Set(['mif1', 'msf1']);

const startsWith = (head: Buffer, bytes: number[], at = 0) =>
  head.length >= at + bytes.length && bytes.every((byte, i) => head[at + i] === byte);
const ascii = (head: Buffer, from: number, to: number) =>
  head.length >= to ? head.toString('latin1', from, to) : '';

/** The type of a file from its first bytes; 'zip' means "look inside" (see officeTypeOf). */
export function sniffType(
  head: Buffer,
  claim: { filename: string; mimeType: string },
): AcceptedMimeType | 'zip' | null {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'image/webp';
  if (ascii(head, 4, 8) === 'ftyp') {
    const brand = ascii(head, 8, 12);
    if (heicBrands.has(brand)) return 'image/heic';
    if (heifBrands.has(brand)) return 'image/heif';
    return null;
  }
  if (ascii(head, 0, 5) === '%PDF-') return 'application/pdf';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (isText(head)) {
    const isCsv = /\.csv$/i.test(claim.filename) || claim.mimeType === 'text/csv';
    return isCsv ? 'text/csv' : 'text/plain';
  }
  return null;
}

/**
 * Text in any of the encodings people send (UTF-8, GB18030 from Excel on Chinese Windows) has no control bytes
 * other than tab, line feed, form feed, carriage return and escape; binary formats are full of them.
 */
function isText(head: Buffer): boolean {
  if (head.length === 0) return false;
  for (const byte of head) {
    const isControl = byte < 0x20 || byte === 0x7f;
    if (isControl && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) {
      return false;
    }
  }
  return true;
}

const officeParts: [string, AcceptedMimeType][] = [
  ['xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ['word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ['ppt/presentation.xml', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
];

/** An Office Open XML file is a zip whose directory names its main part; any other zip is refused. */
export async function officeTypeOf(path: string, size: number): Promise<AcceptedMimeType | null> {
  const names = await zipEntryNames(path, size);
  if (!names?.has('[Content_Types].xml')) return null;
  return officeParts.find(([part]) => names.has(part))?.[1] ?? null;
}

const endOfDirectory = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const directoryEntry = 0x02014b50;

async function zipEntryNames(path: string, size: number): Promise<Set<string> | null> {
  const handle = await open(path, 'r');
  try {
    // The end-of-directory record is the last 22 bytes plus a comment of at most 65,535 bytes.
    const tailLength = Math.min(size, 22 + 65_535);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    const end = tail.lastIndexOf(endOfDirectory);
    if (end < 0 || end + 22 > tail.length) return null;
    const count = tail.readUInt16LE(end + 10);
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    if (directoryOffset + directorySize > size) return null;
    const directory = Buffer.alloc(directorySize);
    await handle.read(directory, 0, directorySize, directoryOffset);
    return entryNames(directory, count);
  } finally {
    await handle.close();
  }
}

function entryNames(directory: Buffer, count: number): Set<string> | null {
  const names = new Set<string>();
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== directoryEntry) return null;
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    names.add(directory.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

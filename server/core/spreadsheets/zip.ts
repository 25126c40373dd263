/**
 * An .xlsx is a zip. This reads one held in memory by its central directory (so every part is known, with its
 * declared size, before anything is inflated) and inflates one part at a time through the file's budget.
 */
import { pipeline, Readable, Transform, type TransformCallback } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import {
  type CountedTag,
  type SpreadsheetBudget,
  spreadsheetLimits,
  tooManySheets,
  unpacksTooLarge,
  unreadable,
} from './limits';

export interface ZipPart {
  name: string;
  isDeflated: boolean;
  compressedSize: number;
  localHeaderOffset: number;
}

const endOfDirectorySignature = 0x06054b50;
const directoryEntrySignature = 0x02014b50;
const localHeaderSignature = 0x04034b50;
/** Sizes and counts at their maximum mean "see the ZIP64 record": no spreadsheet under our file limit needs one. */
const zip64Marker = 0xffffffff;

function endOfDirectory(bytes: Buffer): number {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= earliest; at -= 1) {
    if (bytes.readUInt32LE(at) === endOfDirectorySignature) return at;
  }
  throw unreadable();
}

/** The parts by name; refuses the file when their declared sizes or its worksheets pass the limits. */
export function readZipDirectory(bytes: Buffer): Map<string, ZipPart> {
  const end = endOfDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  const offset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || offset === zip64Marker) throw unreadable();
  const parts = new Map<string, ZipPart>();
  let declaredBytes = 0;
  let worksheets = 0;
  let at = offset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== directoryEntrySignature) throw unreadable();
    const isEncrypted = (bytes.readUInt16LE(at + 8) & 1) === 1;
    const method = bytes.readUInt16LE(at + 10);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const declaredSize = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const entryLength = 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    if (isEncrypted || (method !== 0 && method !== 8) || [compressedSize, declaredSize].includes(zip64Marker))
      throw unreadable();
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    parts.set(name, {
      name,
      isDeflated: method === 8,
      compressedSize,
      localHeaderOffset: bytes.readUInt32LE(at + 42),
    });
    declaredBytes += declaredSize;
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) worksheets += 1;
    at += entryLength;
  }
  if (declaredBytes > spreadsheetLimits.unpackedBytes) throw unpacksTooLarge();
  if (worksheets > spreadsheetLimits.sheets) throw tooManySheets();
  return parts;
}

const tagPattern = /<(sheet|row|c|si)[\s/>]/g;
/** Longest match minus one: enough of a chunk's end to find a tag split across two chunks. */
const carriedChars = '<sheet '.length - 1;

/**
 * Spends every inflated byte of a part, and counts the opening tags the part may hold, before the XML parser sees
 * them: the parser builds a row's cells before it hands the row over, so counting its rows would come too late.
 */
class PartMeter extends Transform {
  private carried = '';

  constructor(
    private readonly budget: SpreadsheetBudget,
    private readonly tags: readonly CountedTag[],
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      this.budget.spendBytes(chunk.length);
      if (this.tags.length > 0) this.countTags(chunk);
      done(null, chunk);
    } catch (error) {
      done(error as Error);
    }
  }

  private countTags(chunk: Buffer): void {
    const text = this.carried + chunk.toString('latin1');
    for (const match of text.matchAll(tagPattern)) {
      const tag = match[1] as CountedTag;
      if (match.index + match[0].length > this.carried.length && this.tags.includes(tag))
        this.budget.countTag(tag);
    }
    this.carried = text.slice(-carriedChars);
  }
}

/** The part's bytes as they inflate, metered; a lying directory or a bomb fails the stream, not the process. */
export function openPart(
  bytes: Buffer,
  part: ZipPart,
  budget: SpreadsheetBudget,
  tags: readonly CountedTag[] = [],
): Readable {
  const at = part.localHeaderOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== localHeaderSignature) throw unreadable();
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const end = start + part.compressedSize;
  if (end > bytes.length) throw unreadable();
  const source = Readable.from([bytes.subarray(start, end)], { objectMode: false });
  const meter = new PartMeter(budget, tags);
  const onError = (error: Error | null) => {
    if (error && !meter.destroyed) meter.destroy(error);
  };
  return part.isDeflated
    ? pipeline(source, createInflateRaw(), meter, onError)
    : pipeline(source, meter, onError);
}

/**
 * A similar-requirement index as bytes: a JSON head (format, lexicon, sizes, the rows of the catch-up window already
 * in it), then the index image's arrays as they sit in memory (see IndexImage; postings are packed). Loading is one
 * copy of the small fixed-width arrays and views of the rest: nothing is unpacked or sorted.
 */
import type { IndexImage } from '@shared/domain/similarity';
import { termsVersion } from '@shared/domain/similarity-terms';

const version = 3;

export interface Snapshot {
  image: IndexImage;
  /** Rows of the catch-up window the image holds (id → updated_at), so a restart does not apply them again. */
  applied: Map<string, string>;
}

interface Head {
  version: number;
  /** The lexicon the terms were cut with: under another one the snapshot says other words. */
  lexicon: string;
  docs: number;
  terms: number;
  idBytes: number;
  termBytes: number;
  postingBytes: number;
  applied: [string, string][];
}

const raw = (array: Int32Array | Float32Array | Uint8Array) =>
  Buffer.from(array.buffer, array.byteOffset, array.byteLength);

export function encodeSnapshot({ image, applied }: Snapshot): Buffer {
  const ids = Buffer.from(image.ids.text);
  const terms = Buffer.from(image.terms.text);
  const head: Head = {
    version,
    lexicon: termsVersion,
    docs: image.ids.ends.length,
    terms: image.terms.ends.length,
    idBytes: ids.length,
    termBytes: terms.length,
    postingBytes: image.postings.bytes.length,
    applied: [...applied],
  };
  const headBytes = Buffer.from(JSON.stringify(head));
  const headLength = Buffer.alloc(4);
  headLength.writeUInt32LE(headBytes.length);
  return Buffer.concat([
    headLength,
    headBytes,
    raw(image.ids.ends),
    raw(image.terms.ends),
    raw(image.lengths),
    raw(image.postings.start),
    raw(image.postings.byteStart),
    ids,
    terms,
    raw(image.postings.bytes),
  ]);
}

/** The snapshot's index, or null when it was written in another format or with another lexicon. */
export function decodeSnapshot(bytes: Buffer): Snapshot | null {
  if (bytes.length < 4) return null;
  const headLength = bytes.readUInt32LE(0);
  const head = JSON.parse(bytes.toString('utf8', 4, 4 + headLength)) as Head;
  if (head.version !== version || head.lexicon !== termsVersion) return null;
  let at = 4 + headLength;
  // One copy of the fixed-width arrays into an aligned buffer, then views of it.
  const sizes = [head.docs, head.terms, head.docs, head.terms + 1, head.terms + 1];
  const fixed = new ArrayBuffer(sizes.reduce((sum, size) => sum + size, 0) * 4);
  bytes.copy(new Uint8Array(fixed), 0, at, at + fixed.byteLength);
  at += fixed.byteLength;
  let offset = 0;
  const view = <T>(make: new (buffer: ArrayBuffer, offset: number, length: number) => T, length: number) => {
    const array = new make(fixed, offset, length);
    offset += length * 4;
    return array;
  };
  const idEnds = view(Int32Array, head.docs);
  const termEnds = view(Int32Array, head.terms);
  const lengths = view(Float32Array, head.docs);
  const start = view(Int32Array, head.terms + 1);
  const byteStart = view(Int32Array, head.terms + 1);
  const text = (length: number) => {
    at += length;
    return bytes.toString('utf8', at - length, at);
  };
  const ids = { text: text(head.idBytes), ends: idEnds };
  const terms = { text: text(head.termBytes), ends: termEnds };
  const postings = { start, byteStart, bytes: bytes.subarray(at, at + head.postingBytes) };
  return { image: { ids, terms, lengths, postings }, applied: new Map(head.applied) };
}

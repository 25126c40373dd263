/**
 * A similar-requirement index as bytes: a JSON head (format, lexicon, sizes, the rows of the catch-up window already
 * in it), then the index image's sections (see IndexImage). Terms, ids and lengths are stored as they sit in memory;
 * the postings, most of the bytes, as varints of the gap to the term's previous slot and of the count, since the
 * stored text is what a restarted instance waits for (about a quarter of the raw arrays).
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
  postings: number;
  idBytes: number;
  termBytes: number;
  postingBytes: number;
  applied: [string, string][];
}

const raw = (array: Int32Array | Float32Array) =>
  Buffer.from(array.buffer, array.byteOffset, array.byteLength);

function postingBytes(image: IndexImage): Buffer {
  const out = Buffer.allocUnsafe(image.slots.length * 10);
  let at = 0;
  const put = (value: number) => {
    let rest = value;
    while (rest >= 0x80) {
      out[at++] = (rest & 0x7f) | 0x80;
      rest >>>= 7;
    }
    out[at++] = rest;
  };
  for (let t = 0; t + 1 < image.postingStart.length; t++) {
    let previous = 0;
    for (let i = image.postingStart[t] as number; i < (image.postingStart[t + 1] as number); i++) {
      const slot = image.slots[i] as number;
      put(slot - previous);
      put(image.halves[i] as number);
      previous = slot;
    }
  }
  return out.subarray(0, at);
}

export function encodeSnapshot({ image, applied }: Snapshot): Buffer {
  const ids = Buffer.from(image.ids.text);
  const terms = Buffer.from(image.terms.text);
  const postings = postingBytes(image);
  const head: Head = {
    version,
    lexicon: termsVersion,
    docs: image.ids.ends.length,
    terms: image.terms.ends.length,
    postings: image.slots.length,
    idBytes: ids.length,
    termBytes: terms.length,
    postingBytes: postings.length,
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
    raw(image.postingStart),
    ids,
    terms,
    postings,
  ]);
}

function readPostings(bytes: Buffer, from: number, postingStart: Int32Array, count: number) {
  const slots = new Int32Array(count);
  const halves = new Uint16Array(count);
  let at = from;
  const next = () => {
    let value = 0;
    let shift = 0;
    let byte = bytes[at++] as number;
    while (byte >= 0x80) {
      value |= (byte & 0x7f) << shift;
      shift += 7;
      byte = bytes[at++] as number;
    }
    return value | (byte << shift);
  };
  for (let t = 0; t + 1 < postingStart.length; t++) {
    let slot = 0;
    for (let i = postingStart[t] as number; i < (postingStart[t + 1] as number); i++) {
      slot += next();
      slots[i] = slot;
      halves[i] = next();
    }
  }
  return { slots, halves };
}

/** The snapshot's index, or null when it was written in another format or with another lexicon. */
export function decodeSnapshot(bytes: Buffer): Snapshot | null {
  if (bytes.length < 4) return null;
  const headLength = bytes.readUInt32LE(0);
  const head = JSON.parse(bytes.toString('utf8', 4, 4 + headLength)) as Head;
  if (head.version !== version || head.lexicon !== termsVersion) return null;
  let at = 4 + headLength;
  // One copy of the fixed-width sections into an aligned buffer; the arrays are views of it.
  const fixedBytes = (head.docs * 2 + head.terms * 2 + 1) * 4;
  const fixed = new ArrayBuffer(fixedBytes);
  bytes.copy(new Uint8Array(fixed), 0, at, at + fixedBytes);
  at += fixedBytes;
  const idEnds = new Int32Array(fixed, 0, head.docs);
  const termEnds = new Int32Array(fixed, head.docs * 4, head.terms);
  const lengths = new Float32Array(fixed, (head.docs + head.terms) * 4, head.docs);
  const postingStart = new Int32Array(fixed, (head.docs * 2 + head.terms) * 4, head.terms + 1);
  const text = (length: number) => {
    at += length;
    return bytes.toString('utf8', at - length, at);
  };
  const ids = { text: text(head.idBytes), ends: idEnds };
  const terms = { text: text(head.termBytes), ends: termEnds };
  const { slots, halves } = readPostings(bytes, at, postingStart, head.postings);
  return {
    image: { ids, terms, lengths, postingStart, slots, halves },
    applied: new Map(head.applied),
  };
}

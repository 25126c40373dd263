/**
 * A similar-requirement index as bytes, laid out so that loading is a few copies: a JSON head (format, sizes, terms),
 * the document ids one per line, then the typed arrays of IndexDocs as they sit in memory (little-endian, as on every
 * machine Node runs on).
 */
import type { IndexDocs } from '@shared/domain/similarity';
import { termsVersion } from '@shared/domain/similarity-terms';

const version = 2;

interface Head {
  version: number;
  /** The lexicon the terms were cut with: under another one the snapshot says other words. */
  lexicon: string;
  idsBytes: number;
  docs: number;
  postings: number;
  terms: string[];
}

const bytesOf = (array: Int32Array | Float32Array) =>
  Buffer.from(array.buffer, array.byteOffset, array.byteLength);

export function encodeSnapshot(docs: IndexDocs): Buffer {
  const ids = Buffer.from(docs.ids.join('\n'));
  const head: Head = {
    version,
    lexicon: termsVersion,
    idsBytes: ids.length,
    docs: docs.ids.length,
    postings: docs.termIds.length,
    terms: docs.terms,
  };
  const headBytes = Buffer.from(JSON.stringify(head));
  const headLength = Buffer.alloc(4);
  headLength.writeUInt32LE(headBytes.length);
  return Buffer.concat([
    headLength,
    headBytes,
    ids,
    bytesOf(docs.docStart),
    bytesOf(docs.termIds),
    bytesOf(docs.counts),
  ]);
}

/** The documents a snapshot holds, or null when it was written in another format or with another lexicon. */
export function decodeSnapshot(bytes: Buffer): IndexDocs | null {
  const headLength = bytes.readUInt32LE(0);
  const head = JSON.parse(bytes.toString('utf8', 4, 4 + headLength)) as Head;
  if (head.version !== version || head.lexicon !== termsVersion) return null;
  let at = 4 + headLength;
  const ids = head.docs === 0 ? [] : bytes.toString('utf8', at, at + head.idsBytes).split('\n');
  at += head.idsBytes;
  const copy = (length: number) => {
    const slice = bytes.buffer.slice(bytes.byteOffset + at, bytes.byteOffset + at + length);
    at += length;
    return slice;
  };
  const docStart = new Int32Array(copy((head.docs + 1) * 4));
  const termIds = new Int32Array(copy(head.postings * 4));
  const counts = new Float32Array(copy(head.postings * 4));
  return { ids, terms: head.terms, docStart, termIds, counts };
}

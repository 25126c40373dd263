/**
 * A similar-requirement index as bytes: a JSON head (document ids, terms) and, per document, its term count then
 * ascending term ids as deltas with their counts, all as varints — about a byte or two per term.
 */
import type { IndexDocs } from '@shared/domain/similarity';

const version = 1;

export function encodeSnapshot(docs: IndexDocs): Buffer {
  const head = Buffer.from(
    JSON.stringify({ version, postings: docs.termIds.length, ids: docs.ids, terms: docs.terms }),
  );
  const body = new Uint8Array(5 * (docs.ids.length + 2 * docs.termIds.length));
  let at = 0;
  const put = (value: number) => {
    let rest = value;
    while (rest >= 0x80) {
      body[at++] = (rest & 0x7f) | 0x80;
      rest >>>= 7;
    }
    body[at++] = rest;
  };
  for (let doc = 0; doc < docs.ids.length; doc++) {
    const from = docs.docStart[doc] as number;
    const to = docs.docStart[doc + 1] as number;
    const order = Array.from({ length: to - from }, (_, i) => from + i).sort(
      (x, y) => (docs.termIds[x] as number) - (docs.termIds[y] as number),
    );
    put(to - from);
    let previous = 0;
    for (const k of order) {
      const termId = docs.termIds[k] as number;
      put(termId - previous);
      put(docs.counts[k] as number);
      previous = termId;
    }
  }
  const length = Buffer.alloc(4);
  length.writeUInt32LE(head.length);
  return Buffer.concat([length, head, body.subarray(0, at)]);
}

/** The documents a snapshot holds, or null when it was written in another format. */
export function decodeSnapshot(bytes: Buffer): IndexDocs | null {
  const headLength = bytes.readUInt32LE(0);
  const head = JSON.parse(bytes.toString('utf8', 4, 4 + headLength)) as {
    version: number;
    postings: number;
    ids: string[];
    terms: string[];
  };
  if (head.version !== version) return null;
  let at = 4 + headLength;
  const take = () => {
    let value = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[at++] as number;
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  const docStart = new Int32Array(head.ids.length + 1);
  const termIds = new Int32Array(head.postings);
  const counts = new Uint16Array(head.postings);
  let k = 0;
  for (let doc = 0; doc < head.ids.length; doc++) {
    const size = take();
    let termId = 0;
    for (let i = 0; i < size; i++) {
      termId += take();
      termIds[k] = termId;
      counts[k] = take();
      k++;
    }
    docStart[doc + 1] = k;
  }
  return { ids: head.ids, terms: head.terms, docStart, termIds, counts };
}

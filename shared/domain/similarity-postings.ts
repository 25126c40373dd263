/** The flat typed arrays a similarity index keeps its documents and postings in (see similarity.ts). */
import { eachPosting, type PackedPostings, packPostings } from './similarity-packed';
import { type StringBlock, stringBlock } from './similarity-strings';

/**
 * An index's live documents as a snapshot stores them and an index loads them without rebuilding anything: terms
 * sorted (found by bisection), and the postings already grouped by term.
 */
export interface IndexImage {
  ids: StringBlock;
  terms: StringBlock;
  /** Each document's length (the sum of its term counts). */
  lengths: Float32Array;
  postings: PackedPostings;
}

/** Documents in slot order: document i's terms are termIds/counts[docStart[i] … docStart[i + 1]). */
export interface ForwardDocs {
  docStart: Int32Array;
  termIds: Int32Array;
  counts: Float32Array;
}

type Growable = Int32Array | Float32Array;

export function bump(array: Int32Array, at: number, by: number): void {
  array[at] = (array[at] as number) + by;
}

export function grown<T extends Growable>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const next = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}

/** Every count is a multiple of ½ (see similarity-terms.ts): packed postings keep it as a whole number of halves. */
const halvesOf = (count: number) => Math.round(count * 2);

/**
 * The counting sort's second half: `start` holds each term's posting count one place on and becomes offsets; every
 * document's terms land in per-term runs of ascending slots, packed.
 */
export function sortPostings(
  start: Int32Array,
  termCount: number,
  docs: ForwardDocs & { docCount: number },
): PackedPostings {
  const used = docs.docStart[docs.docCount] as number;
  for (let t = 0; t < termCount; t++) bump(start, t + 1, start[t] as number);
  const fill = start.slice(0, termCount);
  const slots = new Int32Array(used);
  const halves = new Uint16Array(used);
  for (let slot = 0; slot < docs.docCount; slot++) {
    for (let k = docs.docStart[slot] as number; k < (docs.docStart[slot + 1] as number); k++) {
      const termId = docs.termIds[k] as number;
      const at = fill[termId] as number;
      fill[termId] = at + 1;
      slots[at] = slot;
      halves[at] = halvesOf(docs.counts[k] as number);
    }
  }
  return packPostings(start, slots, halves);
}

/** The documents of grouped postings (the other way round), for an index loaded from a snapshot that takes writes. */
export function forwardOf(postings: PackedPostings, docCount: number): ForwardDocs {
  const terms = postings.start.length - 1;
  const docStart = new Int32Array(docCount + 1);
  for (let termId = 0; termId < terms; termId++)
    eachPosting(postings, termId, (slot) => {
      bump(docStart, slot + 1, 1);
      return false;
    });
  for (let slot = 0; slot < docCount; slot++) bump(docStart, slot + 1, docStart[slot] as number);
  const fill = docStart.slice(0, docCount);
  const used = docStart[docCount] as number;
  const termIds = new Int32Array(used);
  const counts = new Float32Array(used);
  for (let termId = 0; termId < terms; termId++)
    eachPosting(postings, termId, (slot, count) => {
      const at = fill[slot] as number;
      fill[slot] = at + 1;
      termIds[at] = termId;
      counts[at] = count;
      return false;
    });
  return { docStart, termIds, counts };
}

/** The live documents of an index renumbered from 0 in slot order, terms sorted and unused ones dropped. */
export function liveImage(
  index: ForwardDocs & {
    idAt: (slot: number) => string;
    termAt: (termId: number) => string;
    termCount: number;
    docCount: number;
    lengthOf: (slot: number) => number;
  },
): IndexImage {
  const ids: string[] = [];
  const lengths: number[] = [];
  const used = new Uint8Array(index.termCount);
  for (let slot = 0; slot < index.docCount; slot++) {
    const length = index.lengthOf(slot);
    if (length < 0) continue;
    ids.push(index.idAt(slot));
    lengths.push(length);
    for (let k = index.docStart[slot] as number; k < (index.docStart[slot + 1] as number); k++)
      used[index.termIds[k] as number] = 1;
  }
  const oldIds: number[] = [];
  used.forEach((isUsed, termId) => {
    if (isUsed) oldIds.push(termId);
  });
  const terms = oldIds.map((termId) => index.termAt(termId));
  const order = terms.map((_, i) => i).sort((x, y) => ((terms[x] as string) < (terms[y] as string) ? -1 : 1));
  const newId = new Int32Array(index.termCount);
  order.forEach((i, sorted) => {
    newId[oldIds[i] as number] = sorted;
  });
  const docStart = new Int32Array(ids.length + 1);
  const termIds: number[] = [];
  const counts: number[] = [];
  const start = new Int32Array(oldIds.length + 1);
  let doc = 0;
  for (let slot = 0; slot < index.docCount; slot++) {
    if (index.lengthOf(slot) < 0) continue;
    for (let k = index.docStart[slot] as number; k < (index.docStart[slot + 1] as number); k++) {
      const termId = newId[index.termIds[k] as number] as number;
      termIds.push(termId);
      counts.push(index.counts[k] as number);
      bump(start, termId + 1, 1);
    }
    doc++;
    docStart[doc] = termIds.length;
  }
  const forward = { docStart, termIds: Int32Array.from(termIds), counts: Float32Array.from(counts) };
  return {
    ids: stringBlock(ids),
    terms: stringBlock(order.map((i) => terms[i] as string)),
    lengths: Float32Array.from(lengths),
    postings: sortPostings(start, oldIds.length, { ...forward, docCount: ids.length }),
  };
}

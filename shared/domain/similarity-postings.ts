/** The flat typed arrays a similarity index keeps its documents and postings in (see similarity.ts). */

/** An index's live documents in slot order: what a snapshot stores and an index is rebuilt from. */
export interface IndexDocs {
  ids: string[];
  terms: string[];
  /** Document i's terms are termIds/counts[docStart[i] … docStart[i + 1]). */
  docStart: Int32Array;
  termIds: Int32Array;
  counts: Float32Array;
}

export function bump(array: Int32Array, at: number, by: number): void {
  array[at] = (array[at] as number) + by;
}

export function grown<T extends Int32Array | Float32Array>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const next = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}

/**
 * The counting sort's second half: `start` holds each term's posting count one place on and becomes offsets; every
 * document's terms land in per-term runs of ascending slots.
 */
export function sortPostings(
  start: Int32Array,
  termCount: number,
  docs: { docStart: readonly number[]; termIds: Int32Array; counts: Float32Array; docCount: number },
): { slots: Int32Array; counts: Float32Array } {
  const used = docs.docStart[docs.docCount] as number;
  for (let t = 0; t < termCount; t++) bump(start, t + 1, start[t] as number);
  const fill = start.slice(0, termCount);
  const slots = new Int32Array(used);
  const counts = new Float32Array(used);
  for (let slot = 0; slot < docs.docCount; slot++) {
    for (let k = docs.docStart[slot] as number; k < (docs.docStart[slot + 1] as number); k++) {
      const termId = docs.termIds[k] as number;
      const at = fill[termId] as number;
      fill[termId] = at + 1;
      slots[at] = slot;
      counts[at] = docs.counts[k] as number;
    }
  }
  return { slots, counts };
}

/** The live documents of an index in slot order, with removed ones dropped: what a snapshot stores. */
export function liveDocs(index: {
  ids: readonly string[];
  terms: readonly string[];
  isLive: (slot: number) => boolean;
  docStart: readonly number[];
  termIds: Int32Array;
  counts: Float32Array;
}): IndexDocs {
  const ids: string[] = [];
  const docStart: number[] = [0];
  let used = 0;
  for (let slot = 0; slot < index.ids.length; slot++) {
    if (!index.isLive(slot)) continue;
    ids.push(index.ids[slot] as string);
    used += (index.docStart[slot + 1] as number) - (index.docStart[slot] as number);
    docStart.push(used);
  }
  const termIds = new Int32Array(used);
  const counts = new Float32Array(used);
  let at = 0;
  for (let slot = 0; slot < index.ids.length; slot++) {
    if (!index.isLive(slot)) continue;
    const from = index.docStart[slot] as number;
    const to = index.docStart[slot + 1] as number;
    termIds.set(index.termIds.subarray(from, to), at);
    counts.set(index.counts.subarray(from, to), at);
    at += to - from;
  }
  return { ids, terms: [...index.terms], docStart: Int32Array.from(docStart), termIds, counts };
}

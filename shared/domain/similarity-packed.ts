/**
 * Postings grouped by term, packed: each posting is one varint of the gap to the term's previous slot times eight plus
 * its count in halves (1–7; 0 says a varint of the count follows). About a quarter of the bytes of plain arrays, which is what a restarted instance reads and what
 * every tenant's index holds; a search unpacks only its own terms' runs, a few thousand postings at most.
 */

export interface PackedPostings {
  /** Term t has start[t + 1] - start[t] postings (its document frequency until a document is removed). */
  start: Int32Array;
  /** Term t's postings are bytes[byteStart[t] … byteStart[t + 1]). */
  byteStart: Int32Array;
  bytes: Uint8Array;
}

/** Counts below this many halves share the gap's varint (gaps stay below 2^28, so the varint fits 31 bits). */
const countBits = 3;
const countLimit = 1 << countBits;

export const emptyPostings = (): PackedPostings => ({
  start: new Int32Array(1),
  byteStart: new Int32Array(1),
  bytes: new Uint8Array(0),
});

/** Packs per-term runs of ascending slots (see sortPostings). */
export function packPostings(start: Int32Array, slots: Int32Array, halves: Uint16Array): PackedPostings {
  const terms = start.length - 1;
  let out = new Uint8Array(Math.max(16, slots.length * 3));
  let at = 0;
  const put = (value: number) => {
    let rest = value;
    while (rest >= 0x80) {
      out[at++] = (rest & 0x7f) | 0x80;
      rest >>>= 7;
    }
    out[at++] = rest;
  };
  const byteStart = new Int32Array(terms + 1);
  for (let t = 0; t < terms; t++) {
    let previous = 0;
    for (let i = start[t] as number; i < (start[t + 1] as number); i++) {
      if (at + 10 > out.length) {
        const next = new Uint8Array(out.length * 2);
        next.set(out);
        out = next;
      }
      const slot = slots[i] as number;
      const count = halves[i] as number;
      const small = count > 0 && count < countLimit;
      put((slot - previous) * countLimit + (small ? count : 0));
      if (!small) put(count);
      previous = slot;
    }
    byteStart[t + 1] = at;
  }
  return { start, byteStart, bytes: out.slice(0, at) };
}

/** Calls `visit` with each of the term's postings, in ascending slots, until it returns true. */
export function eachPosting(
  postings: PackedPostings,
  termId: number,
  visit: (slot: number, count: number) => boolean | undefined,
): void {
  if (termId + 1 >= postings.byteStart.length) return;
  const { bytes } = postings;
  let at = postings.byteStart[termId] as number;
  const to = postings.byteStart[termId + 1] as number;
  let slot = 0;
  while (at < to) {
    let value = 0;
    let shift = 0;
    let byte = bytes[at++] as number;
    while (byte >= 0x80) {
      value |= (byte & 0x7f) << shift;
      shift += 7;
      byte = bytes[at++] as number;
    }
    value |= byte << shift;
    slot += value >>> countBits;
    let halves = value & (countLimit - 1);
    if (halves === 0) {
      shift = 0;
      byte = bytes[at++] as number;
      while (byte >= 0x80) {
        halves |= (byte & 0x7f) << shift;
        shift += 7;
        byte = bytes[at++] as number;
      }
      halves |= byte << shift;
    }
    if (visit(slot, halves / 2)) return;
  }
}

export function postingCount(postings: PackedPostings, termId: number): number {
  return termId + 1 < postings.start.length
    ? (postings.start[termId + 1] as number) - (postings.start[termId] as number)
    : 0;
}

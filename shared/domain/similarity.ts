/**
 * "Has someone asked for this already?": an incremental BM25 index over requirement terms (see similarity-terms.ts),
 * whose scores are normalised to 0–1 against the query's own best possible score, with opposite actions penalised.
 * Terms are numbered and documents kept in flat typed arrays: 100,000 requirements fit in tens of megabytes, and an
 * index is exported to and rebuilt from those arrays in milliseconds (see similarity-snapshot.ts).
 */

import { bump, grown, type IndexDocs, liveDocs, sortPostings } from './similarity-postings';
import { rankHits, type SearchOptions, type SimilarHit } from './similarity-ranking';

export type { IndexDocs } from './similarity-postings';
export { type SearchOptions, type SimilarHit, suggestionCutoffs } from './similarity-ranking';

/** How much a query word no requirement uses yet counts towards the query's best possible score. */
const unknownWordShare = 0.5;

/**
 * A query word counts at most a little more in a document than in the query scored against itself: a requirement
 * that says 导出 four times cannot stand in for the words of the query it lacks.
 */
const termGainCap = 1.2;

const k1 = 1.2;
const b = 0.6;

/**
 * An in-memory BM25 index that takes additions and removals at any time. Postings of the documents present at the
 * last rebuild are one compact array sorted by term; documents added since are scanned by each search until they are
 * worth a rebuild (so loading a whole tenant sorts once). Removed documents are tombstoned until a rebuild.
 */
export class SimilarityIndex {
  private readonly termIdOf = new Map<string, number>();
  private readonly terms: string[] = [];
  private df = new Int32Array(1024);
  private readonly ids: string[] = [];
  private readonly slotOf = new Map<string, number>();
  /** Each slot's document length, or -1 once removed. */
  private lengths: number[] = [];
  private docStart: number[] = [0];
  private docTermIds: Int32Array = new Int32Array(1024);
  private docCounts: Float32Array = new Float32Array(1024);
  /** Postings of slots below baseDocs, grouped by term: term t's are [baseStart[t], baseStart[t + 1]). */
  private baseStart: Int32Array = new Int32Array(1);
  private baseSlots: Int32Array = new Int32Array(0);
  private baseCounts: Float32Array = new Float32Array(0);
  private baseDocs = 0;
  private scratch = new Float64Array(0);
  private totalLength = 0;
  private live = 0;
  private tombstones = 0;

  static fromDocs(docs: IndexDocs): SimilarityIndex {
    const index = new SimilarityIndex();
    for (const term of docs.terms) {
      index.termIdOf.set(term, index.terms.length);
      index.terms.push(term);
    }
    index.df = new Int32Array(Math.max(1024, docs.terms.length));
    index.docStart = Array.from(docs.docStart);
    index.docTermIds = docs.termIds;
    index.docCounts = docs.counts;
    index.lengths = new Array<number>(docs.ids.length);
    // Every document is live: a term's postings are its document frequency, counted in the same pass as lengths.
    const perTerm = new Int32Array(docs.terms.length + 1);
    for (let slot = 0; slot < docs.ids.length; slot++) {
      const to = docs.docStart[slot + 1] as number;
      let length = 0;
      for (let k = docs.docStart[slot] as number; k < to; k++) {
        length += docs.counts[k] as number;
        bump(perTerm, (docs.termIds[k] as number) + 1, 1);
      }
      index.lengths[slot] = length;
      index.totalLength += length;
      const id = docs.ids[slot] as string;
      index.ids.push(id);
      index.slotOf.set(id, slot);
    }
    index.df.set(perTerm.subarray(1));
    index.live = docs.ids.length;
    index.sortPostings(perTerm);
    return index;
  }

  get size(): number {
    return this.live;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  /** Roughly what the index holds on the heap, for a memory budget across tenants. */
  get approximateBytes(): number {
    // Typed arrays at their element size; an id, a term or a list entry with its string and map entry at a guess.
    return (
      this.docTermIds.length * 8 +
      this.baseSlots.length * 8 +
      this.ids.length * 160 +
      this.terms.length * 90 +
      this.df.length * 4
    );
  }

  upsert(id: string, terms: Map<string, number>): void {
    this.remove(id);
    const slot = this.ids.length;
    const from = this.docStart[slot] as number;
    this.docTermIds = grown(this.docTermIds, from + terms.size);
    this.docCounts = grown(this.docCounts, from + terms.size);
    let k = from;
    let length = 0;
    for (const [term, count] of terms) {
      const termId = this.termId(term);
      this.docTermIds[k] = termId;
      this.docCounts[k] = count;
      k++;
      bump(this.df, termId, 1);
      length += count;
    }
    this.docStart.push(k);
    this.ids.push(id);
    this.lengths.push(length);
    this.slotOf.set(id, slot);
    this.totalLength += length;
    this.live++;
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    const length = this.lengths[slot] as number;
    this.lengths[slot] = -1;
    this.slotOf.delete(id);
    this.totalLength -= length;
    this.live--;
    this.tombstones++;
    for (let k = this.docStart[slot] as number; k < (this.docStart[slot + 1] as number); k++)
      bump(this.df, this.docTermIds[k] as number, -1);
    if (this.tombstones > 1000 && this.tombstones > this.live) this.rebuild();
  }

  /** The live documents, renumbered from 0 in slot order. */
  exportDocs(): IndexDocs {
    return liveDocs({
      ids: this.ids,
      terms: this.terms,
      isLive: (slot) => (this.lengths[slot] as number) >= 0,
      docStart: this.docStart,
      termIds: this.docTermIds,
      counts: this.docCounts,
    });
  }

  search(query: Map<string, number>, options: SearchOptions): SimilarHit[] {
    if (this.live === 0 || query.size === 0) return [];
    const tailPostings =
      (this.docStart[this.ids.length] as number) - (this.docStart[this.baseDocs] as number);
    if (tailPostings > Math.max(20_000, this.baseSlots.length / 8)) this.rebuildPostings();
    const averageLength = this.totalLength / this.live;
    const terms = [...query].map(([term, count]) => {
      const termId = this.termIdOf.get(term);
      const df = termId === undefined ? 0 : (this.df[termId] as number);
      const idf = this.idfOf(df);
      // The query scored against itself: a document saying exactly the same reaches 1.
      const selfGain = (idf * count * count * (k1 + 1)) / (count + k1);
      return { count, idf, selfGain, termId: df > 0 ? termId : undefined };
    });
    let best = 0;
    // Words no requirement uses yet count for less, or every new phrasing would look unlike everything.
    for (const { selfGain, termId } of terms)
      best += termId !== undefined ? selfGain : selfGain * unknownWordShare;
    // Rare words find the candidates; a word in many requirements only adds to candidates already found.
    terms.sort((x, y) => y.idf - x.idf);
    const commonDf = Math.max(200, this.live * 0.02);
    const scores = this.scratchScores();
    const touched: number[] = [];
    const tail = this.tailPostings(terms);
    const add = (slot: number, tf: number, term: (typeof terms)[number], onlyBoost: boolean) => {
      const length = this.lengths[slot] as number;
      if (length < 0) return;
      const current = scores[slot] as number;
      if (onlyBoost && current === 0) return;
      if (current === 0) touched.push(slot);
      const gain =
        (term.idf * term.count * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * length) / averageLength));
      scores[slot] = current + Math.min(gain, term.selfGain * termGainCap);
    };
    for (const term of terms) {
      const { termId } = term;
      if (termId === undefined) continue;
      const onlyBoost = this.postingCount(termId, tail) > commonDf && touched.length > 0;
      if (termId + 1 < this.baseStart.length) {
        const to = this.baseStart[termId + 1] as number;
        for (let i = this.baseStart[termId] as number; i < to; i++)
          add(this.baseSlots[i] as number, this.baseCounts[i] as number, term, onlyBoost);
      }
      const list = tail.get(termId);
      if (list)
        for (let i = 0; i < list.length; i += 2)
          add(list[i] as number, list[i + 1] as number, term, onlyBoost);
    }
    const hits = rankHits(
      { idOf: (slot) => this.ids[slot] as string, docHas: (slot, term) => this.docHas(slot, term) },
      scores,
      touched,
      best,
      query,
      options,
    );
    for (const slot of touched) scores[slot] = 0;
    return hits;
  }

  private termId(term: string): number {
    let termId = this.termIdOf.get(term);
    if (termId === undefined) {
      termId = this.terms.length;
      this.terms.push(term);
      this.termIdOf.set(term, termId);
      this.df = grown(this.df, termId + 1);
    }
    return termId;
  }

  /** The postings of the query's terms among documents added since the last rebuild: slot and count pairs. */
  private tailPostings(terms: { termId: number | undefined }[]): Map<number, number[]> {
    const tail = new Map<number, number[]>();
    for (const { termId } of terms) if (termId !== undefined) tail.set(termId, []);
    for (let slot = this.baseDocs; slot < this.ids.length; slot++) {
      for (let k = this.docStart[slot] as number; k < (this.docStart[slot + 1] as number); k++)
        tail.get(this.docTermIds[k] as number)?.push(slot, this.docCounts[k] as number);
    }
    return tail;
  }

  /** Documents holding a term, removed ones included until the next rebuild (as the lists walked). */
  private postingCount(termId: number, tail: Map<number, number[]>): number {
    const base =
      termId + 1 < this.baseStart.length
        ? (this.baseStart[termId + 1] as number) - (this.baseStart[termId] as number)
        : 0;
    return base + (tail.get(termId)?.length ?? 0) / 2;
  }

  private docHas(slot: number, term: string): boolean {
    const termId = this.termIdOf.get(term);
    if (termId === undefined) return false;
    for (let k = this.docStart[slot] as number; k < (this.docStart[slot + 1] as number); k++)
      if (this.docTermIds[k] === termId) return true;
    return false;
  }

  /** One score per document slot, all zero between searches (reset through the touched list, not refilled). */
  private scratchScores(): Float64Array {
    if (this.scratch.length < this.ids.length) this.scratch = new Float64Array(this.ids.length * 2);
    return this.scratch;
  }

  /** Rare terms tell documents apart; a term in every document says nothing. */
  private idfOf(df: number): number {
    return Math.log(1 + (this.live - df + 0.5) / (df + 0.5));
  }

  /** Drops removed documents, renumbers the rest in slot order and sorts every posting into the compact arrays. */
  private rebuild(): void {
    const docs = this.exportDocs();
    this.slotOf.clear();
    this.ids.length = 0;
    this.lengths = [];
    docs.ids.forEach((id, slot) => {
      let length = 0;
      for (let k = docs.docStart[slot] as number; k < (docs.docStart[slot + 1] as number); k++)
        length += docs.counts[k] as number;
      this.ids.push(id);
      this.slotOf.set(id, slot);
      this.lengths.push(length);
    });
    this.docStart = Array.from(docs.docStart);
    this.docTermIds = docs.termIds;
    this.docCounts = docs.counts;
    this.tombstones = 0;
    this.rebuildPostings();
  }

  /** A counting sort of every document's terms into per-term runs of ascending slots. */
  private rebuildPostings(): void {
    const used = this.docStart[this.ids.length] as number;
    const perTerm = new Int32Array(this.terms.length + 1);
    for (let k = 0; k < used; k++) bump(perTerm, (this.docTermIds[k] as number) + 1, 1);
    this.sortPostings(perTerm);
  }

  /** Sorts every posting into the compact arrays, from each term's count one place on in `start`. */
  private sortPostings(start: Int32Array): void {
    const docs = {
      docStart: this.docStart,
      termIds: this.docTermIds,
      counts: this.docCounts,
      docCount: this.ids.length,
    };
    ({ slots: this.baseSlots, counts: this.baseCounts } = sortPostings(start, this.terms.length, docs));
    this.baseStart = start;
    this.baseDocs = docs.docCount;
  }
}

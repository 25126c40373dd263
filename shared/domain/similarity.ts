/**
 * "Has someone asked for this already?": an incremental BM25 index over requirement terms (see similarity-terms.ts),
 * whose scores are normalised to 0–1 against the query's own best possible score, with opposite actions penalised.
 * Terms are numbered and documents kept in flat typed arrays: 100,000 requirements fit in tens of megabytes, and an
 * index loads from its exported image (see similarity-postings.ts) as it is, without sorting or building anything.
 */

import { eachPosting, emptyPostings, type PackedPostings, postingCount } from './similarity-packed';
import {
  bump,
  type ForwardDocs,
  forwardOf,
  grown,
  type IndexImage,
  liveImage,
  sortPostings,
} from './similarity-postings';
import { rankHits, type SearchOptions, type SimilarHit } from './similarity-ranking';

import { DocIds, TermDictionary } from './similarity-strings';

export type { IndexImage } from './similarity-postings';
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
 * last rebuild (or load) are packed by term (see similarity-packed.ts); documents added since are scanned by each
 * search until they are worth a rebuild (so loading a whole tenant sorts once). Removed documents are tombstoned until
 * a rebuild. An index loaded from an image searches the image's arrays as they are; the per-document view that writes
 * need is unpacked on the first write.
 */
export class SimilarityIndex {
  private terms = new TermDictionary();
  private df: Int32Array = new Int32Array(1024);
  private ids = new DocIds();
  /** Each slot's document length, or -1 once removed. */
  private lengths: Float32Array = new Float32Array(1024);
  /** Every slot's terms; null for an index loaded from an image until its first write. */
  private forward: ForwardDocs | null = {
    docStart: new Int32Array(1024),
    termIds: new Int32Array(1024),
    counts: new Float32Array(1024),
  };
  /** Postings of slots below baseDocs, grouped by term. */
  private base: PackedPostings = emptyPostings();
  private baseDocs = 0;
  private scratch = new Float64Array(0);
  private totalLength = 0;
  private live = 0;
  private tombstones = 0;

  static fromImage(image: IndexImage): SimilarityIndex {
    const index = new SimilarityIndex();
    index.load(image);
    return index;
  }

  get size(): number {
    return this.live;
  }

  /** Roughly what the index holds on the heap, for a memory budget across tenants. */
  get approximateBytes(): number {
    // Typed arrays at their element size; an id or a term with its string (and map entry, once built) at a guess.
    return (
      (this.forward ? this.forward.termIds.length * 8 + this.forward.docStart.length * 4 : 0) +
      this.base.bytes.length +
      this.base.start.length * 8 +
      this.lengths.length * 4 +
      this.ids.length * 160 +
      this.terms.length * 90 +
      this.df.length * 4
    );
  }

  upsert(id: string, terms: Map<string, number>): void {
    this.remove(id);
    const forward = this.writable();
    const slot = this.ids.length;
    const from = forward.docStart[slot] as number;
    forward.termIds = grown(forward.termIds, from + terms.size);
    forward.counts = grown(forward.counts, from + terms.size);
    let k = from;
    let length = 0;
    for (const [term, count] of terms) {
      const termId = this.termId(term);
      forward.termIds[k] = termId;
      forward.counts[k] = count;
      k++;
      bump(this.df, termId, 1);
      length += count;
    }
    forward.docStart = grown(forward.docStart, slot + 2);
    forward.docStart[slot + 1] = k;
    this.ids.push(id);
    this.lengths = grown(this.lengths, slot + 1);
    this.lengths[slot] = length;
    this.totalLength += length;
    this.live++;
  }

  remove(id: string): void {
    const slot = this.ids.slotOf(id);
    if (slot === undefined) return;
    const forward = this.writable();
    const length = this.lengths[slot] as number;
    this.lengths[slot] = -1;
    this.ids.forget(id);
    this.totalLength -= length;
    this.live--;
    this.tombstones++;
    for (let k = forward.docStart[slot] as number; k < (forward.docStart[slot + 1] as number); k++)
      bump(this.df, forward.termIds[k] as number, -1);
    if (this.tombstones > 1000 && this.tombstones > this.live) this.rebuild();
  }

  /** The live documents, renumbered from 0 in slot order, as a snapshot stores them. */
  exportImage(): IndexImage {
    return liveImage({
      ...this.writable(),
      idAt: (slot) => this.ids.at(slot),
      termAt: (termId) => this.terms.at(termId),
      termCount: this.terms.length,
      docCount: this.ids.length,
      lengthOf: (slot) => this.lengths[slot] as number,
    });
  }

  search(query: Map<string, number>, options: SearchOptions): SimilarHit[] {
    if (this.live === 0 || query.size === 0) return [];
    const { forward } = this;
    const tailPostings = forward
      ? (forward.docStart[this.ids.length] as number) - (forward.docStart[this.baseDocs] as number)
      : 0;
    if (tailPostings > Math.max(20_000, (this.base.start.at(-1) as number) / 8)) this.rebuildPostings();
    const averageLength = this.totalLength / this.live;
    const terms = [...query].map(([term, count]) => {
      const termId = this.terms.idOf(term);
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
      eachPosting(this.base, termId, (slot, count) => {
        add(slot, count, term, onlyBoost);
        return false;
      });
      const list = tail.get(termId);
      if (list)
        for (let i = 0; i < list.length; i += 2)
          add(list[i] as number, list[i + 1] as number, term, onlyBoost);
    }
    const hits = rankHits(
      { idOf: (slot) => this.ids.at(slot), docHas: (slot, term) => this.docHas(slot, term) },
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
    const termId = this.terms.add(term);
    this.df = grown(this.df, termId + 1);
    return termId;
  }

  /** The postings of the query's terms among documents added since the last rebuild: slot and count pairs. */
  private tailPostings(terms: { termId: number | undefined }[]): Map<number, number[]> {
    const tail = new Map<number, number[]>();
    const { forward } = this;
    if (!forward) return tail;
    for (const { termId } of terms) if (termId !== undefined) tail.set(termId, []);
    for (let slot = this.baseDocs; slot < this.ids.length; slot++) {
      for (let k = forward.docStart[slot] as number; k < (forward.docStart[slot + 1] as number); k++)
        tail.get(forward.termIds[k] as number)?.push(slot, forward.counts[k] as number);
    }
    return tail;
  }

  /** Documents holding a term, removed ones included until the next rebuild (as the lists walked). */
  private postingCount(termId: number, tail: Map<number, number[]>): number {
    return postingCount(this.base, termId) + (tail.get(termId)?.length ?? 0) / 2;
  }

  private docHas(slot: number, term: string): boolean {
    const termId = this.terms.idOf(term);
    if (termId === undefined) return false;
    if (slot < this.baseDocs) {
      let found = false;
      // A term's postings are in ascending slots.
      eachPosting(this.base, termId, (at) => {
        found = at === slot;
        return at >= slot;
      });
      return found;
    }
    const forward = this.writable();
    for (let k = forward.docStart[slot] as number; k < (forward.docStart[slot + 1] as number); k++)
      if (forward.termIds[k] === termId) return true;
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
    this.load(this.exportImage());
  }

  private load(image: IndexImage): void {
    const termCount = image.terms.ends.length;
    const docCount = image.ids.ends.length;
    this.terms = new TermDictionary(image.terms);
    this.ids = new DocIds(image.ids);
    this.lengths = image.lengths;
    this.forward = null;
    this.df = new Int32Array(Math.max(1024, termCount));
    for (let t = 0; t < termCount; t++) this.df[t] = postingCount(image.postings, t);
    this.totalLength = 0;
    for (let slot = 0; slot < docCount; slot++) this.totalLength += image.lengths[slot] as number;
    this.live = docCount;
    this.tombstones = 0;
    this.base = image.postings;
    this.baseDocs = docCount;
  }

  /** Every slot's terms, rebuilt from the grouped postings the first time an index loaded from an image is written. */
  private writable(): ForwardDocs {
    this.forward ??= forwardOf(this.base, this.baseDocs);
    return this.forward;
  }

  /** A counting sort of every document's terms into per-term runs of ascending slots. */
  private rebuildPostings(): void {
    const forward = this.writable();
    const used = forward.docStart[this.ids.length] as number;
    const start = new Int32Array(this.terms.length + 1);
    for (let k = 0; k < used; k++) bump(start, (forward.termIds[k] as number) + 1, 1);
    const docCount = this.ids.length;
    this.base = sortPostings(start, this.terms.length, { ...forward, docCount });
    this.baseDocs = docCount;
  }
}

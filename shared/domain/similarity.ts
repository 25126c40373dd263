/**
 * "Has someone asked for this already?": an incremental BM25 index over requirement terms (see similarity-terms.ts),
 * whose scores are normalised to 0–1 against the query's own best possible score, with opposite actions penalised.
 */

function polarityFactor(query: Map<string, number>, docTerms: string[]): number {
  let factor = 1;
  for (const [a, b_] of opposites) {
    const queryA = query.has(a) && !query.has(b_);
    const queryB = query.has(b_) && !query.has(a);
    if (!queryA && !queryB) continue;
    const docA = docTerms.includes(a);
    const docB = docTerms.includes(b_);
    if ((queryA && docB && !docA) || (queryB && docA && !docB)) factor *= oppositePenalty;
  }
  return factor;
}

export interface SimilarHit {
  id: string;
  /** 0–1: how much of the query's best possible score this document reaches. */
  score: number;
}

export interface SearchOptions {
  limit: number;
  /** Hits below this are not worth a rep's attention. */
  minScore?: number;
  /** Hits below this share of the best hit are noise next to it. */
  relativeCutoff?: number;
  exclude?: (id: string) => boolean;
}

/** Opposite actions: a request to import is not a request to export, however many other words they share. */
const opposites: [string, string][] = [
  ['w:导入', 'w:导出'],
  ['w:入库', 'w:出库'],
  ['w:应收', 'w:应付'],
  ['w:采购', 'w:销售'],
];
const oppositePenalty = 0.5;
/** How much a query word no requirement uses yet counts towards the query's best possible score. */
const unknownWordShare = 0.5;

const k1 = 1.2;
const b = 0.6;

interface Doc {
  id: string;
  length: number;
  terms: string[];
}

/** An in-memory BM25 index that takes additions and removals at any time (removed documents are tombstoned). */
export class SimilarityIndex {
  private readonly docs: (Doc | null)[] = [];
  /** Each slot's document length, or -1 once removed: the hot loop reads this instead of the Doc object. */
  private readonly lengths: number[] = [];
  private scratch = new Float64Array(0);
  private readonly slotOf = new Map<string, number>();
  private readonly postings = new Map<string, { slots: number[]; counts: number[] }>();
  private readonly df = new Map<string, number>();
  private totalLength = 0;
  private live = 0;
  private tombstones = 0;

  get size(): number {
    return this.live;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  upsert(id: string, terms: Map<string, number>): void {
    this.remove(id);
    const slot = this.docs.length;
    let length = 0;
    for (const [term, count] of terms) {
      let list = this.postings.get(term);
      if (!list) {
        list = { slots: [], counts: [] };
        this.postings.set(term, list);
      }
      list.slots.push(slot);
      list.counts.push(count);
      this.df.set(term, (this.df.get(term) ?? 0) + 1);
      length += count;
    }
    this.docs.push({ id, length, terms: [...terms.keys()] });
    this.lengths.push(length);
    this.slotOf.set(id, slot);
    this.totalLength += length;
    this.live++;
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    const doc = this.docs[slot];
    this.docs[slot] = null;
    this.lengths[slot] = -1;
    this.slotOf.delete(id);
    if (!doc) return;
    this.totalLength -= doc.length;
    this.live--;
    this.tombstones++;
    for (const term of doc.terms) this.df.set(term, (this.df.get(term) ?? 1) - 1);
    if (this.tombstones > 1000 && this.tombstones > this.live) this.compact();
  }

  search(query: Map<string, number>, options: SearchOptions): SimilarHit[] {
    if (this.live === 0 || query.size === 0) return [];
    const averageLength = this.totalLength / this.live;
    const terms = [...query].map(([term, count]) => ({
      count,
      idf: this.idf(term),
      list: this.postings.get(term),
    }));
    let best = 0;
    for (const { count, idf, list } of terms) {
      // The query scored against itself (a document saying exactly the same reaches 1); words no requirement uses
      // yet count for less, or every new phrasing would look unlike everything.
      const selfGain = (idf * count * count * (k1 + 1)) / (count + k1);
      best += list ? selfGain : selfGain * unknownWordShare;
    }
    // Rare words find the candidates; a word in many requirements only adds to candidates already found.
    terms.sort((x, y) => y.idf - x.idf);
    const commonDf = Math.max(200, this.live * 0.02);
    const scores = this.scratchScores();
    const touched: number[] = [];
    for (const { count, idf, list } of terms) {
      if (!list) continue;
      const onlyBoost = list.slots.length > commonDf && touched.length > 0;
      for (let i = 0; i < list.slots.length; i++) {
        const slot = list.slots[i] as number;
        const length = this.lengths[slot] as number;
        if (length < 0) continue;
        const current = scores[slot] as number;
        if (onlyBoost && current === 0) continue;
        const tf = list.counts[i] as number;
        if (current === 0) touched.push(slot);
        scores[slot] =
          current + (idf * count * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * length) / averageLength));
      }
    }
    const hits = this.rank(scores, touched, best, query, options);
    for (const slot of touched) scores[slot] = 0;
    return hits;
  }

  /** One score per document slot, all zero between searches (reset through the touched list, not refilled). */
  private scratchScores(): Float64Array {
    if (this.scratch.length < this.docs.length) this.scratch = new Float64Array(this.docs.length * 2);
    return this.scratch;
  }

  private rank(
    scores: Float64Array,
    touched: number[],
    best: number,
    query: Map<string, number>,
    options: SearchOptions,
  ): SimilarHit[] {
    let top = 0;
    for (const slot of touched) top = Math.max(top, scores[slot] as number);
    // A polarity penalty can only lower scores, so nothing below this can end up shown.
    const candidateFloor = Math.max(
      (options.minScore ?? 0) * best,
      top * oppositePenalty * (options.relativeCutoff ?? 0),
    );
    const hits: (SimilarHit & { doc: Doc })[] = [];
    for (const slot of touched) {
      const raw = scores[slot] as number;
      const doc = this.docs[slot];
      if (raw < candidateFloor || !doc || options.exclude?.(doc.id)) continue;
      hits.push({ id: doc.id, score: Math.min(1, raw / best), doc });
    }
    hits.sort((x, y) => y.score - x.score || x.id.localeCompare(y.id));
    const head = hits.slice(0, Math.max(50, options.limit));
    for (const hit of head) hit.score *= polarityFactor(query, hit.doc.terms);
    head.sort((x, y) => y.score - x.score || x.id.localeCompare(y.id));
    const floor = Math.max(options.minScore ?? 0, (head[0]?.score ?? 0) * (options.relativeCutoff ?? 0));
    return head
      .filter((hit) => hit.score >= floor)
      .slice(0, options.limit)
      .map((hit) => ({ id: hit.id, score: Math.round(hit.score * 1000) / 1000 }));
  }

  /** Rare terms tell documents apart; a term in every document says nothing. */
  private idf(term: string): number {
    const df = this.df.get(term) ?? 0;
    return Math.log(1 + (this.live - df + 0.5) / (df + 0.5));
  }

  /** Drops tombstoned documents and renumbers the rest, keeping every posting list in slot order. */
  private compact(): void {
    const newSlot = new Map<number, number>();
    const kept: (Doc | null)[] = [];
    this.docs.forEach((doc, slot) => {
      if (!doc) return;
      newSlot.set(slot, kept.length);
      this.slotOf.set(doc.id, kept.length);
      kept.push(doc);
    });
    for (const [term, list] of this.postings) {
      const slots: number[] = [];
      const counts: number[] = [];
      list.slots.forEach((slot, i) => {
        const moved = newSlot.get(slot);
        if (moved === undefined) return;
        slots.push(moved);
        counts.push(list.counts[i] as number);
      });
      if (slots.length === 0) {
        this.postings.delete(term);
        this.df.delete(term);
      } else this.postings.set(term, { slots, counts });
    }
    this.docs.length = 0;
    this.lengths.length = 0;
    for (const doc of kept) {
      this.docs.push(doc);
      this.lengths.push(doc?.length ?? -1);
    }
    this.tombstones = 0;
  }
}

/** Defaults the API uses: at least 0.65 of the query's best score, and within 75% of the best hit. */
export const suggestionCutoffs = { minScore: 0.65, relativeCutoff: 0.75 } as const;

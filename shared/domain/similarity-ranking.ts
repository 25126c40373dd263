/**
 * How similar-requirement hits are ranked and cut: normalised scores, opposite actions penalised, and the cut-offs
 * the API uses (see similarity.ts for the index that scores them).
 */

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
function polarityFactor(query: Map<string, number>, docHas: (term: string) => boolean): number {
  let factor = 1;
  for (const [a, b_] of opposites) {
    const queryA = query.has(a) && !query.has(b_);
    const queryB = query.has(b_) && !query.has(a);
    if (!queryA && !queryB) continue;
    const docA = docHas(a);
    const docB = docHas(b_);
    if ((queryA && docB && !docA) || (queryB && docA && !docB)) factor *= oppositePenalty;
  }
  return factor;
}

export function rankHits(
  index: { idOf(slot: number): string; docHas(slot: number, term: string): boolean },
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
  const hits: (SimilarHit & { slot: number })[] = [];
  for (const slot of touched) {
    const raw = scores[slot] as number;
    const id = index.idOf(slot);
    if (raw < candidateFloor || options.exclude?.(id)) continue;
    hits.push({ id, score: Math.min(1, raw / best), slot });
  }
  hits.sort((x, y) => y.score - x.score || x.id.localeCompare(y.id));
  const head = hits.slice(0, Math.max(50, options.limit));
  for (const hit of head) hit.score *= polarityFactor(query, (term) => index.docHas(hit.slot, term));
  head.sort((x, y) => y.score - x.score || x.id.localeCompare(y.id));
  const floor = Math.max(options.minScore ?? 0, (head[0]?.score ?? 0) * (options.relativeCutoff ?? 0));
  return head
    .filter((hit) => hit.score >= floor)
    .slice(0, options.limit)
    .map((hit) => ({ id: hit.id, score: Math.round(hit.score * 1000) / 1000 }));
}

/** Defaults the API uses: at least 0.65 of the query's best score, and within 75% of the best hit. */
export const suggestionCutoffs = { minScore: 0.65, relativeCutoff: 0.75 } as const;

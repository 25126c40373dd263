/**
 * Meaning for the similar lookup, when an embeddings endpoint is configured: one vector per requirement, stored in
 * requirement_embeddings (so a restarted instance does not embed again) and held per tenant beside its word index.
 * Requirements without a vector for their current text are embedded in the background, a batch at a time; a lookup
 * uses the vectors there are. The blend: a word score and a meaning score, weighted, cut as word scores are.
 */
import type { TenantDb } from '@server/core/db';
import type { Logger } from '@server/core/log';
import { type SearchOptions, type SimilarHit, suggestionCutoffs } from '@shared/domain/similarity';
import type { EmbeddingsClient } from './embeddings';
import { embeddingsOf, embeddingsPage, requirementsToEmbed, storeEmbeddings } from './repo/embeddings';

const pageSize = 2_000;
const batchSize = 32;
/** Cosine similarity at or below this says "unrelated" (as bge-m3-like models score unrelated sentences)… */
const unrelatedCosine = 0.5;
/** …and at or above this "the same need". */
const sameCosine = 0.9;
/** How many candidates each side brings to the blend. */
const candidates = 50;

interface Stored {
  at: string;
  vector: Float32Array;
}

export class TenantVectors {
  private readonly vectors = new Map<string, Stored>();
  private work: Promise<void> = Promise.resolve();

  constructor(
    private readonly client: EmbeddingsClient,
    private readonly log: Logger,
  ) {}

  get approximateBytes(): number {
    let bytes = 0;
    for (const { vector } of this.vectors.values()) bytes += vector.byteLength + 160;
    return bytes;
  }

  /** A new index starts from the vectors stored (a read, no endpoint call), then embeds what has none. */
  async start(tdb: TenantDb): Promise<void> {
    await this.loadAll(tdb);
    this.inBackground(() => this.embedMissing(tdb));
  }

  /** After a sync: the stored vectors of the changed requirements, then embeds what has none, in the background. */
  catchUp(tdb: TenantDb, changed: { id: string; at: string }[]): void {
    this.inBackground(async () => {
      await this.load(tdb, changed);
      await this.embedMissing(tdb);
    });
  }

  /** Runs after the work before it, one at a time; a failure is logged and tried again after the next change. */
  private inBackground(work: () => Promise<void>): void {
    this.work = this.work
      .then(work)
      .catch((error: unknown) =>
        this.log.warn({ err: error }, 'similar requirements: embeddings not brought up to date'),
      );
  }

  drop(id: string): void {
    this.vectors.delete(id);
  }

  /** The word hits blended with the requirements nearest in meaning; only words when the endpoint fails. */
  async blend(
    query: string,
    words: (options: SearchOptions) => SimilarHit[],
    options: { limit: number; weight: number; exclude: (id: string) => boolean },
  ): Promise<SimilarHit[]> {
    const lexical = words({ limit: candidates, exclude: options.exclude });
    let queryVector: Float32Array | undefined;
    try {
      [queryVector] = await this.client.embed([query]);
    } catch (error) {
      this.log.warn(
        { err: error },
        'similar requirements: embeddings endpoint failed, matching on words only',
      );
    }
    if (!queryVector || this.vectors.size === 0)
      return words({ limit: options.limit, ...suggestionCutoffs, exclude: options.exclude });
    const wordScore = new Map(lexical.map((hit) => [hit.id, hit.score]));
    const meaning = this.nearest(queryVector, options.exclude);
    const ids = new Set([...wordScore.keys(), ...meaning.keys()]);
    const hits: SimilarHit[] = [];
    for (const id of ids) {
      const stored = this.vectors.get(id);
      const word = wordScore.get(id) ?? 0;
      const sense = meaning.get(id) ?? (stored ? meaningScore(dot(queryVector, stored.vector)) : word);
      // Meaning lifts a paraphrase the words missed; it does not sink what the words found.
      const blended = Math.max(word, options.weight * sense + (1 - options.weight) * word);
      hits.push({ id, score: Math.round(blended * 1000) / 1000 });
    }
    hits.sort((x, y) => y.score - x.score || x.id.localeCompare(y.id));
    const floor = Math.max(
      suggestionCutoffs.minScore,
      (hits[0]?.score ?? 0) * suggestionCutoffs.relativeCutoff,
    );
    return hits.filter((hit) => hit.score >= floor).slice(0, options.limit);
  }

  /** The requirements nearest in meaning, with their meaning scores. */
  private nearest(query: Float32Array, exclude: (id: string) => boolean): Map<string, number> {
    const scored: [string, number][] = [];
    for (const [id, { vector }] of this.vectors) {
      const cosine = dot(query, vector);
      if (cosine > unrelatedCosine && !exclude(id)) scored.push([id, cosine]);
    }
    scored.sort((x, y) => y[1] - x[1]);
    return new Map(scored.slice(0, candidates).map(([id, cosine]) => [id, meaningScore(cosine)]));
  }

  private async loadAll(tdb: TenantDb): Promise<void> {
    let after = '';
    for (;;) {
      const rows = await embeddingsPage(tdb, this.client.model, after, pageSize);
      for (const row of rows) this.keep(row.requirement_id, row.source_updated_at, row.vector);
      const last = rows.at(-1);
      if (!last || rows.length < pageSize) return;
      after = last.requirement_id;
    }
  }

  private async load(tdb: TenantDb, changed: { id: string; at: string }[]): Promise<void> {
    const atOf = new Map(changed.map(({ id, at }) => [id, at]));
    for (let i = 0; i < changed.length; i += 500) {
      const ids = changed.slice(i, i + 500).map(({ id }) => id);
      for (const row of await embeddingsOf(tdb, ids))
        if (row.model === this.client.model && row.source_updated_at === atOf.get(row.requirement_id))
          this.keep(row.requirement_id, row.source_updated_at, row.vector);
    }
  }

  private async embedMissing(tdb: TenantDb): Promise<void> {
    for (;;) {
      const rows = await requirementsToEmbed(tdb, this.client.model, batchSize);
      if (rows.length === 0) return;
      const vectors = await this.client.embed(
        rows.map((row) => `${row.title}\n${row.description ?? ''}`.trim()),
      );
      const stored = rows.map((row, i) => {
        const vector = vectors[i] as Float32Array;
        this.vectors.set(row.id, { at: row.updated_at, vector });
        return {
          requirement_id: row.id,
          model: this.client.model,
          source_updated_at: row.updated_at,
          vector: Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength).toString('base64'),
        };
      });
      await storeEmbeddings(tdb, stored);
      if (rows.length < batchSize) return;
    }
  }

  private keep(id: string, at: string, base64: string): void {
    const bytes = Buffer.from(base64, 'base64');
    const vector = new Float32Array(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    );
    this.vectors.set(id, { at, vector });
  }
}

function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) sum += (a[i] as number) * (b[i] as number);
  return sum;
}

/** Cosine similarity as a 0–1 score on the scale of word scores. */
function meaningScore(cosine: number): number {
  return Math.min(1, Math.max(0, (cosine - unrelatedCosine) / (sameCosine - unrelatedCosine)));
}

/**
 * The synonyms one tenant's merges teach the similar lookup (see shared/domain/similarity-learned.ts): read from the
 * requirements merged into another and their survivors, kept per tenant beside its index, and forgotten when a merge
 * is undone. Nothing is stored: the merged rows are the record, so every instance learns the same.
 */
import type { TenantDb } from '@server/core/db';
import { type LearnedPair, LearnedWords, learnedPair } from '@shared/domain/similarity-learned';
import { mergedRequirements, requirementTitles } from './repo/requirements';

const chunk = 500;

export class TenantSynonyms {
  /** What each merged requirement taught, by its id. */
  private readonly pairs = new Map<string, LearnedPair>();
  private words: LearnedWords | null = null;

  get size(): number {
    return this.pairs.size;
  }

  /** Learns from these merged requirements (all of the tenant's when null). */
  async learn(tdb: TenantDb, mergedIds: readonly string[] | null): Promise<void> {
    const batches = mergedIds === null ? [null] : slices(mergedIds);
    for (const ids of batches) {
      const merged = await mergedRequirements(tdb, ids);
      const survivorIds = [...new Set(merged.map((row) => row.merged_into_id as string))];
      const titleOf = new Map<string, string>();
      for (const part of slices(survivorIds))
        for (const row of await requirementTitles(tdb, part)) titleOf.set(row.id, row.title);
      for (const row of merged) {
        const survivor = titleOf.get(row.merged_into_id as string);
        const pair = survivor === undefined ? null : learnedPair(row.title, survivor);
        if (pair) this.pairs.set(row.id, pair);
      }
    }
    this.words = null;
  }

  /** A requirement that is no longer merged (the merge was undone) teaches nothing any more. */
  forget(id: string): void {
    if (this.pairs.delete(id)) this.words = null;
  }

  /** The query in the survivors' words, or null when it uses none of the merged wordings. */
  rewrite(query: string): string | null {
    if (this.pairs.size === 0) return null;
    this.words ??= new LearnedWords(this.pairs.values());
    return this.words.rewrite(query);
  }
}

function slices<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += chunk) out.push(items.slice(i, i + chunk));
  return out;
}

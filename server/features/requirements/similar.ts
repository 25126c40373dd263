/**
 * Similar-requirement lookup: one in-memory BM25 index per tenant, brought up to date on every lookup from rows whose
 * updated_at moved (an indexed query), so edits on any instance show up. An index starts from the tenant's stored
 * snapshot when there is one, so a restarted instance (or a tenant evicted from memory) answers in one read instead
 * of re-reading every requirement. Tenants share a memory budget; the least recently used leave first. A query is also
 * searched in the words the tenant's own merges taught (similarity-learned.ts).
 */
import type { TenantDb } from '@server/core/db';
import { nowIso } from '@server/core/ids';
import type { Logger } from '@server/core/log';
import type { RequirementStatus } from '@shared/domain/requirements';
import {
  type SearchOptions,
  type SimilarHit,
  SimilarityIndex,
  suggestionCutoffs,
} from '@shared/domain/similarity';
import { termsOf } from '@shared/domain/similarity-terms';
import type { SimilarItem } from '@shared/schemas/requirements-similar';
import { storedTermsOf } from './columns';
import type { EmbeddingsClient } from './embeddings';
import { requirementsChangedSince, requirementTitles } from './repo/requirements';
import { findSimilaritySnapshot, storeSimilaritySnapshot } from './repo/settings';
import { TenantSynonyms } from './similarity-learned';
import { decodeSnapshot, encodeSnapshot } from './similarity-snapshot';
import { TenantVectors } from './similarity-vectors';

/** Rows committed a little out of order by concurrent writers are still picked up. */
const overlapMs = 5_000;
const pageSize = 5_000;
/** Small tenants rebuild from their rows in milliseconds; a snapshot pays off from here, and again every tenth. */
const snapshotMinRows = 1_000;
const snapshotShare = 0.1;
/** A learned pair of words with its map entry, at a guess. */
const learnedPairBytes = 300;

interface TenantIndex {
  index: SimilarityIndex;
  syncedUntil: string;
  /** Rows of the overlap window already applied, so each lookup does not apply them again. */
  applied: Map<string, string>;
  /** What the tenant's merges taught about its words. */
  synonyms: TenantSynonyms;
  /** The requirements' meaning, when an embeddings endpoint is configured. */
  vectors: TenantVectors | null;
  /** Rows applied since the stored snapshot was written. */
  unsaved: number;
  /** Whether the stored snapshot was looked for (once per index). */
  started: boolean;
  /** The stored snapshot is of another format or lexicon: the next one replaces it whatever it saw. */
  storedUnusable: boolean;
  syncing: Promise<void> | null;
}

export class SimilarRequirements {
  private readonly tenants = new Map<string, TenantIndex>();

  constructor(
    private readonly options: {
      memoryBytes: number;
      /** Meaning blended with words (off unless an embeddings endpoint is configured). */
      embeddings?: { client: EmbeddingsClient; weight: number; log: Logger } | undefined;
    },
  ) {}

  /** Roughly the heap all tenants' indexes hold together. */
  get bytesInUse(): number {
    let bytes = 0;
    for (const entry of this.tenants.values())
      bytes +=
        entry.index.approximateBytes +
        entry.synonyms.size * learnedPairBytes +
        (entry.vectors?.approximateBytes ?? 0);
    return bytes;
  }

  async lookup(
    tdb: TenantDb,
    query: { q: string; limit: number; excludeId?: string | undefined },
  ): Promise<SimilarItem[]> {
    const entry = await this.freshIndex(tdb);
    const exclude = (id: string) => id === query.excludeId;
    const hits = entry.vectors
      ? await entry.vectors.blend(query.q, (options) => wordHits(entry, query.q, options), {
          limit: query.limit,
          weight: this.options.embeddings?.weight ?? 0,
          exclude,
        })
      : wordHits(entry, query.q, { limit: query.limit, ...suggestionCutoffs, exclude });
    this.keepWithinBudget(tdb.tenantId);
    if (hits.length === 0) return [];
    const rows = await requirementTitles(
      tdb,
      hits.map((hit) => hit.id),
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return hits.flatMap((hit) => {
      const row = byId.get(hit.id);
      return row && row.status !== 'merged'
        ? [{ id: hit.id, title: row.title, status: row.status as RequirementStatus, score: hit.score }]
        : [];
    });
  }

  private async freshIndex(tdb: TenantDb): Promise<TenantIndex> {
    let entry = this.tenants.get(tdb.tenantId);
    // A Map iterates in insertion order: moving the tenant to the end keeps the least recently used first.
    this.tenants.delete(tdb.tenantId);
    if (!entry) {
      const { embeddings } = this.options;
      entry = {
        index: new SimilarityIndex(),
        syncedUntil: '',
        applied: new Map(),
        synonyms: new TenantSynonyms(),
        vectors: embeddings ? new TenantVectors(embeddings.client, embeddings.log) : null,
        unsaved: 0,
        started: false,
        storedUnusable: false,
        syncing: null,
      };
    }
    this.tenants.set(tdb.tenantId, entry);
    const current = entry;
    if (!current.syncing) {
      current.syncing = sync(tdb, current).finally(() => {
        current.syncing = null;
      });
    }
    await current.syncing;
    return current;
  }

  private keepWithinBudget(currentTenant: string): void {
    for (const [tenantId, entry] of this.tenants) {
      if (this.bytesInUse <= this.options.memoryBytes) return;
      if (tenantId !== currentTenant && !entry.syncing) this.tenants.delete(tenantId);
    }
  }
}

async function sync(tdb: TenantDb, entry: TenantIndex): Promise<void> {
  const starting = !entry.started;
  if (starting) await loadSnapshot(tdb, entry);
  entry.started = true;
  const since = windowStart(entry.syncedUntil);
  let after: [string, string] | null = null;
  const merged: string[] = [];
  const changed: { id: string; at: string }[] = [];
  for (;;) {
    const rows = await requirementsChangedSince(tdb, since, after, pageSize);
    for (const row of rows) {
      if (entry.applied.get(row.id) === row.updated_at) continue;
      if (row.status === 'merged') {
        entry.index.remove(row.id);
        entry.vectors?.drop(row.id);
        merged.push(row.id);
      } else {
        entry.index.upsert(row.id, storedTermsOf(row));
        entry.synonyms.forget(row.id);
        changed.push({ id: row.id, at: row.updated_at });
      }
      entry.applied.set(row.id, row.updated_at);
      entry.unsaved++;
      if (row.updated_at > entry.syncedUntil) entry.syncedUntil = row.updated_at;
    }
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) break;
    after = [last.updated_at, last.id];
  }
  if (starting) await entry.vectors?.start(tdb);
  else if (changed.length > 0) entry.vectors?.catchUp(tdb, changed);
  // A new index learns from every merge (rows older than its snapshot are not read); later, from the merges read.
  if (starting) await entry.synonyms.learn(tdb, null);
  else if (merged.length > 0) await entry.synonyms.learn(tdb, merged);
  const next = windowStart(entry.syncedUntil);
  for (const [id, updatedAt] of entry.applied) if (updatedAt < next) entry.applied.delete(id);
  if (entry.unsaved >= Math.max(snapshotMinRows, entry.index.size * snapshotShare))
    await saveSnapshot(tdb, entry);
}

/** The query's hits, and those of the query said in the words the tenant's merges taught, best first. */
function wordHits(entry: TenantIndex, q: string, options: SearchOptions): SimilarHit[] {
  const hits = entry.index.search(termsOf(q), options);
  const rewritten = entry.synonyms.rewrite(q);
  if (rewritten === null) return hits;
  const best = new Map(hits.map((hit) => [hit.id, hit]));
  for (const hit of entry.index.search(termsOf(rewritten), options))
    if ((best.get(hit.id)?.score ?? -1) < hit.score) best.set(hit.id, hit);
  return [...best.values()]
    .sort((x, y) => y.score - x.score || x.id.localeCompare(y.id))
    .slice(0, options.limit);
}

/** Where a lookup starts reading rows: everything at first, then a little before the newest row applied. */
function windowStart(syncedUntil: string): string {
  return syncedUntil ? new Date(new Date(syncedUntil).getTime() - overlapMs).toISOString() : '';
}

async function loadSnapshot(tdb: TenantDb, entry: TenantIndex): Promise<void> {
  const row = await findSimilaritySnapshot(tdb);
  const snapshot = row ? decodeSnapshot(Buffer.from(row.data, 'base64')) : null;
  entry.storedUnusable = row !== undefined && snapshot === null;
  if (!row || !snapshot) return;
  entry.index = SimilarityIndex.fromImage(snapshot.image);
  entry.applied = snapshot.applied;
  entry.syncedUntil = row.synced_until;
}

/** Written after the commit it reflects. */
async function saveSnapshot(tdb: TenantDb, entry: TenantIndex): Promise<void> {
  const snapshot = {
    synced_until: entry.syncedUntil,
    data: encodeSnapshot({ image: entry.index.exportImage(), applied: entry.applied }).toString('base64'),
    updated_at: nowIso(),
  };
  await storeSimilaritySnapshot(tdb, snapshot, entry.storedUnusable ? 'always' : 'when-newer');
  entry.unsaved = 0;
  entry.storedUnusable = false;
}

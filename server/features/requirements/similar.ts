/**
 * Similar-requirement lookup: one in-memory BM25 index per tenant, built on first use and brought up to date on
 * every lookup from rows whose updated_at moved (an indexed query), so edits on any instance show up.
 */
import { afterCursor, type KeysetOrder, sql, type TenantDb } from '@server/core/db';
import type { RequirementStatus } from '@shared/domain/requirements';
import { SimilarityIndex, suggestionCutoffs } from '@shared/domain/similarity';
import { requirementTerms, termsOf } from '@shared/domain/similarity-terms';
import type { SimilarItem } from '@shared/schemas/requirements';

/** Rows committed a little out of order by concurrent writers are still picked up. */
const overlapMs = 5_000;
const pageSize = 5_000;
const syncOrder: KeysetOrder = {
  key: sql.ref('updated_at'),
  keyType: 'text',
  id: sql.ref('id'),
  direction: 'asc',
};

interface TenantIndex {
  index: SimilarityIndex;
  meta: Map<string, { title: string; status: RequirementStatus; updatedAt: string }>;
  syncedUntil: string;
  syncing: Promise<void> | null;
}

const indexes = new Map<string, TenantIndex>();

export async function similarRequirements(
  tdb: TenantDb,
  query: { q: string; limit: number; excludeId?: string | undefined },
): Promise<SimilarItem[]> {
  const entry = await freshIndex(tdb);
  const hits = entry.index.search(termsOf(query.q), {
    limit: query.limit,
    ...suggestionCutoffs,
    exclude: (id) => id === query.excludeId,
  });
  return hits.flatMap((hit) => {
    const meta = entry.meta.get(hit.id);
    return meta ? [{ id: hit.id, title: meta.title, status: meta.status, score: hit.score }] : [];
  });
}

async function freshIndex(tdb: TenantDb): Promise<TenantIndex> {
  let entry = indexes.get(tdb.tenantId);
  if (!entry) {
    entry = { index: new SimilarityIndex(), meta: new Map(), syncedUntil: '', syncing: null };
    indexes.set(tdb.tenantId, entry);
  }
  const current = entry;
  if (!current.syncing) {
    current.syncing = sync(tdb, current).finally(() => {
      current.syncing = null;
    });
  }
  await current.syncing;
  return current;
}

async function sync(tdb: TenantDb, entry: TenantIndex): Promise<void> {
  const since = entry.syncedUntil
    ? new Date(new Date(entry.syncedUntil).getTime() - overlapMs).toISOString()
    : '';
  let after: [string, string] | null = null;
  for (;;) {
    let select = tdb
      .selectFrom('requirements')
      .select(['id', 'title', 'description', 'search_terms', 'status', 'updated_at'])
      .where('updated_at', '>=', since);
    if (after) select = select.where(afterCursor(syncOrder, after));
    const rows = await select.orderBy('updated_at').orderBy('id').limit(pageSize).execute();
    for (const row of rows) {
      if (entry.meta.get(row.id)?.updatedAt === row.updated_at) continue;
      if (row.status === 'merged') {
        entry.index.remove(row.id);
        entry.meta.delete(row.id);
      } else {
        entry.index.upsert(row.id, storedTerms(row));
        entry.meta.set(row.id, {
          title: row.title,
          status: row.status as RequirementStatus,
          updatedAt: row.updated_at,
        });
      }
      if (row.updated_at > entry.syncedUntil) entry.syncedUntil = row.updated_at;
    }
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) return;
    after = [last.updated_at, last.id];
  }
}

function storedTerms(row: {
  title: string;
  description: string | null;
  search_terms: string;
}): Map<string, number> {
  const stored = JSON.parse(row.search_terms) as Record<string, number>;
  const terms = new Map(Object.entries(stored));
  return terms.size > 0 ? terms : requirementTerms(row.title, row.description);
}

/** SQL for the tenant's requirement settings (the score weights) and its stored similar-requirement index. */
import type { TenantDb } from '@server/core/db';
import { nowIso } from '@server/core/ids';

/** The stored weights as JSON, or undefined when the tenant never changed the defaults. */
export async function findWeights(tdb: TenantDb): Promise<string | undefined> {
  const row = await tdb.selectFrom('requirement_settings').select('weights').executeTakeFirst();
  return row?.weights;
}

export async function storeWeights(tx: TenantDb, weights: string): Promise<void> {
  const updated = await tx
    .updateTable('requirement_settings')
    .set({ weights, updated_at: nowIso() })
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) {
    await tx.insertInto('requirement_settings', { weights, updated_at: nowIso() }).execute();
  }
}

export function findSimilaritySnapshot(tdb: TenantDb) {
  return tdb.selectFrom('similarity_snapshots').select(['synced_until', 'data']).executeTakeFirst();
}

/**
 * Of two instances' snapshots the one that saw more is kept; one that cannot be read any more (another format or
 * lexicon) is replaced whatever it saw.
 */
export async function storeSimilaritySnapshot(
  tdb: TenantDb,
  snapshot: { synced_until: string; data: string; updated_at: string },
  replace: 'when-newer' | 'always',
): Promise<void> {
  await tdb
    .insertInto('similarity_snapshots', snapshot)
    .onConflict((conflict) => {
      const update = conflict.column('tenant_id').doUpdateSet(snapshot);
      return replace === 'always'
        ? update
        : update.where('similarity_snapshots.synced_until', '<', snapshot.synced_until);
    })
    .execute();
}

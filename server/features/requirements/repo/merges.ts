/** SQL for requirement merges (which duplicate went into which survivor, contests, undos). */
import { onSameTenant, type TenantDb } from '@server/core/db';
import type { RequirementMergesTable } from '@server/core/db/tables/requirements';

export type MergeRow = RequirementMergesTable;
type MergeChanges = Partial<
  Pick<MergeRow, 'contested_at' | 'contested_by' | 'contest_note' | 'resolved_at' | 'undone_at' | 'undone_by'>
>;

export async function insertMerge(tdb: TenantDb, row: Omit<MergeRow, 'tenant_id'>): Promise<void> {
  await tdb.insertInto('requirement_merges', row).execute();
}

/** The merge, if the requirement is its source or its target. */
export function findMergeOf(tdb: TenantDb, requirementId: string, mergeId: string) {
  return tdb
    .selectFrom('requirement_merges')
    .selectAll()
    .where('id', '=', mergeId)
    .where((eb) => eb.or([eb('source_id', '=', requirementId), eb('target_id', '=', requirementId)]))
    .executeTakeFirst();
}

export async function updateMerge(tdb: TenantDb, mergeId: string, changes: MergeChanges): Promise<void> {
  await tdb.updateTable('requirement_merges').set(changes).where('id', '=', mergeId).execute();
}

/** Whether some merge into the target is contested and neither kept nor undone yet. */
export async function hasOpenContest(tdb: TenantDb, targetId: string): Promise<boolean> {
  const open = await tdb
    .selectFrom('requirement_merges')
    .select('id')
    .where('target_id', '=', targetId)
    .where('contested_at', 'is not', null)
    .where('resolved_at', 'is', null)
    .where('undone_at', 'is', null)
    .executeTakeFirst();
  return open !== undefined;
}

/** The merges into a requirement, newest first. */
export function mergesIntoRequirement(tdb: TenantDb, targetId: string): Promise<MergeRow[]> {
  return tdb
    .selectFrom('requirement_merges')
    .selectAll()
    .where('target_id', '=', targetId)
    .orderBy('created_at', 'desc')
    .execute();
}

/** The merges (not undone) that took any of these requirements away, with the merged requirement's title. */
export function mergesFrom(tdb: TenantDb, sourceIds: readonly string[]) {
  if (sourceIds.length === 0) return Promise.resolve([]);
  return tdb
    .selectFrom('requirement_merges')
    .innerJoin('requirements', onSameTenant('requirements.id', 'requirement_merges.source_id'))
    .select([
      'requirement_merges.id',
      'requirement_merges.source_id',
      'requirement_merges.created_at',
      'requirement_merges.contested_at',
      'requirement_merges.resolved_at',
      'requirement_merges.undone_at',
      'requirements.title',
    ])
    .where('requirement_merges.source_id', 'in', [...sourceIds])
    .where('requirement_merges.undone_at', 'is', null)
    .execute();
}

/**
 * Contesting a merge: a reporter of the merged requirement may say within 7 days that it is not the same need, which
 * puts the survivor back in the PM's inbox; the PM keeps the merge or undoes it (merges.ts).
 */
import { recordAudit } from '@server/core/audit';
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { AppError } from '@server/core/errors';
import { nowIso } from '@server/core/ids';
import { authorize } from '@server/core/policy';
import { notifyPerson } from '@server/features/platform/service';
import type { MergeView } from '@shared/schemas/requirements';
import { namesOf } from '../users/service';
import { mustFindMerge, refreshContested } from './merges';
import { contestMessage } from './messages';
import { canContestMerge, canManage } from './policy';
import { presentMergeView } from './present';
import { reportersOnOrigin } from './repo/mentions';
import { type MergeRow, mergesIntoRequirement, updateMerge } from './repo/merges';
import { type RequirementRow, setRequirement } from './repo/requirements';
import { mustFind } from './service';
import { isContestable, isMergeOpen } from './undo-window';

export async function contestMerge(
  tdb: TenantDb,
  actor: Actor,
  requirementId: string,
  mergeId: string,
  note: string | null,
  publicUrl: string,
): Promise<MergeView> {
  const merge = await mustFindMerge(tdb, requirementId, mergeId);
  authorize(canContestMerge(actor, await reportersOnOrigin(tdb, merge.source_id)));
  if (!isContestable(merge)) throw new AppError('CONTEST_CLOSED');
  const [source, target] = [await mustFind(tdb, merge.source_id), await mustFind(tdb, merge.target_id)];
  await tdb.transaction(async (tx) => {
    const now = nowIso();
    await updateMerge(tx, merge.id, { contested_at: now, contested_by: actor.userId, contest_note: note });
    await setRequirement(tx, target.id, { contested: 1, updated_at: now });
    await recordAudit(tx, actor, {
      action: 'requirement.merge.contest',
      objectType: 'requirement',
      objectId: target.id,
      data: { mergeId, note },
    });
    const name = (await namesOf(tx, [actor.userId])).get(actor.userId) ?? '';
    const message = contestMessage(
      { mergeId, name, note, sourceTitle: source.title, targetId: target.id, targetTitle: target.title },
      publicUrl,
    );
    for (const userId of new Set([merge.merged_by, ...(target.owner_id ? [target.owner_id] : [])])) {
      await notifyPerson(tx, userId, message);
    }
  });
  return mergeViewOf(tdb, actor, await mustFindMerge(tdb, requirementId, mergeId));
}

/** The PM looked again and the merge stands: the requirement leaves the inbox. */
export async function resolveContest(
  tdb: TenantDb,
  actor: Actor,
  requirementId: string,
  mergeId: string,
): Promise<MergeView> {
  authorize(canManage(actor));
  const merge = await mustFindMerge(tdb, requirementId, mergeId);
  if (!merge.contested_at || !isMergeOpen(merge)) throw new AppError('CONTEST_CLOSED');
  await tdb.transaction(async (tx) => {
    const now = nowIso();
    await updateMerge(tx, merge.id, { resolved_at: now });
    await refreshContested(tx, merge.target_id, now);
    await recordAudit(tx, actor, {
      action: 'requirement.merge.keep',
      objectType: 'requirement',
      objectId: merge.target_id,
      data: { mergeId },
    });
  });
  return mergeViewOf(tdb, actor, await mustFindMerge(tdb, requirementId, mergeId));
}

/** The merges into a requirement, newest first, with what the actor may do about each. */
export async function mergesInto(tdb: TenantDb, actor: Actor, target: RequirementRow): Promise<MergeView[]> {
  const rows = await mergesIntoRequirement(tdb, target.id);
  return Promise.all(rows.map((row) => mergeViewOf(tdb, actor, row)));
}

async function mergeViewOf(tdb: TenantDb, actor: Actor, merge: MergeRow): Promise<MergeView> {
  const source = await mustFind(tdb, merge.source_id);
  const names = await namesOf(tdb, [merge.merged_by, ...(merge.contested_by ? [merge.contested_by] : [])]);
  const mayContest = canContestMerge(actor, await reportersOnOrigin(tdb, merge.source_id));
  return presentMergeView(merge, { sourceTitle: source.title, names, mayContest }, actor);
}

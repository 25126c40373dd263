/**
 * Merging duplicates: mentions and followers move to the survivor, the merged one points at it, reporters hear of
 * it once the undo window closes; an admin (or the PM, once contested) can undo it later (see merge-contests.ts).
 */
import { recordAudit } from '@server/core/audit';
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { AppError, notFound } from '@server/core/errors';
import { publishEvent } from '@server/core/events';
import { newId, nowIso } from '@server/core/ids';
import { dropHeld } from '@server/core/outbox/hold';
import { authorize } from '@server/core/policy';
import { notifyPerson } from '@server/features/platform/service';
import type { MergeResult, Requirement } from '@shared/schemas/requirements';
import { mergeDigest } from './digests';
import { mergeMessage } from './messages';
import { canManage, canUndoMerge, canUndoOwnChange } from './policy';
import { addFollowers, followersOf, removeFollowers } from './repo/followers';
import { moveMentions, moveMentionsBack, reportersOf } from './repo/mentions';
import { findMergeOf, hasOpenContest, insertMerge, type MergeRow, updateMerge } from './repo/merges';
import { findRequirement, idsMergedInto, type RequirementRow, setRequirement } from './repo/requirements';
import { recompute } from './scoring';
import { liveRequirement, mustFind, presentOne } from './service';
import { holdOf, isMergeOpen, isStillUndoable, ticketOf } from './undo-window';

const mergeHoldKey = (mergeId: string) => `requirement.merge:${mergeId}`;

export async function mergeRequirement(
  tdb: TenantDb,
  actor: Actor,
  sourceId: string,
  targetId: string,
  publicUrl: string,
): Promise<MergeResult> {
  authorize(canManage(actor));
  const source = await liveRequirement(tdb, sourceId);
  const target = await findRequirement(tdb, targetId);
  if (!target || target.status === 'merged' || target.id === source.id)
    throw new AppError('MERGE_NOT_ALLOWED');
  const merged = await tdb.transaction(async (tx) => {
    const mergeId = newId();
    const now = nowIso();
    const reporters = await reportersOf(tx, source.id);
    await moveMentions(tx, source.id, target.id);
    const moved = await moveFollowers(tx, source.id, target.id, now);
    await insertMerge(tx, newMergeRow(mergeId, { source, target, moved, mergedBy: actor.userId }, now));
    await setRequirement(tx, source.id, {
      status: 'merged',
      merged_into_id: target.id,
      contested: 0,
      updated_at: now,
    });
    await setRequirement(tx, target.id, { updated_at: now });
    await recompute(tx, source);
    await recompute(tx, target);
    await recordAudit(tx, actor, {
      action: 'requirement.merge',
      objectType: 'requirement',
      objectId: source.id,
      data: { mergeId, targetId: target.id },
    });
    await tellReporters(tx, actor, reporters, { mergeId, source, target, now }, publicUrl);
    const merge = { requirementId: source.id, title: source.title, intoRequirementId: target.id };
    await publishEvent(
      tx,
      'requirement.merged',
      { ...merge, intoTitle: target.title, mergedById: actor.userId },
      { hold: holdOf(mergeHoldKey(mergeId), now) },
    );
    return { id: mergeId, createdAt: now };
  });
  const survivor = await presentOne(tdb, actor, await mustFind(tdb, target.id));
  return { ...survivor, undo: ticketOf(merged) };
}

function newMergeRow(
  mergeId: string,
  merge: { source: RequirementRow; target: RequirementRow; moved: string[]; mergedBy: string },
  now: string,
): Omit<MergeRow, 'tenant_id'> {
  return {
    id: mergeId,
    source_id: merge.source.id,
    target_id: merge.target.id,
    source_status: merge.source.status,
    moved_followers: JSON.stringify(merge.moved),
    merged_by: merge.mergedBy,
    created_at: now,
    contested_at: null,
    contested_by: null,
    contest_note: null,
    resolved_at: null,
    undone_at: null,
    undone_by: null,
  };
}

/** The reporters hear of it once the merge can no longer be taken back. */
async function tellReporters(
  tx: TenantDb,
  actor: Actor,
  reporters: string[],
  merge: { mergeId: string; source: RequirementRow; target: RequirementRow; now: string },
  publicUrl: string,
): Promise<void> {
  const titles = {
    sourceTitle: merge.source.title,
    targetId: merge.target.id,
    targetTitle: merge.target.title,
  };
  const message = mergeMessage({ id: merge.mergeId, ...titles }, publicUrl);
  const digest = mergeDigest(titles, publicUrl);
  const hold = holdOf(mergeHoldKey(merge.mergeId), merge.now);
  for (const reporterId of reporters) {
    if (reporterId !== actor.userId) await notifyPerson(tx, reporterId, message, { hold, digest });
  }
}

/** The source's followers who did not follow the target yet now do; answers who moved. */
async function moveFollowers(
  tx: TenantDb,
  sourceId: string,
  targetId: string,
  now: string,
): Promise<string[]> {
  const [sourceFollowers, targetFollowers] = await Promise.all([
    followersOf(tx, sourceId),
    followersOf(tx, targetId),
  ]);
  const already = new Set(targetFollowers);
  const moved = sourceFollowers.filter((id) => !already.has(id));
  await addFollowers(tx, targetId, moved, now);
  return moved;
}

export async function mustFindMerge(
  tdb: TenantDb,
  requirementId: string,
  mergeId: string,
): Promise<MergeRow> {
  const merge = await findMergeOf(tdb, requirementId, mergeId);
  if (!merge) throw notFound();
  return merge;
}

export async function undoMerge(
  tdb: TenantDb,
  actor: Actor,
  requirementId: string,
  mergeId: string,
): Promise<Requirement> {
  const merge = await mustFindMerge(tdb, requirementId, mergeId);
  // Admins (and the PM, once a reporter contested) may undo any time; whoever merged, within the undo window.
  const mayAnyTime = canUndoMerge(actor, merge.contested_at !== null && isMergeOpen(merge));
  if (!mayAnyTime) {
    authorize(canUndoOwnChange(actor, merge.merged_by));
    if (!isStillUndoable(merge.created_at)) throw new AppError('UNDO_CLOSED');
  }
  const source = await mustFind(tdb, merge.source_id);
  if (merge.undone_at || source.status !== 'merged' || source.merged_into_id !== merge.target_id) {
    throw new AppError('MERGE_NOT_ALLOWED');
  }
  await tdb.transaction(async (tx) => {
    // Reporters not yet told of the merge never will be; once told, only an any-time undo goes on.
    if (!(await dropHeld(tx, mergeHoldKey(merge.id))) && !mayAnyTime) throw new AppError('UNDO_CLOSED');
    const now = nowIso();
    await moveMentionsBack(tx, merge.target_id, source.id, await originsOf(tx, source.id));
    await removeFollowers(tx, merge.target_id, JSON.parse(merge.moved_followers) as string[]);
    await updateMerge(tx, merge.id, { undone_at: now, undone_by: actor.userId });
    await setRequirement(tx, source.id, {
      status: merge.source_status,
      merged_into_id: null,
      updated_at: now,
    });
    await refreshContested(tx, merge.target_id, now);
    const target = await mustFind(tx, merge.target_id);
    await recompute(tx, source);
    await recompute(tx, target);
    await recordAudit(tx, actor, {
      action: 'requirement.merge.undo',
      objectType: 'requirement',
      objectId: source.id,
      data: { mergeId, targetId: merge.target_id },
    });
  });
  return presentOne(tdb, actor, await mustFind(tdb, source.id));
}

/** The requirement and every one merged into it before (whose mentions it has carried since). */
async function originsOf(tx: TenantDb, requirementId: string): Promise<string[]> {
  const all = new Set([requirementId]);
  let frontier = [requirementId];
  while (frontier.length > 0) {
    frontier = (await idsMergedInto(tx, frontier)).filter((id) => !all.has(id));
    for (const id of frontier) all.add(id);
  }
  return [...all];
}

/** The target stays in the PM's inbox while some merge into it is contested and open. */
export async function refreshContested(tx: TenantDb, targetId: string, now: string): Promise<void> {
  const open = await hasOpenContest(tx, targetId);
  await setRequirement(tx, targetId, { contested: open ? 1 : 0, updated_at: now });
}

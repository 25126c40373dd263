/**
 * Merging duplicates: mentions and followers move to the survivor, the merged one points at it, reporters hear of
 * it once and may contest within 7 days (back to the PM's inbox); an admin (or the PM, once contested) can undo.
 */
import { recordAudit } from '@server/core/audit';
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { AppError, forbidden, notFound } from '@server/core/errors';
import { newId, nowIso } from '@server/core/ids';
import { dropHeld } from '@server/core/outbox/hold';
import { authorize } from '@server/core/policy';
import { notifyPerson } from '@server/features/platform/notify';
import { contestWindowDays } from '@shared/domain/requirements';
import type { MergeResult, MergeView, Requirement } from '@shared/schemas/requirements';
import { namesOf } from '../users/service';
import { mergeDigest } from './digests';
import { contestMessage, mergeMessage } from './messages';
import { canManage, canUndoMerge, canUndoOwnChange } from './policy';
import { findRequirement, type RequirementRow, setRequirement } from './repo';
import { recompute } from './scoring';
import { liveRequirement, mustFind, presentOne } from './service';
import { holdOf, isStillUndoable, ticketOf } from './undo-window';

type MergeRow = NonNullable<Awaited<ReturnType<typeof findMerge>>>;

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
    const reporters = await tx
      .selectFrom('requirement_mentions')
      .select('reporter_id')
      .distinct()
      .where('requirement_id', '=', source.id)
      .execute();
    await tx
      .updateTable('requirement_mentions')
      .set({ requirement_id: target.id })
      .where('requirement_id', '=', source.id)
      .execute();
    const moved = await moveFollowers(tx, source.id, target.id, now);
    await tx
      .insertInto('requirement_merges', {
        id: mergeId,
        source_id: source.id,
        target_id: target.id,
        source_status: source.status,
        moved_followers: JSON.stringify(moved),
        merged_by: actor.userId,
        created_at: now,
        contested_at: null,
        contested_by: null,
        contest_note: null,
        resolved_at: null,
        undone_at: null,
        undone_by: null,
      })
      .execute();
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
    const titles = { sourceTitle: source.title, targetId: target.id, targetTitle: target.title };
    const message = mergeMessage({ id: mergeId, ...titles }, publicUrl);
    const digest = mergeDigest(titles, publicUrl);
    // The reporters hear of it once the merge can no longer be taken back.
    const hold = holdOf(mergeHoldKey(mergeId), now);
    for (const { reporter_id } of reporters) {
      if (reporter_id !== actor.userId) await notifyPerson(tx, reporter_id, message, { hold, digest });
    }
    return { id: mergeId, createdAt: now };
  });
  const survivor = await presentOne(tdb, actor, await mustFind(tdb, target.id));
  return { ...survivor, undo: ticketOf(merged) };
}

async function moveFollowers(
  tx: TenantDb,
  sourceId: string,
  targetId: string,
  now: string,
): Promise<string[]> {
  const [sourceFollowers, targetFollowers] = await Promise.all([
    tx.selectFrom('requirement_followers').select('user_id').where('requirement_id', '=', sourceId).execute(),
    tx.selectFrom('requirement_followers').select('user_id').where('requirement_id', '=', targetId).execute(),
  ]);
  const already = new Set(targetFollowers.map((f) => f.user_id));
  const moved = sourceFollowers.map((f) => f.user_id).filter((id) => !already.has(id));
  if (moved.length > 0) {
    await tx
      .insertInto(
        'requirement_followers',
        moved.map((user_id) => ({ requirement_id: targetId, user_id, created_at: now })),
      )
      .execute();
  }
  return moved;
}

function findMerge(tdb: TenantDb, requirementId: string, mergeId: string) {
  return tdb
    .selectFrom('requirement_merges')
    .selectAll()
    .where('id', '=', mergeId)
    .where((eb) => eb.or([eb('source_id', '=', requirementId), eb('target_id', '=', requirementId)]))
    .executeTakeFirst();
}

async function mustFindMerge(tdb: TenantDb, requirementId: string, mergeId: string): Promise<MergeRow> {
  const merge = await findMerge(tdb, requirementId, mergeId);
  if (!merge) throw notFound();
  return merge;
}

/** Whether the actor reported something on the merged requirement (only they may say it is not the same need). */
async function reportedOnSource(tdb: TenantDb, actor: Actor, sourceId: string): Promise<boolean> {
  const row = await tdb
    .selectFrom('requirement_mentions')
    .select('id')
    .where('origin_requirement_id', '=', sourceId)
    .where('reporter_id', '=', actor.userId)
    .executeTakeFirst();
  return row !== undefined;
}

const isOpen = (m: MergeRow) => !m.undone_at && !m.resolved_at;
const withinWindow = (m: MergeRow, now: number) =>
  now - new Date(m.created_at).getTime() <= contestWindowDays * 86_400_000;

export async function contestMerge(
  tdb: TenantDb,
  actor: Actor,
  requirementId: string,
  mergeId: string,
  note: string | null,
  publicUrl: string,
): Promise<MergeView> {
  const merge = await mustFindMerge(tdb, requirementId, mergeId);
  if (!(await reportedOnSource(tdb, actor, merge.source_id))) throw forbidden();
  if (!isOpen(merge) || merge.contested_at || !withinWindow(merge, Date.now())) {
    throw new AppError('CONTEST_CLOSED');
  }
  const [source, target] = [await mustFind(tdb, merge.source_id), await mustFind(tdb, merge.target_id)];
  await tdb.transaction(async (tx) => {
    const now = nowIso();
    await tx
      .updateTable('requirement_merges')
      .set({ contested_at: now, contested_by: actor.userId, contest_note: note })
      .where('id', '=', merge.id)
      .execute();
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
  if (!merge.contested_at || !isOpen(merge)) throw new AppError('CONTEST_CLOSED');
  await tdb.transaction(async (tx) => {
    const now = nowIso();
    await tx.updateTable('requirement_merges').set({ resolved_at: now }).where('id', '=', merge.id).execute();
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

export async function undoMerge(
  tdb: TenantDb,
  actor: Actor,
  requirementId: string,
  mergeId: string,
): Promise<Requirement> {
  const merge = await mustFindMerge(tdb, requirementId, mergeId);
  // Admins (and the PM, once a reporter contested) may undo any time; whoever merged, within the undo window.
  const mayAnyTime = canUndoMerge(actor, merge.contested_at !== null && isOpen(merge));
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
    const origins = await originsOf(tx, source.id);
    await tx
      .updateTable('requirement_mentions')
      .set({ requirement_id: source.id })
      .where('requirement_id', '=', merge.target_id)
      .where('origin_requirement_id', 'in', origins)
      .execute();
    const moved = JSON.parse(merge.moved_followers) as string[];
    if (moved.length > 0) {
      await tx
        .deleteFrom('requirement_followers')
        .where('requirement_id', '=', merge.target_id)
        .where('user_id', 'in', moved)
        .execute();
    }
    await tx
      .updateTable('requirement_merges')
      .set({ undone_at: now, undone_by: actor.userId })
      .where('id', '=', merge.id)
      .execute();
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
    const rows = await tx
      .selectFrom('requirements')
      .select('id')
      .where('merged_into_id', 'in', frontier)
      .where('status', '=', 'merged')
      .execute();
    frontier = rows.map((r) => r.id).filter((id) => !all.has(id));
    for (const id of frontier) all.add(id);
  }
  return [...all];
}

async function refreshContested(tx: TenantDb, targetId: string, now: string): Promise<void> {
  const open = await tx
    .selectFrom('requirement_merges')
    .select('id')
    .where('target_id', '=', targetId)
    .where('contested_at', 'is not', null)
    .where('resolved_at', 'is', null)
    .where('undone_at', 'is', null)
    .executeTakeFirst();
  await setRequirement(tx, targetId, { contested: open ? 1 : 0, updated_at: now });
}

/** The merges into a requirement, newest first, with what the actor may do about each. */
export async function mergesInto(tdb: TenantDb, actor: Actor, target: RequirementRow): Promise<MergeView[]> {
  const rows = await tdb
    .selectFrom('requirement_merges')
    .selectAll()
    .where('target_id', '=', target.id)
    .orderBy('created_at', 'desc')
    .execute();
  return Promise.all(rows.map((row) => mergeViewOf(tdb, actor, row)));
}

export async function mergeViewOf(tdb: TenantDb, actor: Actor, merge: MergeRow): Promise<MergeView> {
  const source = await mustFind(tdb, merge.source_id);
  const names = await namesOf(tdb, [merge.merged_by, ...(merge.contested_by ? [merge.contested_by] : [])]);
  const contestedOpen = merge.contested_at !== null && isOpen(merge);
  return {
    id: merge.id,
    sourceId: merge.source_id,
    sourceTitle: source.title,
    targetId: merge.target_id,
    mergedById: merge.merged_by,
    mergedByName: names.get(merge.merged_by) ?? '',
    createdAt: merge.created_at,
    contestedAt: merge.contested_at,
    contestedByName: merge.contested_by ? (names.get(merge.contested_by) ?? '') : null,
    contestNote: merge.contest_note,
    resolvedAt: merge.resolved_at,
    undoneAt: merge.undone_at,
    can: {
      contest:
        isOpen(merge) &&
        !merge.contested_at &&
        withinWindow(merge, Date.now()) &&
        (await reportedOnSource(tdb, actor, merge.source_id)),
      undo:
        !merge.undone_at &&
        (canUndoMerge(actor, contestedOpen) ||
          (canUndoOwnChange(actor, merge.merged_by) && isStillUndoable(merge.created_at))),
      resolve: contestedOpen && canManage(actor),
    },
  };
}

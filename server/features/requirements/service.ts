/**
 * The requirements feature's operations on the pool (the table, editing a requirement, finding one) and what other
 * features may use of it.
 */
import { recordAudit } from '@server/core/audit';
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { AppError, notFound } from '@server/core/errors';
import { nowIso } from '@server/core/ids';
import { authorize } from '@server/core/policy';
import { encodeCursor } from '@shared/schemas/common';
import type {
  Requirement,
  RequirementFilters,
  RequirementListQuery,
  requirementUpdate,
} from '@shared/schemas/requirements';
import type { RequirementPage } from '@shared/schemas/requirements-pages';
import type { z } from 'zod';
import { customerIdsMatching } from '../customers/service';
import { getPerson, namesOf } from '../users/service';
import { columnsForChanges, searchTermsOf, searchTextOf } from './columns';
import { canManage, canOwnRequirements } from './policy';
import { presentListItem, presentRequirement } from './present';
import { lastMentionTimes } from './repo/mentions';
import { listRequirements, type TableFilters } from './repo/requirement-list';
import { findRequirement, type RequirementRow, updateRequirementAt } from './repo/requirements';
import { recompute } from './scoring';

export { newRequirementColumns, searchTermsOf, searchTextOf } from './columns';
export { mentionSubjectType } from './mention-attachments';
export { findCommitments as commitmentsMatching } from './repo/commitments';
/** The PM dashboard's SQL (demand and the loop), for the insight feature. */
export {
  demandHeatmap,
  type MentionScope,
  requirementOnVisit,
  requirementsByKind,
  topRequirements,
} from './repo/insight-demand';
export {
  type LoopScope,
  loopByReporter,
  loopClosure,
  medianDaysToTold,
  oldestWaiting,
  requirementsAskedBy,
} from './repo/insight-loop';
export { startOfDay, startOfNextDay } from './repo/local-days';
export { recompute } from './scoring';

export async function listVisibleRequirements(
  tdb: TenantDb,
  actor: Actor,
  query: RequirementListQuery,
): Promise<RequirementPage> {
  const { rows, nextCursor, total } = await listRequirements(tdb, tableFilters(tdb, query));
  const [names, lastMentions] = await Promise.all([
    namesOf(
      tdb,
      rows.flatMap((r) => (r.owner_id ? [r.owner_id, r.created_by] : [r.created_by])),
    ),
    lastMentionTimes(
      tdb,
      rows.map((r) => r.id),
    ),
  ]);
  return {
    items: rows.map((row) => presentListItem(row, names, lastMentions.get(row.id), actor)),
    nextCursor: nextCursor ? encodeCursor(nextCursor) : null,
    total,
  };
}

/** The filters as the repo takes them: the customer attributes asked for become the customers feature's subquery. */
export function tableFilters<F extends RequirementFilters>(tdb: TenantDb, filters: F): F & TableFilters {
  const { segment, tier, flags, industry } = filters;
  const byCustomer = Boolean(segment?.length || tier?.length || flags?.length || industry);
  return {
    ...filters,
    customers: byCustomer ? customerIdsMatching(tdb, { segment, tier, flags, industry }) : null,
  };
}

export async function updateRequirement(
  tdb: TenantDb,
  actor: Actor,
  requirementId: string,
  input: z.output<typeof requirementUpdate>,
): Promise<Requirement> {
  const current = await liveRequirement(tdb, requirementId);
  authorize(canManage(actor));
  const { version, ...fields } = input;
  if (version !== undefined && version !== current.version) throw new AppError('VERSION_CONFLICT');
  if (fields.ownerId) await assertProductOwner(tdb, fields.ownerId);
  const next = { ...current, ...columnsForChanges(fields) };
  await tdb.transaction(async (tx) => {
    const applied = await updateRequirementAt(tx, current.id, current.version, {
      ...columnsForChanges(fields),
      search_text: searchTextOf(next.title, next.description),
      search_terms: searchTermsOf(next.title, next.description),
      updated_at: nowIso(),
    });
    if (!applied) throw new AppError('VERSION_CONFLICT');
    await recompute(tx, next);
    await recordAudit(tx, actor, {
      action: 'requirement.update',
      objectType: 'requirement',
      objectId: current.id,
      data: { changed: Object.keys(fields) },
    });
  });
  return presentOne(tdb, actor, await mustFind(tdb, requirementId));
}

async function assertProductOwner(tdb: TenantDb, userId: string): Promise<void> {
  const person = await getPerson(tdb, userId);
  if (!person || !canOwnRequirements(person)) {
    throw new AppError('VALIDATION_FAILED', { ownerId: 'errors.NOT_FOUND' });
  }
}

/** The requirement as the API shows it, with its owner's name. */
export async function presentOne(tdb: TenantDb, actor: Actor, row: RequirementRow): Promise<Requirement> {
  const names = row.owner_id ? await namesOf(tdb, [row.owner_id]) : new Map<string, string>();
  return presentRequirement(row, row.owner_id ? (names.get(row.owner_id) ?? null) : null, actor);
}

export async function mustFind(tdb: TenantDb, requirementId: string): Promise<RequirementRow> {
  const row = await findRequirement(tdb, requirementId);
  if (!row) throw notFound();
  return row;
}

/** The requirement, refusing one that was merged (act on the survivor instead). */
export async function liveRequirement(tdb: TenantDb, requirementId: string): Promise<RequirementRow> {
  const row = await mustFind(tdb, requirementId);
  if (row.status === 'merged') throw new AppError('REQUIREMENT_MERGED');
  return row;
}

/** Follows merge links to the requirement that now carries this one's mentions. */
export async function survivorOf(tdb: TenantDb, requirementId: string): Promise<RequirementRow> {
  let row = await mustFind(tdb, requirementId);
  for (let hop = 0; hop < 20 && row.status === 'merged' && row.merged_into_id; hop++) {
    row = await mustFind(tdb, row.merged_into_id);
  }
  return row;
}

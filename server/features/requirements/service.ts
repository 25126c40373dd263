/** Capturing requirements and mentions (idempotent on the client's id), editing them, and the table. */

import type { Attachments } from '@server/core/attachments';
import { recordAudit } from '@server/core/audit';
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { AppError, notFound } from '@server/core/errors';
import { newId, nowIso } from '@server/core/ids';
import { authorize } from '@server/core/policy';
import { canSeeCustomer } from '@server/features/customers/policy';
import { visibleProject } from '@server/features/implementation/projects';
import { visibleVisit } from '@server/features/visits/service';
import { requirementTerms } from '@shared/domain/similarity-terms';
import { encodeCursor } from '@shared/schemas/common';
import type {
  Mention,
  mentionCreate,
  Requirement,
  RequirementListQuery,
  RequirementPage,
  requirementCreate,
  requirementUpdate,
} from '@shared/schemas/requirements';
import type { z } from 'zod';
import { namesOf } from '../users/service';
import { canCapture, canManage } from './policy';
import { presentMention, presentRequirement } from './present';
import {
  findMentionByClientId,
  findRequirement,
  findRequirementByClientId,
  insertMentionIfNew,
  insertRequirementIfNew,
  lastMentionTimes,
  listRequirements,
  type RequirementRow,
  updateRequirementAt,
} from './repo';
import { recompute } from './scoring';

export interface Created<T> {
  created: boolean;
  body: T;
}

export const searchTextOf = (title: string, description: string | null) =>
  `${title}\n${description ?? ''}`.toLowerCase();

/** Segmenting Chinese is the slow part of indexing, so it happens once per write, not on every index build. */
export const searchTermsOf = (title: string, description: string | null) =>
  JSON.stringify(Object.fromEntries(requirementTerms(title, description)));

export async function createRequirement(
  tdb: TenantDb,
  actor: Actor,
  input: z.output<typeof requirementCreate>,
  attachments: Attachments,
): Promise<Created<Requirement>> {
  authorize(canCapture(actor));
  const repeat = await findRequirementByClientId(tdb, input.clientId);
  if (repeat) return { created: false, body: await presentOne(tdb, actor, repeat) };
  await assertCapturableCustomer(tdb, actor, input.customerId);
  await assertCitedObjects(tdb, actor, input);
  const attachmentIds = input.attachmentIds ?? [];
  await attachments.require(tdb, attachmentIds, 'attachmentIds');
  const requirementId = newId();
  const now = nowIso();
  const created = await tdb.transaction(async (tx) => {
    const inserted = await insertRequirementIfNew(tx, {
      id: requirementId,
      client_id: input.clientId,
      title: input.title,
      description: input.description ?? null,
      search_text: searchTextOf(input.title, input.description ?? null),
      search_terms: searchTermsOf(input.title, input.description ?? null),
      category: input.category ?? null,
      kind: input.kind ?? null,
      status: 'new',
      merged_into_id: null,
      owner_id: null,
      target_release: null,
      impact: 1,
      confidence: 1,
      effort: 1,
      demand: 0,
      score: 0,
      customer_count: 0,
      mention_count: 0,
      contested: 0,
      created_by: actor.userId,
      first_mention_at: now,
      first_decided_at: null,
      version: 1,
      created_at: now,
      updated_at: now,
    });
    if (!inserted) return false;
    const mention = mentionRow(actor, requirementId, input, now);
    await insertMentionIfNew(tx, mention);
    await linkMentionAttachments(tx, attachments, mention.id, attachmentIds);
    await recompute(tx, { id: requirementId, impact: 1, confidence: 1, effort: 1 });
    await recordAudit(tx, actor, {
      action: 'requirement.create',
      objectType: 'requirement',
      objectId: requirementId,
      data: {
        customerId: input.customerId,
        visitId: input.visitId ?? null,
        projectId: input.projectId ?? null,
      },
    });
    return true;
  });
  const row = await findRequirementByClientId(tdb, input.clientId);
  if (!row) throw notFound();
  return { created, body: await presentOne(tdb, actor, row) };
}

/** Photos and files a mention carries (the customer's whiteboard, a spreadsheet they use today). */
export const mentionSubjectType = 'requirement_mention';

async function linkMentionAttachments(
  tx: TenantDb,
  attachments: Attachments,
  mentionId: string,
  attachmentIds: string[],
): Promise<void> {
  if (attachmentIds.length === 0) return;
  await attachments.link(tx, { subjectType: mentionSubjectType, subjectId: mentionId, attachmentIds });
}

function mentionRow(
  actor: Actor,
  requirementId: string,
  input: z.output<typeof mentionCreate>,
  now: string,
): Parameters<typeof insertMentionIfNew>[1] {
  return {
    id: newId(),
    client_id: input.clientId,
    requirement_id: requirementId,
    origin_requirement_id: requirementId,
    customer_id: input.customerId,
    reporter_id: actor.userId,
    quote: input.quote ?? null,
    importance: input.importance,
    visit_id: input.visitId ?? null,
    project_id: input.projectId ?? null,
    go_live: input.goLive ? 1 : 0,
    created_at: now,
  };
}

/** A +1 on a requirement merged meanwhile (a queued capture) lands on the survivor. */
export async function addMention(
  tdb: TenantDb,
  actor: Actor,
  requirementId: string,
  input: z.output<typeof mentionCreate>,
  attachments: Attachments,
): Promise<Created<Mention>> {
  authorize(canCapture(actor));
  const repeat = await findMentionByClientId(tdb, input.clientId);
  if (repeat) return { created: false, body: presentMention(repeat) };
  const target = await survivorOf(tdb, requirementId);
  await assertCapturableCustomer(tdb, actor, input.customerId);
  await assertCitedObjects(tdb, actor, input);
  const attachmentIds = input.attachmentIds ?? [];
  await attachments.require(tdb, attachmentIds, 'attachmentIds');
  const created = await tdb.transaction(async (tx) => {
    const mention = mentionRow(actor, target.id, input, nowIso());
    const inserted = await insertMentionIfNew(tx, mention);
    if (!inserted) return false;
    await linkMentionAttachments(tx, attachments, mention.id, attachmentIds);
    await recompute(tx, target);
    await recordAudit(tx, actor, {
      action: 'requirement.mention',
      objectType: 'requirement',
      objectId: target.id,
      data: { customerId: input.customerId, visitId: input.visitId ?? null },
    });
    return true;
  });
  const row = await findMentionByClientId(tdb, input.clientId);
  if (!row) throw notFound();
  return { created, body: presentMention(row) };
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
  const next = { ...current, ...definedColumns(fields) };
  await tdb.transaction(async (tx) => {
    const applied = await updateRequirementAt(tx, current.id, current.version, {
      ...definedColumns(fields),
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

function definedColumns(
  fields: Omit<z.output<typeof requirementUpdate>, 'version'>,
): Partial<RequirementRow> {
  const columns: Partial<RequirementRow> = {};
  if (fields.title !== undefined) columns.title = fields.title;
  if (fields.description !== undefined) columns.description = fields.description;
  if (fields.category !== undefined) columns.category = fields.category;
  if (fields.kind !== undefined) columns.kind = fields.kind;
  if (fields.impact !== undefined) columns.impact = fields.impact;
  if (fields.confidence !== undefined) columns.confidence = fields.confidence;
  if (fields.effort !== undefined) columns.effort = fields.effort;
  if (fields.ownerId !== undefined) columns.owner_id = fields.ownerId;
  if (fields.targetRelease !== undefined) columns.target_release = fields.targetRelease;
  return columns;
}

export async function listVisibleRequirements(
  tdb: TenantDb,
  actor: Actor,
  query: RequirementListQuery,
): Promise<RequirementPage> {
  const { rows, nextCursor, total } = await listRequirements(tdb, query);
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
    items: rows.map((row) => ({
      ...presentRequirement(row, row.owner_id ? (names.get(row.owner_id) ?? null) : null, actor),
      reporterName: names.get(row.created_by) ?? '',
      lastMentionAt: lastMentions.get(row.id) ?? row.first_mention_at,
    })),
    nextCursor: nextCursor ? encodeCursor(nextCursor) : null,
    total,
  };
}

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

async function assertCapturableCustomer(tdb: TenantDb, actor: Actor, customerId: string): Promise<void> {
  const customer = await tdb
    .selectFrom('customers')
    .select(['owner_id', 'archived_at'])
    .where('id', '=', customerId)
    .executeTakeFirst();
  if (!customer || customer.archived_at || !canSeeCustomer(actor, customer)) {
    throw new AppError('VALIDATION_FAILED', { customerId: 'errors.NOT_FOUND' });
  }
}

/**
 * The visit and project a mention cites must be ones the person may see (so of their own company): a mention on a
 * visit counts towards that visit's evidence, so citing another rep's visit would lift their score.
 */
async function assertCitedObjects(
  tdb: TenantDb,
  actor: Actor,
  input: Pick<z.output<typeof mentionCreate>, 'visitId' | 'projectId'>,
): Promise<void> {
  const fields: Record<string, string> = {};
  if (input.visitId && !(await unlessNotFound(visibleVisit(tdb, actor, input.visitId)))) {
    fields.visitId = 'errors.NOT_FOUND';
  }
  if (input.projectId && !(await unlessNotFound(visibleProject(tdb, actor, input.projectId)))) {
    fields.projectId = 'errors.NOT_FOUND';
  }
  if (Object.keys(fields).length > 0) throw new AppError('VALIDATION_FAILED', fields);
}

const unlessNotFound = <T>(lookup: Promise<T>): Promise<T | null> =>
  lookup.catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
    throw error;
  });

async function assertProductOwner(tdb: TenantDb, userId: string): Promise<void> {
  const user = await tdb
    .selectFrom('users')
    .select(['role', 'active'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (user?.active !== 1 || !['pm', 'admin'].includes(user.role)) {
    throw new AppError('VALIDATION_FAILED', { ownerId: 'errors.NOT_FOUND' });
  }
}

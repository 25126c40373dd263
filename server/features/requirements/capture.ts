/** Capturing requirements and mentions from the field, idempotent on the client's id (a queued capture may repeat). */

import type { Attachments } from '@server/core/attachments';
import { recordAudit } from '@server/core/audit';
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { AppError, notFound } from '@server/core/errors';
import { publishEvent } from '@server/core/events';
import { newId, nowIso } from '@server/core/ids';
import { authorize } from '@server/core/policy';
import type { Mention, mentionCreate, Requirement, requirementCreate } from '@shared/schemas/requirements';
import type { z } from 'zod';
import { customerSummaries } from '../customers/service';
import { visibleProject } from '../implementation/service';
import { visibleVisit } from '../visits/service';
import { mentionColumns, newRequirementColumns } from './columns';
import { linkMentionAttachments } from './mention-attachments';
import { canCapture, canSeeMention } from './policy';
import { presentMention } from './present';
import { findMentionByClientId, insertMentionIfNew } from './repo/mentions';
import { findRequirementByClientId, insertRequirementIfNew } from './repo/requirements';
import { recompute } from './scoring';
import { presentOne, survivorOf } from './service';

export interface Created<T> {
  created: boolean;
  body: T;
}

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
  const newRequirement = {
    id: requirementId,
    clientId: input.clientId,
    title: input.title,
    description: input.description ?? null,
    category: input.category ?? null,
    kind: input.kind ?? null,
    createdBy: actor.userId,
  };
  const created = await tdb.transaction(async (tx) => {
    const inserted = await insertRequirementIfNew(tx, newRequirementColumns(newRequirement, now));
    if (!inserted) return false;
    const mention = mentionColumns(actor.userId, requirementId, input, now);
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
    await publishEvent(tx, 'requirement.created', {
      requirementId,
      title: input.title,
      kind: input.kind ?? null,
      status: 'new',
      customerId: input.customerId,
      visitId: input.visitId ?? null,
      projectId: input.projectId ?? null,
      createdById: actor.userId,
    });
    return true;
  });
  const row = await findRequirementByClientId(tdb, input.clientId);
  if (!row) throw notFound();
  return { created, body: await presentOne(tdb, actor, row) };
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
    const mention = mentionColumns(actor.userId, target.id, input, nowIso());
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

/** Only a live customer the person may see: a mention names the customer and quotes them. */
async function assertCapturableCustomer(tdb: TenantDb, actor: Actor, customerId: string): Promise<void> {
  const [customer] = await customerSummaries(tdb, [customerId]);
  if (!customer || customer.archived_at || !canSeeMention(actor, customer)) {
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

/**
 * Status decisions and closing the loop: each decision is recorded, reaches every reporter and follower on their
 * platform through the outbox, and counts as communicated to a customer once a rep confirms telling them.
 */
import { createHash } from 'node:crypto';
import { recordAudit } from '@server/core/audit';
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { AppError } from '@server/core/errors';
import { newId, nowIso } from '@server/core/ids';
import { authorize, hasRole } from '@server/core/policy';
import { notifyPerson } from '@server/features/platform/notify';
import type { DecisionStatus } from '@shared/domain/requirements';
import type { BulkStatusResponse, Requirement, ToldResponse } from '@shared/schemas/requirements';
import { type DecisionNews, decisionDigestMessage, decisionMessage } from './messages';
import { canManage } from './policy';
import { mentionsOf, type RequirementRow } from './repo';
import { liveRequirement, mustFind, presentOne, survivorOf } from './service';

export interface DecisionInput {
  status: DecisionStatus;
  note?: string | null | undefined;
}

export async function decide(
  tdb: TenantDb,
  actor: Actor,
  requirementId: string,
  input: DecisionInput,
  publicUrl: string,
): Promise<Requirement> {
  authorize(canManage(actor));
  const current = await liveRequirement(tdb, requirementId);
  await tdb.transaction(async (tx) => {
    const news = await decideIn(tx, actor, current, input);
    if (!news) return;
    for (const [userId, mentionId] of await recipientsOf(tx, actor, current.id)) {
      await notifyPerson(tx, userId, decisionMessage(news, publicUrl, mentionId));
    }
  });
  return presentOne(tdb, actor, await mustFind(tdb, requirementId));
}

/**
 * Each requirement is decided on its own; one that cannot be (gone, merged) is reported, not fatal to the rest.
 * The decisions commit together with one message per person: the list of what changed for them (a digest), or the
 * usual message when only one thing did.
 */
export async function bulkDecide(
  tdb: TenantDb,
  actor: Actor,
  input: DecisionInput & { ids: string[] },
  publicUrl: string,
): Promise<BulkStatusResponse> {
  authorize(canManage(actor));
  const result: BulkStatusResponse = { items: [], failed: [] };
  const live: RequirementRow[] = [];
  for (const id of [...new Set(input.ids)]) {
    try {
      live.push(await liveRequirement(tdb, id));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      result.failed.push({ id, code: error.code });
    }
  }
  await tdb.transaction(async (tx) => {
    const newsFor = new Map<string, { news: DecisionNews; mentionId: string | null }[]>();
    for (const current of live) {
      const news = await decideIn(tx, actor, current, input);
      if (!news) continue;
      for (const [userId, mentionId] of await recipientsOf(tx, actor, current.id)) {
        newsFor.set(userId, [...(newsFor.get(userId) ?? []), { news, mentionId }]);
      }
    }
    for (const [userId, items] of newsFor) {
      const [only] = items;
      const message =
        items.length === 1 && only
          ? decisionMessage(only.news, publicUrl, only.mentionId)
          : decisionDigestMessage(
              items.map((item) => item.news),
              publicUrl,
            );
      await notifyPerson(tx, userId, message);
    }
  });
  for (const current of live)
    result.items.push(await presentOne(tdb, actor, await mustFind(tdb, current.id)));
  return result;
}

async function decideIn(
  tx: TenantDb,
  actor: Actor,
  current: RequirementRow,
  input: DecisionInput,
): Promise<DecisionNews | null> {
  const note = input.note ?? null;
  const latest = await latestDecision(tx, current.id);
  if (latest && latest.status === input.status && latest.note === note && current.status === input.status)
    return null;
  const now = nowIso();
  const decisionId = newId();
  await tx
    .insertInto('requirement_decisions', {
      id: decisionId,
      requirement_id: current.id,
      status: input.status,
      note,
      decided_by: actor.userId,
      created_at: now,
    })
    .execute();
  await tx
    .updateTable('requirements')
    .set({
      status: input.status,
      updated_at: now,
      ...(current.first_decided_at || input.status === 'new' ? {} : { first_decided_at: now }),
    })
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', current.id)
    .execute();
  if (input.status === 'released') {
    await tx
      .updateTable('requirement_commitments')
      .set({ fulfilled_at: now })
      .where('requirement_id', '=', current.id)
      .where('fulfilled_at', 'is', null)
      .execute();
  }
  await recordAudit(tx, actor, {
    action: 'requirement.decide',
    objectType: 'requirement',
    objectId: current.id,
    data: { from: current.status, to: input.status, note },
  });
  const contentKey = createHash('sha256')
    .update(`${latest?.id ?? 'first'}\n${input.status}\n${note ?? ''}`)
    .digest('hex')
    .slice(0, 24);
  return {
    requirementId: current.id,
    title: current.title,
    status: input.status,
    note,
    targetRelease: current.target_release,
    decisionId,
    dedupeKey: `requirement.decision:${current.id}:${contentKey}`,
  };
}

/**
 * Every reporter and follower once (the deciding PM excepted), each with their first mention when they reported
 * it (reporters get the "told the customer" button).
 */
async function recipientsOf(
  tx: TenantDb,
  actor: Actor,
  requirementId: string,
): Promise<Map<string, string | null>> {
  const recipients = new Map<string, string | null>();
  for (const m of await mentionsOf(tx, requirementId)) {
    if (!recipients.has(m.reporter_id)) recipients.set(m.reporter_id, m.id);
  }
  const followers = await tx
    .selectFrom('requirement_followers')
    .select('user_id')
    .where('requirement_id', '=', requirementId)
    .execute();
  for (const { user_id } of followers) if (!recipients.has(user_id)) recipients.set(user_id, null);
  recipients.delete(actor.userId);
  return recipients;
}

export function latestDecision(tdb: TenantDb, requirementId: string) {
  return tdb
    .selectFrom('requirement_decisions')
    .selectAll()
    .where('requirement_id', '=', requirementId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

/** The rep confirms they passed the latest decision on to this customer. Repeats answer the first confirmation. */
export async function confirmTold(
  tdb: TenantDb,
  actor: Actor,
  requirementId: string,
  customerId: string,
): Promise<ToldResponse> {
  const requirement = await survivorOf(tdb, requirementId);
  // Reps and implementers confirm for their own mentions; PMs, managers and admins may record it for anyone.
  const onlyOwn = !hasRole(actor, 'pm', 'admin', 'manager');
  const [told] = await recordTold(tdb, actor.userId, requirement.id, [customerId], onlyOwn);
  if (!told) throw new AppError('VALIDATION_FAILED', { customerId: 'ui.requirements.messages.toldNothing' });
  return told;
}

/**
 * The Feishu card button: every customer this person reported the requirement for counts as told — unless the card
 * is about an older decision than the latest, which the rep has not passed on yet.
 */
export async function confirmToldFromCard(
  tdb: TenantDb,
  userId: string,
  requirementId: string,
  decisionId: string | null,
): Promise<ToldResponse[]> {
  const requirement = await survivorOf(tdb, requirementId);
  if (decisionId && (await latestDecision(tdb, requirement.id))?.id !== decisionId) return [];
  const mine = (await mentionsOf(tdb, requirement.id)).filter((m) => m.reporter_id === userId);
  return recordTold(
    tdb,
    userId,
    requirement.id,
    mine.map((m) => m.customer_id),
    true,
  );
}

async function recordTold(
  tdb: TenantDb,
  userId: string,
  requirementId: string,
  customerIds: string[],
  onlyOwnMentions: boolean,
): Promise<ToldResponse[]> {
  const decision = await latestDecision(tdb, requirementId);
  const mentions = await mentionsOf(tdb, requirementId);
  const eligible = customerIds.filter((customerId) =>
    mentions.some((m) => m.customer_id === customerId && (!onlyOwnMentions || m.reporter_id === userId)),
  );
  if (!decision || eligible.length === 0) return [];
  return tdb.transaction(async (tx) => {
    const answers: ToldResponse[] = [];
    for (const customerId of [...new Set(eligible)]) {
      await tx
        .insertInto('requirement_tellings', {
          id: newId(),
          requirement_id: requirementId,
          decision_id: decision.id,
          customer_id: customerId,
          told_by: userId,
          told_at: nowIso(),
        })
        .onConflict((c) => c.columns(['tenant_id', 'decision_id', 'customer_id']).doNothing())
        .execute();
      const row = await tx
        .selectFrom('requirement_tellings')
        .select('told_at')
        .where('decision_id', '=', decision.id)
        .where('customer_id', '=', customerId)
        .executeTakeFirstOrThrow();
      answers.push({ customerId, toldAt: row.told_at });
    }
    return answers;
  });
}

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
import type { OutboxHold } from '@server/core/outbox/hold';
import { authorize, hasRole } from '@server/core/policy';
import { notifyPerson } from '@server/features/platform/notify';
import type { DecisionStatus } from '@shared/domain/requirements';
import type { BulkStatusResponse, DecisionResult, ToldResponse } from '@shared/schemas/requirements';
import { decisionDigest } from './digests';
import { decisionMessage } from './messages';
import { canManage } from './policy';
import { mentionsOf, type RequirementRow } from './repo';
import { liveRequirement, mustFind, presentOne, survivorOf } from './service';
import { holdOf, ticketOf } from './undo-window';

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
  /** Set by a bulk decision: its messages reach each person as one digest. */
  options: { batchKey?: string } = {},
): Promise<DecisionResult> {
  authorize(canManage(actor));
  const current = await liveRequirement(tdb, requirementId);
  const decided = await tdb.transaction((tx) => decideIn(tx, actor, current, input, publicUrl, options));
  const requirement = await presentOne(tdb, actor, await mustFind(tdb, requirementId));
  return { ...requirement, undo: decided ? ticketOf(decided) : null };
}

/** A new decision's row, or null when it repeated the latest one and changed nothing. */
type Decided = { id: string; createdAt: string } | null;

export const decisionHoldKey = (decisionId: string) => `requirement.decision:${decisionId}`;

/** Each requirement is decided on its own; one that cannot be (gone, merged) is reported, not fatal to the rest. */
export async function bulkDecide(
  tdb: TenantDb,
  actor: Actor,
  input: DecisionInput & { ids: string[] },
  publicUrl: string,
): Promise<BulkStatusResponse> {
  authorize(canManage(actor));
  const result: BulkStatusResponse = { items: [], failed: [] };
  const batchKey = `requirement.bulk-decision:${newId()}`;
  for (const id of [...new Set(input.ids)]) {
    try {
      result.items.push(await decide(tdb, actor, id, input, publicUrl, { batchKey }));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      result.failed.push({ id, code: error.code });
    }
  }
  return result;
}

async function decideIn(
  tx: TenantDb,
  actor: Actor,
  current: RequirementRow,
  input: DecisionInput,
  publicUrl: string,
  options: { batchKey?: string },
): Promise<Decided> {
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
  await notifyEveryone(
    tx,
    actor,
    {
      requirementId: current.id,
      title: current.title,
      status: input.status,
      note,
      targetRelease: current.target_release,
      decisionId,
      dedupeKey: `requirement.decision:${current.id}:${contentKey}`,
    },
    publicUrl,
    { hold: holdOf(decisionHoldKey(decisionId), now), batchKey: options.batchKey },
  );
  return { id: decisionId, createdAt: now };
}

/**
 * Every reporter and follower once (the deciding PM excepted); reporters get the "told the customer" button. The
 * messages wait out the undo window.
 */
async function notifyEveryone(
  tx: TenantDb,
  actor: Actor,
  news: Parameters<typeof decisionMessage>[0],
  publicUrl: string,
  { hold, batchKey }: { hold: OutboxHold; batchKey?: string | undefined },
): Promise<void> {
  const firstMention = new Map<string, string>();
  for (const m of await mentionsOf(tx, news.requirementId)) {
    if (!firstMention.has(m.reporter_id)) firstMention.set(m.reporter_id, m.id);
  }
  const followers = await tx
    .selectFrom('requirement_followers')
    .select('user_id')
    .where('requirement_id', '=', news.requirementId)
    .execute();
  const recipients = new Set([...firstMention.keys(), ...followers.map((f) => f.user_id)]);
  recipients.delete(actor.userId);
  const digest = batchKey ? decisionDigest(news, batchKey, publicUrl) : undefined;
  for (const userId of recipients) {
    const message = decisionMessage(news, publicUrl, firstMention.get(userId) ?? null);
    await notifyPerson(tx, userId, message, { hold, digest });
  }
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

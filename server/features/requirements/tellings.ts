/**
 * Closing the loop: a decision counts as communicated to a customer once a rep confirms telling them, in the app or
 * with the button on the decision's Feishu card.
 */
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { AppError } from '@server/core/errors';
import { newId, nowIso } from '@server/core/ids';
import type { ToldResponse } from '@shared/schemas/requirements-loop';
import { canTellForAnyone } from './policy';
import { latestDecision, recordTellingOnce, tellingsOf } from './repo/decisions';
import { mentionsOf } from './repo/mentions';
import { survivorOf } from './service';

/** When each customer heard the latest decision (only the latest counts: a new decision reopens the loop). */
export async function toldByCustomer(tdb: TenantDb, requirementId: string): Promise<Map<string, string>> {
  const decision = await latestDecision(tdb, requirementId);
  return decision ? tellingsOf(tdb, decision.id) : new Map();
}

/** The rep confirms they passed the latest decision on to this customer. Repeats answer the first confirmation. */
export async function confirmTold(
  tdb: TenantDb,
  actor: Actor,
  requirementId: string,
  customerId: string,
): Promise<ToldResponse> {
  const requirement = await survivorOf(tdb, requirementId);
  const onlyOwn = !canTellForAnyone(actor);
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
  const mine = await mentionsOf(tdb, requirement.id, userId);
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
      const toldAt = await recordTellingOnce(tx, {
        id: newId(),
        requirement_id: requirementId,
        decision_id: decision.id,
        customer_id: customerId,
        told_by: userId,
        told_at: nowIso(),
      });
      answers.push({ customerId, toldAt });
    }
    return answers;
  });
}

/**
 * Status decisions: each decision is recorded and reaches every reporter and follower on their platform through the
 * outbox once its undo window has passed (decision-undo.ts takes one back within it).
 */
import { createHash } from 'node:crypto';
import { recordAudit } from '@server/core/audit';
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { AppError } from '@server/core/errors';
import { publishEvent } from '@server/core/events';
import { newId, nowIso } from '@server/core/ids';
import type { OutboxHold } from '@server/core/outbox/hold';
import { authorize } from '@server/core/policy';
import { notifyPerson } from '@server/features/platform/service';
import type { DecisionStatus, RequirementStatus } from '@shared/domain/requirements';
import type { Decision, DecisionResult } from '@shared/schemas/requirements';
import type { BulkStatusResponse } from '@shared/schemas/requirements-pages';
import { namesOf } from '../users/service';
import { decisionDigest } from './digests';
import { decisionMessage } from './messages';
import { canManage } from './policy';
import { presentDecision } from './present';
import { fulfilCommitments } from './repo/commitments';
import { decisionsOn, insertDecision, latestDecision } from './repo/decisions';
import { followersOf } from './repo/followers';
import { mentionsOf } from './repo/mentions';
import { type RequirementRow, setRequirement } from './repo/requirements';
import { liveRequirement, mustFind, presentOne } from './service';
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
  await insertDecision(tx, {
    id: decisionId,
    requirement_id: current.id,
    status: input.status,
    note,
    decided_by: actor.userId,
    created_at: now,
  });
  await setRequirement(tx, current.id, {
    status: input.status,
    updated_at: now,
    ...(current.first_decided_at || input.status === 'new' ? {} : { first_decided_at: now }),
  });
  if (input.status === 'released') await fulfilCommitments(tx, current.id, now);
  await recordAudit(tx, actor, {
    action: 'requirement.decide',
    objectType: 'requirement',
    objectId: current.id,
    data: { from: current.status, to: input.status, note },
  });
  const news = {
    requirementId: current.id,
    title: current.title,
    status: input.status,
    note,
    targetRelease: current.target_release,
    decisionId,
    dedupeKey: `requirement.decision:${current.id}:${contentKeyOf(latest?.id ?? null, input.status, note)}`,
  };
  const hold = holdOf(decisionHoldKey(decisionId), now);
  await notifyEveryone(tx, actor, news, publicUrl, { hold, batchKey: options.batchKey });
  const decided = {
    requirementId: current.id,
    title: current.title,
    from: current.status as RequirementStatus,
  };
  await publishEvent(
    tx,
    'requirement.decided',
    { ...decided, status: input.status, note, decidedById: actor.userId },
    { hold },
  );
  return { id: decisionId, createdAt: now };
}

/** Same for the same decision repeated after the same latest one, so a double submit never sends twice. */
function contentKeyOf(latestId: string | null, status: DecisionStatus, note: string | null): string {
  return createHash('sha256')
    .update(`${latestId ?? 'first'}\n${status}\n${note ?? ''}`)
    .digest('hex')
    .slice(0, 24);
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
  const followers = await followersOf(tx, news.requirementId);
  const recipients = new Set([...firstMention.keys(), ...followers]);
  recipients.delete(actor.userId);
  const digest = batchKey ? decisionDigest(news, batchKey, publicUrl) : undefined;
  for (const userId of recipients) {
    const message = decisionMessage(news, publicUrl, firstMention.get(userId) ?? null);
    await notifyPerson(tx, userId, message, { hold, digest });
  }
}

/** A requirement's decisions, oldest first, with who took each. */
export async function decisionHistory(tdb: TenantDb, requirementId: string): Promise<Decision[]> {
  const rows = await decisionsOn(tdb, requirementId);
  const names = await namesOf(
    tdb,
    rows.map((r) => r.decided_by),
  );
  return rows.map((row) => presentDecision(row, names));
}

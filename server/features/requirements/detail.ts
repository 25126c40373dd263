/** The requirement detail page: mentions with their evidence, decisions, merges, similar ones and the score explained. */

import type { Attachments } from '@server/core/attachments';
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import type { Segment, Tier } from '@shared/domain/customers';
import type { DecisionStatus } from '@shared/domain/requirements';
import type {
  Decision,
  MentionView,
  RequirementDetail,
  ScoreExplanation,
} from '@shared/schemas/requirements';
import { canSeeCustomer } from '../customers/policy';
import { namesOf } from '../users/service';
import { commitmentsOf } from './commitments';
import { latestDecision } from './decisions';
import { mergesInto } from './merges';
import { canSeeMention } from './policy';
import { presentMention } from './present';
import { customersByIds, mentionsOf, type RequirementRow } from './repo';
import { explainDemand, loadWeights } from './scoring';
import { mentionSubjectType, presentOne, survivorOf } from './service';
import type { SimilarRequirements } from './similar';

export async function getRequirementDetail(
  tdb: TenantDb,
  actor: Actor,
  requirementId: string,
  deps: { attachments: Attachments; similar: SimilarRequirements },
): Promise<RequirementDetail> {
  const row = await survivorOf(tdb, requirementId);
  const [base, mentions, followers, decisions, merges, similar, scoreExplanation, commitments] =
    await Promise.all([
      presentOne(tdb, actor, row),
      mentionViews(tdb, actor, row.id, deps.attachments),
      tdb
        .selectFrom('requirement_followers')
        .select('user_id')
        .where('requirement_id', '=', row.id)
        .execute(),
      decisionsOf(tdb, row.id),
      mergesInto(tdb, actor, row),
      deps.similar.lookup(tdb, { q: `${row.title}\n${row.description ?? ''}`, limit: 5, excludeId: row.id }),
      explanationOf(tdb, actor, row),
      commitmentsOf(tdb, { requirementId: row.id, visibleTo: actor }),
    ]);
  const followerNames = await namesOf(
    tdb,
    followers.map((f) => f.user_id),
  );
  return {
    ...base,
    redirectedFromId: row.id === requirementId ? null : requirementId,
    mentions,
    followers: followers.map((f) => ({ id: f.user_id, name: followerNames.get(f.user_id) ?? '' })),
    following: followers.some((f) => f.user_id === actor.userId),
    decisions,
    merges,
    similar,
    scoreExplanation,
    commitments,
  };
}

async function mentionViews(
  tdb: TenantDb,
  actor: Actor,
  requirementId: string,
  attachments: Attachments,
): Promise<MentionView[]> {
  const mentions = await mentionsOf(tdb, requirementId);
  const customers = new Map(
    (
      await customersByIds(
        tdb,
        mentions.map((m) => m.customer_id),
      )
    ).map((c) => [c.id, c]),
  );
  const visible = mentions.filter((m) => canSeeMention(actor, customers.get(m.customer_id)));
  const reporters = await namesOf(
    tdb,
    visible.map((m) => m.reporter_id),
  );
  const told = await toldByCustomer(tdb, requirementId);
  const links = visible.length
    ? await tdb
        .selectFrom('attachment_links')
        .select(['attachment_id', 'subject_id'])
        .where('subject_type', '=', mentionSubjectType)
        .where(
          'subject_id',
          'in',
          visible.map((m) => m.id),
        )
        .execute()
    : [];
  const views = new Map(
    (
      await attachments.views(
        tdb,
        links.map((l) => l.attachment_id),
      )
    ).map((v) => [v.id, v]),
  );
  return visible.map((m) => ({
    ...presentMention(m),
    customerName: customers.get(m.customer_id)?.name ?? '',
    reporterName: reporters.get(m.reporter_id) ?? '',
    attachments: links.flatMap((l) => {
      const view = l.subject_id === m.id ? views.get(l.attachment_id) : undefined;
      return view ? [view] : [];
    }),
    toldAt: told.get(m.customer_id) ?? null,
  }));
}

/** When each customer heard the latest decision (only the latest counts: a new decision reopens the loop). */
export async function toldByCustomer(tdb: TenantDb, requirementId: string): Promise<Map<string, string>> {
  const decision = await latestDecision(tdb, requirementId);
  if (!decision) return new Map();
  const rows = await tdb
    .selectFrom('requirement_tellings')
    .select(['customer_id', 'told_at'])
    .where('decision_id', '=', decision.id)
    .execute();
  return new Map(rows.map((r) => [r.customer_id, r.told_at]));
}

export async function decisionsOf(tdb: TenantDb, requirementId: string): Promise<Decision[]> {
  const rows = await tdb
    .selectFrom('requirement_decisions')
    .selectAll()
    .where('requirement_id', '=', requirementId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const names = await namesOf(
    tdb,
    rows.map((r) => r.decided_by),
  );
  return rows.map((r) => ({
    id: r.id,
    status: r.status as DecisionStatus,
    note: r.note,
    decidedById: r.decided_by,
    decidedByName: names.get(r.decided_by) ?? '',
    createdAt: r.created_at,
  }));
}

/** A rep sees what every customer adds, but only the names of their own accounts. */
async function explanationOf(tdb: TenantDb, actor: Actor, row: RequirementRow): Promise<ScoreExplanation> {
  const weights = await loadWeights(tdb);
  const explained = await explainDemand(tdb, row.id, weights);
  return {
    demand: row.demand,
    impact: row.impact,
    confidence: row.confidence,
    effort: row.effort,
    score: row.score,
    customerCap: weights.customerCap,
    customers: explained.contributions.map((c) => {
      const customer = explained.customers.get(c.customerId);
      return {
        ...c,
        customerName: customer && canSeeCustomer(actor, customer) ? customer.name : '',
        tier: (customer?.tier ?? 'general') as Tier,
        segment: (customer?.segment ?? 'mid') as Segment,
      };
    }),
  };
}
